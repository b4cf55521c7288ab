// The migration stream's framing: length-prefixed MigrationMessages, each bounded in size and time,
// and the decoding of what a message carries (pages, a deflated device state).
import { inflateRawSync } from 'node:zlib'
import type { Stream } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/migration.js'
import type { LpReader } from '../wire/lp-reader.js'
import { readOne, writeMessage } from '../wire/lp.js'
import { RemoteError } from '../control/member-rpc.js'
import { MAX_DEVICE_STATE_BYTES, STALL_MS } from './constants.js'

const { MigrationMessage } = supercloud.migration
export type Message = supercloud.migration.IMigrationMessage
export type Received = supercloud.migration.MigrationMessage
export const PAGE = 4096

/** Writes one message, within STALL_MS. */
export async function send (stream: Stream, message: Message, signal?: AbortSignal): Promise<void> {
  const stall = AbortSignal.timeout(STALL_MS)
  await writeMessage(stream, MigrationMessage.encode(message).finish(), { signal: signal === undefined ? stall : AbortSignal.any([signal, stall]) })
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
