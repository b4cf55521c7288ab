// The checker: it trusts no migration record, phase or epoch. Every round it asks each peer which
// VMs its own manager holds (`GET /v1/vms?here=true`) with the counter and boot id read from guest
// memory, notes which pids are alive, and checks:
//  - guest time is executed once: between two consecutive samples of one copy whose counter went
//    up, that copy ran the guest-time interval between them; two such intervals that overlap (on
//    two peers, or a copy resumed from the past) are two live copies or a fork;
//  - a copy's counter never goes back, and a VM's boot id never changes;
//  - a VM with no live copy left is lost, excused only if a peer the run killed held it (or was an
//    end of its migration) when it was last seen running;
//  - a protected VM is followed by the `guest` its owner shows, the state of the last checkpoint its
//    standby acknowledged (what a failover resumes from), so the same rules hold across failovers:
//    it comes back with the same boot id, its counter never goes back, one copy runs; one running on
//    another peer without a migration is a failover (counted); one lost while it was protected is a
//    violation, whoever was killed;
//  - a VM with a disk: the number of the last record its guest made durable never goes back on a
//    copy, and no two copies make the same numbers durable (a fork of the disk);
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
import { GuestClock } from './clock.js'
import { arrival, lossVerdict, noteProtection, noteRunning, RUNNING_TOGETHER_ROUNDS, type Death, type Failover, type TrackedVm } from './checker-vm.js'
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

const REQUEST_TIMEOUT_MS = 2_000
/** A copy counts as live while its counter went up within this many rounds. */
const LIVE_ROUNDS = 3
/** A protected VM is not taken for lost before this long without a copy running. */
const PROTECTED_QUIET_MS = 30_000

export class Checker {
  private readonly vms = new Map<string, TrackedVm>()
  private readonly licensed = new Set<number>()
  private readonly deaths = new Map<number, Death>()
  private readonly found: Violation[] = []
  private readonly lost: LostWithPeer[] = []
  private readonly failed: Failover[] = []
  private readonly protectedLost: string[] = []
  private round = 0
  private samples = 0
  private loop?: { abort: AbortController, done: Promise<void> }

  constructor (private readonly c: CheckerComponents, private readonly options: CheckerOptions) {}

