// The spot-market simulator: a discrete-event run of a fleet of VMs over a whole trace. Instances
// are started in the trace's series, paid by the second at the series' price (a minute at least),
// revoked by the revocation model with the provider's warning, and evacuated by the evacuation
// planner; VMs are placed by the daemon's own Placement (instances it could start are `launchable`
// peers), and the hotspot policy rebalances with the daemon's own rule. Nothing here is a copy of
// the live code: the simulator only supplies time, instances and the bill.
import { Placement, type PlacementPeer } from '../vms/placement.js'
import { CapacityError } from '../vms/errors.js'
import { DEFAULT_BANDWIDTH_BYTES_PER_SEC, warningMs } from './constants.js'
import { SimulationError } from './errors.js'
import { estimateMigration, planEvacuation, type EvacuationTarget } from './evacuation.js'
import { EventQueue } from './event-queue.js'
import { DEFAULT_HORIZON_MS, worthMoving } from './rebalance.js'
import { nextRevocation, seededRandom, type Random } from './revocation.js'
import { integrate, onDemandKey, priceAt, type OnDemandTable, type SpotSeries, type SpotTrace } from './trace.js'
import { oracleCost } from './oracle.js'

export type SimulationPolicy = 'on-demand' | 'cheapest' | 'hotspot'

export interface SimulationOptions {
  /** Default 100 */
  vms: number
  /** VMs an instance holds. Default 4 */
  vmsPerInstance: number
  /** Default: the trace's first instance type (alphabetically) */
  instanceType?: string
  /** Default cheapest */
  policy: SimulationPolicy
  /** Seeds the random revocations. Default 1 */
  seed: number
  /**
   * Random revocations per instance-hour on top of those by price. Default 0.002 (about 1.5 per
   * instance-month): pessimistic on purpose — AWS Spot Advisor's worst bucket, ">20% per month",
   * is about 0.0003 — and the traces have no price above on-demand, so without it nothing is revoked.
   */
  revocationRatePerHour: number
  /** Default 512 MiB */
  vmMemoryBytes: number
  /** Default 8 MiB/s */
  dirtyBytesPerSec: number
  /** Between instances. Default 1 Gbit/s */
  bandwidthBytesPerSec: number
  /** From asking for an instance until it takes VMs. Default 90 s (EC2 and GCE Linux boots take 30–90 s; the slow end) */
  launchDelayMs: number
  /** A VM lost with its instance boots afresh elsewhere: this long down besides waiting for an instance. Default 30 s */
  rebootMs: number
  /** hotspot: how far ahead a saving counts. Default 5 h */
  horizonMs: number
  /**
   * Whole instances' worth of free slots kept for evacuations. Default 1 where the warning outlasts
   * an instance's launch (AWS: a second revocation soon after finds the replacement ready), else 2
   * (GCP's 30 s: with 1 spare, two revocations within a launch time lost 8 VMs in 3 years, with 2
   * none). None under the on-demand policy, which nothing revokes.
   */
  spareInstances: number
}

export interface SimulationResult {
  trace: string
  instanceType: string
  policy: SimulationPolicy
  seed: number
  vms: number
  vmsPerInstance: number
  hours: number
  costUsd: number
  baselineUsd: number
  oracleUsd: number
  /** baseline ÷ cost: how many times cheaper than on-demand. */
  costRatio: number
  oracleRatio: number
  /** costRatio ÷ oracleRatio */
  ofOracle: number
  /** VM-time up ÷ VM-time. */
  availability: number
  vmsLost: number
  migrations: number
  stopcopyMigrations: number
  revocations: number
  instancesStarted: number
  /** Whole instances kept free for evacuations (0 under on-demand). */
  spareInstances: number
  baselineRegion: string
}

/** The defaults, but the spare instances: they follow from the trace's warning (simulate). */
export function simulationDefaults (): Omit<SimulationOptions, 'spareInstances'> {
  return {
    vms: 100,
    vmsPerInstance: 4,
    policy: 'cheapest',
    seed: 1,
    revocationRatePerHour: 0.002,
    vmMemoryBytes: 512 << 20,
    dirtyBytesPerSec: 8 << 20,
    bandwidthBytesPerSec: DEFAULT_BANDWIDTH_BYTES_PER_SEC,
    launchDelayMs: 90_000,
    rebootMs: 30_000,
    horizonMs: DEFAULT_HORIZON_MS
  }
}

