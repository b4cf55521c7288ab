// This peer's connectivity as `netcheck` and `peers` show it: whether it is reachable (public,
// behind NAT, or relayed), what its NAT does, the relays it holds slots on, and for every connected
// peer the kind of connection (direct, hole-punched, relayed) and its round trip.
import type { Connection, Libp2p, PeerId } from '@libp2p/interface'
import type { Ping } from '@libp2p/ping'
import type { GossipSub } from '@libp2p/gossipsub'
import { Circuit, TCP } from '@multiformats/multiaddr-matcher'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { Logger } from '../log.js'
import { DIRECT_UPGRADE_DIAL_MS, GOSSIP_REPAIR_DELAY_MS, HOLEPUNCH_WINDOW_MS, MAX_DIRECT_UPGRADES, MAX_OBSERVED, NETCHECK_PING_TIMEOUT_MS } from './constants.js'
import { localEndpoints, natBehaviour, type NatBehaviour, type Observation } from './observations.js'

export type ConnectionKind = 'direct' | 'holepunched' | 'relayed'
export type Reachability = 'public' | 'behind-nat' | 'relayed' | 'unknown'

export interface NetcheckPeer { id: string, kind: ConnectionKind, rttMs: number | null }

export interface NetcheckReport {
  reachability: Reachability
  natBehaviour: NatBehaviour
  observedAddrs: string[]
  relays: string[]
  peers: NetcheckPeer[]
}

export interface ReachabilityComponents {
  libp2p: Libp2p<{ ping: Ping, pubsub: GossipSub }>
  log: Logger
}

interface IdentifyDetail { peerId: PeerId, observedAddr?: Multiaddr, connection: Connection }

export class ReachabilityService {
  /** Remote peer → what it saw this peer at, and the local end of that connection. */
  private readonly observations = new Map<string, Observation>()
  /** Direct connections that opened while a relayed one to the same peer was up: DCUtR's work. */
  private readonly holepunched = new Set<string>()
  /** Peer → when it last had a relayed connection. */
  private readonly relayedAt = new Map<string, number>()
  private readonly repairs = new Set<NodeJS.Timeout>()
  /** Peers a direct dial is under way to, beside a relayed connection. */
  private readonly upgrading = new Set<string>()

  constructor (private readonly components: ReachabilityComponents) {}

  start (): void {
    const { libp2p } = this.components
    libp2p.addEventListener('peer:identify', this.onIdentify)
    libp2p.addEventListener('connection:open', this.onOpen)
    libp2p.addEventListener('connection:close', this.onClose)
  }

  stop (): void {
    const { libp2p } = this.components
    libp2p.removeEventListener('peer:identify', this.onIdentify)
    libp2p.removeEventListener('connection:open', this.onOpen)
    libp2p.removeEventListener('connection:close', this.onClose)
    for (const timer of this.repairs) clearTimeout(timer)
  }

  /** How this peer is connected to `peer` now (the best of its open connections), if at all. */
  kindOf (peer: string): ConnectionKind | undefined {
    const conns = this.components.libp2p.getConnections().filter(c => c.remotePeer.toString() === peer && c.status === 'open')
    const direct = conns.find(c => !Circuit.matches(c.remoteAddr))
    if (direct !== undefined) return this.holepunched.has(direct.id) ? 'holepunched' : 'direct'
    return conns.length > 0 ? 'relayed' : undefined
  }

  /** Relay peers this peer holds a reservation on (its circuit addresses). */
  relays (): string[] {
    const out = new Set<string>()
    for (const ma of this.components.libp2p.getMultiaddrs()) {
      if (!Circuit.matches(ma)) continue
      const parts = ma.toString().split('/p2p-circuit')[0]?.split('/p2p/') ?? []
      if (parts.length > 1) out.add(parts[parts.length - 1] as string)
    }
    return [...out]
  }

  reachability (): Reachability {
    if (this.relays().length > 0) return 'relayed'
    const behaviour = natBehaviour([...this.observations.values()])
    if (behaviour === 'none') return 'public'
    if (behaviour === 'unknown') return 'unknown'
    return 'behind-nat'
  }

  async netcheck (options: { signal?: AbortSignal } = {}): Promise<NetcheckReport> {
    const { libp2p } = this.components
    const ids = [...new Set(libp2p.getConnections().map(c => c.remotePeer.toString()))]
    const peers = await Promise.all(ids.map(async (id): Promise<NetcheckPeer | undefined> => {
      const kind = this.kindOf(id)
      if (kind === undefined) return undefined
      const conn = libp2p.getConnections().find(c => c.remotePeer.toString() === id && c.status === 'open')
      const signal = AbortSignal.any([options.signal ?? AbortSignal.timeout(NETCHECK_PING_TIMEOUT_MS), AbortSignal.timeout(NETCHECK_PING_TIMEOUT_MS)])
      const rttMs = conn === undefined ? null : await libp2p.services.ping.ping(conn.remotePeer, { signal }).catch(() => null)
      return { id, kind, rttMs }
    }))
    return {
      reachability: this.reachability(),
      natBehaviour: natBehaviour([...this.observations.values()]),
      observedAddrs: [...new Set([...this.observations.values()].map(o => o.observed))],
      relays: this.relays(),
      peers: peers.filter((p): p is NetcheckPeer => p !== undefined)
    }
  }

