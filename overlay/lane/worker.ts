// The lane worker: a daemon's bulk lanes, sockets and crypto, off its main thread (protocol.ts).
// It listens for lanes the daemon expects (a destination), dials lanes the daemon opens (a source),
// seals and opens their frames, and keeps every queue bounded: a receiving socket pauses while the
// daemon has not taken RECEIVE_WINDOW_BYTES, a sender is told how much its socket has taken.
import { parentPort } from 'node:worker_threads'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { FrameOpener, FrameSealer } from './frames.js'
import { concatOwn, transferable } from '../core/bytes.js'
import { CONNECT_TIMEOUT_MS, HAND_OVER_BYTES, HELLO_BYTES, HELLO_TIMEOUT_MS, LANE_MAGIC, MAX_EXPECTED, MAX_UNIDENTIFIED, RECEIVE_WINDOW_BYTES, laneIdHex, type FromLaneWorker, type ToLaneWorker } from './protocol.js'

const port = parentPort
if (port === null) throw new Error('the lane worker runs in a worker thread')
const post = (message: FromLaneWorker, transfer: ArrayBuffer[] = []): void => { port.postMessage(message, transfer) }

/** `held`: plaintext opened and not handed over yet (see handOver). */
interface Receiving { socket: Socket, opener: FrameOpener, unacked: number, paused: boolean, held: Uint8Array[], heldBytes: number, handing: boolean }
interface Sending { socket: Socket, sealer: FrameSealer, connected: boolean }

const expected = new Map<string, Uint8Array>()
const receiving = new Map<string, Receiving>()
const sending = new Map<string, Sending>()
let server: Server | undefined
let unidentified = 0

port.on('message', (message: ToLaneWorker) => {
  switch (message.type) {
    case 'listen': listen(message.host, message.port); break
    case 'expect':
      if (expected.size >= MAX_EXPECTED) post({ type: 'error', id: message.id, message: `this peer already expects ${MAX_EXPECTED} lanes` })
      else expected.set(message.id, message.key)
      break
    case 'credit': credit(message.id, message.bytes); break
    case 'connect': dial(message); break
    case 'send': send(message.id, message.parts); break
    case 'end': endLane(message.id); break
    case 'abort': abort(message.id); break
    case 'stop': stop(); break
  }
})

function listen (host: string, wanted: number): void {
  server = createServer(accepted)
  server.on('error', err => { post({ type: 'listen-failed', message: err.message }) })
  server.listen(wanted, host, () => {
    const address = server?.address()
    post({ type: 'listening', port: typeof address === 'object' && address !== null ? address.port : 0 })
  })
}

/** An accepted connection: its hello names a lane the daemon expects, in time, or it is closed. */
function accepted (socket: Socket): void {
  if (unidentified >= MAX_UNIDENTIFIED) { socket.destroy(); return }
  unidentified++
  let head = Buffer.alloc(0)
  let identified = false
  const timer = setTimeout(() => { socket.destroy() }, HELLO_TIMEOUT_MS)
  const done = (): void => {
    if (identified) return
    identified = true
    unidentified--
    clearTimeout(timer)
  }
  socket.on('error', () => {})
  socket.on('close', done)
  const onHello = (chunk: Buffer): void => {
    head = Buffer.concat([head, chunk])
    if (head.byteLength < HELLO_BYTES) return
    socket.off('data', onHello)
    done()
    const id = laneIdHex(head.subarray(LANE_MAGIC.byteLength, HELLO_BYTES))
    const key = expected.get(id)
    if (!head.subarray(0, LANE_MAGIC.byteLength).equals(LANE_MAGIC) || key === undefined) { socket.destroy(); return }
    expected.delete(id)
    socket.write(LANE_MAGIC)
    receive(id, socket, key, head.subarray(HELLO_BYTES))
  }
  socket.on('data', onHello)
}

function receive (id: string, socket: Socket, key: Uint8Array, rest: Buffer): void {
  const lane: Receiving = { socket, opener: new FrameOpener(key), unacked: 0, paused: false, held: [], heldBytes: 0, handing: false }
  receiving.set(id, lane)
  socket.setNoDelay(true)
  const take = (chunk: Uint8Array): void => {
    let plains: Uint8Array[]
    try {
      plains = lane.opener.push(chunk)
    } catch (err) {
      fail(id, (err as Error).message)
      return
    }
    for (const plain of plains) {
      lane.held.push(plain)
      lane.heldBytes += plain.byteLength
      if (lane.heldBytes >= HAND_OVER_BYTES) handOver(id, lane)
    }
    if (lane.opener.ended) {
      handOver(id, lane)
      receiving.delete(id)
      post({ type: 'end', id })
      socket.end()
      return
    }
    // What the socket gave in this turn goes over together, once it has given all it had.
    if (lane.heldBytes > 0 && !lane.handing) {
      lane.handing = true
      setImmediate(() => {
        lane.handing = false
        if (receiving.get(id) === lane) handOver(id, lane)
      })
    }
    if (lane.unacked + lane.heldBytes > RECEIVE_WINDOW_BYTES && !lane.paused) {
      lane.paused = true
      socket.pause()
    }
  }
  socket.on('data', take)
  socket.on('close', () => { if (receiving.get(id) === lane) fail(id, 'the lane was cut before its end') })
  if (rest.byteLength > 0) take(rest)
}

