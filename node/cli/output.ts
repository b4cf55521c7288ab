// CLI output: with --json, stdout is exactly one JSON document; otherwise text for people.
export interface OutputFlags { json?: boolean }

export function emit (flags: OutputFlags, value: unknown, human: () => string): void {
  process.stdout.write(flags.json === true ? JSON.stringify(value) + '\n' : human() + '\n')
}

export function table (rows: Array<Record<string, unknown>>, columns: string[]): string {
  const cells = [columns, ...rows.map(r => columns.map(c => formatCell(r[c])))]
  const widths = columns.map((_c, i) => Math.max(...cells.map(row => (row[i] ?? '').length)))
  return cells.map(row => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n')
}

function formatCell (value: unknown): string {
  if (value === undefined || value === null) return '-'
  if (Array.isArray(value)) return value.join(',')
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

export function shortId (id: string): string {
  return id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-6)}` : id
}

/** Dollars to three significant digits, never fewer than two decimals: $12.30, $0.0457, $0.000000452. */
export function formatUsd (usd: number): string {
  if (!Number.isFinite(usd) || usd === 0) return '$0'
  const decimals = Math.min(12, Math.max(2, 2 - Math.floor(Math.log10(Math.abs(usd)))))
  return `$${usd.toFixed(decimals)}`
}
