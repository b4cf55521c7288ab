// Live HotSpot-style rebalancing (config `rebalanceEveryMs`; off by default): every so often this
// peer looks at its own running, unpinned VMs and moves the one that saves the most to the cheapest
// peer with room, when the saving over the horizon beats what the move costs — the same rule
// (worthMoving) and the same placement (Placement's cheapest policy) the simulator runs. One move at
// a time, and none while the peer evacuates or takes no new VMs itself (it is being drained).
import type { CloudVm, Records } from '../../overlay/records/index.js'
import type { Membership } from '../../overlay/membership/membership.js'
import type { Logger } from '../log.js'
import { moveVms, type Mover, type MoveReport } from '../vms/moves.js'
import { Placement, diskBudgetOf } from '../vms/placement.js'
import type { MigrationMeasurements } from '../vms/migrate-out.js'
import { DEFAULT_BANDWIDTH_BYTES_PER_SEC, DEFAULT_DIRTY_BYTES_PER_SEC } from './constants.js'
import { estimateMigration } from './evacuation.js'
import { worthMoving } from './rebalance.js'

export interface RebalancerComponents {
  mover: Mover
  records: Records
  membership: Membership
  log: Logger
  selfId: string
  /** Whether an evacuation is under way here (then nothing else moves). */
  evacuating: () => boolean
  measured?: () => MigrationMeasurements
}

export interface RebalancerInit {
  everyMs: number
  horizonMs: number
}

export interface RebalanceChoice { vm: CloudVm, to: string, savingUsd: number, costUsd: number }

const GIB = 1 << 30

export class Rebalancer {
  private timer: NodeJS.Timeout | undefined
  private moving: Promise<MoveReport[]> | undefined

  constructor (private readonly c: RebalancerComponents, private readonly init: RebalancerInit) {}

  start (): void {
    if (this.timer !== undefined) return
    this.timer = setInterval(() => {
      if (this.moving !== undefined) return
      this.moving = this.tick()
        .catch((err: Error) => { this.c.log.warn({ err: err.message }, 'rebalancing failed'); return [] })
        .finally(() => { this.moving = undefined })
    }, this.init.everyMs)
    this.timer.unref()
  }

  stop (): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** The move worth the most now, if any is worth making. */
  choose (): RebalanceChoice | undefined {
    const peers = this.c.membership.peers()
    const self = peers.find(p => p.id === this.c.selfId)
    if (self === undefined || !self.schedulable || this.c.evacuating()) return undefined
    const here = new Placement(peers).score(self)
    if (!Number.isFinite(here)) return undefined
    const measured = this.c.measured?.()
    const bandwidth = measured?.bandwidthBytesPerSec ?? DEFAULT_BANDWIDTH_BYTES_PER_SEC
    let best: RebalanceChoice | undefined
    const disks = this.c.records.disks()
    for (const vm of this.c.records.list()) {
      if (vm.owner !== this.c.selfId || vm.phase !== 'running' || vm.spec.pinned === true) continue
      // A fresh plan per VM: only one of them moves this round.
      const placement = new Placement(peers)
      let to: string
      try {
        to = placement.place(vm.spec.memoryBytes, { policy: 'cheapest', except: [this.c.selfId], diskBytes: diskBudgetOf(disks, vm.spec.disks) })
      } catch {
        continue
      }
      const there = placement.score(peers.find(p => p.id === to) ?? self)
      const gib = vm.spec.memoryBytes / GIB
      const estimate = estimateMigration({ memoryBytes: vm.spec.memoryBytes, dirtyBytesPerSec: measured?.dirtyBytesPerSec.get(vm.id) ?? DEFAULT_DIRTY_BYTES_PER_SEC }, bandwidth)
      const verdict = worthMoving({ fromUsdPerHour: here * gib, toUsdPerHour: there * gib, overlapMs: estimate.precopyMs, horizonMs: this.init.horizonMs })
      if (verdict.worth && (best === undefined || verdict.savingUsd > best.savingUsd)) best = { vm, to, savingUsd: verdict.savingUsd, costUsd: verdict.costUsd }
    }
    return best
  }

  /** One round: makes the best move, if one is worth it. */
  async tick (): Promise<MoveReport[]> {
    const choice = this.choose()
    if (choice === undefined) return []
    this.c.log.info({ vm: choice.vm.id, to: choice.to, savingUsd: choice.savingUsd, costUsd: choice.costUsd, horizonMs: this.init.horizonMs }, 'rebalancing: a cheaper peer pays for the move')
    return await moveVms(this.c.mover, [choice.vm], () => ({ to: choice.to, mode: 'precopy' }))
  }
}
