import type { Logger } from 'pino'
import { Relay } from './relay.js'
import { InvalidPeerError, OUTSIDE, RuleTable, normalizeIp, pairKey } from './rules.js'

export { InvalidPeerError, InvalidRuleError, OUTSIDE, MAX_DELAY_MS, MAX_RULES, sourceIpFor, indexForIp, linkRuleSchema, linkRulesSchema } from './rules.js'
export { DEFAULT_MAX_QUEUED_BYTES } from './delay-pipe.js'

/** One testnet peer as the link layer sees it. */
export interface LinkPeer {
  /** 0-based peer index. */
  index: number
  /** The IP its daemon binds when dialing, normally `sourceIpFor(index)`; tells the relay who dials. */
  sourceIp: string
  /** Private port the daemon listens on (on the link layer's host). */
  targetPort: number
  /** Port of the relay in front of the daemon; absent or 0 picks a free port at start. */
  relayPort?: number
  /** Private port of the daemon's bulk lanes (overlay/lane), relayed like its libp2p port when set. */
  laneTargetPort?: number
  /** Port of the relay in front of the lanes; absent or 0 picks a free port at start. */
  laneRelayPort?: number
}

/**
 * How the link treats traffic between two peers. `delayMs` is one-way, for data flowing
 * `from` → `to`; `drop` and `refuse` cover the pair if set in either direction. `from`/`to`
 * may be OUTSIDE (-1) for dialers that are not testnet peers.
 */
export interface LinkRule {
  from: number
  to: number
  delayMs?: number
  /** A partition: existing connections are reset and new ones are reset on arrival. */
  drop?: boolean
  /** New connections are reset on arrival; existing ones carry on. */
  refuse?: boolean
}

/** Counters for connections dialed by `from` to the relay of `to`. */
export interface LinkPairStats {
  from: number
  to: number
  /** Connections accepted and relayed. */
  connections: number
  /** Of those, still open. */
  active: number
  /** Bytes delivered from the dialer to the daemon. */
  bytesFromTo: number
  /** Bytes delivered from the daemon back to the dialer. */
  bytesToFrom: number
  /** Connections reset by a drop rule, at arrival or when the rule was set. */
  dropped: number
  /** Connections reset on arrival by a refuse rule. */
  refused: number
}

export interface LinkLayerInit {
  peers: readonly LinkPeer[]
  logger: Logger
  /** Interface the relays listen on and the daemons are reached at; default 127.0.0.1. */
  host?: string
  /** Per direction and connection, before the reading side is paused; default 4 MiB. */
  maxQueuedBytes?: number
}

export interface LinkLayer {
  /** Binds one relay per peer. */
  start(): Promise<void>
  /** Resets every relayed connection and closes the relays. */
  stop(): Promise<void>
  /** The bound relay port of peer `index`; throws before start. */
  relayPort(index: number): number
  /** Replaces all rules and applies them to existing connections; throws InvalidRuleError. */
  setRules(rules: readonly LinkRule[]): void
  rules(): LinkRule[]
  /** One entry per ordered pair that has seen a connection attempt. */
  stats(): LinkPairStats[]
  /** Points the relay of `peer.index` at a (restarted) daemon; applies to new connections. */
  updatePeer(peer: LinkPeer): void
  /** The peers with their bound relay ports (after start). */
  peers(): LinkPeer[]
}

export class UnknownPeerError extends Error {
  override readonly name = 'UnknownPeerError'
}

export class LinkNotStartedError extends Error {
  override readonly name = 'LinkNotStartedError'
}

export class RelayBindError extends Error {
  override readonly name = 'RelayBindError'
}

class DefaultLinkLayer implements LinkLayer {
  private readonly log: Logger
  private readonly host: string
  private readonly byIndex = new Map<number, LinkPeer>()
  private readonly byIp = new Map<string, number>()
  private readonly table = new RuleTable()
  private readonly pairStats = new Map<string, LinkPairStats>()
  private readonly relays = new Map<number, Relay>()
  /** A peer's lanes go through a relay of their own, under the same rules as its libp2p port. */
  private readonly laneRelays = new Map<number, Relay>()
  private readonly maxQueuedBytes: number | undefined
  private started = false

  constructor (init: LinkLayerInit) {
    this.log = init.logger.child({ component: 'link' })
    this.host = init.host ?? '127.0.0.1'
    this.maxQueuedBytes = init.maxQueuedBytes
    for (const peer of init.peers) {
      validatePeer(peer)
      if (this.byIndex.has(peer.index)) throw new InvalidPeerError(`duplicate peer index ${peer.index}`)
      if (this.byIp.has(peer.sourceIp)) throw new InvalidPeerError(`duplicate source IP ${peer.sourceIp}`)
      this.byIndex.set(peer.index, { ...peer })
      this.byIp.set(peer.sourceIp, peer.index)
    }
  }

