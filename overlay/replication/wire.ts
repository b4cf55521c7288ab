// The replication stream's framing: length-prefixed ReplicationMessages, bounded in size and time.
// Pages and deltas are framed by the migration protocol's writer (their field numbers are the same
// in both messages), straight from the tracker's shadow.
import { inflateRawSync } from 'node:zlib'
import type { Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { peerIdFromBytes } from '../signing/index.js'
import { supercloud } from '../../proto/gen/wire.js'
import type { LpReader } from '../wire/lp-reader.js'
import { readOne, writeFramed, writeMessage } from '../wire/lp.js'
import { indexBytes, pageMessages } from '../migration/wire.js'
import { BLOCKS_PER_MESSAGE, MAX_DEVICE_STATE_BYTES } from '../migration/constants.js'
import type { PageBatch } from '../migration/pages.js'
import { STALL_MS } from './constants.js'
import type { DiskBlocks, Moved } from './types.js'

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

/** A checkpoint's disk blocks, in Blocks messages of at most BLOCKS_PER_MESSAGE; returns what went. */
export async function sendBlocks (stream: Stream, disk: DiskBlocks, signal?: AbortSignal): Promise<{ blocks: number, bytes: number }> {
  let blocks = 0
  let bytes = 0
  for (const b of disk.blocks) {
    const blockBytes = b.indexes.length === 0 ? 0 : b.data.byteLength / b.indexes.length
    for (let at = 0; at < b.indexes.length; at += BLOCKS_PER_MESSAGE) {
      const indexes = b.indexes.subarray(at, at + BLOCKS_PER_MESSAGE)
      const data = b.data.subarray(at * blockBytes, (at + indexes.length) * blockBytes)
      await send(stream, { blocks: { disk: b.disk, indexes: indexBytes(indexes), data } }, signal)
      blocks += indexes.length
      bytes += data.byteLength
    }
  }
  return { blocks, bytes }
}

/** The next message, within `ms`. */
export async function receive (reader: LpReader, ms: number, signal?: AbortSignal): Promise<Received> {
  return ReplicationMessage.decode(await readOne(reader, { signal: within(signal, ms) }))
}

/** A move on the wire: End.moving, and (its fields named moved_to, moved_epoch) Close. */
type MovedMsg = supercloud.replication.IMoving

/** A move as End.moving carries it; Close carries the same fields. */
export function movedMsg (moved: Moved): MovedMsg {
  return { to: peerIdFromString(moved.to).toMultihash().bytes, epoch: moved.epoch, handoff: moved.handoff ?? null, grant: moved.grant ?? null }
}

/** The move a Close or an End.moving names, if any. */
export function movedOf (m: MovedMsg): Moved | undefined {
  if (m.to == null || m.to.length === 0) return undefined
  return { to: peerIdFromBytes(m.to).toString(), epoch: m.epoch ?? 0, ...(m.handoff == null ? {} : { handoff: m.handoff }), ...(m.grant == null ? {} : { grant: m.grant }) }
}

export function decode (bytes: Uint8Array): Received {
  return ReplicationMessage.decode(bytes)
}

export function inflate (bytes: Uint8Array | null | undefined): Uint8Array {
  return inflateRawSync(bytes ?? new Uint8Array(), { maxOutputLength: MAX_DEVICE_STATE_BYTES })
}
