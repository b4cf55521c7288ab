// The stream muxer: yamux, with a wide initial window between daemons of this version.
//
// yamux starts every stream with a 256 KiB window and doubles it only while window updates come
// back within four of the connection's round trips. libp2p measures that round trip with a ping
// every 30 s, in whole milliseconds, so on a quiet LAN (or loopback) it reads 0–1 ms and a new
// stream's window seldom grows: a migration's stream then moved ~110–150 MB/s where one opened
// just after a busy connection start moved ~200 (bench:migration, stop 27: stop-and-copy of 64 MiB
// 330 ms in its first two reps, ~570 ms after). A 4 MiB window from the start fills the link at
// once. Both ends must count with the same window (yamux assumes the peer's is its own), so the
// wide variant has a protocol id of its own: two daemons of this version pick it, and anyone else
// (an older daemon, a stock js-libp2p node) gets plain yamux, as before.
import type { MessageStream, StreamMuxer, StreamMuxerFactory } from '@libp2p/interface'
import { yamux } from '@libp2p/yamux'

export const WIDE_YAMUX_PROTOCOL = '/supercloud/yamux-4m/1.0.0'
/** The initial window of every stream on a wide connection (yamux's default: 256 KiB). */
export const WIDE_WINDOW_BYTES = 4 << 20

/** Wide yamux first, plain yamux for every other peer. */
export function streamMuxers (): Array<() => StreamMuxerFactory> {
  return [wideYamux(), yamux()]
}

function wideYamux (): () => StreamMuxerFactory {
  const make = yamux({ streamOptions: { initialStreamWindowSize: WIDE_WINDOW_BYTES } })
  return () => {
    const inner = make()
    return {
      protocol: WIDE_YAMUX_PROTOCOL,
      createStreamMuxer: (maConn: MessageStream): StreamMuxer => {
        const muxer = inner.createStreamMuxer(maConn)
        // The connection reports its muxer by this name (`multiplexer`).
        muxer.protocol = WIDE_YAMUX_PROTOCOL
        return muxer
      }
    }
  }
}
