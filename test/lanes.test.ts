// Bulk lanes (overlay/lane) between two daemons' lane workers: real worker threads, real sockets on
// loopback. The bytes arrive as sent; a lane nobody expects, a wrong key, garbage or silence at the
// port gets nothing and breaks nothing; a lane cut either way fails at both ends; and a reader
// that stops reading stops the sender, with the memory between them bounded.
import { expect } from 'chai'
import { createHash, randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import { pathToFileURL } from 'node:url'
import { pino } from 'pino'
import { LaneError, Lanes, newLaneTicket, type InboundLane } from '../overlay/lane/lanes.js'
import { packagePath } from '../overlay/core/package-root.js'
import { MAX_UNIDENTIFIED, RECEIVE_WINDOW_BYTES, SEND_HIGH_WATER_BYTES } from '../overlay/lane/protocol.js'
import { waitFor } from './util/wait.js'

const WORKER = pathToFileURL(packagePath('dist', 'overlay', 'lane', 'worker.js'))
const MiB = 1 << 20

function lanes (): Lanes {
  return new Lanes({ workerUrl: WORKER, host: '127.0.0.1', port: 0, log: pino({ level: 'silent' }) })
}

async function drain (lane: InboundLane): Promise<{ bytes: number, sha: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of lane) {
    hash.update(chunk)
    bytes += chunk.byteLength
  }
  return { bytes, sha: hash.digest('hex') }
}

async function rawConnect (port: number): Promise<Socket> {
  return await new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => { resolve(socket) })
    socket.on('error', reject)
  })
}

async function closed (socket: Socket): Promise<void> {
  if (socket.destroyed) return
  await new Promise(resolve => socket.once('close', resolve))
}

