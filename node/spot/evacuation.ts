// The evacuation planner: pure. Given the VMs on an instance that is going (memory, dirty rate),
// where they could go (room, when each target is ready, its placement score, the link to it), the
// bandwidth out of the instance and the time left, it decides the order, target, mode and start of
// every move, so that as many VMs as possible are off before the deadline, pre-copy when it
// finishes in time, stop-and-copy when only that does; the rest are reported as not saved, with why.
//
// Moves overlap, by one rule the daemon's evacuator follows too: a move's setup (offer, the
// destination building its machine, the handoff: latency, not bytes) runs while the move before it
// transfers, and at most MAX_MOVES_IN_FLIGHT moves are in flight. The bytes still go one VM after
// another over the instance's link: concurrent transfers share it, so they could not finish the
// last VM any sooner (the bound is all the bytes over the bandwidth), and one VM at a time at the
// full link keeps each pre-copy round short (fewer pages dirtied meanwhile) and has the shortest
// VMs safe first. What overlapping saves is the setups: n moves take one setup plus their
// transfers, not n of each.
import { DEADLINE_MARGIN, DOWNTIME_TARGET_MS, MAX_MOVES_IN_FLIGHT, MAX_ROUNDS, MIGRATION_SETUP_MS } from './constants.js'

export type MoveMode = 'precopy' | 'stopcopy'

export interface EvacuationVm {
  id: string
  memoryBytes: number
  /** Bytes of guest memory written per second (measured in the last migration, else an estimate). */
  dirtyBytesPerSec: number
  /** Its disks' own written blocks, in bytes: they travel in the first round (issue 17). */
  diskBytes?: number
  /** The disk budget its disks take at the target: their sizes (Placement's diskBudgetOf). */
  diskBudgetBytes?: number
}

export interface EvacuationTarget {
  id: string
  roomBytes: number
  /** Free disk budget; none said: unbounded (the simulator's instances). */
  diskRoomBytes?: number
  /** From now until it can take a VM (0: running; a starting instance: its boot time). */
  readyInMs: number
  /** Placement score (lower is better): Placement.score. */
  score: number
  /** The link to it when slower than the instance's own (another provider's, across the WAN). */
  bandwidthBytesPerSec?: number
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
  /** When its setup starts (the daemon starts the move then, or when the move before it ends if sooner). */
  startInMs: number
  /** When its bytes start to flow: the link is free of the move before it. */
  transferInMs: number
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
  /** Fixed cost besides the bytes (part of both totals below). */
  setupMs: number
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
export function estimateMigration (vm: Pick<EvacuationVm, 'memoryBytes' | 'dirtyBytesPerSec' | 'diskBytes'>, bandwidthBytesPerSec: number, setupMs = MIGRATION_SETUP_MS): MigrationEstimate {
  const bw = Math.max(1, bandwidthBytesPerSec) / 1000
  const disk = vm.diskBytes ?? 0
  const stopcopyMs = setupMs + (vm.memoryBytes + disk) / bw
  let total = setupMs
  let bytes = vm.memoryBytes + disk
  let last = Infinity
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const ms = bytes / bw
    total += ms
    const next = Math.min(vm.memoryBytes, vm.dirtyBytesPerSec / 1000 * ms)
    const remainingMs = next / bw
    if (remainingMs <= DOWNTIME_TARGET_MS || (round >= 3 && next >= last) || round === MAX_ROUNDS) {
      return { setupMs, precopyMs: total + remainingMs, precopyDowntimeMs: remainingMs, stopcopyMs }
    }
    last = next
    bytes = next
  }
  return { setupMs, precopyMs: total, precopyDowntimeMs: 0, stopcopyMs }
}

/**
 * Plans every move. First all by pre-copy where it fits; when that leaves VMs behind, stop-and-copy
 * is forced on the VMs it shortens most, one more at a time, until nothing more is saved: a guest
 * paused for seconds beats a guest lost.
 */
export function planEvacuation (input: EvacuationInput): EvacuationPlan {
  const estimates = new Estimates(input.bandwidthBytesPerSec, input.setupMs ?? MIGRATION_SETUP_MS)
  let best = planWith(input, estimates, new Set())
  if (best.unsaved.length === 0) return best
  const gap = (vm: EvacuationVm): number => { const e = estimates.of(vm); return e.precopyMs - e.stopcopyMs }
  const gain = [...input.vms].sort((a, b) => gap(b) - gap(a) || a.id.localeCompare(b.id))
  const forced = new Set<string>()
  for (const vm of gain) {
    forced.add(vm.id)
    const plan = planWith(input, estimates, forced)
    if (plan.unsaved.length < best.unsaved.length) best = plan
    if (best.unsaved.length === 0) break
  }
  return best
}

/**
 * Whether a move that could begin at `fromMs` (its target ready) and ends at `finishMs` leaves the
 * margin before the deadline. The margin is a share of the time the moves take, since it is their
 * estimate that is rough; a target's start-up time is taken at its slow end already (the
 * simulator's launch delay). With every target ready now this is finish ≤ deadline × (1 − margin).
 */
function fitsDeadline (fromMs: number, finishMs: number, deadlineInMs: number): boolean {
  if (!Number.isFinite(deadlineInMs)) return true
  const from = Math.max(0, fromMs)
  return from + (finishMs - from) / (1 - DEADLINE_MARGIN) <= deadlineInMs
}

