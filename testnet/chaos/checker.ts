// The checker: it trusts no migration record, phase or epoch. Every round it asks each peer which
// VMs its own manager holds (`GET /v1/vms?here=true`) with the counter and boot id read from guest
// memory, notes which pids are alive, and checks:
//  - guest time is executed once: between two consecutive samples of one copy whose counter went
//    up, that copy ran the guest-time interval between them; two such intervals that overlap (on
//    two peers, or a copy resumed from the past) are two live copies or a fork;
//  - a copy's counter never goes back, and a VM's boot id never changes;
//  - a VM with no live copy left is lost, excused only if a peer the run killed held it (or was an
//    end of its migration) when it was last seen running;
//  - no daemon dies unless the run licensed that pid to die;
//  - after the faults, every VM of a VNet answers ping from the host port of every other peer.
// Counters are compared as guest time, never against the wall clock, so a sample taken late in a
// round cannot pass for a fork.
import { ApiClient } from '../../node/api/client.js'
import type { VmView } from '../../node/vms/view.js'
import type { TestnetPeer } from '../state.js'
import type { LostWithPeer, Violation, ViolationKind } from './types.js'
import type { Timeline } from './timeline.js'
import { checkPings, type PingSummary } from './pings.js'
import { sleep, until } from './wait.js'

export interface CheckerComponents {
  /** The testnet's peers now (a restart changes a pid). */
  peers: () => readonly TestnetPeer[]
  isRunning: (pid: number) => boolean
  timeline: Timeline
}

export interface CheckerOptions {
  sampleEveryMs: number
  /** Per request to a peer's API; a peer that does not answer in time is skipped for the round. */
  requestTimeoutMs?: number
}

/** A stretch of guest time one copy was seen executing: counters (lo, hi) on `peer`. */
interface Segment { peer: number, pid: number, lo: number, hi: number, firstRound: number, lastRound: number }

interface Chain { pid: number, counter: number, segment: Segment, lastAdvanceRound: number }

interface Death { index: number, pid: number, at: number, licensed: boolean }

interface TrackedVm {
  id: string
  name: string
  bootId?: string
  net?: { ref: string, ip: string }
  /** Per peer index: the copy there, seen in that peer's last answer. */
  chains: Map<number, Chain>
  segments: Segment[]
  /** Per peer index: the phase it reported in its last answer (absent: not there). */
  present: Map<number, string>
  lastLive?: { at: number, round: number, peers: Set<number> }
  lostSeenAt?: number
  retired: boolean
  migrations: Array<{ from: number, to: number, at: number, endAt?: number }>
  reported: Set<ViolationKind>
  shown: string
  /** The last counter read, for the timeline. */
  counter: number
}

const REQUEST_TIMEOUT_MS = 2_000
/** A copy counts as live while its counter went up within this many rounds. */
const LIVE_ROUNDS = 3

export class Checker {
  private readonly vms = new Map<string, TrackedVm>()
  private readonly licensed = new Set<number>()
  private readonly deaths = new Map<number, Death>()
  private readonly found: Violation[] = []
  private readonly lost: LostWithPeer[] = []
  private round = 0
  private samples = 0
  private loop?: { abort: AbortController, done: Promise<void> }

  constructor (private readonly c: CheckerComponents, private readonly options: CheckerOptions) {}

  /** Checks VM `id` from now on. */
  track (vm: { id: string, name: string }): void {
    if (this.vms.has(vm.id)) return
    this.vms.set(vm.id, { id: vm.id, name: vm.name, chains: new Map(), segments: [], present: new Map(), retired: false, migrations: [], reported: new Set(), shown: '', counter: 0 })
  }

  /** Stops checking VM `id` (the run removed it after it was found lost). */
  retire (id: string): void {
    const vm = this.vms.get(id)
    if (vm !== undefined) vm.retired = true
  }

  /** The run may kill `pid`: its death is not a violation. */
  license (pid: number): void {
    this.licensed.add(pid)
  }

  /** What the run asked for: a migration of `vm` between peer indexes (used to excuse a VM lost with an end of it). */
  migrationStarted (vm: string, from: number, to: number): void {
    this.vms.get(vm)?.migrations.push({ from, to, at: this.c.timeline.now() })
  }

