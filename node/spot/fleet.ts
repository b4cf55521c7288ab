// The simulator's fleet: a discrete-event run of VMs on instances started in the market's offers,
// paid by the second at the series' price (a minute at least), revoked by the revocation model
// with their provider's warning, and evacuated by the evacuation planner — within a provider at
// the link's bandwidth, to another provider's instances at the WAN's. VMs are placed by the
// daemon's own Placement (instances it could start are `launchable` peers), and the hotspot policy
// rebalances with the daemon's own rule. Nothing here is a copy of the live code: the fleet only
// supplies time, instances and the bill.
import { Placement, type PlacementPeer } from '../vms/placement.js'
import { CapacityError } from '../vms/errors.js'
import { NotFoundError } from '../errors.js'
import { warningMs } from './constants.js'
import { planEvacuation, planSpanMs, type EvacuationTarget } from './evacuation.js'
import { EventQueue } from './event-queue.js'
import { worthMoving } from './rebalance.js'
import { nextRevocation, type Random } from './revocation.js'
import { integrate, priceAt } from './trace.js'
import type { Offer } from './sim-offers.js'
import type { FleetOptions } from './fleet-options.js'

export type { FleetOptions, SimulationPolicy } from './fleet-options.js'

/** What happened on one provider's instances. */
export interface ProviderTally {
  costUsd: number
  instancesStarted: number
  revocations: number
  /** VM-hours its instances hosted. */
  vmHours: number
  /** Moves off its instances (to any provider). */
  migrations: number
  stopcopyMigrations: number
  vmsLost: number
}

interface Instance {
  id: string
  offer: Offer
  startedAtMs: number
  readyAtMs: number
  endAtMs?: number
  /** Slots taken, counting VMs on their way in. */
  used: number
  /** Got a termination notice: takes nothing, goes at terminateAtMs. */
  terminateAtMs?: number
  /** Rebalanced away from: takes nothing, stops once empty. */
  retiring: boolean
}

interface Vm {
  id: string
  at: Instance
  /** Since when it is on `at`. */
  sinceMs: number
  moving?: { to: Instance, doneAtMs: number }
}

type SimEvent =
  | { kind: 'notice', inst: Instance }
  | { kind: 'terminate', inst: Instance }
  | { kind: 'moved', vm: Vm, to: Instance }
  | { kind: 'price' }
  | { kind: 'sample' }

/** Watches a run for a plot (timeline.ts): samples at the times it gives, and every revocation. */
export interface FleetObserver {
  readonly sampleTimes: readonly number[]
  sample: (atMs: number, hostProviders: readonly string[], costUsd: number) => void
  revoked: (atMs: number, provider: string) => void
}

export class Fleet {
  private readonly instances: Instance[] = []
  private readonly vms: Vm[] = []
  private readonly queue = new EventQueue<SimEvent>()
  private readonly tallies = new Map<string, ProviderTally>()
  private now: number
  private nextId = 0
  downMs = 0
  lost = 0
  migrations = 0
  stopcopies = 0
  crossProvider = 0
  revocations = 0
  started = 0

  /** `spares`: whole instances kept free on each provider while it hosts VMs. */
  constructor (private readonly o: FleetOptions, private readonly offers: readonly Offer[], private readonly spares: ReadonlyMap<string, number>, private readonly startMs: number, private readonly endMs: number, private readonly random: Random, private readonly observer?: FleetObserver) {
    this.now = startMs
  }

  run (priceTimes: readonly number[]): void {
    for (let i = 0; i < this.o.vms; i++) {
      const at = this.placeNew(true)
      this.vms.push({ id: `vm-${i}`, at, sinceMs: this.now })
    }
    this.keepSpare(true)
    for (const t of priceTimes) this.queue.push(t, { kind: 'price' })
    for (const t of this.observer?.sampleTimes ?? []) this.queue.push(t, { kind: 'sample' })
    for (let e = this.queue.pop(); e !== undefined && e.atMs < this.endMs; e = this.queue.pop()) {
      this.now = e.atMs
      const ev = e.event
      // A sample only reads: the run is the same with or without an observer.
      if (ev.kind === 'sample') { this.observer?.sample(this.now, this.vms.map(v => v.at.offer.provider), this.paidSoFar()); continue }
      if (ev.kind === 'notice') this.onNotice(ev.inst)
      else if (ev.kind === 'terminate') this.onTerminate(ev.inst)
      else if (ev.kind === 'moved') this.onMoved(ev.vm, ev.to)
      else this.rebalance()
      this.tidy()
    }
    this.now = this.endMs
    for (const vm of this.vms) this.host(vm, vm.at)
    for (const i of this.instances) this.tally(i.offer.provider).costUsd += this.cost(i)
  }