/** Migration estimates by VM and link speed, each worked out once. */
class Estimates {
  private readonly cache = new Map<string, MigrationEstimate>()

  constructor (private readonly bandwidthBytesPerSec: number, private readonly setupMs: number) {}

  of (vm: EvacuationVm, bandwidthBytesPerSec = this.bandwidthBytesPerSec): MigrationEstimate {
    const key = `${vm.id}\n${bandwidthBytesPerSec}`
    let e = this.cache.get(key)
    if (e === undefined) {
      e = estimateMigration(vm, bandwidthBytesPerSec, this.setupMs)
      this.cache.set(key, e)
    }
    return e
  }
}

/** Where the pipeline stands after the moves planned so far. */
interface Pipeline {
  /** The last move's setup start: moves start in plan order. */
  lastStartMs: number
  /** When the link is free of the last move's bytes. */
  linkFreeMs: number
  /** Every planned move's finish, in order (they finish in order: their bytes go one after another). */
  finishes: number[]
}

/** When a move to `t` would run: setup as late as lets its bytes follow the last move's at once, never sooner than `t` is ready, nor while MAX_MOVES_IN_FLIGHT moves are still in flight. */
function slot (p: Pipeline, t: EvacuationTarget, setupMs: number, transferMs: number): { start: number, transfer: number, finish: number } {
  const freed = p.finishes[p.finishes.length - MAX_MOVES_IN_FLIGHT] ?? 0
  const start = Math.max(0, p.lastStartMs, t.readyInMs, p.linkFreeMs - setupMs, freed)
  const transfer = Math.max(start + setupMs, p.linkFreeMs)
  return { start, transfer, finish: transfer + transferMs }
}

function planWith (input: EvacuationInput, estimates: Estimates, stopcopy: ReadonlySet<string>): EvacuationPlan {
  const room = new Map(input.targets.map(t => [t.id, t.roomBytes]))
  const diskRoom = new Map(input.targets.map(t => [t.id, t.diskRoomBytes ?? Infinity]))
  const duration = (vm: EvacuationVm): number => {
    const e = estimates.of(vm)
    return stopcopy.has(vm.id) ? e.stopcopyMs : e.precopyMs
  }
  const order = [...input.vms].sort((a, b) => duration(a) - duration(b) || a.id.localeCompare(b.id))
  const plan: EvacuationPlan = { moves: [], unsaved: [] }
  const pipe: Pipeline = { lastStartMs: 0, linkFreeMs: 0, finishes: [] }
  for (const vm of order) {
    const disk = vm.diskBudgetBytes ?? 0
    const fits = input.targets.filter(t => (room.get(t.id) ?? 0) >= vm.memoryBytes && (diskRoom.get(t.id) ?? 0) >= disk)
    if (fits.length === 0) {
      plan.unsaved.push({ vm: vm.id, reason: `no peer has ${Math.round(vm.memoryBytes / 1048576)} MiB free${disk > 0 ? ` and ${Math.round(disk / 1048576)} MiB of disk budget` : ''}` })
      continue
    }
    const modes: MoveMode[] = stopcopy.has(vm.id) ? ['stopcopy'] : ['precopy', 'stopcopy']
    const options = fits.flatMap(t => {
      const e = estimates.of(vm, t.bandwidthBytesPerSec ?? input.bandwidthBytesPerSec)
      return modes.map(mode => {
        const transferMs = (mode === 'precopy' ? e.precopyMs : e.stopcopyMs) - e.setupMs
        return { t, mode, ...slot(pipe, t, e.setupMs, transferMs), downtimeMs: mode === 'precopy' ? e.precopyDowntimeMs : transferMs }
      })
    }).filter(o => fitsDeadline(o.t.readyInMs, o.finish, input.deadlineInMs))
    // Pre-copy where it fits (the guest keeps running); then what finishes first; then the cheapest.
    const best = options.sort((a, b) => (a.mode === b.mode ? 0 : a.mode === 'precopy' ? -1 : 1) || a.finish - b.finish || a.t.score - b.t.score || a.t.id.localeCompare(b.t.id))[0]
    if (best === undefined) {
      const soonest = Math.min(...fits.map(t => {
        const e = estimates.of(vm, t.bandwidthBytesPerSec ?? input.bandwidthBytesPerSec)
        return slot(pipe, t, e.setupMs, e.stopcopyMs - e.setupMs).finish
      }))
      plan.unsaved.push({ vm: vm.id, reason: `needs ${(soonest / 1000).toFixed(1)} s even by stop-and-copy after the moves before it, ${(Math.max(0, input.deadlineInMs) / 1000).toFixed(1)} s left` })
      continue
    }
    room.set(best.t.id, (room.get(best.t.id) ?? 0) - vm.memoryBytes)
    diskRoom.set(best.t.id, (diskRoom.get(best.t.id) ?? 0) - disk)
    pipe.lastStartMs = best.start
    pipe.linkFreeMs = best.finish
    pipe.finishes.push(best.finish)
    plan.moves.push({ vm: vm.id, to: best.t.id, mode: best.mode, startInMs: best.start, transferInMs: best.transfer, finishInMs: best.finish, downtimeMs: best.downtimeMs })
  }
  return plan
}

/** When the last planned move ends (0 with none). */
export function planSpanMs (plan: EvacuationPlan): number {
  return Math.max(0, ...plan.moves.map(m => m.finishInMs))
}