  migrationEnded (vm: string): void {
    const m = this.vms.get(vm)?.migrations.findLast(x => x.endAt === undefined)
    if (m !== undefined) m.endAt = this.c.timeline.now()
  }

  start (): void {
    if (this.loop !== undefined) return
    const abort = new AbortController()
    const done = (async () => {
      while (!abort.signal.aborted) {
        const started = Date.now()
        await this.sampleRound(abort.signal).catch(() => {})
        await sleep(this.options.sampleEveryMs - (Date.now() - started), abort.signal).catch(() => {})
      }
    })()
    this.loop = { abort, done }
  }

  async stop (): Promise<void> {
    this.loop?.abort.abort()
    await this.loop?.done
    this.loop = undefined
  }

  /** One round: every peer's answer, then the VMs whose holders changed go on their timelines. */
  async sampleRound (signal?: AbortSignal): Promise<void> {
    const round = ++this.round
    await Promise.all(this.c.peers().map(async peer => { await this.samplePeer(peer, round, signal) }))
    for (const vm of this.vms.values()) {
      const shown = [...vm.present].sort((a, b) => a[0] - b[0]).map(([peer, phase]) => `peer ${peer} ${phase}${this.liveOn(vm, peer) ? ' (counter advancing)' : ''}`).join(', ')
      if (shown !== vm.shown) {
        this.c.timeline.add(vm.id, `${shown === '' ? 'on no peer' : shown}; last counter read ${vm.counter}`)
        vm.shown = shown
      }
    }
  }

  private async samplePeer (peer: TestnetPeer, round: number, signal?: AbortSignal): Promise<void> {
    if (!this.c.isRunning(peer.pid)) {
      this.died(peer)
      this.forget(peer.index)
      return
    }
    let list: VmView[]
    try {
      const api = new ApiClient({ url: peer.api, token: peer.token })
      list = await api.request<VmView[]>('GET', '/v1/vms?here=true', undefined, { signal: AbortSignal.any([AbortSignal.timeout(this.options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS), ...(signal === undefined ? [] : [signal])]) })
    } catch {
      // Not an answer: nothing is known of this peer for the round, and no chain runs across it.
      this.forget(peer.index)
      return
    }
    this.samples++
    const byId = new Map(list.map(v => [v.id, v]))
    for (const vm of this.vms.values()) {
      const view = byId.get(vm.id)
      if (view === undefined) {
        vm.present.delete(peer.index)
        vm.chains.delete(peer.index)
        continue
      }
      vm.present.set(peer.index, view.phase)
      if (view.net !== undefined) vm.net = { ref: view.net.name ?? String(view.net.id), ip: view.net.ip }
      if (view.phase === 'lost') vm.lostSeenAt = this.c.timeline.now()
      const guest = view.guest
      if (guest === undefined || view.phase === 'lost') {
        vm.chains.delete(peer.index)
        continue
      }
      this.observe(vm, peer, round, guest.counter, guest.bootId)
    }
  }

  private observe (vm: TrackedVm, peer: TestnetPeer, round: number, counter: number, bootId: string): void {
    vm.bootId ??= bootId
    vm.counter = counter
    if (bootId !== vm.bootId) this.violation('boot-id-changed', vm, `peer ${peer.index} shows boot id ${bootId}; it booted as ${vm.bootId}`)
    const chain = vm.chains.get(peer.index)
    if (chain === undefined || chain.pid !== peer.pid) {
      const segment: Segment = { peer: peer.index, pid: peer.pid, lo: counter, hi: counter, firstRound: round, lastRound: round }
      vm.segments.push(segment)
      vm.chains.set(peer.index, { pid: peer.pid, counter, segment, lastAdvanceRound: 0 })
      return
    }
    if (counter < chain.counter) {
      this.violation('counter-backwards', vm, `the copy on peer ${peer.index} went from counter ${chain.counter} back to ${counter}`)
    } else if (counter > chain.counter) {
      for (const other of vm.segments) {
        if (other === chain.segment || !(chain.counter < other.hi && other.lo < counter)) continue
        const sameTime = other.peer !== peer.index && other.lastRound >= round - 1
        this.violation(sameTime ? 'two-live-copies' : 'counter-fork', vm,
          `guest time ${chain.counter}→${counter} ran on peer ${peer.index} (pid ${peer.pid}, round ${round}), and ${other.lo}→${other.hi} ran on peer ${other.peer} (pid ${other.pid}, rounds ${other.firstRound}–${other.lastRound})`)
      }
      chain.segment.hi = counter
      chain.segment.lastRound = round
      chain.lastAdvanceRound = round
      const now = this.c.timeline.now()
      if (vm.lastLive?.round === round) vm.lastLive.peers.add(peer.index)
      else vm.lastLive = { at: now, round, peers: new Set([peer.index]) }
    }
    chain.counter = counter
  }