/**
 * Hands the plaintext held to the daemon's thread, in one buffer of its own (moved, not copied, on
 * the way): a socket gives 64 KiB at a time, and a message and a buffer per piece (8,192 for 512 MiB)
 * cost the daemon's thread a task each and its garbage collector an object each.
 */
function handOver (id: string, lane: Receiving): void {
  if (lane.heldBytes === 0) return
  const data = lane.held.length === 1 ? transferable(lane.held[0] as Uint8Array) : concatOwn(lane.held)
  lane.held = []
  lane.heldBytes = 0
  lane.unacked += data.byteLength
  post({ type: 'data', id, data }, [data.buffer])
}

function credit (id: string, bytes: number): void {
  const lane = receiving.get(id)
  if (lane === undefined) return
  lane.unacked -= bytes
  if (lane.paused && lane.unacked <= RECEIVE_WINDOW_BYTES / 2) {
    lane.paused = false
    lane.socket.resume()
  }
}

function dial (m: Extract<ToLaneWorker, { type: 'connect' }>): void {
  const socket = connect({ host: m.host, port: m.port, ...(m.localAddress === undefined ? {} : { localAddress: m.localAddress }) })
  const lane: Sending = { socket, sealer: new FrameSealer(m.key), connected: false }
  sending.set(m.id, lane)
  const timer = setTimeout(() => { fail(m.id, `no connection to ${m.host}:${m.port} within ${CONNECT_TIMEOUT_MS} ms`) }, CONNECT_TIMEOUT_MS)
  socket.setNoDelay(true)
  socket.on('connect', () => { socket.write(Buffer.concat([LANE_MAGIC, Buffer.from(m.id, 'hex')])) })
  // The listener's answer: the only bytes it ever sends.
  let answer = Buffer.alloc(0)
  socket.on('data', (chunk: Buffer) => {
    answer = Buffer.concat([answer, chunk])
    if (answer.byteLength < LANE_MAGIC.byteLength) return
    if (lane.connected || answer.byteLength > LANE_MAGIC.byteLength || !answer.equals(LANE_MAGIC)) { fail(m.id, 'the lane\'s listener answered with bytes that are not a lane\'s'); return }
    clearTimeout(timer)
    lane.connected = true
    post({ type: 'connected', id: m.id })
  })
  socket.on('error', err => { clearTimeout(timer); fail(m.id, err.message) })
  socket.on('close', () => { clearTimeout(timer); if (sending.get(m.id) === lane) fail(m.id, 'the lane was cut') })
}

function send (id: string, parts: Uint8Array[]): void {
  const lane = sending.get(id)
  if (lane === undefined || !lane.connected) return
  const bytes = parts.reduce((n, p) => n + p.byteLength, 0)
  let sealed: Buffer[]
  try {
    sealed = lane.sealer.seal(parts)
  } catch (err) {
    fail(id, (err as Error).message)
    return
  }
  lane.socket.cork()
  sealed.forEach((buffer, i) => {
    if (i < sealed.length - 1) lane.socket.write(buffer)
    else lane.socket.write(buffer, () => { post({ type: 'sent', id, bytes }) })
  })
  lane.socket.uncork()
}

function endLane (id: string): void {
  const lane = sending.get(id)
  if (lane === undefined) return
  sending.delete(id)
  for (const buffer of lane.sealer.end()) lane.socket.write(buffer)
  lane.socket.end()
}

function abort (id: string): void {
  expected.delete(id)
  const lane = sending.get(id) ?? receiving.get(id)
  sending.delete(id)
  receiving.delete(id)
  lane?.socket.destroy()
}

function fail (id: string, message: string): void {
  const lane = sending.get(id) ?? receiving.get(id)
  if (lane === undefined) return
  sending.delete(id)
  receiving.delete(id)
  lane.socket.destroy()
  post({ type: 'error', id, message })
}

function stop (): void {
  for (const id of [...sending.keys(), ...receiving.keys()]) abort(id)
  expected.clear()
  server?.close()
  port?.close()
}