  /** USD paid for every instance-second, a minute at least per instance. */
  bill (): number {
    return this.instances.reduce((sum, i) => sum + this.cost(i), 0)
  }

  /** USD paid until now, for the instances started so far. */
  private paidSoFar (): number {
    return this.instances.reduce((sum, i) => sum + integrate(i.offer.series, i.startedAtMs, Math.max(i.startedAtMs + 60_000, Math.min(i.endAtMs ?? this.now, this.now))), 0)
  }

  /** Per provider, after run(). */
  byProvider (): ReadonlyMap<string, ProviderTally> {
    return this.tallies
  }

  private cost (i: Instance): number {
    return integrate(i.offer.series, i.startedAtMs, Math.max(i.startedAtMs + 60_000, Math.min(i.endAtMs ?? this.endMs, this.endMs)))
  }

  private tally (provider: string): ProviderTally {
    let t = this.tallies.get(provider)
    if (t === undefined) {
      t = { costUsd: 0, instancesStarted: 0, revocations: 0, vmHours: 0, migrations: 0, stopcopyMigrations: 0, vmsLost: 0 }
      this.tallies.set(provider, t)
    }
    return t
  }

  /** Books the VM's time where it was, and moves it to `to` from now. */
  private host (vm: Vm, to: Instance): void {
    this.tally(vm.at.offer.provider).vmHours += (this.now - vm.sinceMs) / 3_600_000
    vm.at = to
    vm.sinceMs = this.now
  }

  private alive (i: Instance): boolean {
    return i.endAtMs === undefined
  }

  private takesVms (i: Instance): boolean {
    return this.alive(i) && i.terminateAtMs === undefined && !i.retiring
  }

  private priceOf (offer: Offer): number {
    return offer.pricing === 'on-demand' ? offer.onDemand : priceAt(offer.series, this.now)
  }

  private peerOf (i: Instance): PlacementPeer {
    return this.asPeer(i.id, i.offer, i.used, this.takesVms(i), false)
  }

  private asPeer (id: string, offer: Offer, used: number, schedulable: boolean, launchable: boolean): PlacementPeer {
    return {
      id,
      provider: offer.provider,
      state: 'alive',
      schedulable,
      unschedulableReason: schedulable ? '' : 'going',
      memoryBytes: offer.capacity * this.o.vmMemoryBytes,
      vmMemoryBytes: used * this.o.vmMemoryBytes,
      pricing: offer.pricing,
      priceUsdPerHour: this.priceOf(offer),
      onDemandUsdPerHour: offer.onDemand,
      launchable
    }
  }

  /** Offers an instance may start in now: not priced above their maximum (it would be revoked at once). */
  private openOffers (): Offer[] {
    return this.offers.filter(f => f.pricing === 'on-demand' || this.priceOf(f) <= f.onDemand)
  }

  /** A peer list for Placement: the running instances and, for each open offer, enough instances it could start to hold `vms` VMs. */
  private candidates (vms: number): { peers: PlacementPeer[], launchable: Map<string, Offer> } {
    const launchable = new Map<string, Offer>()
    const peers = this.instances.filter(i => this.alive(i)).map(i => this.peerOf(i))
    for (const f of this.openOffers()) {
      for (let c = 0; c < Math.ceil(vms / f.capacity); c++) {
        const id = `new:${f.key}:${c}`
        launchable.set(id, f)
        peers.push(this.asPeer(id, f, 0, true, true))
      }
    }
    return { peers, launchable }
  }

  private start (offer: Offer, atOnce: boolean): Instance {
    const inst: Instance = { id: `i-${this.nextId++}`, offer, startedAtMs: this.now, readyAtMs: atOnce ? this.now : this.now + this.o.launchDelayMs, used: 0, retiring: false }
    this.instances.push(inst)
    this.started++
    this.tally(offer.provider).instancesStarted++
    if (offer.pricing === 'spot') {
      const rev = nextRevocation(offer.series, inst.readyAtMs, this.endMs, { maxPrice: offer.onDemand, ratePerHour: this.o.revocationRatePerHour }, this.random)
      if (rev !== undefined) this.queue.push(rev.atMs, { kind: 'notice', inst })
    }
    return inst
  }