  private forget (index: number): void {
    for (const vm of this.vms.values()) {
      vm.chains.delete(index)
      vm.present.delete(index)
    }
  }

  private died (peer: TestnetPeer): void {
    if (this.deaths.has(peer.pid)) return
    const licensed = this.licensed.has(peer.pid)
    this.deaths.set(peer.pid, { index: peer.index, pid: peer.pid, at: this.c.timeline.now(), licensed })
    this.c.timeline.event(`peer ${peer.index} (pid ${peer.pid}) is dead${licensed ? '' : ' — the run did not kill it'}`)
    if (!licensed) this.violation('daemon-died', undefined, `peer ${peer.index} (pid ${peer.pid}) died, and the chaos run did not kill it; see ${peer.log}`)
  }

  private liveOn (vm: TrackedVm, peer: number): boolean {
    const chain = vm.chains.get(peer)
    return chain !== undefined && chain.lastAdvanceRound > 0 && chain.lastAdvanceRound >= this.round - LIVE_ROUNDS
  }

  /** Peers where VM `id` runs now: its counter went up there in the last rounds. */
  liveHolders (id: string): number[] {
    const vm = this.vms.get(id)
    if (vm === undefined) return []
    return [...vm.chains.keys()].filter(peer => this.liveOn(vm, peer)).sort((a, b) => a - b)
  }

  /** The single peer VM `id` runs on now, if exactly one. */
  holder (id: string): number | undefined {
    const holders = this.liveHolders(id)
    return holders.length === 1 ? holders[0] : undefined
  }

  tracked (): Array<{ id: string, name: string }> {
    return [...this.vms.values()].filter(v => !v.retired).map(v => ({ id: v.id, name: v.name }))
  }

  /**
   * VMs that look lost now: no copy has run for `quietMs`, and a peer shows them lost (a restarted
   * peer's record of a VM whose memory died with it) while none holds them otherwise.
   */
  suspectedLost (quietMs: number): Array<{ id: string, name: string, on: number }> {
    const now = this.c.timeline.now()
    const out: Array<{ id: string, name: string, on: number }> = []
    for (const vm of this.vms.values()) {
      if (vm.retired || vm.lostSeenAt === undefined) continue
      if (vm.lastLive !== undefined && (now - vm.lastLive.at < quietMs || vm.lostSeenAt < vm.lastLive.at)) continue
      const phases = [...vm.present]
      const on = phases.find(([, phase]) => phase === 'lost')?.[0]
      if (on !== undefined && phases.every(([, phase]) => phase === 'lost')) out.push({ id: vm.id, name: vm.name, on })
    }
    return out
  }

  /**
   * VM `id` has no live copy: lost with a peer the run killed, or a violation. A peer excuses it
   * if it died (licensed) no earlier than the VM was last seen running, and it was where the VM ran
   * then or an end of the VM's last migration started before that death.
   */
  judgeLost (id: string): LostWithPeer | undefined {
    const vm = this.vms.get(id)
    if (vm === undefined) return undefined
    const slack = LIVE_ROUNDS * this.options.sampleEveryMs + 1_000
    const last = vm.lastLive
    const excuse = last === undefined
      ? undefined
      : [...this.deaths.values()].find(d => d.licensed && d.at >= last.at - slack && (last.peers.has(d.index) || vm.migrations.some(m => m.at <= d.at && (m.endAt === undefined || m.endAt >= d.at - slack) && (m.from === d.index || m.to === d.index))))
    if (excuse !== undefined) {
      const entry: LostWithPeer = { vm: vm.id, name: vm.name, peer: excuse.index, atMs: excuse.at }
      if (!this.lost.some(l => l.vm === vm.id)) {
        this.lost.push(entry)
        this.c.timeline.add(vm.id, `lost with peer ${excuse.index}, killed by the run`)
      }
      return entry
    }
    this.violation('vm-lost', vm, last === undefined
      ? 'no copy of it was ever seen running'
      : `no copy has run since ${this.c.timeline.stamp(last.at)} (last on peer ${[...last.peers].join(', ')}), and no peer the run killed held it then`)
    return undefined
  }

