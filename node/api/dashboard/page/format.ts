// Formatting for the page: short, stable text (a cell is rewritten only when its text changes).

export function shortId (id: string): string {
  return id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-6)}` : id
}

export function bytes (n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '0'
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let i = 0
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++ }
  return `${n >= 100 || i === 0 ? Math.round(n) : n.toFixed(1)} ${units[i] ?? ''}`
}

export function count (n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e4 ? `${(n / 1e3).toFixed(1)}k` : String(n)
}

/** Dollars to three significant digits, never fewer than two decimals (as the CLI prints them). */
export function usd (x: number): string {
  if (!Number.isFinite(x) || x === 0) return '$0'
  const decimals = Math.min(12, Math.max(2, 2 - Math.floor(Math.log10(Math.abs(x)))))
  return `$${x.toFixed(decimals)}`
}

export function ms (x: number | undefined): string {
  if (x === undefined) return '-'
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`
  return `${x >= 100 ? Math.round(x) : Math.round(x * 10) / 10} ms`
}

/** Time until an epoch-ms deadline, to the second. */
export function countdown (deadlineMs: number, nowMs: number): string {
  const s = Math.max(0, Math.round((deadlineMs - nowMs) / 1000))
  return s >= 120 ? `in ${Math.round(s / 60)} min` : `in ${s} s`
}