describe('bulk lanes (worker threads, loopback sockets)', function () {
  this.timeout(60_000)
  const source = lanes()
  const destination = lanes()
  before(async () => { await source.start(); await destination.start() })
  after(async () => { await source.stop(); await destination.stop() })

  it('carry 64 MiB of shared memory, in 1 MiB messages, byte for byte, and end', async () => {
    const shadow = new Uint8Array(new SharedArrayBuffer(64 * MiB))
    for (let at = 0; at < shadow.byteLength; at += MiB) shadow.set(randomBytes(MiB), at)
    const ticket = newLaneTicket()
    const inbound = destination.expect(ticket)
    const received = drain(inbound)
    const outbound = await source.connect(ticket, '127.0.0.1', destination.port, AbortSignal.timeout(5_000))
    for (let at = 0; at < shadow.byteLength; at += MiB) {
      if (!outbound.send(shadow.subarray(at, at + MiB))) await outbound.onDrain({ signal: AbortSignal.timeout(10_000) })
    }
    outbound.end()
    const got = await received
    expect(got.bytes).to.equal(64 * MiB)
    expect(got.sha).to.equal(createHash('sha256').update(shadow).digest('hex'))
  })

  it('give a connection with an unknown lane id, garbage or silence nothing, and keep working', async () => {
    const strangers: Socket[] = []
    // Unknown id: closed at once.
    const unknown = await rawConnect(destination.port)
    unknown.write(Buffer.concat([Buffer.from('SCL\x01', 'latin1'), randomBytes(16)]))
    await closed(unknown)
    // Garbage: closed once it fills a hello.
    const garbage = await rawConnect(destination.port)
    garbage.write(randomBytes(4096))
    await closed(garbage)
    // Silence: up to MAX_UNIDENTIFIED wait for their hello; one more is closed at once.
    for (let i = 0; i < MAX_UNIDENTIFIED; i++) strangers.push(await rawConnect(destination.port))
    await new Promise(resolve => setTimeout(resolve, 200))
    const extra = await rawConnect(destination.port)
    await closed(extra)
    // A lane expected meanwhile still connects, and carries its bytes.
    for (const s of strangers) s.destroy()
    const ticket = newLaneTicket()
    const inbound = destination.expect(ticket)
    const received = drain(inbound)
    const outbound = await source.connect(ticket, '127.0.0.1', destination.port, AbortSignal.timeout(5_000))
    outbound.send(Buffer.from('still here'))
    outbound.end()
    expect((await received).bytes).to.equal(10)
  })

  it('refuse bytes sealed with another key: the reader fails, naming it', async () => {
    const ticket = newLaneTicket()
    const inbound = destination.expect(ticket)
    const received = drain(inbound)
    const outbound = await source.connect({ id: ticket.id, key: randomBytes(32) }, '127.0.0.1', destination.port, AbortSignal.timeout(5_000))
    outbound.send(randomBytes(1000))
    const err = await received.then(() => undefined, (e: unknown) => e as Error)
    expect(err).to.be.instanceOf(LaneError)
    expect(err?.message).to.match(/does not open/)
  })

  it('fail at the destination when the source cuts its lane before the end, and at the source when the destination does', async () => {
    const first = newLaneTicket()
    const cut = drain(destination.expect(first))
    const sending = await source.connect(first, '127.0.0.1', destination.port, AbortSignal.timeout(5_000))
    sending.send(randomBytes(MiB))
    sending.abort()
    expect(await cut.then(() => 'ended', (e: Error) => e.message)).to.match(/cut before its end/)

    const second = newLaneTicket()
    const inbound = destination.expect(second)
    const outbound = await source.connect(second, '127.0.0.1', destination.port, AbortSignal.timeout(5_000))
    outbound.send(randomBytes(MiB))
    await new Promise(resolve => setTimeout(resolve, 100))
    inbound.abort()
    const failed = await (async () => {
      for (let i = 0; i < 200; i++) {
        if (!outbound.send(randomBytes(MiB))) await outbound.onDrain({ signal: AbortSignal.timeout(10_000) })
      }
    })().then(() => undefined, (e: unknown) => e as Error)
    expect(failed).to.be.instanceOf(LaneError)
  })

  it('hold a sender whose reader stops reading: bounded, and it goes on once the reader does', async () => {
    const ticket = newLaneTicket()
    const inbound = destination.expect(ticket)
    const outbound = await source.connect(ticket, '127.0.0.1', destination.port, AbortSignal.timeout(5_000))
    let offered = 0
    // Nothing reads: the sender is held once the receiving worker's window, both sockets' buffers
    // and its own queue are full.
    const stuck = AbortSignal.timeout(3_000)
    const held = await (async () => {
      while (offered < 512 * MiB) {
        offered += MiB
        if (!outbound.send(randomBytes(MiB))) await outbound.onDrain({ signal: stuck })
      }
    })().then(() => false, () => true)
    expect(held).to.equal(true)
    expect(offered).to.be.below(RECEIVE_WINDOW_BYTES + SEND_HIGH_WATER_BYTES + 64 * MiB)
    outbound.end()
    const got = await drain(inbound)
    expect(got.bytes).to.equal(offered)
  })

  it('fail their lanes, and refuse new ones, when the lane worker dies; the daemon goes on', async () => {
    const doomed = lanes()
    await doomed.start()
    const ticket = newLaneTicket()
    const inbound = doomed.expect(ticket)
    const received = drain(inbound)
    const outbound = await source.connect(ticket, '127.0.0.1', doomed.port, AbortSignal.timeout(5_000))
    outbound.send(randomBytes(MiB))
    // As a crash would: the worker thread ends under the lanes.
    await (doomed as unknown as { worker: { terminate: () => Promise<number> } }).worker.terminate()
    expect(await received.then(() => 'ended', (e: Error) => e.message)).to.match(/lane worker exited/)
    expect(doomed.running).to.equal(false)
    expect(() => doomed.expect(newLaneTicket())).to.throw(LaneError)
    await doomed.stop()
  })

  it('refuse lanes once stopped', async () => {
    const stopped = lanes()
    await stopped.start()
    await stopped.stop()
    expect(() => stopped.expect(newLaneTicket())).to.throw(LaneError)
    await waitFor('the port to close', async () => await rawConnect(stopped.port).then(s => { s.destroy(); return undefined }, () => true), 5_000, 50)
  })
})