/** Where instances can be started: one spot series, or a region's on-demand price. */
interface Offer {
  key: string
  provider: string
  series: SpotSeries
  pricing: 'spot' | 'on-demand'
  onDemand: number
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
  moving?: { to: Instance, doneAtMs: number }
}

type SimEvent =
  | { kind: 'notice', inst: Instance }
  | { kind: 'terminate', inst: Instance }
  | { kind: 'moved', vm: Vm, to: Instance }
  | { kind: 'price' }

export function simulate (trace: SpotTrace, onDemand: OnDemandTable, given: Partial<SimulationOptions> = {}): SimulationResult {
  const base = { ...simulationDefaults(), ...given }
  for (const k of ['vms', 'vmsPerInstance'] as const) {
    if (!Number.isInteger(base[k]) || base[k] < 1) throw new SimulationError(`${k} must be a whole number ≥ 1, not ${base[k]}`)
  }
  if (!(base.revocationRatePerHour >= 0)) throw new SimulationError(`the revocation rate must be ≥ 0, not ${base.revocationRatePerHour}`)
  const types = [...new Set(trace.series.map(s => s.instanceType))].sort()
  const type = base.instanceType ?? types[0] ?? ''
  const spot = trace.series.filter(s => s.instanceType === type)
  if (spot.length === 0) throw new SimulationError(`${trace.file} has no series of instance type ${type} (it has ${types.join(', ')})`)
  const spotOffers: Offer[] = spot.map(series => {
    const od = onDemand.get(onDemandKey(series.provider, series.region, type))
    if (od === undefined) throw new SimulationError(`no on-demand price for ${onDemandKey(series.provider, series.region, type)} (needed as the maximum price of ${series.key})`)
    return { key: series.key, provider: series.provider, series, pricing: 'spot', onDemand: od }
  })
  // Baseline: the cheapest on-demand price of the type among the trace's regions.
  const regions = [...new Set(spot.map(s => `${s.provider}/${s.region}`))]
  const odOffers: Offer[] = regions.map(pr => {
    const [provider = '', region = ''] = pr.split('/')
    const price = onDemand.get(onDemandKey(provider, region, type)) as number
    return { key: `${provider}/${region}/on-demand/${type}`, provider, pricing: 'on-demand', onDemand: price, series: { key: pr, provider, region, zone: '', instanceType: type, points: [{ atMs: trace.startMs, price }] } }
  })
  const cheapestOd = [...odOffers].sort((a, b) => a.onDemand - b.onDemand)[0] as Offer
  const offers = base.policy === 'on-demand' ? odOffers : spotOffers
  const o: SimulationOptions = { ...base, spareInstances: spareInstances(base, spot) }
  const sim = new Fleet(o, offers, trace.startMs, trace.endMs, seededRandom(o.seed))
  sim.run(o.policy === 'hotspot' ? changeTimes(spot, trace.startMs) : [])

  const hours = (trace.endMs - trace.startMs) / 3_600_000
  const instancesNeeded = Math.ceil(o.vms / o.vmsPerInstance)
  const baselineUsd = instancesNeeded * cheapestOd.onDemand * hours
  const oracleUsd = instancesNeeded * oracleCost(spot, trace.startMs, trace.endMs)
  const costUsd = sim.bill()
  const costRatio = baselineUsd / costUsd
  const oracleRatio = baselineUsd / oracleUsd
  return {
    trace: trace.file,
    instanceType: type,
    policy: o.policy,
    seed: o.seed,
    vms: o.vms,
    vmsPerInstance: o.vmsPerInstance,
    hours: round(hours, 2),
    costUsd: round(costUsd, 4),
    baselineUsd: round(baselineUsd, 4),
    oracleUsd: round(oracleUsd, 4),
    costRatio: round(costRatio, 4),
    oracleRatio: round(oracleRatio, 4),
    ofOracle: round(costRatio / oracleRatio, 4),
    availability: round(1 - sim.downMs / (o.vms * (trace.endMs - trace.startMs)), 7),
    vmsLost: sim.lost,
    migrations: sim.migrations,
    stopcopyMigrations: sim.stopcopies,
    revocations: sim.revocations,
    instancesStarted: sim.started,
    spareInstances: o.spareInstances,
    baselineRegion: cheapestOd.key
  }
}