  private readonly onOpen = (event: CustomEvent<Connection>): void => {
    const conn = event.detail
    const peer = conn.remotePeer.toString()
    if (Circuit.matches(conn.remoteAddr)) {
      this.relayedAt.set(peer, Date.now())
      if (this.relayedAt.size > 4096) this.relayedAt.clear()
      void this.upgrade(conn.remotePeer)
      return
    }
    const relayedUp = this.components.libp2p.getConnections(conn.remotePeer).some(c => Circuit.matches(c.remoteAddr) && c.status === 'open')
    if (!relayedUp && Date.now() - (this.relayedAt.get(peer) ?? 0) >= HOLEPUNCH_WINDOW_MS) return
    // Only a peer reachable through relays alone (its addresses are circuits and private ones) can
    // have been hole-punched to; a public peer that was first reached through a relay was just dialled,
    // and a peer behind NAT that dials in to a public one (this) needed no hole.
    if (this.reachability() === 'public') return
    void this.components.libp2p.peerStore.get(conn.remotePeer).then(known => {
      if (!known.addresses.some(a => Circuit.matches(a.multiaddr))) return
      this.holepunched.add(conn.id)
      if (this.holepunched.size > 4096) this.holepunched.clear()
      this.components.log.info({ peer, addr: conn.remoteAddr.toString() }, 'a direct connection replaced a relayed one (hole punched)')
    }, () => {})
  }

  /**
   * A relayed connection to a peer this peer could dial directly (a public peer that dialled a peer
   * behind NAT through a relay): a direct one is dialled beside it. libp2p hands every later dial the
   * relayed connection otherwise (the relay carries no limits, so it counts as a whole connection),
   * and a migration or a tunnel would cross the relay for nothing. DCUtR's own upgrade tries public
   * addresses only, and a testnet's (or a private cloud's) are not. The relayed one is left open:
   * new streams take the direct one, and closing it would cut gossip's stream on it.
   */
  private async upgrade (peer: PeerId): Promise<void> {
    const id = peer.toString()
    const { libp2p } = this.components
    if (this.upgrading.has(id) || this.upgrading.size >= MAX_DIRECT_UPGRADES) return
    this.upgrading.add(id)
    try {
      if (libp2p.getConnections(peer).some(c => c.status === 'open' && !Circuit.matches(c.remoteAddr))) return
      const known = await libp2p.peerStore.get(peer).catch(() => undefined)
      // With the peer's id: the dial must reach this peer (noise checks it), no other.
      const addrs = (known?.addresses ?? []).map(a => a.multiaddr).filter(ma => TCP.matches(ma))
        .map(ma => ma.getComponents().some(c => c.name === 'p2p') ? ma : ma.encapsulate(`/p2p/${id}`))
      if (addrs.length === 0) return
      const conn = await libp2p.dial(addrs, { force: true, signal: AbortSignal.timeout(DIRECT_UPGRADE_DIAL_MS) })
      this.components.log.info({ peer: id, addr: conn.remoteAddr.toString() }, 'a direct connection beside a relayed one')
    } catch {
      // Not reachable directly (behind NAT): the relayed connection, and DCUtR's hole punch, stay.
    } finally {
      this.upgrading.delete(id)
    }
  }

  /**
   * gossipsub keeps one outbound stream per peer and asks for another only when the peer connects
   * anew: when the connection carrying it closes while another to the same peer stays (a relay
   * died under a relayed connection, a relayed one closed beside a direct one), gossip to that peer
   * stops for good. Hanging up makes the next dial (membership redials alive members) a new start.
   */
  private readonly onClose = (event: CustomEvent<Connection>): void => {
    const peer = event.detail.remotePeer
    const timer = setTimeout(() => {
      this.repairs.delete(timer)
      const { libp2p } = this.components
      if (libp2p.status !== 'started') return
      const open = libp2p.getConnections(peer).filter(c => c.status === 'open')
      // The class has it public; the package's interface does not name it.
      const outbound = (libp2p.services.pubsub as unknown as { streamsOutbound?: Map<string, unknown> } | undefined)?.streamsOutbound
      if (open.length === 0 || outbound === undefined || outbound.has(peer.toString())) return
      if (!libp2p.services.pubsub.getPeers().some(p => p.equals(peer))) return
      this.components.log.info({ peer: peer.toString() }, 'gossip to a peer lost its stream with a connection: reconnecting')
      void libp2p.hangUp(peer).catch(() => {})
    }, GOSSIP_REPAIR_DELAY_MS)
    this.repairs.add(timer)
  }

  private readonly onIdentify = (event: CustomEvent<IdentifyDetail>): void => {
    const { peerId, observedAddr, connection } = event.detail
    if (Circuit.matches(connection.remoteAddr)) {
      // The peer's own addresses are known now, if they were not when the relayed connection opened.
      void this.upgrade(peerId)
      return
    }
    if (observedAddr === undefined) return
    const observed = endpointOf(observedAddr)
    const remote = endpointOf(connection.remoteAddr)
    if (observed === undefined || remote === undefined) return
    void localEndpoints().then(locals => {
      if (this.observations.size >= MAX_OBSERVED) this.observations.delete(this.observations.keys().next().value as string)
      const local = locals.get(remote)
      this.observations.set(peerId.toString(), { observed, ...(local === undefined ? {} : { local }) })
    })
  }
}

/** What a peer's descriptor says of it: circuit addresses mean it is reached through relays. */
export function announcedReachability (addrs: string[]): 'relayed' | 'direct' {
  return addrs.some(a => a.includes('/p2p-circuit')) ? 'relayed' : 'direct'
}

function endpointOf (ma: Multiaddr): string | undefined {
  const m = /^\/ip4\/([0-9.]+)\/tcp\/(\d+)/.exec(ma.toString())
  return m === null ? undefined : `${m[1] as string}:${m[2] as string}`
}
