// The probe scheduler (SWIM §3.1 with Lifeguard's nacks). Each protocol period one member is probed:
// a direct ping; if no ack comes within the probe timeout, k other members are asked to ping it
// (ping-req), and the probe fails only if none of them gets an ack either. Targets come round-robin
// from a shuffled list of the members, preferring those with an open connection (a probe over one
// costs a frame, a dial costs a handshake): every member is some connected members' neighbour,
// so each is probed about once a period all the same. One probe in `dialProbeEvery` may dial a
// member without a connection while this peer has few, so members nobody is connected to are
// still probed; one in `deadProbeEvery` goes to a member seen dead, so a healed partition or a
// resumed peer learns it was declared dead and refutes it.
import type { Awareness } from './awareness.js'
import { RttEstimator } from './rtt.js'
import type { PeerIds } from './codec.js'
import type { SwimSettings } from './constants.js'
import type { PeerTable } from './table.js'
import type { MembershipStats } from './stats.js'
import type { Clock, Random, SwimRequest, SwimResponse, SwimTransport } from './types.js'
import { raceSignal } from '../wire/lp-reader.js'
import type { Logger } from '../core/log.js'

export type ProbeOutcome = 'alive' | 'failed' | 'inconclusive'

export interface ProbeHost {
  clock: Clock
  random: Random
  settings: SwimSettings
  table: PeerTable
  transport: Pick<SwimTransport, 'isConnected' | 'connected' | 'hangUp'>
  awareness: Awareness
  ids: PeerIds
  stats: MembershipStats
  log: Logger
  /** Sends a request with news piggybacked and applies the news in the answer. */
  send: (to: string, request: SwimRequest, timeoutMs: number) => Promise<SwimResponse>
}

/**
 * A probe whose timer fired this much later than due says nothing about the target: this peer's
 * own event loop was blocked (or the process stopped), and the ack may be waiting unread.
 */
const LATE_MS = 250
/** The smoothed round trip may stretch a probe's timeout up to this many probe intervals. */
const RTT_CAP_PERIODS = 4

export class Prober {
  private rounds = 0
  private readonly rtt = new RttEstimator()
  /** Members in a shuffled order, walked round-robin: those connected, and (separately) those not. */
  private readonly neighbours: RoundRobin
  private readonly dials: RoundRobin

  constructor (private readonly host: ProbeHost) {
    const members = (): string[] => host.table.list().filter(e => !e.self).map(e => e.descriptor.id)
    this.neighbours = new RoundRobin(members, host.random)
    this.dials = new RoundRobin(members, host.random)
  }

  /** The member to probe this period, or undefined when there is none. */
  nextTarget (): { id: string, dead: boolean } | undefined {
    const { settings, table, transport } = this.host
    this.rounds++
    if (this.rounds % settings.deadProbeEvery === 0) {
      const dead = table.list().filter(e => e.state === 'dead')
      const pick = dead[Math.floor(this.host.random() * dead.length)]
      if (pick !== undefined) return { id: pick.descriptor.id, dead: true }
    }
    // Half a cycle apart from the dead probes, so that neither ever crowds out the other; only
    // while this peer has few connections, since the connection a dial opens stays open.
    if ((this.rounds + Math.floor(settings.dialProbeEvery / 2)) % settings.dialProbeEvery === 0 && transport.connected().length < settings.keepConnections) {
      const id = this.dials.next(id => this.reachable(id) && !transport.isConnected(id))
      if (id !== undefined) return { id, dead: false }
    }
    const id = this.neighbours.next(id => this.reachable(id) && transport.isConnected(id)) ??
      // Nobody connected at all (a peer just started): dial rather than probe no one.
      this.dials.next(id => this.reachable(id))
    return id === undefined ? undefined : { id, dead: false }
  }

  private reachable (id: string): boolean {
    const entry = this.host.table.get(id)
    return entry !== undefined && !entry.self && (entry.state === 'alive' || entry.state === 'suspect')
  }

  /** Probes `target`: direct, then indirect. */
  async probe (target: string): Promise<ProbeOutcome> {
    const { clock, settings, awareness } = this.host
    const started = clock.now()
    const timeoutMs = this.timeoutMs()
    const periodMs = awareness.scale(settings.probeIntervalMs)
    // The direct ping decides the probe within its timeout, and may still be answered after it,
    // until the indirect probe is over and a timeout more: that tells a slow connection from a
    // broken one (indirect, below).
    const ping = this.ping(target, timeoutMs + Math.max(timeoutMs, periodMs))
    const direct = await this.direct(ping, timeoutMs)
    const probes = this.host.stats.probes
    if (direct !== 'failed') {
      probes[direct === 'alive' ? 'direct' : 'inconclusive']++
      return direct
    }
    const outcome = await this.indirect(target, Math.max(timeoutMs, periodMs - (clock.now() - started)), ping)
    probes[outcome === 'alive' ? 'indirect' : outcome]++
    return outcome
  }

