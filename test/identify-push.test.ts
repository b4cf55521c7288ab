// A daemon's host starts before most of its protocols are handled (failover votes, replication and
// migration come up after membership), so a peer that connects early learns, from identify, a
// list without them. Without identify push it kept that list for the connection's life: a member
// then seemed not to speak the votes protocol, and a protected VM moving onto its standby took the
// old break-before-make path (a CI run lost a VM to it in `ha-onto-standby-kill`). Two real hosts,
// as the daemon builds them (createHost: TCP, pnet, noise, yamux, identify and identify push).
import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { createHost, type Host } from '../node/host.js'
import { waitFor } from './util/wait.js'

const LATE_PROTOCOL = '/supercloud/test/late/1.0.0'

describe('libp2p host: a protocol handled after a peer connected (real hosts)', function () {
  this.timeout(60_000)
  const hosts: Host[] = []

  after(async () => {
    await Promise.all(hosts.map(async h => { await h.stop() }))
  })

  it('is told to the connected peer, which then lists it', async () => {
    const swarmKey = randomBytes(32)
    const make = async (): Promise<Host> => {
      const host = await createHost({ privateKey: await generateKeyPair('Ed25519'), swarmKey, listen: ['/ip4/127.0.0.1/tcp/0'], announce: [], bootstrap: [], maxConnections: 16, dialFrom: '' })
      hosts.push(host)
      await host.start()
      return host
    }
    const [early, late] = [await make(), await make()]
    await early.dial(late.getMultiaddrs())
    const protocols = async (): Promise<string[]> => (await early.peerStore.get(late.peerId).catch(() => undefined))?.protocols ?? []
    await waitFor('identify to run', async () => (await protocols()).includes('/ipfs/ping/1.0.0'), 20_000, 50)
    expect(await protocols()).to.not.include(LATE_PROTOCOL)
    await late.handle(LATE_PROTOCOL, stream => { void stream.close() })
    await waitFor(`the early peer to list ${LATE_PROTOCOL}`, async () => (await protocols()).includes(LATE_PROTOCOL), 20_000, 50)
  })
})
