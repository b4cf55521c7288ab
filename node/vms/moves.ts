// Several VMs moved one after another — a drain, a VNet moved to another provider — each through
// the ordinary migration at its owner, followed until it ends, with a report per VM. A VM that
// cannot be placed or moved is reported, and the others still go.
import type { CloudVm, Records } from '../../overlay/records/index.js'
import { VM_PHASES, traits } from './phases.js'
import type { Membership } from '../../overlay/membership/membership.js'
import type { MigrationMode } from '../../overlay/migration/types.js'
import { MIGRATION_TIMEOUT_MS } from '../../overlay/migration/constants.js'
import type { Logger } from '../log.js'
import type { VmNetwork } from '../net/service.js'
import type { MigrationView } from './migrate-out.js'
import { Placement, diskBudgetOf } from './placement.js'
import type { Schedule } from './schedule.js'
import { VmSpecError } from './errors.js'
import { describeError } from '../../overlay/wire/errors.js'

export interface MoveReport {
  vm: string
  name: string
  from: string
  to?: string
  mode?: MigrationMode
  /** skipped: nothing to do (already there, nothing running); unplaced: no peer could take it. */
  outcome: 'committed' | 'aborted' | 'unknown' | 'skipped' | 'unplaced'
  migration?: string
  downtimeMs?: number
  totalMs?: number
  reason?: string
}

/** Starts a migration where the VM lives, and hears when it has ended (router.ts). */
export interface Mover {
  migrate: (ref: string, to: string, options: { mode?: MigrationMode }) => Promise<MigrationView>
  finished: (id: string, options?: { signal?: AbortSignal }) => Promise<MigrationView>
}

/**
 * Moves `vms` in order; `target` places each, optionally with its own mode (it throws when none
 * fits: that VM is unplaced, with the reason). An aborted signal stops before the next VM (the one
 * in flight finishes).
 */
export async function moveVms (mover: Mover, vms: readonly CloudVm[], target: (vm: CloudVm) => string | { to: string, mode: MigrationMode }, options: { mode?: MigrationMode, signal?: AbortSignal } = {}): Promise<MoveReport[]> {
  const reports: MoveReport[] = []
  for (const vm of vms) {
    if (options.signal?.aborted === true) {
      reports.push({ vm: vm.id, name: vm.spec.name, from: vm.owner, outcome: 'skipped', reason: 'stopped before its turn' })
      continue
    }
    reports.push(await moveVm(mover, vm, target, options.mode))
  }
  return reports
}

/** Moves one VM where `target` places it (see moveVms) and follows it until it ends; never throws. */
export async function moveVm (mover: Mover, vm: CloudVm, target: (vm: CloudVm) => string | { to: string, mode: MigrationMode }, defaultMode?: MigrationMode): Promise<MoveReport> {
  const base = { vm: vm.id, name: vm.spec.name, from: vm.owner }
  let to: string
  let mode = defaultMode
  try {
    const t = target(vm)
    if (typeof t === 'string') to = t
    else ({ to, mode } = t)
  } catch (err) {
    return { ...base, outcome: 'unplaced', reason: describeError(err) }
  }
  try {
    const view = await follow(mover, await mover.migrate(vm.id, to, { mode }))
    return {
      ...base,
      to,
      ...(mode === undefined ? {} : { mode }),
      outcome: view.phase === 'committed' || view.phase === 'aborted' ? view.phase : 'unknown',
      migration: view.id,
      ...(view.downtimeMs === undefined ? {} : { downtimeMs: view.downtimeMs }),
      ...(view.totalMs === undefined ? {} : { totalMs: view.totalMs }),
      ...(view.reason === undefined ? {} : { reason: view.reason })
    }
  } catch (err) {
    return { ...base, to, outcome: 'aborted', reason: describeError(err) }
  }
}

/** Until it is committed or aborted (an unknown outcome settles when the destination answers). */
async function follow (mover: Mover, started: MigrationView): Promise<MigrationView> {
  return await mover.finished(started.id, { signal: AbortSignal.timeout(MIGRATION_TIMEOUT_MS) }).catch(() => started)
}

