// A public peer that reaches a peer behind NAT through a relay: the NATed peer dials it directly
// beside the relayed connection, so that its own streams to it (a migration, a tunnel) do not
// cross the relay. Real libp2p nodes on loopback: a relay, a public peer, and two peers that listen
// only through the relay, one with the reachability service and one without it (libp2p alone).
import '../node/runtime/polyfill.js'
import { expect } from 'chai'
import { circuitRelayServer, circuitRelayTransport } from '@libp2p/circuit-relay-v2'
import { identify } from '@libp2p/identify'
import type { Connection, Libp2p } from '@libp2p/interface'
import { noise } from '@libp2p/noise'
import { ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { Circuit } from '@multiformats/multiaddr-matcher'
import { createLibp2p } from 'libp2p'
import { silentLogger } from '../node/log.js'
import { ReachabilityService, type ReachabilityComponents } from '../node/reachability/reachability.js'
import { waitFor } from './util/wait.js'

async function node (kind: 'relay' | 'public' | 'behind-relay'): Promise<Libp2p> {
  return await createLibp2p({
    addresses: { listen: kind === 'behind-relay' ? ['/p2p-circuit'] : ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp(), circuitRelayTransport()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: { identify: identify(), ping: ping(), ...(kind === 'relay' ? { relay: circuitRelayServer({ reservations: { applyDefaultLimit: false } }) } : {}) }
  })
}

const relayed = (c: Connection): boolean => Circuit.matches(c.remoteAddr)

describe('reachability: a direct connection beside a relayed one (real libp2p nodes)', function () {
  this.timeout(60_000)
  const nodes: Libp2p[] = []
  let service: ReachabilityService | undefined

  after(async () => {
    service?.stop()
    await Promise.all(nodes.map(async n => { await n.stop() }))
  })

  it('the peer behind the relay dials the public peer that reached it through the relay; without the service its streams stay on the relay', async () => {
    const relay = await node('relay')
    const pub = await node('public')
    const withService = await node('behind-relay')
    const without = await node('behind-relay')
    nodes.push(relay, pub, withService, without)
    service = new ReachabilityService({ libp2p: withService, log: silentLogger() } as unknown as ReachabilityComponents)
    service.start()
    // Each NATed node holds a reservation on the relay, and knows only the relay's address.
    for (const n of [withService, without]) {
      await n.dial(relay.getMultiaddrs()[0]!)
      await waitFor('a reservation on the relay', async () => n.getMultiaddrs().some(ma => Circuit.matches(ma)) ? true : undefined, 20_000, 100)
    }
    // The public peer reaches each through the relay (it has no other way).
    for (const n of [withService, without]) {
      const circuit = n.getMultiaddrs().find(ma => Circuit.matches(ma))!
      expect(relayed(await pub.dial(circuit))).to.equal(true)
      await waitFor('the relayed connection at the far end', async () => n.getConnections(pub.peerId).some(relayed) ? true : undefined, 20_000, 50)
    }
    const direct = await waitFor('a direct connection from the peer with the service', async () => withService.getConnections(pub.peerId).find(c => c.status === 'open' && !relayed(c)), 20_000, 100)
    expect(direct.remoteAddr.toString()).to.match(/^\/ip4\/127\.0\.0\.1\/tcp\//)
    // Its next dial (a migration's, a tunnel's) takes the direct connection.
    expect(relayed(await withService.dial(pub.peerId))).to.equal(false)
    // libp2p alone reuses the relayed connection: the relay carries no limits, so it counts as whole.
    expect(relayed(await without.dial(pub.peerId))).to.equal(true)
    expect(without.getConnections(pub.peerId).every(relayed)).to.equal(true)
  })
})