  /** Places one VM with Placement's cheapest policy, starting an instance when it picks one that could be started. */
  private placeNew (atOnce: boolean): Instance {
    const { peers, launchable } = this.candidates(1)
    const id = new Placement(peers).place(this.o.vmMemoryBytes, { policy: 'cheapest' })
    const offer = launchable.get(id)
    const inst = offer !== undefined ? this.start(offer, atOnce) : this.instances.find(i => i.id === id) as Instance
    inst.used++
    return inst
  }

  private onNotice (inst: Instance): void {
    if (!this.alive(inst) || inst.terminateAtMs !== undefined) return
    this.revocations++
    this.tally(inst.offer.provider).revocations++
    this.observer?.revoked(this.now, inst.offer.provider)
    inst.terminateAtMs = this.now + warningMs(inst.offer.provider)
    this.queue.push(inst.terminateAtMs, { kind: 'terminate', inst })
    const leaving = this.vms.filter(v => v.at === inst && (v.moving === undefined || v.moving.doneAtMs > inst.terminateAtMs!))
    this.evacuate(leaving, inst.terminateAtMs)
  }

  /** The link from `from`'s provider to a peer of `provider`: the WAN's when they differ. */
  private link (from: string, provider: string): Pick<EvacuationTarget, 'bandwidthBytesPerSec'> {
    return from === provider ? {} : { bandwidthBytesPerSec: this.o.wanBandwidthBytesPerSec }
  }

  /** Plans and starts the moves of `vms` (all on one instance) before `deadlineMs` (Infinity: no deadline). */
  private evacuate (vms: readonly Vm[], deadlineMs: number, only?: Instance): void {
    const source = vms[0]?.at.offer.provider
    if (source === undefined) return
    const { peers, launchable } = this.candidates(only === undefined ? vms.length : 0)
    const placement = new Placement(peers)
    const targets: EvacuationTarget[] = peers.filter(p => p.schedulable && (only === undefined || p.id === only.id)).map(p => {
      const inst = this.instances.find(i => i.id === p.id)
      return { id: p.id, roomBytes: placement.room(p), readyInMs: inst === undefined ? this.o.launchDelayMs : Math.max(0, inst.readyAtMs - this.now), score: placement.score(p), ...this.link(source, p.provider) }
    })
    const plan = planEvacuation({
      vms: vms.map(v => ({ id: v.id, memoryBytes: this.o.vmMemoryBytes, dirtyBytesPerSec: this.o.dirtyBytesPerSec })),
      targets,
      bandwidthBytesPerSec: this.o.bandwidthBytesPerSec,
      deadlineInMs: deadlineMs - this.now
    })
    const startedFor = new Map<string, Instance>()
    const from = this.tally(source)
    for (const move of plan.moves) {
      const vm = vms.find(v => v.id === move.vm) as Vm
      const offer = launchable.get(move.to)
      let to = startedFor.get(move.to) ?? (offer === undefined ? this.instances.find(i => i.id === move.to) : undefined)
      if (to === undefined && offer !== undefined) {
        to = this.start(offer, false)
        startedFor.set(move.to, to)
      }
      if (to === undefined) continue
      if (vm.moving !== undefined) vm.moving.to.used--
      to.used++
      vm.moving = { to, doneAtMs: this.now + move.finishInMs }
      this.migrations++
      from.migrations++
      if (to.offer.provider !== source) this.crossProvider++
      if (move.mode === 'stopcopy') {
        this.stopcopies++
        from.stopcopyMigrations++
      }
      this.downMs += move.downtimeMs
      this.queue.push(vm.moving.doneAtMs, { kind: 'moved', vm, to })
    }
  }

  private onMoved (vm: Vm, to: Instance): void {
    if (vm.moving?.to !== to) return
    vm.moving = undefined
    if (!this.alive(to)) return
    vm.at.used--
    this.host(vm, to)
    if (to.terminateAtMs !== undefined) this.evacuate([vm], to.terminateAtMs)
  }

  private onTerminate (inst: Instance): void {
    inst.endAtMs = this.now
    for (const vm of this.vms.filter(v => v.at === inst)) {
      // Lost with the instance: it boots afresh where Placement puts it.
      if (vm.moving !== undefined) vm.moving.to.used--
      vm.moving = undefined
      this.lost++
      this.tally(inst.offer.provider).vmsLost++
      const at = this.placeNew(false)
      this.downMs += Math.max(0, at.readyAtMs - this.now) + this.o.rebootMs
      this.host(vm, at)
    }
  }