  async start (): Promise<void> {
    if (this.started) return
    this.started = true
    try {
      for (const peer of this.byIndex.values()) {
        // `peer` is the record updatePeer() edits, so a restarted daemon is found.
        peer.relayPort = await this.startRelay(peer.index, this.relays, () => peer.targetPort, peer.relayPort ?? 0)
        if (peer.laneTargetPort !== undefined) {
          peer.laneRelayPort = await this.startRelay(peer.index, this.laneRelays, () => peer.laneTargetPort ?? 0, peer.laneRelayPort ?? 0)
        }
      }
    } catch (err) {
      await this.stop()
      throw err
    }
    this.log.info({ relays: this.peers().map(p => ({ index: p.index, relayPort: p.relayPort, targetPort: p.targetPort })) }, 'link layer started')
  }

  private async startRelay (index: number, into: Map<number, Relay>, targetPort: () => number, wanted: number): Promise<number> {
    const relay = new Relay(index, {
      logger: this.log,
      host: this.host,
      targetPort,
      indexForIp: ip => this.byIp.get(normalizeIp(ip)) ?? OUTSIDE,
      sourceIpFor: i => this.byIndex.get(i)?.sourceIp,
      policy: (from, to) => this.table.policy(from, to),
      delayMs: (from, to) => this.table.delayMs(from, to),
      stats: (from, to) => this.statsFor(from, to),
      maxQueuedBytes: this.maxQueuedBytes
    })
    into.set(index, relay)
    try {
      return await relay.start(wanted)
    } catch (err) {
      throw new RelayBindError(`relay of peer ${index} cannot bind ${this.host}:${wanted}`, { cause: err })
    }
  }

  async stop (): Promise<void> {
    if (!this.started) return
    this.started = false
    const relays = [...this.relays.values(), ...this.laneRelays.values()]
    this.relays.clear()
    this.laneRelays.clear()
    await Promise.all(relays.map(async relay => { await relay.stop() }))
    this.log.info('link layer stopped')
  }

  relayPort (index: number): number {
    const relay = this.relays.get(index)
    if (relay === undefined) {
      if (!this.byIndex.has(index)) throw new UnknownPeerError(`no peer with index ${index}`)
      throw new LinkNotStartedError('the link layer has not been started')
    }
    return relay.port
  }

  setRules (rules: readonly LinkRule[]): void {
    this.table.set(rules, new Set(this.byIndex.keys()))
    for (const relay of [...this.relays.values(), ...this.laneRelays.values()]) relay.enforce()
    this.log.info({ rules: this.table.rules() }, 'rules set')
  }

  rules (): LinkRule[] {
    return this.table.rules()
  }

  stats (): LinkPairStats[] {
    return [...this.pairStats.values()].map(entry => ({ ...entry }))
  }

  updatePeer (peer: LinkPeer): void {
    validatePeer(peer)
    const current = this.byIndex.get(peer.index)
    if (current === undefined) throw new UnknownPeerError(`no peer with index ${peer.index}`)
    const owner = this.byIp.get(peer.sourceIp)
    if (owner !== undefined && owner !== peer.index) throw new InvalidPeerError(`source IP ${peer.sourceIp} belongs to peer ${owner}`)
    this.byIp.delete(current.sourceIp)
    this.byIp.set(peer.sourceIp, peer.index)
    // The relay keeps its port: other peers have already been told that address.
    current.sourceIp = peer.sourceIp
    current.targetPort = peer.targetPort
    if (peer.laneTargetPort !== undefined) current.laneTargetPort = peer.laneTargetPort
    this.log.info({ index: peer.index, targetPort: peer.targetPort }, 'peer updated')
  }

  peers (): LinkPeer[] {
    return [...this.byIndex.values()].map(peer => ({ ...peer }))
  }

  private statsFor (from: number, to: number): LinkPairStats {
    const key = pairKey(from, to)
    let entry = this.pairStats.get(key)
    if (entry === undefined) {
      entry = { from, to, connections: 0, active: 0, bytesFromTo: 0, bytesToFrom: 0, dropped: 0, refused: 0 }
      this.pairStats.set(key, entry)
    }
    return entry
  }
}

function validatePeer (peer: LinkPeer): void {
  if (!Number.isInteger(peer.index) || peer.index < 0) throw new InvalidPeerError(`bad peer index ${peer.index}`)
  if (!isPort(peer.targetPort)) throw new InvalidPeerError(`bad target port ${peer.targetPort} for peer ${peer.index}`)
  if (peer.relayPort !== undefined && peer.relayPort !== 0 && !isPort(peer.relayPort)) {
    throw new InvalidPeerError(`bad relay port ${peer.relayPort} for peer ${peer.index}`)
  }
  // 127.0.0.1 stays with dialers that are not peers (tools, the launcher), which count as OUTSIDE.
  if (normalizeIp(peer.sourceIp) !== peer.sourceIp || peer.sourceIp === '' || peer.sourceIp === '127.0.0.1') {
    throw new InvalidPeerError(`bad source IP "${peer.sourceIp}" for peer ${peer.index}`)
  }
}

function isPort (port: number): boolean {
  return Number.isInteger(port) && port > 0 && port < 65536
}

export function createLinkLayer (init: LinkLayerInit): LinkLayer {
  return new DefaultLinkLayer(init)
}
