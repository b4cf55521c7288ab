// The replication stream's framing: length-prefixed ReplicationMessages, bounded in size and time.
// Pages and deltas are framed by the migration protocol's writer (their field numbers are the same
// in both messages), straight from the tracker's shadow.
import { inflateRawSync } from 'node:zlib'
import type { Stream } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/wire.js'
import type { LpReader } from '../wire/lp-reader.js'
import { readOne, writeFramed, writeMessage } from '../wire/lp.js'
import { pageMessages } from '../migration/wire.js'
import { MAX_DEVICE_STATE_BYTES } from '../migration/constants.js'
import type { PageBatch } from '../migration/pages.js'
import { STALL_MS } from './constants.js'

const { ReplicationMessage } = supercloud.replication
export type Message = supercloud.replication.IReplicationMessage
export type Received = supercloud.replication.ReplicationMessage

function within (signal: AbortSignal | undefined, ms: number): AbortSignal {
  const stall = AbortSignal.timeout(ms)
  return signal === undefined ? stall : AbortSignal.any([signal, stall])
}

export async function send (stream: Stream, message: Message, signal?: AbortSignal): Promise<void> {
  await writeMessage(stream, ReplicationMessage.encode(message).finish(), { signal: within(signal, STALL_MS) })
}

/** A checkpoint's pages; returns the payload bytes and how many pages (whole or deltas) went. */
export async function sendPages (stream: Stream, batch: PageBatch, signal?: AbortSignal): Promise<number> {
  let bytes = 0
  for (const { framed, payloadBytes } of pageMessages(batch)) {
    await writeFramed(stream, framed, { signal: within(signal, STALL_MS) })
    bytes += payloadBytes
  }
  return bytes
}

/** The next message, within `ms`. */
export async function receive (reader: LpReader, ms: number, signal?: AbortSignal): Promise<Received> {
  return ReplicationMessage.decode(await readOne(reader, { signal: within(signal, ms) }))
}

export function decode (bytes: Uint8Array): Received {
  return ReplicationMessage.decode(bytes)
}

export function inflate (bytes: Uint8Array | null | undefined): Uint8Array {
  return inflateRawSync(bytes ?? new Uint8Array(), { maxOutputLength: MAX_DEVICE_STATE_BYTES })
}
