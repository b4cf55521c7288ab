// The daemon's side of its lane worker (worker.ts): lanes it expects as a destination, lanes it
// opens as a source. An inbound lane is an async iterable of plaintext chunks (an LpReader reads
// it like a stream); an outbound lane takes what a libp2p stream's `send`/`onDrain` take, so the
// migration's writers need not know which one carries their bytes.
import { randomBytes } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import type { Uint8ArrayList } from 'uint8arraylist'
import type { Logger } from '../core/log.js'
import { raceSignal } from '../wire/lp-reader.js'
import { LANE_ID_BYTES, LANE_KEY_BYTES, SEND_HIGH_WATER_BYTES, laneIdHex, type FromLaneWorker, type ToLaneWorker } from './protocol.js'

export class LaneError extends Error {
  override readonly name = 'LaneError'
}

export interface LanesInit {
  /** dist's lane worker (worker.js): the caller knows where the package's files are. */
  workerUrl: URL
  /** Address and port to listen on for lanes to this peer; port 0 picks a free one. */
  host: string
  port: number
  /** The port other peers reach the listener at (a relay or NAT in front of it); 0: as bound. */
  announcePort?: number
  /** Source address for lanes this peer dials (the testnet's link layer tells peers apart by it). */
  dialFrom?: string
  log: Logger
}

/** A new lane's secret parts, chosen by its source. */
export interface LaneTicket { id: Uint8Array, key: Uint8Array }

export function newLaneTicket (): LaneTicket {
  return { id: randomBytes(LANE_ID_BYTES), key: randomBytes(LANE_KEY_BYTES) }
}

interface LaneEvents { onMessage: (m: FromLaneWorker) => void }

export class Lanes {
  private readonly lanes = new Map<string, LaneEvents>()
  private worker: Worker | undefined
  /** The port bound, once started. */
  port = 0

  constructor (private readonly init: LanesInit) {}

  /** Starts the worker and its listener. */
  async start (): Promise<void> {
    const worker = new Worker(this.init.workerUrl)
    worker.unref()
    this.port = await new Promise<number>((resolve, reject) => {
      worker.once('error', reject)
      worker.on('message', (m: FromLaneWorker) => {
        if (m.type === 'listening') resolve(m.port)
        if (m.type === 'listen-failed') reject(new LaneError(`lanes cannot listen on ${this.init.host}:${this.init.port}: ${m.message}`))
      })
      worker.postMessage({ type: 'listen', host: this.init.host, port: this.init.port } satisfies ToLaneWorker)
    }).catch(async err => { await worker.terminate(); throw err })
    worker.on('message', (m: FromLaneWorker) => {
      if (m.type === 'warn') this.init.log.warn(m.message)
      else if ('id' in m) this.lanes.get(m.id)?.onMessage(m)
    })
    // A worker that fails takes its lanes with it, never the daemon: migrations go on their streams.
    worker.on('error', err => { this.init.log.error({ err }, 'the lane worker failed: migrations go on their streams') })
    worker.on('exit', () => { if (this.worker === worker) this.gone('the lane worker exited') })
    this.worker = worker
    this.init.log.info({ host: this.init.host, port: this.port, announcePort: this.announcePort }, 'lanes listening')
  }

  /** Started and not stopped: lanes can be expected and dialed. */
  get running (): boolean {
    return this.worker !== undefined
  }

  /** The port a source dials for lanes to this peer. */
  get announcePort (): number {
    return this.init.announcePort !== undefined && this.init.announcePort > 0 ? this.init.announcePort : this.port
  }

  /** A lane a source will dial: it must say `ticket.id` and seal with `ticket.key`. */
  expect (ticket: LaneTicket): InboundLane {
    this.assertRunning()
    const id = laneIdHex(ticket.id)
    const lane = new InboundLane(id, m => { this.post(m) }, () => { this.lanes.delete(id) })
    this.lanes.set(id, lane)
    this.post({ type: 'expect', id, key: ticket.key })
    return lane
  }

  /** Dials the lane of `ticket` to `host`:`port`; rejects when it does not connect within CONNECT_TIMEOUT_MS. */
  async connect (ticket: LaneTicket, host: string, port: number, signal: AbortSignal): Promise<OutboundLane> {
    this.assertRunning()
    const id = laneIdHex(ticket.id)
    const lane = new OutboundLane(id, m => { this.post(m) }, () => { this.lanes.delete(id) })
    this.lanes.set(id, lane)
    this.post({ type: 'connect', id, key: ticket.key, host, port, ...(this.init.dialFrom === undefined || this.init.dialFrom === '' ? {} : { localAddress: this.init.dialFrom }) })
    try {
      await raceSignal(lane.connected, signal)
    } catch (err) {
      lane.abort()
      throw err
    }
    return lane
  }

  async stop (): Promise<void> {
    const worker = this.worker
    if (worker === undefined) return
    this.gone('this peer is stopping')
    worker.postMessage({ type: 'stop' } satisfies ToLaneWorker)
    await worker.terminate()
  }