  /** This probe's timeout: the smoothed round trip (floored at the configured one), stretched by local health. */
  timeoutMs (): number {
    const { settings, awareness } = this.host
    return awareness.scale(this.rtt.timeoutMs(settings.probeTimeoutMs, settings.probeIntervalMs * RTT_CAP_PERIODS))
  }

  /** A ping to `target`: its round trip, or undefined when it failed or got no answer within `deadlineMs`. */
  private async ping (target: string, deadlineMs: number): Promise<number | undefined> {
    const { clock } = this.host
    const started = clock.now()
    return await this.host.send(target, { ping: {} }, deadlineMs).then(() => clock.now() - started, () => undefined)
  }

  private async direct (ping: Promise<number | undefined>, timeoutMs: number): Promise<ProbeOutcome> {
    const { clock, awareness } = this.host
    const started = clock.now()
    const rtt = await raceSignal(ping, clock.timeout(timeoutMs)).catch(() => undefined)
    if (rtt !== undefined) {
      this.rtt.observe(rtt)
      awareness.apply(-1)
      return 'alive'
    }
    if (clock.now() - started > timeoutMs + LATE_MS) {
      awareness.apply(1)
      return 'inconclusive'
    }
    return 'failed'
  }

  private async indirect (target: string, remainingMs: number, ping: Promise<number | undefined>): Promise<ProbeOutcome> {
    const { clock, awareness } = this.host
    const helpers = this.helpers(target)
    if (helpers.length === 0) return 'failed'
    const indirectStarted = clock.now()
    let nacks = 0
    const answers = helpers.map(async helper => {
      const response = await this.host.send(helper, { pingReq: { target: this.host.ids.bytes(target), timeoutMs: Math.round(remainingMs * 0.8) } }, remainingMs)
      if (response.ack?.nack === true) {
        nacks++
        throw new Error('nack')
      }
    })
    const acked = await Promise.any(answers).then(() => true, () => false)
    if (acked) {
      // Others reach it and this peer did not: the peer is alive, and this peer's connection to it
      // is slow (a bulk transfer queued ahead of the ping, a busy peer) or broken (half-open). A
      // slow one answers the direct ping late, and is kept: closing it would cut every stream on
      // it, a migration or a snapshot with the rest. A broken one never answers: it is closed, and
      // the next message dials afresh.
      if (await ping === undefined && this.host.transport.isConnected(target)) {
        this.host.log.info({ peer: target }, 'reached through others and never directly: closing the connection to it')
        this.host.stats.connectionsClosed++
        this.host.transport.hangUp(target)
      }
      awareness.apply(-1)
      return 'alive'
    }
    if (clock.now() - indirectStarted > remainingMs + LATE_MS) {
      awareness.apply(1)
      return 'inconclusive'
    }
    // Lifeguard: helpers that did not even nack point at this peer's own trouble: its timeouts
    // stretch. It still suspects: a peer cut off from everyone must come to see them all dead.
    awareness.apply(helpers.length - nacks)
    return 'failed'
  }

  /** Up to k members to ask, other than the target, those with an open connection first. */
  private helpers (target: string): string[] {
    const { table, transport, settings, random } = this.host
    const others = table.list().filter(e => !e.self && e.state === 'alive' && e.descriptor.id !== target).map(e => e.descriptor.id)
    shuffle(others, random)
    others.sort((a, b) => Number(transport.isConnected(b)) - Number(transport.isConnected(a)))
    return others.slice(0, settings.indirectChecks)
  }
}

export function shuffle<T> (items: T[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = items[i] as T
    items[i] = items[j] as T
    items[j] = tmp
  }
}

/** SWIM's target order: a shuffled list walked one at a time, reshuffled when used up. */
class RoundRobin {
  private order: string[] = []
  private index = 0

  constructor (private readonly members: () => string[], private readonly random: Random) {}

  /** The next member that `fits`, at most one pass over the list; undefined if none does. */
  next (fits: (id: string) => boolean): string | undefined {
    for (let scanned = 0, limit = this.order.length + 1; scanned < limit; scanned++) {
      if (this.index >= this.order.length) {
        this.order = this.members()
        shuffle(this.order, this.random)
        this.index = 0
        limit = Math.min(limit, this.order.length)
        if (this.order.length === 0) return undefined
      }
      const id = this.order[this.index++] as string
      if (fits(id)) return id
    }
    return undefined
  }
}
