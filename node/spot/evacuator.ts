// Evacuation in the daemon: on a termination notice the peer stops taking VMs (its descriptor says
// so, and when it goes), plans every VM's move with the evacuation planner against the other
// peers' room, starts the moves as the plan timed them — each setup during the bytes of the move
// before it, a few in flight at most (move-schedule.ts) — pinned ones too (a pin does not survive
// the instance), tries what the plan could not save by stop-and-copy anyway while the instance
// lasts, and reports loudly what was not saved. The caller then makes the peer leave.
import type { CloudVm, Records } from '../../overlay/records/index.js'
import type { Membership } from '../../overlay/membership/membership.js'
import type { Logger } from '../log.js'
import type { Metrics } from '../metrics.js'
import { moveVm, moveVms, MOVABLE, unmovable, type Mover, type MoveReport } from '../vms/moves.js'
import { Placement, diskBudgetOf } from '../vms/placement.js'
import type { Schedule } from '../vms/schedule.js'
import type { MigrationMeasurements, MigrationPath } from '../vms/migrate-out.js'
import { DEFAULT_BANDWIDTH_BYTES_PER_SEC, DEFAULT_DIRTY_BYTES_PER_SEC, MAX_MOVES_IN_FLIGHT } from './constants.js'
import { planEvacuation, type EvacuationPlan, type PlannedMove } from './evacuation.js'
import type { Market } from './market.js'
import { runSchedule } from './move-schedule.js'
import type { TerminationNotice } from './notices.js'

export const NOTICE_REASON = 'spot termination notice'

export interface EvacuatorComponents {
  mover: Mover
  records: Records
  membership: Membership
  schedule: Schedule
  market: Market
  log: Logger
  selfId: string
  /** What this peer's last migrations measured (bandwidth out, each VM's dirty rate), if any. */
  measured?: () => MigrationMeasurements
  /** How this peer is connected to a peer now: a target reached through a relay is planned at the relayed rate. */
  pathTo?: (peer: string) => MigrationPath | undefined
  metrics?: Pick<Metrics, 'evacuations' | 'evacuationMoves'>
}

export interface EvacuatorOptions {
  /** Assumed until a migration from this peer has been measured. Default 1 Gbit/s */
  bandwidthBytesPerSec?: number
  /** Assumed guest dirty rate. Default 4 MiB/s (the tiny guest's default workload dirties far less) */
  dirtyBytesPerSec?: number
}

export interface EvacuationReport {
  peer: string
  notice: TerminationNotice
  deadline: string
  /** Negative: the notice came after its own deadline. */
  msLeftAtNotice: number
  plan: EvacuationPlan
  /** Planned moves first, in plan order, with when each ran (from the start of the moves). */
  moves: EvacuationMove[]
  /** VMs still here at the end (not committed elsewhere): lost when the instance goes. */
  notSaved: Array<{ vm: string, name: string, reason: string }>
  /** Every VM left before the deadline. */
  ok: boolean
  tookMs: number
}

export type EvacuationMove = MoveReport & { startedInMs?: number, endedInMs?: number }

export class Evacuator {
  private running: Promise<EvacuationReport> | undefined

  constructor (private readonly c: EvacuatorComponents, private readonly o: EvacuatorOptions = {}) {}

  /** The evacuation under way, if any. */
  get current (): Promise<EvacuationReport> | undefined {
    return this.running
  }

  /** Evacuates this peer before `notice.deadlineMs`; a second notice joins the first evacuation. */
  async evacuate (notice: TerminationNotice): Promise<EvacuationReport> {
    this.running ??= this.run(notice)
    return await this.running
  }

