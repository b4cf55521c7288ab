// A bulk stream's receiver grants its window at once (overlay/wire/window.ts), between real
// js-libp2p nodes with stock yamux on loopback: the sender's stream may then have 16 MiB in flight
// where yamux would have let it have 256 KiB, and bytes still arrive whole and in order; a stream
// not granted keeps yamux's window.
import '../node/runtime/polyfill.js'
import { expect } from 'chai'
import { identify } from '@libp2p/identify'
import type { Libp2p, Stream } from '@libp2p/interface'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import { grantReceiveWindow } from '../overlay/wire/window.js'
import { waitFor } from './util/wait.js'

const GRANTED = '/supercloud-test/granted/1.0.0'
const PLAIN = '/supercloud-test/plain/1.0.0'
const WINDOW = 16 << 20
const BYTES = 32 << 20

async function node (): Promise<Libp2p> {
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: { identify: identify() }
  })
}

/** The sender's side of yamux's flow control on a stream: what it may still send unacknowledged. */
const sendWindow = (stream: Stream): number => (stream as unknown as { sendWindowCapacity: number }).sendWindowCapacity

describe('a bulk stream\'s receive window, granted at once (real libp2p nodes, stock yamux)', function () {
  this.timeout(60_000)
  const nodes: Libp2p[] = []
  const received = new Map<string, { bytes: number, inOrder: boolean }>()
  after(async () => { await Promise.all(nodes.map(async n => { await n.stop() })) })

  before(async () => {
    nodes.push(await node(), await node())
    const receiver = nodes[1] as Libp2p
    const count = (protocol: string) => async (stream: Stream): Promise<void> => {
      const seen = { bytes: 0, inOrder: true }
      received.set(protocol, seen)
      for await (const chunk of stream) {
        for (const b of chunk.subarray()) {
          if (b !== (seen.bytes & 0xff)) seen.inOrder = false
          seen.bytes++
        }
      }
    }
    await receiver.handle(GRANTED, async stream => { expect(grantReceiveWindow(stream, WINDOW)).to.equal(true); await count(GRANTED)(stream) })
    await receiver.handle(PLAIN, count(PLAIN))
  })

  async function open (protocol: string): Promise<Stream> {
    const [sender, receiver] = nodes as [Libp2p, Libp2p]
    const stream = await sender.dialProtocol(receiver.getMultiaddrs()[0]!, protocol)
    // The first byte: the receiver's handler runs (and grants) once the stream carries something.
    stream.send(Uint8Array.of(0))
    await waitFor('the first byte at the receiver', async () => (received.get(protocol)?.bytes ?? 0) > 0 ? true : undefined, 10_000, 20)
    return stream
  }

  /** The rest of `BYTES`, in 1 MiB writes, counting on from the first byte. */
  async function sendRest (stream: Stream): Promise<void> {
    const chunk = Uint8Array.from({ length: 1 << 20 }, (_, i) => (i + 1) & 0xff)
    for (let sent = 1; sent < BYTES; sent += chunk.byteLength) {
      if (!stream.send(sent + chunk.byteLength > BYTES ? chunk.subarray(0, BYTES - sent) : chunk)) await stream.onDrain()
    }
    await stream.close()
  }

  it('the sender of a granted stream may at once have 16 MiB in flight; every byte arrives, in order', async () => {
    const stream = await open(GRANTED)
    await waitFor('the granted window at the sender', async () => sendWindow(stream) >= WINDOW - 1 ? true : undefined, 10_000, 20)
    await sendRest(stream)
    await waitFor('every byte at the receiver', async () => received.get(GRANTED)?.bytes === BYTES ? true : undefined, 30_000, 50)
    expect(received.get(GRANTED)?.inOrder).to.equal(true)
  })

  it('a stream not granted keeps yamux\'s window (256 KiB, doubled at most once by a byte)', async () => {
    const stream = await open(PLAIN)
    await new Promise(resolve => setTimeout(resolve, 200))
    expect(sendWindow(stream)).to.be.at.most(512 << 10)
    await sendRest(stream)
    await waitFor('every byte at the receiver', async () => received.get(PLAIN)?.bytes === BYTES ? true : undefined, 30_000, 50)
  })
})
