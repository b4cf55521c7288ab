// The stream muxer between daemons and with older ones: two hosts as the daemon builds them pick
// the wide yamux and echo 16 MiB on one stream; a node as an older daemon built it (plain yamux,
// the same protector) still gets plain yamux and echoes as much. And why the wide one needs a
// protocol id of its own: a node that widens plain yamux breaks an older peer's stream. (A stock
// js-libp2p node gets plain yamux too: pnet-interop.test.ts, with small traffic, as the stock
// protector's WebAssembly memory does not survive bulk.)
import '../node/runtime/polyfill.js'
import { expect } from 'chai'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { identify } from '@libp2p/identify'
import type { Libp2p, Stream } from '@libp2p/interface'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import { createHost } from '../node/host.js'
import { WIDE_WINDOW_BYTES, WIDE_YAMUX_PROTOCOL } from '../node/muxer.js'
import { generateSwarmKey, privateNetwork } from '../overlay/pnet/index.js'

const BULK = '/supercloud-test/bulk/1.0.0'
const BYTES = 16 << 20

/** A host as daemons before the wide yamux built it: plain yamux (`window`: widened under its plain id). */
async function olderNode (swarmKey: Uint8Array, window?: number): Promise<Libp2p> {
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionProtector: privateNetwork({ swarmKey }),
    connectionEncrypters: [noise()],
    streamMuxers: [yamux(window === undefined ? {} : { streamOptions: { initialStreamWindowSize: window } })],
    services: { identify: identify() }
  })
}

async function daemonHost (swarmKey: Uint8Array): Promise<Libp2p> {
  const host = await createHost({ privateKey: await generateKeyPair('Ed25519'), swarmKey, listen: ['/ip4/127.0.0.1/tcp/0'], announce: [], bootstrap: [], maxConnections: 16, dialFrom: '' })
  await host.start()
  return host
}

/** Echoes back whatever comes, as it comes. */
async function serveEcho (node: Libp2p): Promise<void> {
  await node.handle(BULK, async (stream: Stream) => {
    for await (const chunk of stream) {
      if (!stream.send(chunk.subarray())) await stream.onDrain()
    }
    await stream.close()
  })
}

/** Sends `BYTES` in 1 MiB writes and reads them back; the bytes read back. */
async function echoBulk (from: Libp2p, to: Libp2p): Promise<number> {
  const stream = await from.dialProtocol(to.getMultiaddrs()[0]!, BULK, { signal: AbortSignal.timeout(20_000) })
  // A broken stream or connection ends the reads below with its error; a stall, after 20 s.
  const stall = setTimeout(() => { stream.abort(new Error('no echo within 20 s')) }, 20_000)
  const chunk = new Uint8Array(1 << 20).fill(7)
  const reading = (async () => {
    let got = 0
    for await (const c of stream) {
      got += c.byteLength
      if (got >= BYTES) break
    }
    return got
  })()
  for (let sent = 0; sent < BYTES; sent += chunk.byteLength) {
    if (!stream.send(chunk)) await stream.onDrain()
  }
  try {
    return await reading
  } finally {
    clearTimeout(stall)
    await stream.close().catch(() => {})
  }
}

const muxerTo = (from: Libp2p, to: Libp2p): string | undefined => from.getConnections(to.peerId)[0]?.multiplexer

describe('stream muxer: wide yamux between daemons, plain yamux with anyone else (real libp2p nodes)', function () {
  this.timeout(60_000)
  const swarmKey = generateSwarmKey()
  const nodes: Libp2p[] = []
  const keep = <T extends Libp2p>(n: T): T => { nodes.push(n); return n }
  after(async () => { await Promise.all(nodes.map(async n => { await n.stop() })) })

  it('two daemon hosts pick the wide yamux and echo 16 MiB on one stream', async () => {
    const a = keep(await daemonHost(swarmKey))
    const b = keep(await daemonHost(swarmKey))
    await serveEcho(b)
    expect(await echoBulk(a, b)).to.equal(BYTES)
    expect(muxerTo(a, b)).to.equal(WIDE_YAMUX_PROTOCOL)
    expect(muxerTo(b, a)).to.equal(WIDE_YAMUX_PROTOCOL)
  })

  it('an older daemon and this one settle on plain yamux and echo 16 MiB, either one dialling', async () => {
    const daemon = keep(await daemonHost(swarmKey))
    const older = keep(await olderNode(swarmKey))
    const dialled = keep(await olderNode(swarmKey))
    await serveEcho(daemon)
    await serveEcho(dialled)
    expect(await echoBulk(older, daemon)).to.equal(BYTES)
    expect(muxerTo(older, daemon)).to.equal('/yamux/1.0.0')
    expect(await echoBulk(daemon, dialled)).to.equal(BYTES)
    expect(muxerTo(daemon, dialled)).to.equal('/yamux/1.0.0')
  })

  it('a wide window under the plain id breaks an older peer: why the wide one has its own', async () => {
    const wide = keep(await olderNode(swarmKey, WIDE_WINDOW_BYTES))
    const older = keep(await olderNode(swarmKey))
    await serveEcho(older)
    const err = await echoBulk(wide, older).then(() => undefined, (e: Error) => e)
    // The older peer's yamux finds its 256 KiB window exceeded at the first large frame and resets.
    expect(err, 'the transfer fails').to.be.instanceOf(Error)
    expect(err?.name).to.equal('StreamResetError')
  })
})
