// Connection upkeep: dial alive members while below the target, so a cloud of any size stays a
// connected gossip mesh without every peer dialing every other. libp2p's maxConnections is the cap.
import { peerIdFromString } from '@libp2p/peer-id'
import type { Libp2p } from '@libp2p/interface'
import type { Logger } from '../../node/log.js'
import type { MemberList } from '../admission/members.js'
import type { PeerTable } from './table.js'
import { DIAL_TIMEOUT_MS } from './constants.js'

export interface ConnectionKeeperComponents {
  libp2p: Libp2p
  members: MemberList
  table: PeerTable
  log: Logger
}

export class ConnectionKeeper {
  private readonly dialing = new Set<string>()

  constructor (private readonly components: ConnectionKeeperComponents, private readonly targetPeers: number) {}

  maintain (): void {
    const { libp2p, members, table, log } = this.components
    const connected = new Set(libp2p.getConnections().map(c => c.remotePeer.toString()))
    const memberConns = [...connected].filter(id => members.isMember(id)).length
    let budget = this.targetPeers - memberConns - this.dialing.size
    if (budget <= 0) return
    const candidates = table.list()
      .filter(e => !e.self && e.state === 'alive' && !connected.has(e.descriptor.id) && !this.dialing.has(e.descriptor.id) && e.descriptor.addrs.length > 0)
    shuffle(candidates)
    for (const candidate of candidates) {
      if (budget-- <= 0) break
      const id = candidate.descriptor.id
      this.dialing.add(id)
      libp2p.dial(peerIdFromString(id), { signal: AbortSignal.timeout(DIAL_TIMEOUT_MS) })
        .catch((err: Error) => { log.debug({ peer: id, err: err.message }, 'dial failed') })
        .finally(() => this.dialing.delete(id))
    }
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
