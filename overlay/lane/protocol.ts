// A bulk lane: one TCP connection, owned by a worker thread at each end, that carries one
// migration's bytes from source to destination outside the libp2p stream (whose crypto, noise over
// the private network's XSalsa20, runs on the daemon's main thread in 64 KiB pieces). The lane's
// key and id are chosen by the source and travel inside the migration's libp2p stream (noise inside
// the private network): only that stream's two ends know them.
//
// On the wire, after the dialer's hello (MAGIC, the 16-byte lane id) and the listener's answer
// (MAGIC again: it expected that lane, and took it; the dialer counts the lane connected only then,
// so that a relay or middlebox that accepts and then resets is a lane never had), frames of
//   u32 big-endian plaintext length L · AES-256-GCM ciphertext (L bytes) · 16-byte tag,
// the length authenticated as associated data, the nonce a counter (frames cannot be dropped,
// replayed or reordered without failing their tag). L = 0 is the sender's end: a lane whose socket
// closes without it was cut.

export const LANE_MAGIC = Uint8Array.from([0x53, 0x43, 0x4c, 0x01]) // "SCL" version 1
export const LANE_ID_BYTES = 16
export const LANE_KEY_BYTES = 32
export const HELLO_BYTES = LANE_MAGIC.byteLength + LANE_ID_BYTES
export const FRAME_HEAD_BYTES = 4
export const TAG_BYTES = 16
/** The largest frame's plaintext: one migration message (MAX_MESSAGE_BYTES) and its prefix. */
export const MAX_FRAME_BYTES = (8 << 20) + 16
/** Plaintext a receiving worker hands over before the reader takes it: the socket pauses beyond. */
export const RECEIVE_WINDOW_BYTES = 16 << 20
/** A receiving lane hands its plaintext to the daemon in pieces of up to about this (worker.ts handOver). */
export const HAND_OVER_BYTES = 1 << 20
/** Bytes a sender queues in its worker before `send` says wait. */
export const SEND_HIGH_WATER_BYTES = 8 << 20
/** A dialed lane connects, and an accepted one says hello, within this. */
export const CONNECT_TIMEOUT_MS = 1_500
export const HELLO_TIMEOUT_MS = 5_000
/** Connections accepted that have not said hello yet: more are closed at once. */
export const MAX_UNIDENTIFIED = 32
/** Lanes a destination expects at once (one per incoming migration). */
export const MAX_EXPECTED = 256

/** What the daemon asks of its lane worker. */
export type ToLaneWorker =
  | { type: 'listen', host: string, port: number }
  | { type: 'expect', id: string, key: Uint8Array }
  | { type: 'credit', id: string, bytes: number }
  | { type: 'connect', id: string, key: Uint8Array, host: string, port: number, localAddress?: string }
  | { type: 'send', id: string, parts: Uint8Array[] }
  | { type: 'end', id: string }
  | { type: 'abort', id: string }
  | { type: 'stop' }

/** What the lane worker tells the daemon. */
export type FromLaneWorker =
  | { type: 'listening', port: number }
  | { type: 'listen-failed', message: string }
  | { type: 'connected', id: string }
  | { type: 'sent', id: string, bytes: number }
  | { type: 'data', id: string, data: Uint8Array }
  | { type: 'end', id: string }
  | { type: 'error', id: string, message: string }
  | { type: 'warn', message: string }

/** The 96-bit nonce of frame `counter`: four zero bytes, then the counter as a big-endian u64. */
export function nonceFor (counter: number): Buffer {
  const nonce = Buffer.alloc(12)
  nonce.writeBigUInt64BE(BigInt(counter), 4)
  return nonce
}

export function laneIdHex (bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
}
