// One raw libp2p stream between two daemons, on the same connection (protector, noise, yamux) the
// switch's tunnel uses: what the libp2p stack carries without the switch, for bench:switch to set
// the switch's bulk throughput against. Bench-only: its protocol is handled only on a daemon that
// runs with failpoints (testing) on, only once its API armed it, and only for members.
import type { Libp2p, PeerId, Stream } from '@libp2p/interface'
import { randomBytes } from 'node:crypto'
import type { Logger } from '../log.js'
import { protocolId } from '../version.js'
import { FailpointsDisabledError } from '../failpoints.js'
import { MAX_BATCH_BYTES } from '../../overlay/switch/constants.js'

export const BENCH_STREAM_PROTOCOL = protocolId('bench-stream')
/** Longest a bench stream may last, either side: it is cut after this. */
export const BENCH_STREAM_MAX_MS = 120_000
/** Most bytes one bench stream may carry (16 GB). */
export const BENCH_STREAM_MAX_BYTES = 16e9
/** Bytes per send: a full tunnel batch, so both paths hand libp2p the same size of write. */
export const BENCH_STREAM_CHUNK_BYTES = MAX_BATCH_BYTES

export interface BenchStreamsComponents {
  libp2p: Libp2p
  /** Throws for a peer that is not a member of the cloud. */
  assertMember: (peer: PeerId) => void
  log: Logger
  /** The daemon runs with failpoints on (a testing peer). */
  enabled: boolean
}

export interface BenchStreamCounts {
  bytes: number
  /** Between the first and the last chunk read, on this peer's clock. */
  ms: number
  /** Megabits per second, over the chunks after the first. */
  mbps: number | null
}

export class BenchStreams {
  private armed = false
  private bytes = 0
  private firstBytes = 0
  private firstAt = 0
  private lastAt = 0

  constructor (private readonly c: BenchStreamsComponents) {}

  /** Starts accepting bench streams (once) and zeroes the counts. */
  async arm (): Promise<BenchStreamCounts> {
    this.assertEnabled()
    if (!this.armed) {
      await this.c.libp2p.handle(BENCH_STREAM_PROTOCOL, (stream, connection) => { void this.receive(stream, connection.remotePeer) }, { maxInboundStreams: 1 })
      this.armed = true
    }
    this.bytes = 0
    this.firstAt = 0
    this.lastAt = 0
    return this.counts()
  }

  counts (): BenchStreamCounts {
    this.assertEnabled()
    const ms = this.lastAt - this.firstAt
    const mbps = ms > 0 ? (this.bytes - this.firstBytes) * 8 / 1e6 / (ms / 1000) : null
    return { bytes: this.bytes, ms: Math.round(ms * 1000) / 1000, mbps: mbps === null ? null : Math.round(mbps * 10) / 10 }
  }

  /** Sends `bytes` to `peer` on one stream as fast as it takes them, and closes it. */
  async send (peer: PeerId, bytes: number, options: { signal?: AbortSignal } = {}): Promise<{ sent: number, ms: number }> {
    this.assertEnabled()
    const signal = AbortSignal.any([AbortSignal.timeout(BENCH_STREAM_MAX_MS), ...(options.signal === undefined ? [] : [options.signal])])
    const stream = await this.c.libp2p.dialProtocol(peer, BENCH_STREAM_PROTOCOL, { signal })
    const chunk = randomBytes(BENCH_STREAM_CHUNK_BYTES)
    const started = performance.now()
    let sent = 0
    try {
      while (sent < bytes) {
        const piece = bytes - sent >= chunk.byteLength ? chunk : chunk.subarray(0, bytes - sent)
        sent += piece.byteLength
        if (!stream.send(piece)) await stream.onDrain({ signal })
      }
      await stream.close({ signal })
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
    return { sent, ms: Math.round((performance.now() - started) * 1000) / 1000 }
  }

  private async receive (stream: Stream, peer: PeerId): Promise<void> {
    try {
      this.c.assertMember(peer)
    } catch (err) {
      stream.abort(err as Error)
      return
    }
    const timer = setTimeout(() => { stream.abort(new Error(`bench stream longer than ${BENCH_STREAM_MAX_MS} ms`)) }, BENCH_STREAM_MAX_MS)
    let carried = 0
    try {
      for await (const chunk of stream) {
        const now = performance.now()
        if (this.bytes === 0) {
          this.firstAt = now
          this.firstBytes = chunk.byteLength
        }
        this.lastAt = now
        this.bytes += chunk.byteLength
        carried += chunk.byteLength
        if (carried > BENCH_STREAM_MAX_BYTES) throw new Error(`bench stream over ${BENCH_STREAM_MAX_BYTES} bytes`)
      }
      await stream.close()
    } catch (err) {
      this.c.log.info({ peer: peer.toString(), err: (err as Error).message }, 'bench stream failed')
      stream.abort(err instanceof Error ? err : new Error(String(err)))
    } finally {
      clearTimeout(timer)
    }
  }

  /** Throws unless this daemon is a testing peer (failpoints on). */
  assertEnabled (): void {
    if (!this.c.enabled) throw new FailpointsDisabledError('bench routes are off on this peer (testing peers only: start it with the failpoints option)')
  }
}
