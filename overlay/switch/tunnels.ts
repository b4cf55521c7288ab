// Tunnels: one libp2p stream per pair of peers, carrying Ethernet frames of every VNet tagged with
// the VNet id, batched into messages of up to 64 KiB (one noise message each; batches of up to
// 256 KiB from older peers are read). Whoever has a frame for a peer first dials; an inbound tunnel
// is used both ways. Queues are bounded (a stalled peer loses frames, not memory)
// and every message read is bounded; a malformed batch is dropped and counted, a malformed stream
// closed; the daemon carries on.
import type { Connection, Libp2p, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from '../core/log.js'
import type { Membership } from '../membership/membership.js'
import { LpReader } from '../wire/lp-reader.js'
import { decodeBatch, encodeBatch } from './tunnel-codec.js'
import { drop, newCounters, type FrameCounters } from './counters.js'
import { DIAL_TIMEOUT_MS, MAX_BATCH_BYTES, MAX_BATCH_READ_BYTES, MAX_CONTROL, MAX_QUEUE_BYTES, MAX_QUEUE_FRAMES, REDIAL_MS, ROOM_FRACTION, TUNNEL_PROTOCOL } from './constants.js'

export interface TunnelFrame { vnet: number, frame: Uint8Array }

/** What a frame may cost in a batch beyond its bytes (tags and lengths: ~10 for a 1,500-byte frame), counted generously. */
const FRAME_OVERHEAD_BYTES = 16

export interface TunnelsComponents {
  libp2p: Libp2p
  membership: Membership
  log: Logger
}

export interface TunnelCounters extends FrameCounters {
  batchesIn: number
  batchesOut: number
}

/** Frames that arrived from `peer`, and the signed inventories that came ahead of them. */
export type TunnelReceiver = (peer: string, frames: TunnelFrame[], counters: TunnelCounters, inventories: Uint8Array[]) => void

class Tunnel {
  out: Stream | undefined
  readonly streams = new Set<Stream>()
  queue: TunnelFrame[] = []
  queuedBytes = 0
  /** Control messages (signed inventories) for the next batch, ahead of its frames. */
  control: Uint8Array[] = []
  flushing = false
  dialing: Promise<void> | undefined
  lastDialFailure = 0
  /** Sources waiting for the queue to fall below ROOM_FRACTION of its caps (see whenRoom). */
  readonly roomWaiters = new Set<() => void>()
  readonly counters: TunnelCounters = { ...newCounters(), batchesIn: 0, batchesOut: 0 }

  constructor (readonly peer: string) {}
}

export class Tunnels {
  private readonly tunnels = new Map<string, Tunnel>()
  private stopped = false

  constructor (private readonly components: TunnelsComponents, private readonly receive: TunnelReceiver) {}

  async start (): Promise<void> {
    await this.components.libp2p.handle(TUNNEL_PROTOCOL, (stream, connection) => { this.accept(stream, connection) })
  }

  async stop (): Promise<void> {
    this.stopped = true
    await this.components.libp2p.unhandle(TUNNEL_PROTOCOL).catch(() => {})
    for (const t of this.tunnels.values()) {
      for (const s of t.streams) s.abort(new Error('switch stopping'))
      this.wakeIfRoom(t)
    }
    this.tunnels.clear()
  }

  /** Queues a frame for `peer`; it leaves in the next batch. */
  send (peer: string, vnet: number, frame: Uint8Array): void {
    const t = this.tunnel(peer)
    if (t.queue.length >= MAX_QUEUE_FRAMES || t.queuedBytes + frame.byteLength > MAX_QUEUE_BYTES) {
      drop(t.counters, 'queueFull')
      return
    }
    t.queue.push({ vnet, frame })
    t.queuedBytes += frame.byteLength
    this.schedule(t)
  }

  /**
   * Resolves once the queue for `peer` is below ROOM_FRACTION of its caps (at once if it is), so
   * that a source able to wait sends no faster than the tunnel carries. Rejects when `signal` aborts.
   */
  async whenRoom (peer: string, signal?: AbortSignal): Promise<void> {
    const t = this.tunnels.get(peer)
    if (t === undefined || hasRoom(t) || this.stopped) return
    signal?.throwIfAborted()
    await new Promise<void>((resolve, reject) => {
      const wake = (): void => { signal?.removeEventListener('abort', onAbort); resolve() }
      const onAbort = (): void => { t.roomWaiters.delete(wake); reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted')) }
      t.roomWaiters.add(wake)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  private wakeIfRoom (t: Tunnel): void {
    if (t.roomWaiters.size === 0 || !(hasRoom(t) || this.stopped)) return
    const waiters = [...t.roomWaiters]
    t.roomWaiters.clear()
    for (const wake of waiters) wake()
  }

  private schedule (t: Tunnel): void {
    if (t.flushing) return
    t.flushing = true
    setImmediate(() => { void this.flush(t) })
  }

  /** Queues a signed inventory for `peer`: it leaves ahead of the frames of the next batch. */
  sendControl (peer: string, bytes: Uint8Array): void {
    const t = this.tunnel(peer)
    if (t.control.length >= MAX_CONTROL) t.control.shift()
    t.control.push(bytes)
    this.schedule(t)
  }

  stats (): Array<{ peer: string, counters: TunnelCounters }> {
    return [...this.tunnels.values()].map(t => ({ peer: t.peer, counters: t.counters }))
  }

  private tunnel (peer: string): Tunnel {
    let t = this.tunnels.get(peer)
    if (t === undefined) {
      t = new Tunnel(peer)
      this.tunnels.set(peer, t)
    }
    return t
  }

  private accept (stream: Stream, connection: Connection): void {
    const peer = connection.remotePeer.toString()
    try {
      this.components.membership.assertMember(connection.remotePeer)
    } catch (err) {
      this.components.log.warn({ peer }, 'refused a tunnel from a non-member')
      stream.abort(err as Error)
      return
    }
    const t = this.tunnel(peer)
    this.adopt(t, stream)
  }

  private adopt (t: Tunnel, stream: Stream): void {
    t.streams.add(stream)
    t.out ??= stream
    void this.read(t, stream)
  }

  private async read (t: Tunnel, stream: Stream): Promise<void> {
    const reader = new LpReader(stream, MAX_BATCH_READ_BYTES)
    try {
      for (;;) {
        const message = await reader.next()
        if (message === undefined) break
        let batch
        try {
          batch = decodeBatch(message, MAX_CONTROL)
        } catch {
          drop(t.counters, 'malformed')
          continue
        }
        t.counters.batchesIn++
        if (batch.malformed > 0) drop(t.counters, 'malformed', batch.malformed)
        this.receive(t.peer, batch.frames, t.counters, batch.inventories)
      }
    } catch (err) {
      drop(t.counters, 'brokenStream')
      this.components.log.info({ peer: t.peer, err: (err as Error).message }, 'tunnel stream failed')
      stream.abort(err instanceof Error ? err : new Error(String(err)))
    } finally {
      t.streams.delete(stream)
      if (t.out === stream) t.out = [...t.streams][0]
    }
  }

  private async ensureStream (t: Tunnel): Promise<Stream | undefined> {
    if (t.out !== undefined) return t.out
    if (Date.now() - t.lastDialFailure < REDIAL_MS) return undefined
    t.dialing ??= (async () => {
      try {
        const stream = await this.components.libp2p.dialProtocol(peerIdFromString(t.peer), TUNNEL_PROTOCOL, { signal: AbortSignal.timeout(DIAL_TIMEOUT_MS) })
        this.adopt(t, stream)
        t.out = stream
      } catch (err) {
        t.lastDialFailure = Date.now()
        this.components.log.debug({ peer: t.peer, err: (err as Error).message }, 'tunnel dial failed')
      } finally {
        t.dialing = undefined
      }
    })()
    await t.dialing
    return t.out
  }

  /** Sends everything queued, in batches of at most MAX_BATCH_BYTES, waiting for the stream to drain. */
  private async flush (t: Tunnel): Promise<void> {
    try {
      while ((t.queue.length > 0 || t.control.length > 0) && !this.stopped) {
        const stream = await this.ensureStream(t)
        if (stream === undefined) {
          drop(t.counters, 'noRoute', t.queue.length)
          t.queue = []
          t.queuedBytes = 0
          t.control = []
          this.wakeIfRoom(t)
          return
        }
        const inventories = t.control
        t.control = []
        let bytes = 0
        let n = 0
        for (; n < t.queue.length; n++) {
          const size = (t.queue[n]?.frame.byteLength ?? 0) + FRAME_OVERHEAD_BYTES
          if (bytes + size > MAX_BATCH_BYTES) break
          bytes += size
        }
        // One splice per batch: shifting frame by frame moved the rest of the queue each time.
        const frames = t.queue.splice(0, n)
        let frameBytes = 0
        for (const f of frames) frameBytes += f.frame.byteLength
        t.queuedBytes -= frameBytes
        this.wakeIfRoom(t)
        const message = encodeBatch(frames, inventories)
        t.counters.batchesOut++
        t.counters.framesOut += frames.length
        t.counters.bytesOut += frameBytes
        try {
          if (!stream.send(message)) await stream.onDrain({ signal: AbortSignal.timeout(DIAL_TIMEOUT_MS) })
        } catch (err) {
          drop(t.counters, 'sendFailed', frames.length)
          stream.abort(err instanceof Error ? err : new Error(String(err)))
          t.streams.delete(stream)
          if (t.out === stream) t.out = [...t.streams][0]
        }
      }
    } finally {
      t.flushing = false
      if ((t.queue.length > 0 || t.control.length > 0) && !this.stopped) this.schedule(t)
    }
  }
}

function hasRoom (t: Tunnel): boolean {
  return t.queue.length <= MAX_QUEUE_FRAMES * ROOM_FRACTION && t.queuedBytes <= MAX_QUEUE_BYTES * ROOM_FRACTION
}
