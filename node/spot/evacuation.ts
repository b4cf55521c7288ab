// The evacuation planner: pure. Given the VMs on an instance that is going (memory, dirty rate),
// where they could go (room, when each target is ready, its placement score), the bandwidth out of
// the instance and the time left, it decides the order, target and mode of every move, so that as
// many VMs as possible are off before the deadline: moves go one after another (they share the
// instance's bandwidth, so the shortest first saves the most), pre-copy when it finishes in time,
// stop-and-copy when only that does, and the rest are reported as not saved, with why.
import { DEADLINE_MARGIN, DOWNTIME_TARGET_MS, MAX_ROUNDS, MIGRATION_SETUP_MS } from './constants.js'

export type MoveMode = 'precopy' | 'stopcopy'

export interface EvacuationVm {
  id: string
  memoryBytes: number
  /** Bytes of guest memory written per second (measured in the last migration, else an estimate). */
  dirtyBytesPerSec: number
}

export interface EvacuationTarget {
  id: string
  roomBytes: number
  /** From now until it can take a VM (0: running; a starting instance: its boot time). */
  readyInMs: number
  /** Placement score (lower is better): Placement.score. */
  score: number
}

export interface EvacuationInput {
  vms: readonly EvacuationVm[]
  targets: readonly EvacuationTarget[]
  bandwidthBytesPerSec: number
  /** Time left until the instance goes; Infinity for a move with no deadline (rebalancing). */
  deadlineInMs: number
  setupMs?: number
}

export interface PlannedMove {
  vm: string
  to: string
  mode: MoveMode
  startInMs: number
  finishInMs: number
  /** Estimated guest pause. */
  downtimeMs: number
}

export interface Unsaved { vm: string, reason: string }

export interface EvacuationPlan {
  moves: PlannedMove[]
  unsaved: Unsaved[]
}

export interface MigrationEstimate {
  precopyMs: number
  precopyDowntimeMs: number
  stopcopyMs: number
}

/**
 * How long a VM takes to move. Pre-copy: a first round of all memory, then rounds of what was
 * dirtied meanwhile until a round fits the downtime target; when the guest dirties at half the
 * link or more, the rounds stop shrinking and the source switches over after three (auto-converge
 * throttles the guest; overlay/migration/source.ts), with what remains as downtime.
 */
export function estimateMigration (vm: Pick<EvacuationVm, 'memoryBytes' | 'dirtyBytesPerSec'>, bandwidthBytesPerSec: number, setupMs = MIGRATION_SETUP_MS): MigrationEstimate {
  const bw = Math.max(1, bandwidthBytesPerSec) / 1000
  const stopcopyMs = setupMs + vm.memoryBytes / bw
  let total = setupMs
  let bytes = vm.memoryBytes
  let last = Infinity
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const ms = bytes / bw
    total += ms
    const next = Math.min(vm.memoryBytes, vm.dirtyBytesPerSec / 1000 * ms)
    const remainingMs = next / bw
    if (remainingMs <= DOWNTIME_TARGET_MS || (round >= 3 && next >= last) || round === MAX_ROUNDS) {
      return { precopyMs: total + remainingMs, precopyDowntimeMs: remainingMs, stopcopyMs }
    }
    last = next
    bytes = next
  }
  return { precopyMs: total, precopyDowntimeMs: 0, stopcopyMs }
}

/**
 * Plans every move. First all by pre-copy where it fits; when that leaves VMs behind, stop-and-copy
 * is forced on the VMs it shortens most, one more at a time, until nothing more is saved: a guest
 * paused for seconds beats a guest lost.
 */
export function planEvacuation (input: EvacuationInput): EvacuationPlan {
  const setupMs = input.setupMs ?? MIGRATION_SETUP_MS
  const estimates = new Map(input.vms.map(vm => [vm.id, estimateMigration(vm, input.bandwidthBytesPerSec, setupMs)]))
  let best = planWith(input, estimates, new Set(), setupMs)
  if (best.unsaved.length === 0) return best
  const gain = [...input.vms].sort((a, b) => gap(estimates, b.id) - gap(estimates, a.id) || a.id.localeCompare(b.id))
  const forced = new Set<string>()
  for (const vm of gain) {
    forced.add(vm.id)
    const plan = planWith(input, estimates, forced, setupMs)
    if (plan.unsaved.length < best.unsaved.length) best = plan
    if (best.unsaved.length === 0) break
  }
  return best
}

function gap (estimates: ReadonlyMap<string, MigrationEstimate>, id: string): number {
  const e = estimates.get(id)
  return e === undefined ? 0 : e.precopyMs - e.stopcopyMs
}

function planWith (input: EvacuationInput, estimates: ReadonlyMap<string, MigrationEstimate>, stopcopy: ReadonlySet<string>, setupMs: number): EvacuationPlan {
  const usable = Number.isFinite(input.deadlineInMs) ? input.deadlineInMs * (1 - DEADLINE_MARGIN) : Infinity
  const room = new Map(input.targets.map(t => [t.id, t.roomBytes]))
  const duration = (id: string): number => {
    const e = estimates.get(id) as MigrationEstimate
    return stopcopy.has(id) ? e.stopcopyMs : e.precopyMs
  }
  const order = [...input.vms].sort((a, b) => duration(a.id) - duration(b.id) || a.id.localeCompare(b.id))
  const plan: EvacuationPlan = { moves: [], unsaved: [] }
  let cursor = 0
  for (const vm of order) {
    const est = estimates.get(vm.id) as MigrationEstimate
    const fits = input.targets.filter(t => (room.get(t.id) ?? 0) >= vm.memoryBytes)
    if (fits.length === 0) {
      plan.unsaved.push({ vm: vm.id, reason: `no peer has ${Math.round(vm.memoryBytes / 1048576)} MiB free` })
      continue
    }
    const modes: MoveMode[] = stopcopy.has(vm.id) ? ['stopcopy'] : ['precopy', 'stopcopy']
    const options = fits.flatMap(t => {
      const start = Math.max(cursor, t.readyInMs)
      return modes.map(mode => mode === 'precopy'
        ? { t, mode, start, finish: start + est.precopyMs, downtimeMs: est.precopyDowntimeMs }
        : { t, mode, start, finish: start + est.stopcopyMs, downtimeMs: est.stopcopyMs - setupMs })
    }).filter(o => o.finish <= usable)
    // Pre-copy where it fits (the guest keeps running); then what finishes first; then the cheapest.
    const best = options.sort((a, b) => (a.mode === b.mode ? 0 : a.mode === 'precopy' ? -1 : 1) || a.finish - b.finish || a.t.score - b.t.score || a.t.id.localeCompare(b.t.id))[0]
    if (best === undefined) {
      const soonest = Math.min(...fits.map(t => Math.max(cursor, t.readyInMs))) + est.stopcopyMs
      plan.unsaved.push({ vm: vm.id, reason: `needs ${(soonest / 1000).toFixed(1)} s even by stop-and-copy after the moves before it, ${(Math.max(0, input.deadlineInMs) / 1000).toFixed(1)} s left` })
      continue
    }
    room.set(best.t.id, (room.get(best.t.id) ?? 0) - vm.memoryBytes)
    cursor = best.finish
    plan.moves.push({ vm: vm.id, to: best.t.id, mode: best.mode, startInMs: best.start, finishInMs: best.finish, downtimeMs: best.downtimeMs })
  }
  return plan
}
