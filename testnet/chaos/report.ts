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
  const pr = r.protection
  const d = r.disks
  const steps = Object.entries(f.abortsByStep).map(([step, n]) => `${step.replace('migration.', '')} ×${n}`).join(', ')
  const lines = [
    `chaos run on ${r.testnet}: seed ${r.seed}, ${r.durationMs / 1000} s of faults, ${Math.round(r.wallMs / 1000)} s in all, ${r.vms} VMs`,
    `migrations: ${m.attempted} attempted — ${m.committed} committed, ${m.aborted} aborted, ${m.interrupted} interrupted; ${m.refused} refused${m.refusedProtected > 0 ? ` (${m.refusedProtected} of them protected VMs, which this build does not migrate)` : ''}, ${m.skipped} skipped (nothing free to move)`,
    ...(m.refused === 0 ? [] : [`refused because: ${Object.entries(r.refusedWhy).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([why, n]) => `${why} ×${n}`).join('; ')}`]),
    `downtime of committed migrations: p50 ${ms(r.downtimeMs.p50)}, p99 ${ms(r.downtimeMs.p99)}, max ${ms(r.downtimeMs.max)}`,
    `faults: ${f.kill} kills, ${f.partition} partitions, ${f.latency} latency changes, ${f.abort} aborted migrations${steps === '' ? '' : ` (${steps})`}${f.abortsMissed > 0 ? `, ${f.abortsMissed} aborts missed their step` : ''}`,
    `protected VMs: ${pr.vms}; ${pr.killsOfProtectedHosts} kills of a protected VM's host; ${pr.failovers} failovers (${pr.failoversAfterKill} after a kill, ${pr.failoversAtStandby} at the standby last seen), kill to running at the standby p50 ${ms(pr.failoverMs.p50)}, max ${ms(pr.failoverMs.max)}; protected VMs lost: ${pr.lost}`,
    `VMs with a disk: ${d.vms}; ${d.migrationsCommitted} of their migrations committed; disks checked at the end (stopped, records read back, started): ${d.checked}, ${d.recordsRead} records read`,
    `VMs lost with a killed peer: ${r.vmsLostWithPeer.length === 0 ? 'none' : r.vmsLostWithPeer.map(l => `${l.name} (peer ${l.peer}${l.protection === undefined ? '' : `; protection ${l.protection}`})`).join(', ')}${r.vmsReplaced > 0 ? `; ${r.vmsReplaced} replaced by new VMs` : ''}${r.replacementsFailed > 0 ? ` (${r.replacementsFailed} attempts failed and were tried again)` : ''}`,
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