  private async run (notice: TerminationNotice): Promise<EvacuationReport> {
    const { log } = this.c
    const started = Date.now()
    const msLeft = notice.deadlineMs - started
    if (msLeft <= 0) log.error({ source: notice.source, deadline: new Date(notice.deadlineMs).toISOString(), lateByMs: -msLeft }, 'termination notice arrived after its deadline: evacuating what can still go')
    else log.warn({ source: notice.source, detail: notice.detail, msLeft }, 'termination notice: evacuating')
    this.c.schedule.set(false, NOTICE_REASON)
    this.c.market.noticed(notice.deadlineMs)
    await this.c.membership.publish().catch(err => { log.warn({ err }, 'publishing the notice failed') })

    const mine = this.c.records.list().filter(vm => vm.owner === this.c.selfId && vm.recordedPhase !== 'lost')
    const movable = mine.filter(vm => MOVABLE.has(vm.phase))
    const peers = this.c.membership.peers().filter(p => p.id !== this.c.selfId)
    const placement = new Placement(peers)
    const disks = this.c.records.disks()
    // Measured where this peer has migrated before; assumed otherwise.
    const measured = this.c.measured?.()
    const plan = planEvacuation({
      vms: movable.map(vm => ({ id: vm.id, memoryBytes: vm.spec.memoryBytes, dirtyBytesPerSec: measured?.dirtyBytesPerSec.get(vm.id) ?? this.o.dirtyBytesPerSec ?? DEFAULT_DIRTY_BYTES_PER_SEC, diskBytes: diskBytesOf(disks, vm.spec.disks), diskBudgetBytes: diskBudgetOf(disks, vm.spec.disks) })),
      targets: peers.filter(p => p.state === 'alive' && p.schedulable).map(p => ({
        id: p.id, roomBytes: placement.room(p), diskRoomBytes: placement.diskRoom(p), readyInMs: 0, score: placement.score(p),
        ...(this.c.pathTo?.(p.id) === 'relayed' && measured?.relayedBandwidthBytesPerSec !== undefined ? { bandwidthBytesPerSec: measured.relayedBandwidthBytesPerSec } : {})
      })),
      bandwidthBytesPerSec: measured?.bandwidthBytesPerSec ?? this.o.bandwidthBytesPerSec ?? DEFAULT_BANDWIDTH_BYTES_PER_SEC,
      deadlineInMs: msLeft
    })
    const byId = new Map(movable.map(vm => [vm.id, vm]))
    const ran = await runSchedule(plan.moves.map(m => m.startInMs), async i => {
      const m = plan.moves[i] as PlannedMove
      return await moveVm(this.c.mover, byId.get(m.vm) as CloudVm, () => ({ to: m.to, mode: m.mode }))
    }, { maxInFlight: MAX_MOVES_IN_FLIGHT })
    const moves: EvacuationMove[] = ran.map((r, i) => r === undefined
      ? { vm: plan.moves[i]?.vm ?? '', name: byId.get(plan.moves[i]?.vm ?? '')?.spec.name ?? '', from: this.c.selfId, outcome: 'skipped', reason: 'not started' }
      : { ...r.value, startedInMs: Math.round(r.startedInMs), endedInMs: Math.round(r.endedInMs) })
    log.info({ moves: moves.map(m => ({ vm: m.vm, mode: m.mode, outcome: m.outcome, startedInMs: m.startedInMs, endedInMs: m.endedInMs })) }, 'planned moves done')
    // What the plan gave up on: stop-and-copy anyway, to whoever has room — estimates can be wrong,
    // and the instance may outlive its notice.
    const rest = plan.unsaved.map(u => byId.get(u.vm)).filter((vm): vm is CloudVm => vm !== undefined)
    if (rest.length > 0) {
      const fresh = new Placement(this.c.membership.peers().filter(p => p.id !== this.c.selfId))
      moves.push(...await moveVms(this.c.mover, rest, vm => ({ to: fresh.place(vm.spec.memoryBytes, { except: [this.c.selfId], diskBytes: diskBudgetOf(disks, vm.spec.disks) }), mode: 'stopcopy' })))
    }
    for (const vm of mine.filter(v => !MOVABLE.has(v.phase))) moves.push({ vm: vm.id, name: vm.spec.name, from: vm.owner, outcome: 'skipped', reason: unmovable(vm) })

    const notSaved = moves.filter(m => m.outcome !== 'committed').map(m => ({
      vm: m.vm,
      name: m.name,
      reason: m.reason ?? plan.unsaved.find(u => u.vm === m.vm)?.reason ?? m.outcome
    }))
    const lateMoves = moves.filter(m => m.outcome === 'committed' && m.totalMs !== undefined).length
    const tookMs = Date.now() - started
    const ok = notSaved.length === 0 && Date.now() <= notice.deadlineMs
    for (const n of notSaved) log.error({ vm: n.vm, name: n.name, reason: n.reason }, 'VM NOT SAVED from the terminating instance')
    this.c.metrics?.evacuations.inc({ outcome: ok ? 'complete' : 'incomplete' })
    for (const m of moves) this.c.metrics?.evacuationMoves.inc({ outcome: m.outcome, mode: m.mode ?? 'none' })
    if (ok) log.info({ moved: lateMoves, tookMs }, 'evacuated every VM before the deadline')
    else log.error({ notSaved: notSaved.length, tookMs, pastDeadline: Date.now() > notice.deadlineMs }, 'evacuation incomplete')
    return {
      peer: this.c.selfId,
      notice,
      deadline: new Date(notice.deadlineMs).toISOString(),
      msLeftAtNotice: msLeft,
      plan,
      moves,
      notSaved,
      ok,
      tookMs
    }
  }
}

/** What a VM's disks carry in a migration: their written blocks (their records say how many). */
function diskBytesOf (disks: ReadonlyArray<{ id: string, writtenBytes: number }>, ids: string[] | undefined): number {
  if (ids === undefined || ids.length === 0) return 0
  return disks.filter(d => ids.includes(d.id)).reduce((sum, d) => sum + d.writtenBytes, 0)
}