  /** No worker from now on: every lane fails, and no new one is taken or dialed. */
  private gone (why: string): void {
    this.worker = undefined
    for (const lane of this.lanes.values()) lane.onMessage({ type: 'error', id: '', message: why })
  }

  /** To the worker; dropped once stopped (its lanes are gone with it). */
  private post (m: ToLaneWorker, transfer: ArrayBuffer[] = []): void {
    this.worker?.postMessage(m, transfer)
  }

  private assertRunning (): void {
    if (this.worker === undefined) throw new LaneError('lanes are not running')
  }
}

type Post = (m: ToLaneWorker, transfer?: ArrayBuffer[]) => void

/** A lane arriving: its plaintext, in the chunks it was sealed in. */
export class InboundLane implements AsyncIterable<Uint8Array>, LaneEvents {
  private readonly chunks: Uint8Array[] = []
  private waiter: (() => void) | undefined
  private ended = false
  private error: Error | undefined

  constructor (private readonly id: string, private readonly post: Post, private readonly forget: () => void) {}

  onMessage (m: FromLaneWorker): void {
    if (m.type === 'data') this.chunks.push(m.data)
    else if (m.type === 'end') this.finish()
    else if (m.type === 'error') this.finish(new LaneError(`lane: ${m.message}`))
    this.waiter?.()
  }

  async * [Symbol.asyncIterator] (): AsyncGenerator<Uint8Array> {
    for (;;) {
      const chunk = this.chunks.shift()
      if (chunk !== undefined) {
        this.post({ type: 'credit', id: this.id, bytes: chunk.byteLength })
        yield chunk
        continue
      }
      if (this.error !== undefined) throw this.error
      if (this.ended) return
      await new Promise<void>(resolve => { this.waiter = resolve })
      this.waiter = undefined
    }
  }

  /** No longer wanted (the migration ended, or chose its stream): the worker forgets it. */
  abort (): void {
    if (!this.ended) this.post({ type: 'abort', id: this.id })
    this.finish(new LaneError('lane closed'))
  }

  private finish (error?: Error): void {
    if (this.ended) return
    this.ended = true
    this.error = error
    this.forget()
  }
}

/** A lane leaving: `send` and `onDrain` as a libp2p stream has them. */
export class OutboundLane implements LaneEvents {
  readonly connected: Promise<void>
  private onConnected!: () => void
  private onFailed!: (err: Error) => void
  private queued = 0
  private error: Error | undefined
  private drained: Array<() => void> = []
  private closed = false

  constructor (private readonly id: string, private readonly post: Post, private readonly forget: () => void) {
    this.connected = new Promise((resolve, reject) => { this.onConnected = resolve; this.onFailed = reject })
    this.connected.catch(() => {})
  }

  onMessage (m: FromLaneWorker): void {
    if (m.type === 'connected') this.onConnected()
    else if (m.type === 'sent') this.queued -= m.bytes
    else if (m.type === 'error') this.fail(new LaneError(`lane: ${m.message}`))
    if (this.error !== undefined || this.queued < SEND_HIGH_WATER_BYTES) {
      const drained = this.drained
      this.drained = []
      for (const resolve of drained) resolve()
    }
  }

  /** Queues bytes for the lane; false when the caller should wait for `onDrain`. */
  send (data: Uint8Array | Uint8ArrayList): boolean {
    this.assertUsable()
    if (this.closed) throw new LaneError('lane already ended')
    const transfer: ArrayBuffer[] = []
    // Views of shared memory (a migration's shadow of guest RAM) go as they are; other bytes are
    // copied to memory of their own, so that no larger buffer around them is cloned as well.
    const parts = (data instanceof Uint8Array ? [data] : [...data]).map(part => {
      if (part.buffer instanceof SharedArrayBuffer) return part
      const own = Uint8Array.prototype.slice.call(part)
      transfer.push(own.buffer)
      return own
    })
    const bytes = parts.reduce((n: number, p: Uint8Array) => n + p.byteLength, 0)
    if (bytes === 0) return this.queued < SEND_HIGH_WATER_BYTES
    this.queued += bytes
    this.post({ type: 'send', id: this.id, parts }, transfer)
    return this.queued < SEND_HIGH_WATER_BYTES
  }

  async onDrain (options: { signal?: AbortSignal } = {}): Promise<void> {
    this.assertUsable()
    if (this.queued < SEND_HIGH_WATER_BYTES) return
    await raceSignal(new Promise<void>(resolve => { this.drained.push(resolve) }), options.signal)
    this.assertUsable()
  }

  private assertUsable (): void {
    if (this.error !== undefined) throw this.error
  }

  /** The sender's end, after everything queued. */
  end (): void {
    if (this.closed || this.error !== undefined) return
    this.closed = true
    this.post({ type: 'end', id: this.id })
    this.forget()
  }

  abort (): void {
    if (this.error === undefined && !this.closed) this.post({ type: 'abort', id: this.id })
    this.fail(new LaneError('lane aborted'))
  }

  private fail (err: Error): void {
    if (this.error !== undefined) return
    this.error = err
    this.onFailed(err)
    this.forget()
  }
}