/**
 * Whole instances kept free for evacuations: none under on-demand, which nothing revokes; else as
 * asked, or by default 1 where the warning outlasts an instance's launch, 2 where it does not.
 */
function spareInstances (o: Partial<SimulationOptions> & Pick<SimulationOptions, 'policy' | 'launchDelayMs'>, spot: readonly SpotSeries[]): number {
  if (o.policy === 'on-demand') return 0
  return o.spareInstances ?? (Math.min(...spot.map(s => warningMs(s.provider))) >= o.launchDelayMs ? 1 : 2)
}

/** Every time some series' price changes, after the start. */
function changeTimes (series: readonly SpotSeries[], startMs: number): number[] {
  const times = new Set<number>()
  for (const s of series) {
    for (let i = 1; i < s.points.length; i++) {
      const p = s.points[i]
      if (p !== undefined && p.atMs > startMs && p.price !== s.points[i - 1]?.price) times.add(p.atMs)
    }
  }
  return [...times].sort((a, b) => a - b)
}

function round (x: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

class Fleet {
  private readonly instances: Instance[] = []
  private readonly vms: Vm[] = []
  private readonly queue = new EventQueue<SimEvent>()
  private now: number
  private nextId = 0
  downMs = 0
  lost = 0
  migrations = 0
  stopcopies = 0
  revocations = 0
  started = 0

  constructor (private readonly o: SimulationOptions, private readonly offers: readonly Offer[], private readonly startMs: number, private readonly endMs: number, private readonly random: Random) {
    this.now = startMs
  }

  run (priceTimes: readonly number[]): void {
    for (let i = 0; i < this.o.vms; i++) {
      const at = this.placeNew(true)
      this.vms.push({ id: `vm-${i}`, at })
    }
    this.keepSpare(true)
    for (const t of priceTimes) this.queue.push(t, { kind: 'price' })
    for (let e = this.queue.pop(); e !== undefined && e.atMs < this.endMs; e = this.queue.pop()) {
      this.now = e.atMs
      const ev = e.event
      if (ev.kind === 'notice') this.onNotice(ev.inst)
      else if (ev.kind === 'terminate') this.onTerminate(ev.inst)
      else if (ev.kind === 'moved') this.onMoved(ev.vm, ev.to)
      else this.rebalance()
      this.tidy()
    }
  }

  /** USD paid for every instance-second, a minute at least per instance. */
  bill (): number {
    return this.instances.reduce((sum, i) => sum + integrate(i.offer.series, i.startedAtMs, Math.max(i.startedAtMs + 60_000, Math.min(i.endAtMs ?? this.endMs, this.endMs))), 0)
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
      memoryBytes: this.o.vmsPerInstance * this.o.vmMemoryBytes,
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

  /** A peer list for Placement: the running instances and, for each open offer, `copies` instances it could start. */
  private candidates (copies: number): { peers: PlacementPeer[], launchable: Map<string, Offer> } {
    const launchable = new Map<string, Offer>()
    const peers = this.instances.filter(i => this.alive(i)).map(i => this.peerOf(i))
    for (const f of this.openOffers()) {
      for (let c = 0; c < copies; c++) {
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
    const warning = warningMs(inst.offer.provider)
    inst.terminateAtMs = this.now + warning
    this.queue.push(inst.terminateAtMs, { kind: 'terminate', inst })
    const leaving = this.vms.filter(v => v.at === inst && (v.moving === undefined || v.moving.doneAtMs > inst.terminateAtMs!))
    this.evacuate(leaving, inst.terminateAtMs)
  }

  /** Plans and starts the moves of `vms` off their instances before `deadlineMs` (Infinity: no deadline). */
  private evacuate (vms: readonly Vm[], deadlineMs: number, only?: Instance): void {
    if (vms.length === 0) return
    const copies = Math.ceil(vms.length / this.o.vmsPerInstance)
    const { peers, launchable } = this.candidates(only === undefined ? copies : 0)
    const placement = new Placement(peers)
    const targets: EvacuationTarget[] = peers.filter(p => p.schedulable && (only === undefined || p.id === only.id)).map(p => {
      const inst = this.instances.find(i => i.id === p.id)
      return { id: p.id, roomBytes: placement.room(p), readyInMs: inst === undefined ? this.o.launchDelayMs : Math.max(0, inst.readyAtMs - this.now), score: placement.score(p) }
    })
    const plan = planEvacuation({
      vms: vms.map(v => ({ id: v.id, memoryBytes: this.o.vmMemoryBytes, dirtyBytesPerSec: this.o.dirtyBytesPerSec })),
      targets,
      bandwidthBytesPerSec: this.o.bandwidthBytesPerSec,
      deadlineInMs: deadlineMs - this.now
    })
    const startedFor = new Map<string, Instance>()
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
      if (move.mode === 'stopcopy') this.stopcopies++
      this.downMs += move.downtimeMs
      this.queue.push(vm.moving.doneAtMs, { kind: 'moved', vm, to })
    }
  }

  private onMoved (vm: Vm, to: Instance): void {
    if (vm.moving?.to !== to) return
    vm.moving = undefined
    if (!this.alive(to)) return
    vm.at.used--
    vm.at = to
    if (to.terminateAtMs !== undefined) this.evacuate([vm], to.terminateAtMs)
  }

  private onTerminate (inst: Instance): void {
    inst.endAtMs = this.now
    for (const vm of this.vms.filter(v => v.at === inst)) {
      // Lost with the instance: it boots afresh where Placement puts it.
      if (vm.moving !== undefined) vm.moving.to.used--
      vm.moving = undefined
      this.lost++
      const at = this.placeNew(false)
      this.downMs += Math.max(0, at.readyAtMs - this.now) + this.o.rebootMs
      vm.at = at
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
    for (const inst of settled.sort((a, b) => this.priceOf(b.offer) - this.priceOf(a.offer))) {
      if (inst.offer === offer) continue
      const moving = this.vms.filter(v => v.at === inst)
      const moveMs = moving.reduce((ms, _v) => ms + estimateMigration({ memoryBytes: this.o.vmMemoryBytes, dirtyBytesPerSec: this.o.dirtyBytesPerSec }, this.o.bandwidthBytesPerSec).precopyMs, 0)
      const verdict = worthMoving({ fromUsdPerHour: perHour(this.peerOf(inst)), toUsdPerHour: perHour(fresh), overlapMs: this.o.launchDelayMs + moveMs, horizonMs: this.o.horizonMs })
      if (!verdict.worth) continue
      const to = this.start(offer, false)
      inst.retiring = true
      this.evacuate(moving, Infinity, to)
    }
  }

  /** Keeps spare slots for evacuations and stops instances nobody needs. */
  private tidy (): void {
    for (const inst of this.instances) {
      if (this.alive(inst) && (inst.retiring || inst.terminateAtMs !== undefined) && inst.used <= 0 && !this.vms.some(v => v.at === inst)) inst.endAtMs = this.now
    }
    this.keepSpare(false)
    const spare = this.o.spareInstances * this.o.vmsPerInstance
    // Too much room: stop the dearest empty instance while the rest still leave the spare.
    for (;;) {
      const open = this.instances.filter(i => this.takesVms(i))
      const free = open.reduce((n, i) => n + this.o.vmsPerInstance - i.used, 0)
      const empty = open.filter(i => i.used === 0).sort((a, b) => this.priceOf(b.offer) - this.priceOf(a.offer))[0]
      if (empty === undefined || free - this.o.vmsPerInstance < spare) break
      empty.endAtMs = this.now
    }
  }

  private keepSpare (atOnce: boolean): void {
    const spare = this.o.spareInstances * this.o.vmsPerInstance
    for (;;) {
      const free = this.instances.filter(i => this.takesVms(i)).reduce((n, i) => n + this.o.vmsPerInstance - i.used, 0)
      if (free >= spare) return
      const { peers, launchable } = this.candidates(1)
      let id: string
      try {
        id = new Placement(peers.filter(p => p.launchable === true)).place(this.o.vmMemoryBytes, { policy: 'cheapest' })
      } catch (err) {
        if (err instanceof CapacityError) return
        throw err
      }
      this.start(launchable.get(id) as Offer, atOnce)
    }
  }
}