  /** Checks VM `id` from now on; `createdOn`: the peer the run just created it on. */
  track (vm: { id: string, name: string }, createdOn?: number): void {
    if (this.vms.has(vm.id)) return
    this.vms.set(vm.id, {
      id: vm.id, name: vm.name, counter: new GuestClock(), running: new Map(), protection: { ever: false, state: 'unprotected' }, present: new Map(), retired: false, migrations: [], reported: new Set(), shown: '', lastCounter: 0,
      ...(createdOn === undefined ? {} : { createdOn: { peer: createdOn, at: this.c.timeline.now() } })
    })
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
        this.c.timeline.add(vm.id, `${shown === '' ? 'on no peer' : shown}; last counter read ${vm.lastCounter}`)
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
        this.forgetCopy(vm, peer.index)
        vm.running.delete(peer.index)
        continue
      }
      vm.present.set(peer.index, view.phase)
      if (view.phase !== 'lost') vm.heldBy = { peer: peer.index, at: this.c.timeline.now() }
      if (view.net !== undefined) vm.net = { ref: view.net.name ?? String(view.net.id), ip: view.net.ip }
      vm.diskId ??= view.disks?.[0]
      if (view.phase !== 'lost') noteProtection(vm, view, this.c.peers())
      if (vm.protection.ever && view.phase !== 'lost') this.observeRunning(vm, peer, round, view.guestLive ?? view.guest)
      if (view.phase === 'lost') vm.lostSeenAt = this.c.timeline.now()
      const guest = view.guest
      if (guest === undefined || view.phase === 'lost') {
        this.forgetCopy(vm, peer.index)
        continue
      }
      this.observe(vm, peer, round, guest.counter, guest.bootId)
      const flushed = guest.disk?.flushed
      if (flushed !== undefined) this.observeDisk(vm, peer, round, flushed.seq)
    }
  }

  private observe (vm: TrackedVm, peer: TestnetPeer, round: number, counter: number, bootId: string): void {
    vm.bootId ??= bootId
    vm.lastCounter = counter
    if (bootId !== vm.bootId) this.violation('boot-id-changed', vm, `peer ${peer.index} shows boot id ${bootId}; it booted as ${vm.bootId}`)
    const { findings, advanced } = vm.counter.observe(peer.index, peer.pid, round, counter)
    for (const f of findings) {
      if (f.kind === 'backwards') this.violation('counter-backwards', vm, `the copy on peer ${peer.index} went from counter ${f.from} back to ${f.to}`)
      else this.violation(f.sameTime ? 'two-live-copies' : 'counter-fork', vm, `guest time ${f.from}→${f.to} ran on peer ${peer.index} (pid ${peer.pid}, round ${round}), and ${f.other.lo}→${f.other.hi} ran on peer ${f.other.peer} (pid ${f.other.pid}, rounds ${f.other.firstRound}–${f.other.lastRound})`)
    }
    if (!advanced) return
    const now = this.c.timeline.now()
    if (vm.lastLive !== undefined && vm.lastLive.round !== round && !vm.lastLive.peers.has(peer.index)) this.movedWithout(vm, peer.index, now)
    if (vm.lastLive?.round === round) vm.lastLive.peers.add(peer.index)
    else vm.lastLive = { at: now, round, peers: new Set([peer.index]) }
  }

  /** A protected VM's running RAM: never running on two peers at once (its acknowledged state would not show it). */
  private observeRunning (vm: TrackedVm, peer: TestnetPeer, round: number, live: VmView['guest']): void {
    if (live === undefined) return
    const together = noteRunning(vm, peer.index, peer.pid, round, live.counter)
    if (together.length > 0) this.violation('two-live-copies', vm, `its running RAM advanced on peers ${together.join(' and ')} at once for ${RUNNING_TOGETHER_ROUNDS} rounds in a row (round ${round})`)
  }

  /** The disk's durable records: per copy never back, and no record number made durable by two copies. */
  private observeDisk (vm: TrackedVm, peer: TestnetPeer, round: number, seq: number): void {
    vm.disk ??= new GuestClock()
    for (const f of vm.disk.observe(peer.index, peer.pid, round, seq).findings) {
      if (f.kind === 'backwards') this.violation('disk-backwards', vm, `the copy on peer ${peer.index} went from durable disk record ${f.from} back to ${f.to}`)
      else this.violation('disk-fork', vm, `disk records ${f.from}→${f.to} were made durable on peer ${peer.index} (pid ${peer.pid}, round ${round}), and ${f.other.lo}→${f.other.hi} on peer ${f.other.peer} (pid ${f.other.pid}, rounds ${f.other.firstRound}–${f.other.lastRound})`)
    }
  }

  /** VM `vm` runs on `to`, not where it last ran: a migration the run asked for, a failover (counted), or neither. */
  private movedWithout (vm: TrackedVm, to: number, now: number): void {
    const failover = arrival(vm, to, now, [...this.deaths.values()], this.slackMs(), this.c.timeline)
    if (failover !== undefined) this.failed.push(failover)
  }

  /** How far apart a sample and a death may be and still be the same moment. */
  private slackMs (): number {
    return LIVE_ROUNDS * this.options.sampleEveryMs + 1_000
  }

  private forgetCopy (vm: TrackedVm, index: number): void {
    vm.counter.forget(index)
    vm.disk?.forget(index)
  }

  private forget (index: number): void {
    for (const vm of this.vms.values()) {
      this.forgetCopy(vm, index)
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
    return vm.counter.advancedSince(this.round - LIVE_ROUNDS).includes(peer)
  }

  /** Peers where VM `id` runs now: its counter went up there in the last rounds. */
  liveHolders (id: string): number[] {
    const vm = this.vms.get(id)
    if (vm === undefined) return []
    return vm.counter.advancedSince(this.round - LIVE_ROUNDS)
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
      // A protected VM's standby takes over within seconds, longer while a partition holds the vote.
      const quiet = vm.protection.ever ? Math.max(quietMs, PROTECTED_QUIET_MS) : quietMs
      if (vm.lastLive !== undefined && (now - vm.lastLive.at < quiet || vm.lostSeenAt < vm.lastLive.at)) continue
      const phases = [...vm.present]
      const on = phases.find(([, phase]) => phase === 'lost')?.[0]
      if (on !== undefined && phases.every(([, phase]) => phase === 'lost')) out.push({ id: vm.id, name: vm.name, on })
    }
    return out
  }

  /** VM `id` has no live copy: lost with a peer the run killed (returned), or a violation. */
  judgeLost (id: string): LostWithPeer | undefined {
    const vm = this.vms.get(id)
    if (vm === undefined) return undefined
    if (vm.protection.ever && !this.protectedLost.includes(vm.id)) this.protectedLost.push(vm.id)
    const verdict = lossVerdict(vm, this.deaths.values(), this.slackMs(), at => this.c.timeline.stamp(at))
    if ('violation' in verdict) {
      this.violation(verdict.violation, vm, verdict.detail)
      return undefined
    }
    const { excuse } = verdict
    const entry: LostWithPeer = { vm: vm.id, name: vm.name, peer: excuse.index, atMs: excuse.at, ...(vm.protection.ever ? { protection: vm.protection.state } : {}) }
    if (!this.lost.some(l => l.vm === vm.id)) {
      this.lost.push(entry)
      this.c.timeline.add(vm.id, `lost with peer ${excuse.index}, killed by the run`)
    }
    return entry
  }

  /** Waits until every VM runs on exactly one peer or has no copy left that could run; bounded. */
  async awaitSettled (options: { timeoutMs: number, signal?: AbortSignal }): Promise<void> {
    await until('every VM to run on exactly one peer', async () => this.tracked().every(vm => {
      const v = this.vms.get(vm.id)
      if (v === undefined) return true
      const live = this.liveHolders(vm.id).length
      // A protected VM without a copy running may be failing over still.
      const failingOver = v.protection.ever && (v.lastLive === undefined || this.c.timeline.now() - v.lastLive.at < PROTECTED_QUIET_MS)
      const waiting = failingOver || [...v.present.values()].some(phase => phase !== 'lost')
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

  /** Every live VM on a VNet (of `only`, if given) answers ping from the host port of every other running peer, by `deadline`. */
  async checkPings (options: { deadline: number, only?: readonly string[], signal?: AbortSignal }): Promise<PingSummary> {
    const targets = this.tracked().filter(({ id }) => options.only === undefined || options.only.includes(id)).flatMap(({ id, name }) => {
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

  /** A violation of VM `id` found outside the sampling (the end check of its disk). */
  reportVm (kind: ViolationKind, id: string, detail: string): void {
    this.violation(kind, this.vms.get(id), detail)
  }

  /** How many VMs followed were seen with a disk. */
  diskVms (): number {
    return [...this.vms.values()].filter(v => v.diskId !== undefined).length
  }

  /** Whether VM `id` was seen with a disk. */
  hasDisk (id: string): boolean {
    return this.vms.get(id)?.diskId !== undefined
  }

  violations (): Violation[] {
    return [...this.found]
  }

  lostWithPeer (): LostWithPeer[] {
    return [...this.lost]
  }

  /** Protected VMs: how many were followed, their failovers, and those lost (ids). */
  protection (): { vms: number, failovers: Failover[], lost: string[] } {
    return { vms: [...this.vms.values()].filter(v => v.protection.ever).length, failovers: [...this.failed], lost: [...this.protectedLost] }
  }

  /** Whether VM `id` was ever seen protected. */
  isProtected (id: string): boolean {
    return this.vms.get(id)?.protection.ever === true
  }

  /** Protected VMs (state `protected` in their last sample) with the single peer each runs on. */
  protectedHosts (): Array<{ id: string, on: number }> {
    return this.tracked().flatMap(({ id }) => {
      const on = this.holder(id)
      return this.vms.get(id)?.protection.state === 'protected' && on !== undefined ? [{ id, on }] : []
    })
  }

  /** VMs with a disk whose guest showed durable records: the highest record number seen made durable. */
  disks (): Array<{ id: string, name: string, disk: string, highestSeq: number }> {
    return this.tracked().flatMap(({ id, name }) => {
      const vm = this.vms.get(id)
      const highestSeq = vm?.disk?.highest()
      return vm?.diskId === undefined || highestSeq === undefined ? [] : [{ id, name, disk: vm.diskId, highestSeq }]
    })
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
    this.found.push({ kind, vm: vm?.id ?? '-', atMs: this.c.timeline.now(), detail: vm === undefined ? detail : `${vm.name}: ${detail}`, timeline: this.c.timeline.render(vm?.id) })
  }
}
