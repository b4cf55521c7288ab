// What the benchmarks measure a daemon process with: CPU time and RSS from /proc, percentiles.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface Percentiles { p50: number, p99: number, max: number }

/** utime + stime in clock ticks: of a process and all its threads, or of its main thread alone. */
export function cpuTicks (pid: number, mainThread = false): number {
  const stat = readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8')
  // Fields after the parenthesised command name, which may itself hold spaces: state is [0].
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12])
}

export function rssMiB (pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (match === null) throw new Error(`no VmRSS for pid ${pid}`)
  return Number(match[1]) / 1024
}

/** USER_HZ, the unit of /proc/<pid>/stat times (100 on every Linux that Node supports). */
export function clockTicksPerSecond (): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
}

const round2 = (x: number): number => Math.round(x * 100) / 100

/** Nearest rank: p99 of 400 samples is the 396th. */
export function percentiles (values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number): number => round2(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN)
  return { p50: at(0.5), p99: at(0.99), max: round2(sorted.at(-1) ?? NaN) }
}

export const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }
