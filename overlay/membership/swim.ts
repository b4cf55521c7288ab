// A SWIM node with Lifeguard's refinements: the whole membership protocol of one peer, driven by an
// injected clock, randomness and transport, so a daemon and the simulation run this same code.
// It probes one member per period (probe.ts), suspects those that answer neither directly nor
// through others, gives them a Lifeguard-sized while to refute (suspicion.ts), piggybacks news on
// every message and pushes it to a few members while there is any (dissemination.ts), pulls a
// signed descriptor only when news announces a version it lacks (pulls.ts), and now and then
// compares views with one member by hash (sync.ts). Only a member's own signed descriptor can say
// it is alive or left; suspect and dead are members' word about an incarnation.
import { CloudError } from '../core/errors.js'
import type { Logger } from '../core/log.js'
import type { RateLimitedLog } from '../core/rate-limited-log.js'
import type { MemberList } from '../admission/members.js'
import type { supercloud } from '../../proto/gen/wire.js'
import { Awareness } from './awareness.js'
import { PeerIds } from './codec.js'
import { MAX_PULL_IDS, RPC_TIMEOUT_MS, type SwimSettings } from './constants.js'
import type { DescriptorData, DescriptorOpener, SignedDescriptorMsg } from './descriptor.js'
import { Knowledge, type Piggyback } from './knowledge.js'
import { Prober, shuffle } from './probe.js'
import { SelfDescriptor, type DescriptorFields } from './self.js'
import { newMembershipStats } from './stats.js'
import { answerSync, syncWith } from './sync.js'
import type { PeerEntry, PeerTable, StateChange } from './table.js'
import { applyTable, tableOf, type TableMsg } from './table-pull.js'
import type { Clock, Random, SwimRequest, SwimResponse, SwimTransport, TimerHandle } from './types.js'

/** Syncs a just-started peer makes 1-2 probe intervals apart before settling to the sync interval. */
const EARLY_SYNCS = 3
/** Probe intervals a timer may fire late before this peer counts itself as having been stalled. */
const STALL_PERIODS = 2
/** A round's timer this late means this peer's event loop was busy (or starved of CPU). */
const LATE_TIMER_MS = 250

export interface SwimComponents {
  selfId: string
  clock: Clock
  random: Random
  transport: SwimTransport
  members: MemberList
  open: DescriptorOpener
  sign: (fields: Omit<DescriptorData, 'id'>) => Promise<SignedDescriptorMsg>
  log: Logger
  /** Repeated warnings (bad input from members), bounded. */
  warn: RateLimitedLog
  /** Why a member's descriptor cannot be used (another protocol version), or undefined. */
  incompatible?: (data: DescriptorData) => string | undefined
  /** A member's descriptor arrived or changed (the daemon learns its addresses). */
  onDescriptor?: (data: DescriptorData) => void
}

export interface SwimInit {
  settings: SwimSettings
  startedAtMs: number
  describe: () => DescriptorFields
}

export class SwimNode {
  readonly ids = new PeerIds()
  readonly stats = newMembershipStats()
  readonly own: SelfDescriptor
  private readonly knowledge: Knowledge
  private readonly awareness: Awareness
  private readonly prober: Prober
  private readonly timers = new Set<TimerHandle>()
  private readonly hinted = new Map<string, number>()
  private running = false
  private lastStallMs = -Infinity
  private offDisconnect: (() => void) | undefined

  constructor (private readonly c: SwimComponents, private readonly init: SwimInit) {
    const { clock, random } = c
    const settings = init.settings
    this.awareness = new Awareness(settings.awarenessMax)
    this.own = new SelfDescriptor({
      clock, sign: c.sign, open: c.open, describe: init.describe, startedAtMs: init.startedAtMs, heartbeatMs: settings.probeIntervalMs,
      announce: opened => { this.knowledge.announceOwn(opened) },
      onSigned: info => { c.log.debug(info, 'signed a new descriptor') }
    })
    this.knowledge = new Knowledge({
      ...c, settings, ids: this.ids, awareness: this.awareness, own: this.own, stats: this.stats,
      pull: async (informer, wanted) => {
        const response = await this.send(informer, { pull: { peerIds: wanted.map(id => this.ids.bytes(id)) } }, RPC_TIMEOUT_MS)
        await this.knowledge.applyPulled(informer, response.descriptors)
      }
    })
    this.prober = new Prober({
      clock, random, settings, table: this.table, transport: c.transport, awareness: this.awareness, ids: this.ids, stats: this.stats, log: c.log,
      send: async (to, request, timeoutMs) => await this.send(to, request, timeoutMs)
    })
    c.transport.serve(async (from, request, signal) => await this.handle(from, request, signal))
  }

  get table (): PeerTable {
    return this.knowledge.table
  }

  get selfId (): string {
    return this.c.selfId
  }

  /** Local health: 0 is healthy; each step stretches probe timeouts by one probe timeout. */
  get health (): number {
    return this.awareness.health
  }

  async start (): Promise<void> {
    this.running = true
    await this.own.publish()
    this.offDisconnect = this.c.transport.onDisconnect(id => { this.onDisconnect(id) })
    const { probeIntervalMs, gossipIntervalMs } = this.init.settings
    this.loop(probeIntervalMs * this.c.random(), async () => await this.probeRound())
    this.loop(gossipIntervalMs, async () => { this.gossipRound(); return gossipIntervalMs })
    // A peer that just started syncs a few times early: a join's table and the news in flight can
    // miss a peer or two, and this repairs it in seconds rather than a sync interval.
    let early = EARLY_SYNCS
    this.loop(probeIntervalMs * (1 + this.c.random()), async () => {
      await this.syncRound()
      return early-- > 0 ? probeIntervalMs * (1 + this.c.random()) : this.syncDelayMs()
    })
  }

  stop (): void {
    this.running = false
    this.offDisconnect?.()
    for (const t of this.timers) this.c.clock.clearTimeout(t)
    this.timers.clear()
    this.knowledge.stop()
  }

  onChange (listener: (change: StateChange) => void): () => void {
    return this.knowledge.onChange(listener)
  }

  entry (id: string): PeerEntry | undefined {
    return this.table.get(id)
  }

  /** Signs and spreads a fresh descriptor (after a change the daemon knows of). */
  async publish (): Promise<void> {
    await this.own.publish()
  }

  /**
   * Marks this peer `left` everywhere: signs a final descriptor and hands it to a few members
   * directly (waiting for their answers, bounded), who spread it on; then stops probing.
   */
  async leave (options: { signal?: AbortSignal } = {}): Promise<void> {
    await this.own.leave()
    const targets = this.gossipTargets(this.init.settings.gossipFanout * 2)
    const timeoutMs = Math.min(RPC_TIMEOUT_MS, 2000)
    await Promise.allSettled(targets.map(async to => { await this.send(to, { ping: { gossip: true } }, timeoutMs, options.signal) }))
    this.stop()
  }

  /** Spreads an admission this peer made (with news, to every member). */
  announceAdmission (admission: supercloud.membership.ISignedAdmission): void {
    this.knowledge.announceAdmission(admission)
  }

  /** What a joining peer pulls: every descriptor, admission and root, and the states beside them. */
  snapshot (): TableMsg {
    return tableOf(this.table, this.c.members, this.ids)
  }

  /** Applies a pulled table (a join): admissions first, then descriptors, then states. */
  async applyTable (table: TableMsg, from: string): Promise<number> {
    return await applyTable(table, from, {
      members: this.c.members,
      ids: this.ids,
      warn: this.c.warn,
      apply: async signed => await this.knowledge.applySigned(signed, from),
      learn: news => { this.knowledge.learn(news, from) }
    })
  }

  /** Pulls the whole table from `peer` (joining, or catching up through a bootstrap peer). */
  async pullTable (peer: string, options: { signal?: AbortSignal } = {}): Promise<number> {
    const signal = options.signal ?? this.c.clock.timeout(RPC_TIMEOUT_MS)
    const response = await this.c.transport.request(peer, { table: {} }, { signal })
    if (response.error != null && response.error !== '') throw new MembershipRefusedError(response.error)
    if (response.table == null) throw new MembershipRefusedError(`${peer} answered a table pull without a table`)
    return await this.applyTable(response.table, peer)
  }