  /** hotspot: an instance whose VMs would be cheaper on a new instance elsewhere, by worthMoving, hops there whole. */
  private rebalance (): void {
    if (this.o.policy !== 'hotspot') return
    const settled = this.instances.filter(i => this.takesVms(i) && i.readyAtMs <= this.now && this.vms.some(v => v.at === i) && !this.vms.some(v => v.moving !== undefined && (v.at === i || v.moving.to === i)))
    const { peers, launchable } = this.candidates(1)
    const placement = new Placement(peers)
    const perHour = (p: PlacementPeer): number => placement.score(p) * p.memoryBytes / (1 << 30)
    const fresh = peers.filter(p => p.launchable === true).sort((a, b) => placement.score(a) - placement.score(b))[0]
    if (fresh === undefined) return
    const offer = launchable.get(fresh.id) as Offer
    for (const inst of settled.sort((a, b) => this.slotPrice(b) - this.slotPrice(a))) {
      if (inst.offer === offer) continue
      const moving = this.vms.filter(v => v.at === inst)
      if (moving.length > offer.capacity) continue
      // The hop as the planner would run it, to the new instance once it is up.
      const moveMs = planSpanMs(planEvacuation({
        vms: moving.map(v => ({ id: v.id, memoryBytes: this.o.vmMemoryBytes, dirtyBytesPerSec: this.o.dirtyBytesPerSec })),
        targets: [{ id: fresh.id, roomBytes: offer.capacity * this.o.vmMemoryBytes, readyInMs: 0, score: 0, ...this.link(inst.offer.provider, offer.provider) }],
        bandwidthBytesPerSec: this.o.bandwidthBytesPerSec,
        deadlineInMs: Infinity
      }))
      const verdict = worthMoving({ fromUsdPerHour: perHour(this.peerOf(inst)), toUsdPerHour: perHour(fresh), overlapMs: this.o.launchDelayMs + moveMs, horizonMs: this.o.horizonMs })
      if (!verdict.worth) continue
      const to = this.start(offer, false)
      inst.retiring = true
      this.evacuate(moving, Infinity, to)
    }
  }

  /** USD per VM-slot-hour now: how instances of different sizes compare. */
  private slotPrice (i: Instance): number {
    return this.priceOf(i.offer) / i.offer.capacity
  }

  /** Slots `provider` keeps free for evacuations now: its spares while it hosts any VM. */
  private spareSlots (provider: string): number {
    const spares = this.spares.get(provider) ?? 0
    if (spares === 0 || !this.vms.some(v => v.at.offer.provider === provider || v.moving?.to.offer.provider === provider)) return 0
    const capacity = Math.max(...this.offers.filter(f => f.provider === provider).map(f => f.capacity))
    return spares * capacity
  }

  private freeSlots (provider: string): number {
    return this.instances.filter(i => i.offer.provider === provider && this.takesVms(i)).reduce((n, i) => n + i.offer.capacity - i.used, 0)
  }

  /** Keeps spare slots for evacuations and stops instances nobody needs. */
  private tidy (): void {
    for (const inst of this.instances) {
      if (this.alive(inst) && (inst.retiring || inst.terminateAtMs !== undefined) && inst.used <= 0 && !this.vms.some(v => v.at === inst)) inst.endAtMs = this.now
    }
    this.keepSpare(false)
    // Too much room: stop the dearest empty instance whose provider still keeps its spare without it.
    for (;;) {
      const empty = this.instances.filter(i => this.takesVms(i) && i.used === 0).sort((a, b) => this.slotPrice(b) - this.slotPrice(a))
      const stop = empty.find(i => this.freeSlots(i.offer.provider) - i.offer.capacity >= this.spareSlots(i.offer.provider))
      if (stop === undefined) break
      stop.endAtMs = this.now
    }
  }

  private keepSpare (atOnce: boolean): void {
    for (const provider of new Set(this.offers.map(f => f.provider))) {
      while (this.freeSlots(provider) < this.spareSlots(provider)) {
        const { peers, launchable } = this.candidates(1)
        let id: string
        try {
          id = new Placement(peers.filter(p => p.launchable === true)).place(this.o.vmMemoryBytes, { policy: 'cheapest', provider })
        } catch (err) {
          // No offer of the provider open now (all priced above their maximum): none to keep.
          if (err instanceof CapacityError || err instanceof NotFoundError) break
          throw err
        }
        this.start(launchable.get(id) as Offer, atOnce)
      }
    }
  }
}
