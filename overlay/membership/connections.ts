// Connection upkeep: dial alive members while below the target, so a cloud of any size stays a
// connected graph without every peer dialing every other. Probes go to connected members first,
// and every peer keeps `targetPeers` of them, so every member is some members' neighbour and is
// probed about once per period. libp2p's maxConnections is the hard cap; dead members are dialled
// by the prober now and then (a healed partition comes back through those probes).
import type { PeerTable } from './table.js'
import type { Random, SwimTransport } from './types.js'
import { shuffle } from './probe.js'

export interface ConnectionKeeperComponents {
  transport: Pick<SwimTransport, 'connected' | 'dial'>
  table: PeerTable
  random: Random
  /** A dial's own deadline. */
  timeout: (ms: number) => AbortSignal
  isMember: (id: string) => boolean
}

export class ConnectionKeeper {
  private readonly dialing = new Set<string>()

  constructor (private readonly c: ConnectionKeeperComponents, private readonly targetPeers: number, private readonly dialTimeoutMs: number) {}

  maintain (): void {
    const { transport, table, isMember } = this.c
    const connected = new Set(transport.connected())
    const memberConns = [...connected].filter(id => isMember(id)).length
    let budget = this.targetPeers - memberConns - this.dialing.size
    if (budget <= 0) return
    const candidates = table.list()
      .filter(e => !e.self && e.state === 'alive' && !connected.has(e.descriptor.id) && !this.dialing.has(e.descriptor.id) && e.descriptor.addrs.length > 0)
      .map(e => e.descriptor.id)
    shuffle(candidates, this.c.random)
    for (const id of candidates) {
      if (budget-- <= 0) break
      this.dialing.add(id)
      transport.dial(id, { signal: this.c.timeout(this.dialTimeoutMs) })
        .catch(() => {})
        .finally(() => this.dialing.delete(id))
    }
  }
}
