// The admission gate: a connection from a peer that is not a member may speak only the admission
// protocol, identify and ping. Every other stream it opens (gossip included) is reset before a
// byte of it is read: stream middleware runs right after the protocol is negotiated, before any
// handler. This peer opens no gossip stream to a non-member either. Refusals are offences; a peer that keeps
// offending is banned for a while, by peer id (members may share an address behind a NAT): its
// connections are closed and the connection gater refuses new ones once their handshake names it.
// Non-members hold few connections at once, each for a short while, so they can never crowd
// members out of the connection limit; member connections are tagged so that pruning spares them.
import type { Connection, ConnectionGater, Libp2p, PeerId, Stream, StreamMiddleware } from '@libp2p/interface'
import type { RateLimitedLog } from '../core/rate-limited-log.js'
import { NotAdmittedError } from './errors.js'
import { Offenders, type OffenderSettings } from './offenders.js'

/** What non-members may speak besides the admission protocol: libp2p's identify and ping. */
export const OPEN_PROTOCOLS = ['/ipfs/id/1.0.0', '/ipfs/id/push/1.0.0', '/ipfs/ping/1.0.0']

export interface GateSettings extends OffenderSettings {
  /** Connections from non-members at once, in all and per peer. */
  maxOutsiderConnections: number
  maxConnectionsPerOutsider: number
  /** A non-member's connection is closed after this long (a join takes a round trip or two). */
  outsiderLifetimeMs: number
}

/**
 * A joining peer is refused a few streams (gossip, before its admission); 32 in a minute is an
 * attack. Bans last ten minutes. Eight outsider connections at once leave a 32-connection peer 24
 * for members.
 */
export const GATE_DEFAULTS: GateSettings = {
  threshold: 32,
  windowMs: 60_000,
  banMs: 600_000,
  maxTracked: 10_000,
  maxOutsiderConnections: 8,
  maxConnectionsPerOutsider: 2,
  outsiderLifetimeMs: 30_000
}

/** Tag value of member connections in libp2p's peer store: the pruner closes lower values first. */
const MEMBER_TAG = { name: 'supercloud-member', value: 100 }
/** After an admission, connections that had streams refused are recycled this much later. */
const RECYCLE_DELAY_MS = 2000

export interface GateComponents {
  isMember: (peer: string) => boolean
  warn: RateLimitedLog
}

export class AdmissionGate {
  private libp2p: Libp2p | undefined
  private readonly offenders: Offenders
  /** Connections on which something was refused: recycled when their peer is admitted. */
  private readonly refusedOn = new WeakSet<Connection>()
  private readonly open: Set<string>
  private readonly gated = new Set<string>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private sweeper: NodeJS.Timeout | undefined
  private readonly tagged = new Set<string>()

  constructor (private readonly c: GateComponents, openProtocols: string[], private readonly settings: GateSettings = GATE_DEFAULTS) {
    this.offenders = new Offenders(settings)
    this.open = new Set([...OPEN_PROTOCOLS, ...openProtocols])
  }

  /** For createLibp2p: a banned peer's connections end as soon as their handshake names it. */
  readonly gater: ConnectionGater = {
    denyDialPeer: (peer: PeerId) => this.banned(peer.toString()),
    denyInboundEncryptedConnection: (peer: PeerId) => this.banned(peer.toString()),
    denyOutboundEncryptedConnection: (peer: PeerId) => this.banned(peer.toString()),
    denyInboundUpgradedConnection: (peer: PeerId) => this.banned(peer.toString()),
    denyOutboundUpgradedConnection: (peer: PeerId) => this.banned(peer.toString())
  }

  /** Gates every protocol the host serves now or later, except the open ones. */
  attach (libp2p: Libp2p): void {
    this.libp2p = libp2p
    this.gateAll()
    libp2p.addEventListener('self:peer:update', this.gateAll)
    libp2p.addEventListener('connection:open', this.onConnection)
    this.sweeper = setInterval(() => { this.sweep() }, Math.max(1000, this.settings.outsiderLifetimeMs / 4))
    this.sweeper.unref()
  }

  detach (): void {
    this.libp2p?.removeEventListener('self:peer:update', this.gateAll)
    this.libp2p?.removeEventListener('connection:open', this.onConnection)
    clearInterval(this.sweeper)
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }

  banned (peer: string): boolean {
    return !this.c.isMember(peer) && this.offenders.banned(peer)
  }

