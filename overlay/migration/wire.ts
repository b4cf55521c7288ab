// The migration stream's framing: length-prefixed MigrationMessages, each bounded in size and time,
// and the decoding of what a message carries (pages, a deflated device state).
import { inflateRawSync } from 'node:zlib'
import type { Stream } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/migration.js'
import type { LpReader } from '../wire/lp-reader.js'
import { Uint8ArrayList } from 'uint8arraylist'
import { encodeVarint, readOne, writeFramed, writeMessage } from '../wire/lp.js'
import { RemoteError } from '../control/member-rpc.js'
import { MAX_DEVICE_STATE_BYTES, STALL_MS } from './constants.js'

const { MigrationMessage } = supercloud.migration
export type Message = supercloud.migration.IMigrationMessage
export type Received = supercloud.migration.MigrationMessage
export const PAGE = 4096

/** Writes one message, within STALL_MS. */
export async function send (stream: Stream, message: Message, signal?: AbortSignal): Promise<void> {
  await writeMessage(stream, MigrationMessage.encode(message).finish(), { signal: withStall(signal) })
}

/** Protobuf keys (field number, wire type 2): MigrationMessage.pages, Pages.indexes, Pages.data. */
const KEY_PAGES = (4 << 3) | 2
const KEY_INDEXES = (1 << 3) | 2
const KEY_DATA = (2 << 3) | 2

/**
 * Writes one Pages message, within STALL_MS, framed by hand so that the pages go to the stream as
 * the views they are, not copied into an encoded message first: the same bytes as
 * `send(stream, { pages: { indexes, data } })` with `data` the pages one after another.
 */
export async function sendPageViews (stream: Stream, indexes: Uint8Array, pages: Uint8Array[], signal?: AbortSignal): Promise<void> {
  const dataBytes = pages.reduce((n, p) => n + p.byteLength, 0)
  const indexesHead = [KEY_INDEXES, ...encodeVarint(indexes.byteLength)]
  const dataHead = [KEY_DATA, ...encodeVarint(dataBytes)]
  const pagesBytes = indexesHead.length + indexes.byteLength + dataHead.length + dataBytes
  const body = [KEY_PAGES, ...encodeVarint(pagesBytes)]
  const messageBytes = body.length + pagesBytes
  const framed = new Uint8ArrayList(Uint8Array.from([...encodeVarint(messageBytes), ...body, ...indexesHead]), indexes, Uint8Array.from(dataHead), ...pages)
  await writeFramed(stream, framed, { signal: withStall(signal) })
}

function withStall (signal: AbortSignal | undefined): AbortSignal {
  const stall = AbortSignal.timeout(STALL_MS)
  return signal === undefined ? stall : AbortSignal.any([signal, stall])
}

export async function receive (reader: LpReader, signal: AbortSignal): Promise<Received> {
  return MigrationMessage.decode(await readOne(reader, { signal }))
}

/** The next message, within STALL_MS. */
export async function receiveSoon (reader: LpReader, signal?: AbortSignal): Promise<Received> {
  const stall = AbortSignal.timeout(STALL_MS)
  return await receive(reader, signal === undefined ? stall : AbortSignal.any([signal, stall]))
}

export function inflate (bytes: Uint8Array | null | undefined): Uint8Array {
  return inflateRawSync(bytes ?? new Uint8Array(), { maxOutputLength: MAX_DEVICE_STATE_BYTES })
}

export function pagesOf (m: supercloud.migration.IPages): { indexes: Uint32Array, data: Uint8Array } {
  const raw = m.indexes ?? new Uint8Array()
  if (raw.byteLength % 4 !== 0) throw new RemoteError('MalformedMessageError', 'page indexes are not u32s')
  // Copied into aligned memory of its own: the bytes may sit at any offset of the received message
  // (and Buffer's slice would share it).
  const copy = new Uint8Array(raw.byteLength)
  copy.set(raw)
  const indexes = new Uint32Array(copy.buffer)
  const data = m.data ?? new Uint8Array()
  if (data.byteLength !== indexes.length * PAGE) throw new RemoteError('MalformedMessageError', `${indexes.length} page indexes with ${data.byteLength} bytes of pages`)
  return { indexes, data }
}

/** Page indexes as the wire carries them: the u32s' own bytes, not a copy. */
export function indexBytes (indexes: Uint32Array): Uint8Array {
  return new Uint8Array(indexes.buffer, indexes.byteOffset, indexes.byteLength)
}
