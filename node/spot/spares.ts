// What a provider's warning allows the simulator, judged by the evacuation planner itself (its
// pipeline, its margin, the link within the provider):
// - how many VMs an instance may hold: no more than a notice can move live to an instance that is
//   ready (an instance packed fuller loses what does not fit: GCP's 30 s moves 6 guests of 512 MiB
//   at 160 MB/s, not 8);
// - how many whole instances to keep free for evacuations: none where a replacement launched at
//   the notice is up in time to take a whole instance's VMs live (AWS's 120 s against a 90 s
//   launch). Otherwise 1 where the warning outlasts a launch (a second revocation soon after finds
//   the first one's replacement coming), else 2: with GCP's 30 s, 1 spare lost 8 VMs in 3 years
//   when two revocations came within a launch time, 2 lost none.
import { planEvacuation, planSpanMs } from './evacuation.js'

export interface SpareModel {
  warningMs: number
  launchDelayMs: number
  /** VMs an instance holds. */
  capacity: number
  vmMemoryBytes: number
  dirtyBytesPerSec: number
  /** Within the provider. */
  bandwidthBytesPerSec: number
}

export interface SpareVerdict {
  spares: number
  /** When a replacement's moves would end, ms after the notice (Infinity: it cannot take them all live in time). */
  replacementDoneInMs: number
}

/** When `capacity` VMs, moved off at a notice to a target ready in `readyInMs`, are all across live; Infinity if they cannot all be, in time. */
function liveEvacuationMs (m: SpareModel, capacity: number, readyInMs: number): number {
  const plan = planEvacuation({
    vms: Array.from({ length: capacity }, (_v, i) => ({ id: `vm-${i}`, memoryBytes: m.vmMemoryBytes, dirtyBytesPerSec: m.dirtyBytesPerSec })),
    targets: [{ id: 'target', roomBytes: capacity * m.vmMemoryBytes, readyInMs, score: 0 }],
    bandwidthBytesPerSec: m.bandwidthBytesPerSec,
    deadlineInMs: m.warningMs
  })
  return plan.unsaved.length === 0 && plan.moves.every(move => move.mode === 'precopy') ? planSpanMs(plan) : Infinity
}

/** The most VMs, up to `m.capacity`, an instance may hold: what a notice moves live to a ready instance (at least 1). */
export function liveCapacity (m: SpareModel): number {
  let k = m.capacity
  while (k > 1 && !Number.isFinite(liveEvacuationMs(m, k, 0))) k--
  return k
}

export function sparesNeeded (m: SpareModel): SpareVerdict {
  const replacementDoneInMs = liveEvacuationMs(m, m.capacity, m.launchDelayMs)
  if (Number.isFinite(replacementDoneInMs)) return { spares: 0, replacementDoneInMs }
  return { spares: m.warningMs >= m.launchDelayMs ? 1 : 2, replacementDoneInMs }
}