export interface VmMovesComponents {
  mover: Mover
  records: Records
  membership: Membership
  schedule: Schedule
  network?: VmNetwork
  /** This peer's replicas (as a standby): a drain hands their protection to other peers first. */
  replicas?: { handOver: (reason: string | undefined) => Promise<void> }
  log: Logger
  selfId: string
}

export interface DrainReport {
  peer: string
  schedulable: boolean
  moves: MoveReport[]
}

/** VMs that hold a running or paused guest: what a move carries. */
export const MOVABLE: ReadonlySet<string> = new Set(VM_PHASES.filter(phase => traits(phase).movable))

export class VmMoves {
  constructor (private readonly c: VmMovesComponents) {}

  /**
   * Takes this peer out of placement (persisted, and in its descriptor before anything moves), then
   * live-migrates every VM it runs to the peers with the most room.
   */
  async drain (options: { mode?: MigrationMode, signal?: AbortSignal } = {}): Promise<DrainReport> {
    await this.setSchedulable(false, 'draining')
    await this.c.replicas?.handOver('this standby drains')
    const mine = this.c.records.list().filter(vm => vm.owner === this.c.selfId && vm.recordedPhase !== 'lost')
    const placement = new Placement(this.c.membership.peers())
    const moving = mine.filter(vm => MOVABLE.has(vm.phase) && vm.spec.pinned !== true)
    const disks = this.c.records.disks()
    const moves = await moveVms(this.c.mover, moving, vm => placement.place(vm.spec.memoryBytes, { except: [this.c.selfId], diskBytes: diskBudgetOf(disks, vm.spec.disks) }), options)
    for (const vm of mine.filter(v => !moving.includes(v))) moves.push({ vm: vm.id, name: vm.spec.name, from: vm.owner, outcome: 'skipped', reason: unmovable(vm) })
    this.c.log.info({ moved: moves.filter(m => m.outcome === 'committed').length, total: moves.length }, 'drained')
    return { peer: this.c.selfId, schedulable: false, moves }
  }

  async undrain (): Promise<DrainReport> {
    await this.setSchedulable(true)
    await this.c.replicas?.handOver(undefined)
    return { peer: this.c.selfId, schedulable: true, moves: [] }
  }

  /**
   * Topology migration: every VM of VNet `net` to peers of provider `to` (`provider:NAME`), placed
   * by room; those already there stay. They stay connected to each other throughout: each move is
   * a live migration that keeps the VM's MAC, address and port rules.
   */
  async migrateNet (net: string, to: string, options: { mode?: MigrationMode, signal?: AbortSignal } = {}): Promise<MoveReport[]> {
    if (!to.startsWith('provider:')) throw new VmSpecError(`--to is provider:NAME, not ${to}`)
    const provider = to.slice('provider:'.length)
    if (this.c.network === undefined) throw new VmSpecError('this peer has no virtual network')
    const vnet = this.c.network.resolve(net)
    const peers = this.c.membership.peers()
    const providerOf = new Map(peers.map(p => [p.id, p.provider]))
    const members = this.c.records.list().filter(vm => vm.spec.net?.id === vnet.id)
    const placement = new Placement(peers)
    const moving = members.filter(vm => MOVABLE.has(vm.phase) && vm.spec.pinned !== true && providerOf.get(vm.owner) !== provider)
    const disks = this.c.records.disks()
    const reports = await moveVms(this.c.mover, moving, vm => placement.place(vm.spec.memoryBytes, { provider, except: [vm.owner], diskBytes: diskBudgetOf(disks, vm.spec.disks) }), options)
    for (const vm of members.filter(v => !moving.includes(v))) {
      const reason = providerOf.get(vm.owner) === provider ? `already on ${provider}` : unmovable(vm)
      reports.push({ vm: vm.id, name: vm.spec.name, from: vm.owner, outcome: 'skipped', reason })
    }
    return reports
  }

  private async setSchedulable (schedulable: boolean, reason = ''): Promise<void> {
    this.c.schedule.set(schedulable, reason)
    await this.c.membership.publish()
  }
}

export function unmovable (vm: CloudVm): string {
  if (vm.spec.pinned === true && MOVABLE.has(vm.phase)) return 'it is pinned (only an evacuation moves it)'
  return vm.phase === 'migrating' ? 'it is migrating already' : `it is ${vm.phase}: no guest to move`
}