  /** An offence outside the gate (a refused join): counted like a refused stream. */
  offence (peer: string, kind: string): void {
    this.c.warn(`gate:${peer}:${kind}`, { peer, kind }, 'refused a non-member')
    if (this.offenders.offend(peer)) this.ban(peer)
  }

  /**
   * `peer` became a member. Connections made while it was not may have had streams refused (its
   * gossip, ours to it): they are closed, a little later, so that the next one is whole.
   */
  admitted (peer: string): void {
    this.offenders.pardon(peer)
    const libp2p = this.libp2p
    if (libp2p === undefined) return
    const stale = libp2p.getConnections().filter(c => c.remotePeer.toString() === peer && this.refusedOn.has(c))
    if (stale.length === 0) return
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      for (const connection of stale) connection.close().catch(() => {})
    }, RECYCLE_DELAY_MS)
    timer.unref()
    this.timers.add(timer)
  }

  private readonly gateAll = (): void => {
    const libp2p = this.libp2p
    if (libp2p === undefined) return
    for (const protocol of libp2p.getProtocols()) {
      if (this.open.has(protocol) || this.gated.has(protocol)) continue
      this.gated.add(protocol)
      libp2p.use(protocol, this.middleware(protocol))
    }
  }

  private middleware (protocol: string): StreamMiddleware {
    const gate: StreamMiddleware = (stream: Stream, connection: Connection, next) => {
      // libp2p 3.3 appends the protocol's handler to the very array `use()` stored, on every
      // inbound stream (fixed upstream in js-libp2p#3534, not yet released): handing it a fresh
      // array each time keeps the chain one gate and one handler long.
      this.libp2p?.use(protocol, gate)
      const peer = connection.remotePeer.toString()
      // This peer's own requests go where its callers send them (a join's table pull, to a
      // bootstrap peer not yet known as a member); its gossip goes to members only.
      const ours = stream.direction === 'outbound' && protocol.startsWith('/supercloud/')
      if (ours || this.c.isMember(peer)) {
        next(stream, connection)
        return
      }
      if (stream.direction === 'outbound') {
        this.refusedOn.add(connection)
        throw new NotAdmittedError(`${peer} is not a member: no ${protocol} to it`)
      }
      this.refusedOn.add(connection)
      this.offence(peer, protocol)
      throw new NotAdmittedError(`${peer} is not a member: ${protocol} refused`)
    }
    return gate
  }

  /** Bounds what non-members hold, and tags member connections so pruning spares them. */
  private readonly onConnection = (evt: CustomEvent<Connection>): void => {
    const connection = evt.detail
    const peer = connection.remotePeer.toString()
    const libp2p = this.libp2p
    if (libp2p === undefined) return
    if (this.c.isMember(peer)) {
      if (!this.tagged.has(peer)) {
        this.tagged.add(peer)
        libp2p.peerStore.merge(connection.remotePeer, { tags: { [MEMBER_TAG.name]: { value: MEMBER_TAG.value } } }).catch(() => {})
      }
      return
    }
    const outsiders = libp2p.getConnections().filter(c => !this.c.isMember(c.remotePeer.toString()))
    const theirs = outsiders.filter(c => c.remotePeer.toString() === peer).length
    if (this.banned(peer) || outsiders.length > this.settings.maxOutsiderConnections || theirs > this.settings.maxConnectionsPerOutsider) {
      this.offence(peer, 'connection')
      connection.abort(new NotAdmittedError(`too many connections from non-members (${peer})`))
    }
  }

  /** Closes non-members' connections older than their lifetime. */
  private sweep (): void {
    const now = Date.now()
    for (const connection of this.libp2p?.getConnections() ?? []) {
      if (now - connection.timeline.open < this.settings.outsiderLifetimeMs || this.c.isMember(connection.remotePeer.toString())) continue
      connection.close().catch(() => { connection.abort(new NotAdmittedError('a non-member connection outlived its time')) })
    }
  }

  private ban (peer: string): void {
    this.c.warn(`ban:${peer}`, { peer, minutes: this.settings.banMs / 60_000 }, 'banning a non-member that keeps trying')
    const libp2p = this.libp2p
    if (libp2p === undefined) return
    for (const connection of libp2p.getConnections()) {
      if (connection.remotePeer.toString() === peer) connection.abort(new NotAdmittedError(`${peer} is banned`))
    }
  }
}
