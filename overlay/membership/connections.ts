// Connection upkeep: dial alive members while below the target, so a cloud of any size stays a
// connected gossip mesh without every peer dialing every other. libp2p's maxConnections is the cap.
// Members seen dead are redialed now and then too: after a partition heals, each side sees the
// other dead and only a dial across brings their gossip (and their liveness) back, as Serf's
// reconnect does.
import { peerIdFromString } from '@libp2p/peer-id'
import type { Libp2p } from '@libp2p/interface'
import type { Logger } from '../../node/log.js'
import type { MemberList } from '../admission/members.js'
import type { PeerTable } from './table.js'
import { DIAL_TIMEOUT_MS, RECONNECT_MS } from './constants.js'

export interface ConnectionKeeperComponents {
  libp2p: Libp2p
  members: MemberList
  table: PeerTable
  log: Logger
}

export class ConnectionKeeper {
  private readonly dialing = new Set<string>()
  private readonly lastTry = new Map<string, number>()

  constructor (private readonly components: ConnectionKeeperComponents, private readonly targetPeers: number) {}

  maintain (): void {
    const { libp2p, members, table } = this.components
    const connected = new Set(libp2p.getConnections().map(c => c.remotePeer.toString()))
    this.reconnect(connected)
    const memberConns = [...connected].filter(id => members.isMember(id)).length
    let budget = this.targetPeers - memberConns - this.dialing.size
    if (budget <= 0) return
    const candidates = table.list()
      .filter(e => !e.self && e.state === 'alive' && !connected.has(e.descriptor.id) && !this.dialing.has(e.descriptor.id) && e.descriptor.addrs.length > 0)
    shuffle(candidates)
    for (const candidate of candidates) {
      if (budget-- <= 0) break
      this.dial(candidate.descriptor.id)
    }
  }

  /** One dead or suspect member not tried for RECONNECT_MS, each round. */
  private reconnect (connected: Set<string>): void {
    const now = Date.now()
    const lost = this.components.table.list().filter(e => !e.self && (e.state === 'dead' || e.state === 'suspect') && !connected.has(e.descriptor.id) &&
      !this.dialing.has(e.descriptor.id) && e.descriptor.addrs.length > 0 && now - (this.lastTry.get(e.descriptor.id) ?? 0) >= RECONNECT_MS)
    shuffle(lost)
    const pick = lost[0]
    if (pick === undefined) return
    this.lastTry.set(pick.descriptor.id, now)
    if (this.lastTry.size > 10_000) this.lastTry.clear()
    this.dial(pick.descriptor.id)
  }

  private dial (id: string): void {
    this.dialing.add(id)
    this.components.libp2p.dial(peerIdFromString(id), { signal: AbortSignal.timeout(DIAL_TIMEOUT_MS) })
      .catch((err: Error) => { this.components.log.debug({ peer: id, err: err.message }, 'dial failed') })
      .finally(() => this.dialing.delete(id))
  }
}

function shuffle<T> (items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    const tmp = items[i] as T
    items[i] = items[j] as T
    items[j] = tmp
  }
}
