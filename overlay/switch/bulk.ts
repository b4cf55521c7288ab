// Bulk frames through the switch, to measure it (bench:switch): a host port sends UDP datagrams to
// the discard port of an address on its VNet, as fast as the tunnels carry them, and the host port
// holding that address counts what arrives. Frames are made and counted inside the daemons, so the
// API and the CLI are not what is measured. Reached only through the API of a peer that runs with
// failpoints (testing) on.
import { ETHERTYPE_IPV4, ETH_HEADER, IP_PROTO_UDP, ipBytes, udpFrame } from './frames.js'
import type { SwitchPort } from './switch.js'

/** UDP discard (RFC 863): where bulk frames go, so that a guest at the address ignores them too. */
export const DISCARD_PORT = 9
/** Source port of bulk frames (an ephemeral port). */
export const BULK_SOURCE_PORT = 49_152
/** Frames handed to the switch per call, as a NIC hands over what it has at once. */
export const BULK_BURST_FRAMES = 64
/** Most frames one request may send: at 1,500 bytes, 15 GB. */
export const MAX_BULK_FRAMES = 10_000_000

export interface BulkSendOptions {
  frames: number
  /** Bytes per frame, Ethernet header included. */
  frameBytes: number
  signal?: AbortSignal
}

export interface BulkSendResult {
  /** Frames handed to the switch. */
  sent: number
  /** From the first frame handed over to the last. */
  ms: number
}

export interface BulkCounts {
  frames: number
  bytes: number
  /** Between the first and the last frame counted, on this peer's clock. */
  ms: number
  framesPerSec: number | null
  /** Megabits per second of frame bytes (Ethernet header included). */
  mbps: number | null
}

/** Counts the bulk frames that reach one address. */
export class BulkSink {
  private readonly ip: Uint8Array
  private frames = 0
  private bytes = 0
  private firstAt = 0
  private lastAt = 0

  constructor (ip: string) {
    this.ip = ipBytes(ip)
  }

  reset (): void {
    this.frames = 0
    this.bytes = 0
    this.firstAt = 0
    this.lastAt = 0
  }

  /** Counts `frame` if it is a UDP datagram to this address's discard port; says whether it was. */
  take (frame: Uint8Array, now: number): boolean {
    if (frame.byteLength < ETH_HEADER + 28 || frame[12] !== ETHERTYPE_IPV4 >> 8 || frame[13] !== (ETHERTYPE_IPV4 & 0xff)) return false
    const ihl = ((frame[ETH_HEADER] ?? 0) & 0x0f) * 4
    const udp = ETH_HEADER + ihl
    if (frame[ETH_HEADER + 9] !== IP_PROTO_UDP || ihl < 20 || frame.byteLength < udp + 8) return false
    for (let i = 0; i < 4; i++) if (frame[ETH_HEADER + 16 + i] !== this.ip[i]) return false
    if ((((frame[udp + 2] ?? 0) << 8) | (frame[udp + 3] ?? 0)) !== DISCARD_PORT) return false
    if (this.frames === 0) this.firstAt = now
    this.lastAt = now
    this.frames++
    this.bytes += frame.byteLength
    return true
  }

  counts (): BulkCounts {
    const ms = this.lastAt - this.firstAt
    // Rates over the intervals between frames: the first frame only starts the clock.
    const seconds = ms / 1000
    const framesPerSec = this.frames > 1 && seconds > 0 ? (this.frames - 1) / seconds : null
    const mbps = framesPerSec === null ? null : framesPerSec * (this.bytes / this.frames) * 8 / 1e6
    return { frames: this.frames, bytes: this.bytes, ms: round3(ms), framesPerSec: round1(framesPerSec), mbps: round1(mbps) }
  }
}

/**
 * Sends `options.frames` UDP frames from `from` (MAC and address) to `to` through `port`, in bursts,
 * waiting for the tunnels to have room before each burst. Every frame is a fresh buffer, as frames
 * from a NIC are; its first payload bytes number it.
 */
export async function sendBulk (port: SwitchPort, from: { mac: string, ip: string }, to: { mac: string, ip: string },
  options: BulkSendOptions): Promise<BulkSendResult> {
  const template = udpFrame(to.mac, from.mac, from.ip, to.ip, BULK_SOURCE_PORT, DISCARD_PORT, 0, options.frameBytes)
  const seqAt = ETH_HEADER + 20 + 8
  const started = performance.now()
  let sent = 0
  while (sent < options.frames) {
    await port.whenRoom(options.signal)
    options.signal?.throwIfAborted()
    const burst: Uint8Array[] = []
    for (let i = 0; i < BULK_BURST_FRAMES && sent < options.frames; i++, sent++) {
      // From Node's buffer pool: a NIC's frames come in batches of small buffers too.
      const frame = Buffer.allocUnsafe(template.byteLength)
      frame.set(template)
      frame[seqAt] = sent >>> 24
      frame[seqAt + 1] = (sent >>> 16) & 0xff
      frame[seqAt + 2] = (sent >>> 8) & 0xff
      frame[seqAt + 3] = sent & 0xff
      burst.push(frame)
    }
    port.send(burst)
    // Let the tunnels flush between bursts when the queue has room (whenRoom resolves at once).
    if (sent % (BULK_BURST_FRAMES * 16) === 0) await new Promise(resolve => setImmediate(resolve))
  }
  return { sent, ms: round3(performance.now() - started) }
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000
const round1 = (x: number | null): number | null => x === null ? null : Math.round(x * 10) / 10
