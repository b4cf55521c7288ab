// A bulk stream's receive window. yamux starts every stream at 256 KiB and doubles it only while
// window updates come back within four of the connection's round trips, which yamux measures
// with its own keep-alive ping every 30 s in whole milliseconds: on a quiet LAN (or loopback) that
// reads 0–1 ms, and a new stream's window seldom grows. A migration's stream then moved ~110–150 MB/s where one
// opened just after a busy connection start moved ~200 (bench:migration, stop 27: stop-and-copy of
// 64 MiB 330 ms in its first two reps, ~570 ms after). The receiver of a bulk stream grants the
// window it wants at once: a yamux window update, which any yamux peer takes (the protocol lets a
// receiver raise its window whenever it likes), so nothing on the wire changes version. Only this
// stream's window grows; a VNet tunnel's, a checkpoint's and every other stay as yamux keeps them.
import type { Stream } from '@libp2p/interface'

/** What the grant touches of @libp2p/yamux's stream (8.x): its receive window and its update. */
interface YamuxWindow {
  recvWindow: number
  maxStreamWindowSize: number
  sendWindowUpdate: () => void
}

function isYamuxWindow (stream: unknown): stream is YamuxWindow {
  const s = stream as Partial<Record<keyof YamuxWindow, unknown>>
  return typeof s.recvWindow === 'number' && typeof s.maxStreamWindowSize === 'number' && typeof s.sendWindowUpdate === 'function'
}

/**
 * Lets the sender of `stream` have up to `bytes` in flight (at most yamux's maximum window, 16 MiB).
 * What a reader holds is bounded as before: libp2p's stream iterator queues what arrives either way.
 * False when the stream is not a yamux stream (another muxer keeps its own flow control).
 */
export function grantReceiveWindow (stream: Stream, bytes: number): boolean {
  if (!isYamuxWindow(stream)) return false
  const wanted = Math.min(bytes, stream.maxStreamWindowSize)
  if (stream.recvWindow >= wanted) return true
  stream.recvWindow = wanted
  stream.sendWindowUpdate()
  return true
}
