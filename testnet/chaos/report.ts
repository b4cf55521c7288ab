// The report of a chaos run: one JSON document (`--json`), or a summary for people.
import type { ChaosReport } from './types.js'

/** Nearest-rank percentile, or null without samples. */
export function percentile (values: readonly number[], q: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? null
}

const ms = (x: number | null): string => x === null ? '-' : `${Math.round(x * 10) / 10} ms`

export function humanReport (r: ChaosReport): string {
  const m = r.migrations
  const f = r.faults
  const steps = Object.entries(f.abortsByStep).map(([step, n]) => `${step.replace('migration.', '')} ×${n}`).join(', ')
  const lines = [
    `chaos run on ${r.testnet}: seed ${r.seed}, ${r.durationMs / 1000} s of faults, ${Math.round(r.wallMs / 1000)} s in all, ${r.vms} VMs`,
    `migrations: ${m.attempted} attempted — ${m.committed} committed, ${m.aborted} aborted, ${m.interrupted} interrupted; ${m.refused} refused, ${m.skipped} skipped (nothing free to move)`,
    `downtime of committed migrations: p50 ${ms(r.downtimeMs.p50)}, p99 ${ms(r.downtimeMs.p99)}, max ${ms(r.downtimeMs.max)}`,
    `faults: ${f.kill} kills, ${f.partition} partitions, ${f.latency} latency changes, ${f.abort} aborted migrations${steps === '' ? '' : ` (${steps})`}${f.abortsMissed > 0 ? `, ${f.abortsMissed} aborts missed their step` : ''}`,
    `VMs lost with a killed peer: ${r.vmsLostWithPeer.length === 0 ? 'none' : r.vmsLostWithPeer.map(l => `${l.name} (peer ${l.peer})`).join(', ')}${r.vmsReplaced > 0 ? `; ${r.vmsReplaced} replaced by new VMs` : ''}${r.replacementsFailed > 0 ? ` (${r.replacementsFailed} attempts failed and were tried again)` : ''}`,
    `stages: ${Math.round(r.stagesMs.inject / 1000)} s injecting, ${Math.round(r.stagesMs.heal / 1000)} s healing, ${Math.round(r.stagesMs.settle / 1000)} s settling, ${Math.round(r.stagesMs.check / 1000)} s checking`,
    `checker: ${r.checker.rounds} rounds, ${r.checker.samples} peer samples; pings after the faults: ${r.pings.vms} VMs from ${r.pings.fromPeers} peer ports${r.pings.worstMs === null ? '' : `, all answered within ${Math.round(r.pings.worstMs)} ms`}`
  ]
  if (r.violations.length === 0) {
    lines.push('no violations')
  } else {
    lines.push(`${r.violations.length} VIOLATION${r.violations.length === 1 ? '' : 'S'}:`)
    for (const v of r.violations) {
      lines.push(`  ${v.kind} ${v.vm}: ${v.detail}`)
      for (const t of v.timeline.slice(-15)) lines.push(`      ${t}`)
    }
  }
  return lines.join('\n')
}
