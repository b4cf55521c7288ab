// Our pnet protector against the reference one: a stock js-libp2p node with `@libp2p/pnet` and a
// real `supercloud node start` process, both ways, with the same swarm key and with another one.
// The stock protector keeps its ciphers in one WebAssembly memory that large transfers grow until
// the process crashes (notes/libp2p.md), so the traffic here stays small: pings and identify.
import '../node/runtime/polyfill.js'
import { expect } from 'chai'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { identify } from '@libp2p/identify'
import { noise } from '@libp2p/noise'
import { ping } from '@libp2p/ping'
import { preSharedKey } from '@libp2p/pnet'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { createLibp2p } from 'libp2p'
import { generateSwarmKey } from '../overlay/pnet/index.js'
import { cliJson, exited, logOf, startNode } from './util/cli.js'
import { waitFor } from './util/wait.js'

interface Status { id: string, addrs: string[] }

/** A node as any js-libp2p user would build it: the stock protector, tcp + noise + yamux. */
async function stockNode (swarmKeyFile: Uint8Array) {
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionProtector: preSharedKey({ psk: swarmKeyFile }),
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: { identify: identify(), ping: ping() }
  })
}
type StockNode = Awaited<ReturnType<typeof stockNode>>

describe('pnet interop: stock @libp2p/pnet and a supercloud daemon', function () {
  this.timeout(60_000)
  const root = mkdtempSync(join(tmpdir(), 'sc-pnet-interop-'))
  const dir = join(root, 'daemon')
  const swarmKeyFile = join(root, 'swarm.key')
  const nodes: StockNode[] = []
  let daemon: ChildProcess
  let status: Status
  let daemonAddr: Multiaddr

  const stock = async (key: Uint8Array): Promise<StockNode> => {
    const node = await stockNode(key)
    nodes.push(node)
    return node
  }

  before(async () => {
    writeFileSync(swarmKeyFile, generateSwarmKey(), { mode: 0o600 })
    daemon = startNode(['--data-dir', dir, '--listen', '/ip4/127.0.0.1/tcp/0', '--api-port', '0', '--swarm-key', swarmKeyFile])
    status = await waitFor('the daemon to answer', async () => await cliJson<Status>(['status', '--data-dir', dir]), 30_000)
    const addr = status.addrs.find((a) => a.startsWith('/ip4/127.0.0.1/tcp/'))
    if (addr === undefined) throw new Error(`the daemon has no loopback TCP address: ${status.addrs.join(', ')}`)
    daemonAddr = multiaddr(addr)
  })

  after(async () => {
    await Promise.all(nodes.map(async (n) => { await n.stop() }))
    daemon?.kill('SIGTERM')
    if (daemon !== undefined) await exited(daemon).catch(() => { daemon.kill('SIGKILL') })
    rmSync(root, { recursive: true, force: true })
  })

  it('a stock node with the same key dials the daemon and pings it', async () => {
    const node = await stock(readFileSync(swarmKeyFile))
    const rtts: number[] = []
    for (let i = 0; i < 10; i++) rtts.push(await node.services.ping.ping(daemonAddr, { signal: AbortSignal.timeout(10_000) }))
    expect(rtts).to.have.length(10)
    const [connection] = node.getConnections(peerIdFromString(status.id))
    expect(connection?.direction).to.equal('outbound')
    // identify ran over the same protected connection: the daemon told us its protocols
    await waitFor('identify', async () => (await node.peerStore.get(peerIdFromString(status.id))).protocols.includes('/ipfs/ping/1.0.0'), 10_000)
  })

  it('the daemon dials a stock node with the same key and pings it', async () => {
    const node = await stock(readFileSync(swarmKeyFile))
    // The daemon learns the stock node's listen address by identify on a first connection, which
    // is then closed, so that its ping has to dial. Closed only once both identify exchanges are
    // over (ours done, no stream left open), so that the daemon's is not cut short.
    const daemonId = peerIdFromString(status.id)
    const first = await node.dial(daemonAddr, { signal: AbortSignal.timeout(10_000) })
    await waitFor('both identify exchanges', async () =>
      (await node.peerStore.get(daemonId)).protocols.length > 0 && first.streams.length === 0, 10_000, 20)
    await node.hangUp(daemonId)
    await waitFor('no connection left', async () => node.getConnections().length === 0, 10_000, 20)
    const result = await cliJson<{ id: string, rttMs: number[] }>(['ping', node.peerId.toString(), '--count', '5', '--data-dir', dir])
    expect(result.rttMs).to.have.length(5)
    const [connection] = node.getConnections(daemonId)
    expect(connection?.direction).to.equal('inbound')
  })

  it('a stock node with another key fails to dial the daemon, which keeps serving', async () => {
    const stranger = await stock(generateSwarmKey())
    const started = Date.now()
    const err = await stranger.services.ping.ping(daemonAddr, { signal: AbortSignal.timeout(10_000) })
      .then(() => undefined, (e: unknown) => e)
    // Sometimes a reset, sometimes the upgrade timeout (what the garbage noise sees decides), but
    // always a failed encryption handshake: nothing about the key, which pnet never reveals.
    expect(err).to.have.property('name', 'EncryptionFailedError')
    expect(Date.now() - started).to.be.lessThan(10_000)
    expect(stranger.getConnections()).to.have.length(0)
    const friend = await stock(readFileSync(swarmKeyFile))
    expect(await friend.services.ping.ping(daemonAddr, { signal: AbortSignal.timeout(10_000) })).to.be.a('number')
  })

  it('a daemon fails to dial a stock node with another key, and says so', async () => {
    const stranger = await stock(generateSwarmKey())
    const other = startNode(['--data-dir', join(root, 'other'), '--listen', '/ip4/127.0.0.1/tcp/0', '--api-port', '0', '--swarm-key', swarmKeyFile,
      '--bootstrap', stranger.getMultiaddrs()[0]?.toString() ?? ''])
    try {
      const line = await waitFor('a failed join attempt in its log', async () => logOf(other).split('\n').find((l) => l.includes('join attempt failed')), 30_000)
      expect(JSON.parse(line)).to.have.property('err').that.is.a('string').and.not.equal('')
      expect(stranger.getConnections()).to.have.length(0)
    } finally {
      other.kill('SIGTERM')
      await exited(other).catch(() => { other.kill('SIGKILL') })
    }
  })
})