  /** Sends a request with news piggybacked; applies the news in the answer. */
  private async send (to: string, request: SwimRequest, timeoutMs: number, signal?: AbortSignal, news?: Piggyback): Promise<SwimResponse> {
    if (!this.c.members.isMember(to)) throw new MembershipRefusedError(`${to} is not a member`)
    const timeout = this.c.clock.timeout(timeoutMs)
    const response = await this.c.transport.request(to, { ...request, ...(news ?? this.knowledge.outgoing(to)) }, { signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]) })
      .catch((err: unknown) => {
        this.c.log.debug({ to, err: (err as Error).message, kind: Object.keys(request)[0] }, 'request failed')
        throw err
      })
    if (response.error != null && response.error !== '') throw new MembershipRefusedError(`${to} refused: ${response.error}`)
    await this.knowledge.incoming(to, response)
    return response
  }

  private async handle (from: string, request: SwimRequest, signal: AbortSignal): Promise<SwimResponse> {
    // Transports check this too; whatever a non-member says must never reach the table.
    if (!this.c.members.isMember(from)) return { error: 'not a member' }
    await this.knowledge.incoming(from, request)
    const reply: SwimResponse = this.knowledge.outgoing(from)
    if (request.ping != null) reply.ack = {}
    else if (request.pingReq != null) reply.ack = await this.probeFor(request.pingReq, signal)
    else if (request.pull != null) reply.descriptors = this.knowledge.descriptorsFor(from, (request.pull.peerIds ?? []).slice(0, MAX_PULL_IDS))
    else if (request.sync != null) reply.sync = answerSync(this.syncHost(), from, request.sync)
    else if (request.table != null) reply.table = this.snapshot()
    else reply.error = 'unknown request'
    return reply
  }

  // ---- serving ----

  /** A ping-req: probe `target` for the requester; nack if it does not answer (Lifeguard). */
  private async probeFor (req: supercloud.membership.IPingReq, signal: AbortSignal): Promise<supercloud.membership.IAck> {
    let target: string
    try {
      target = this.ids.string(req.target ?? new Uint8Array())
    } catch {
      return { nack: true }
    }
    const timeoutMs = Math.min(Math.max(1, req.timeoutMs ?? 0), this.init.settings.probeIntervalMs * 2)
    try {
      await this.send(target, { ping: {} }, timeoutMs, signal)
      return {}
    } catch {
      return { nack: true }
    }
  }

  // ---- rounds ----

  /**
   * Runs `body` after `firstMs` of this peer's clock, then again after whatever delay it returns,
   * until stopped: a round never overlaps itself.
   */
  private loop (firstMs: number, body: () => Promise<number>): void {
    const run = (delayMs: number): void => {
      if (!this.running) return
      const due = this.c.clock.now() + Math.max(0, delayMs)
      const timer = this.c.clock.setTimeout(() => {
        this.timers.delete(timer)
        this.checkStall(this.c.clock.now() - due)
        body().catch((err: unknown) => {
          this.c.log.debug({ err }, 'membership round failed')
          return firstMs
        }).then(run, () => {})
      }, Math.max(0, delayMs))
      this.timers.add(timer)
    }
    run(firstMs)
  }

  /**
   * A timer that fires this late means this peer was stopped or starved (SIGSTOP, a blocked event
   * loop): the others may have declared it dead meanwhile. It asks a member at once: the answer
   * tells it so (and it refutes), and a sync brings back whatever else it missed.
   */
  private checkStall (lateMs: number): void {
    // Lifeguard: a missed deadline of this peer's own is a sign of local trouble.
    if (lateMs > LATE_TIMER_MS) this.awareness.apply(1)
    if (lateMs < this.init.settings.probeIntervalMs * STALL_PERIODS) return
    const now = this.c.clock.now()
    if (now - this.lastStallMs < this.init.settings.probeIntervalMs) return
    this.lastStallMs = now
    this.c.log.info({ lateMs }, 'this peer was stalled: catching up')
    this.syncRound().catch(() => {})
  }

  /** One protocol period: re-sign the descriptor if it changed, probe a member; the rest of the period until the next. */
  private async probeRound (): Promise<number> {
    const started = this.c.clock.now()
    if (this.own.changed()) await this.own.publish()
    const target = this.prober.nextTarget()
    if (target !== undefined) await this.probe(target.id, target.dead)
    const periodMs = this.awareness.scale(this.init.settings.probeIntervalMs)
    return periodMs - (this.c.clock.now() - started)
  }

  private async probe (id: string, dead: boolean, hint = false): Promise<void> {
    if (dead) {
      // Only a reachable dead member answers; its answer (and its refutation) is all that matters.
      await this.send(id, { ping: {} }, this.prober.timeoutMs()).catch(() => {})
      return
    }
    const started = this.c.clock.now()
    const outcome = await this.prober.probe(id)
    this.c.log.debug({ peer: id, outcome, ms: this.c.clock.now() - started, health: this.awareness.health, hint }, 'probe')
    if (outcome !== 'failed') return
    // Just back from a stall, this peer's connections are stale and its probes fail for its own
    // reasons: it accuses nobody until it has had a moment to reconnect.
    if (this.c.clock.now() - this.lastStallMs < this.init.settings.suspicionMinMs) return
    const entry = this.table.get(id)
    if (entry !== undefined && (entry.state === 'alive' || entry.state === 'suspect')) {
      this.stats.suspicionsRaised++
      this.knowledge.suspect(id, entry.incarnation, this.c.selfId)
    }
  }

  /**
   * Pushes queued news to up to `gossipFanout` connected members that lack some of it (a member
   * known to have all of it gets nothing). News nobody connected still needs expires.
   */
  private gossipRound (): void {
    if (!this.knowledge.hasNews(this.c.clock.now())) return
    let sent = 0
    for (const to of this.gossipTargets(Infinity, true)) {
      if (sent >= this.init.settings.gossipFanout) break
      const news = this.knowledge.outgoing(to)
      if ((news.updates ?? []).length === 0 && (news.admissions ?? []).length === 0 && news.own == null) continue
      sent++
      this.send(to, { ping: { gossip: true } }, this.init.settings.probeIntervalMs, undefined, news).catch(() => {})
    }
  }

  private syncDelayMs (): number {
    return this.syncIntervalMs() * (0.5 + this.c.random())
  }

  private async syncRound (): Promise<void> {
    const [peer] = this.gossipTargets(1)
    if (peer === undefined) return
    await syncWith(this.syncHost(), peer, RPC_TIMEOUT_MS)
  }

  /** memberlist's push-pull scale: the interval grows with log2 of the cloud's size beyond 32. */
  private syncIntervalMs (): number {
    const n = this.table.size
    const scale = n <= 32 ? 1 : Math.ceil(Math.log2(n / 32)) + 1
    return this.init.settings.syncIntervalMs * scale
  }

  /** Up to `count` random alive members, connected ones first (only those, if `connectedOnly` and there are any). */
  private gossipTargets (count: number, connectedOnly = false): string[] {
    const isAlive = (id: string): boolean => this.table.get(id)?.state === 'alive'
    const connected = this.c.transport.connected().filter(isAlive)
    shuffle(connected, this.c.random)
    if (connected.length >= count || (connectedOnly && connected.length > 0)) return connected.slice(0, count)
    const linked = new Set(connected)
    const rest = this.table.list().filter(e => !e.self && e.state === 'alive' && !linked.has(e.descriptor.id)).map(e => e.descriptor.id)
    shuffle(rest, this.c.random)
    return [...connected, ...rest].slice(0, count)
  }

  /**
   * A connection to a member closed, and it has no other: a crash closes all of a peer's
   * connections at once, so probe it now rather than when its turn comes. (Membership never closes
   * connections of its own accord, so that closing one never makes the other side dial back.)
   */
  private onDisconnect (id: string): void {
    const entry = this.table.get(id)
    if (!this.running || entry === undefined || entry.state !== 'alive' || this.c.transport.isConnected(id)) return
    const now = this.c.clock.now()
    if (now - (this.hinted.get(id) ?? 0) < this.init.settings.probeIntervalMs * 5) return
    this.hinted.set(id, now)
    if (this.hinted.size > 10_000) this.hinted.clear()
    this.probe(id, false, true).catch(() => {})
  }

  private syncHost (): Parameters<typeof answerSync>[0] {
    return { table: this.table, ids: this.ids, send: async (to, request, timeoutMs) => await this.send(to, request, timeoutMs), learn: (news, from) => { this.knowledge.learn(news, from) } }
  }
}

/** A member answered with an error (it does not take this peer's requests, or found them malformed). */
export class MembershipRefusedError extends CloudError {
  override name = 'MembershipRefusedError'
  readonly status = 502
}