  /** Waits until every VM runs on exactly one peer or has no copy left that could run; bounded. */
  async awaitSettled (options: { timeoutMs: number, signal?: AbortSignal }): Promise<void> {
    await until('every VM to run on exactly one peer', async () => this.tracked().every(vm => {
      const v = this.vms.get(vm.id)
      if (v === undefined) return true
      const live = this.liveHolders(vm.id).length
      const waiting = [...v.present.values()].some(phase => phase !== 'lost')
      // Two copies found running will not settle by waiting: that is already a violation.
      const forked = v.reported.has('two-live-copies') || v.reported.has('counter-fork')
      return live === 1 || (live === 0 && !waiting) || forked
    }), { timeoutMs: options.timeoutMs, everyMs: this.options.sampleEveryMs, signal: options.signal }).catch(() => {})
  }

  /**
   * At the end: every VM runs on one peer, or is judged lost. One that a peer still holds without
   * its counter advancing is neither: it is stuck (it will not answer ping either).
   */
  judgeEnd (): void {
    for (const { id } of this.tracked()) {
      const vm = this.vms.get(id)
      if (vm === undefined || this.liveHolders(id).length > 0) continue
      const held = [...vm.present].filter(([, phase]) => phase !== 'lost')
      if (held.length > 0) this.violation('vm-stuck', vm, `no copy runs once the faults are healed, yet ${held.map(([peer, phase]) => `peer ${peer} holds it (${phase})`).join(', ')}`)
      else this.judgeLost(id)
    }
  }

  /** Every live VM on a VNet answers ping from the host port of every other running peer, by `deadline`. */
  async checkPings (options: { deadline: number, signal?: AbortSignal }): Promise<PingSummary> {
    const targets = this.tracked().flatMap(({ id, name }) => {
      const net = this.vms.get(id)?.net
      const lost = this.lost.some(l => l.vm === id)
      return net === undefined || lost ? [] : [{ id, name, net, holder: () => this.holder(id) }]
    })
    return await checkPings({
      targets, peers: this.c.peers(), isRunning: this.c.isRunning, deadline: options.deadline, signal: options.signal,
      unreachable: (t, from) => {
        this.violation('unreachable', this.vms.get(t.id), from === undefined
          ? `${t.net.ip} on ${t.net.ref} ran on no single peer to ping within the bound after the faults ended`
          : `${t.net.ip} on ${t.net.ref} (on peer ${String(t.holder())}) did not answer ping from peer ${from} within the bound after the faults ended`)
      }
    })
  }

  /** A violation found outside the sampling (the run's own end checks). */
  report (kind: ViolationKind, detail: string): void {
    this.violation(kind, undefined, detail)
  }

  violations (): Violation[] {
    return [...this.found]
  }

  lostWithPeer (): LostWithPeer[] {
    return [...this.lost]
  }

  stats (): { rounds: number, samples: number } {
    return { rounds: this.round, samples: this.samples }
  }

  private violation (kind: ViolationKind, vm: TrackedVm | undefined, detail: string): void {
    // One of each kind per VM: a fork seen every round is one finding, not hundreds.
    if (vm !== undefined) {
      if (vm.reported.has(kind)) return
      vm.reported.add(kind)
    }
    this.c.timeline.event(`VIOLATION ${kind}${vm === undefined ? '' : ` ${vm.name}`}: ${detail}`)
    this.found.push({ kind, vm: vm?.id ?? '-', detail: vm === undefined ? detail : `${vm.name}: ${detail}`, timeline: this.c.timeline.render(vm?.id) })
  }
}
