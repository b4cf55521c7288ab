// The migration stream's framing: length-prefixed MigrationMessages, each bounded in size and time,
// and the decoding of what a message carries (pages, a deflated device state).
import { inflateRawSync } from 'node:zlib'
import { supercloud } from '../../proto/gen/wire.js'
import type { LpReader } from '../wire/lp-reader.js'
import { Uint8ArrayList } from 'uint8arraylist'
import { encodeVarint, readOne, writeFramed, writeMessage, type MessageSink } from '../wire/lp.js'
import { UnexpectedEndError, MalformedMessageError } from '../wire/errors.js'

import { MAX_DEVICE_STATE_BYTES, MESSAGE_PAYLOAD_BYTES, STALL_MS } from './constants.js'
import type { PageBatch, PageDeltas } from './pages.js'

const { MigrationMessage } = supercloud.migration
export type Message = supercloud.migration.IMigrationMessage
export type Received = supercloud.migration.MigrationMessage
export const PAGE = 4096

/** Writes one message, within STALL_MS. */
export async function send (stream: MessageSink, message: Message, signal?: AbortSignal): Promise<void> {
  await writeMessage(stream, MigrationMessage.encode(message).finish(), { signal: withStall(signal) })
}

/** Field numbers of MigrationMessage's pages and deltas, and of theirs. */
const FIELD = { pages: 4, deltas: 12, indexes: 1, data: 2, ends: 2, deltaData: 3 } as const

/**
 * A batch's pages as framed MigrationMessages of about MESSAGE_PAYLOAD_BYTES each: whole pages in
 * Pages messages whose data are views of the shadow (a run of consecutive pages is one view), then
 * deltas in Deltas messages. Framed by hand, so that no page is copied into an encoded message
 * first; protobufjs decodes them like any other.
 */
export function * pageMessages (batch: PageBatch): Generator<{ framed: Uint8ArrayList, payloadBytes: number }> {
  const perMessage = MESSAGE_PAYLOAD_BYTES / PAGE
  let indexes: number[] = []
  let views: Uint8Array[] = []
  const flush = (): { framed: Uint8ArrayList, payloadBytes: number } => {
    const framed = frameMessage(FIELD.pages, [[FIELD.indexes, [indexBytes(Uint32Array.from(indexes))]], [FIELD.data, views]])
    const payloadBytes = indexes.length * PAGE
    indexes = []
    views = []
    return { framed, payloadBytes }
  }
  const start = batch.shadowStart ?? 0
  for (let r = 0; r + 1 < batch.runs.length; r += 2) {
    let first = batch.runs[r] ?? 0
    let count = batch.runs[r + 1] ?? 0
    while (count > 0) {
      const take = Math.min(count, perMessage - indexes.length)
      for (let p = first; p < first + take; p++) indexes.push(p)
      views.push(batch.shadow.subarray((first - start) * PAGE, (first + take - start) * PAGE))
      first += take
      count -= take
      if (indexes.length === perMessage) yield flush()
    }
  }
  if (indexes.length > 0) yield flush()
  const { deltas } = batch
  for (let i = 0; i < deltas.indexes.length;) {
    const base = i === 0 ? 0 : deltas.ends[i - 1] ?? 0
    let j = i
    while (j < deltas.indexes.length && (j === i || (deltas.ends[j] ?? 0) - base <= MESSAGE_PAYLOAD_BYTES)) j++
    const ends = deltas.ends.slice(i, j).map(end => end - base)
    const data = deltas.data.subarray(base, deltas.ends[j - 1] ?? base)
    yield { framed: frameMessage(FIELD.deltas, [[FIELD.indexes, [indexBytes(deltas.indexes.subarray(i, j))]], [FIELD.ends, [indexBytes(ends)]], [FIELD.deltaData, [data]]]), payloadBytes: data.byteLength }
    i = j
  }
}

/** One length-prefixed MigrationMessage whose body is field `body`, a message of bytes fields made of `parts`. */
function frameMessage (body: number, fields: Array<[number, Uint8Array[]]>): Uint8ArrayList {
  const heads = fields.map(([field, parts]) => {
    const length = parts.reduce((n, p) => n + p.byteLength, 0)
    return { head: Uint8Array.from([(field << 3) | 2, ...encodeVarint(length)]), parts, length }
  })
  const bodyBytes = heads.reduce((n, h) => n + h.head.byteLength + h.length, 0)
  const top = [(body << 3) | 2, ...encodeVarint(bodyBytes)]
  return new Uint8ArrayList(Uint8Array.from([...encodeVarint(top.length + bodyBytes), ...top]), ...heads.flatMap(({ head, parts }) => [head, ...parts]))
}

/** Writes one framed message, within STALL_MS. */
/**
 * The sink a source writes to: its stream until a lane takes over (after the first sync), the lane
 * from then on. The disks' sender writes through it too.
 */
export class SinkSwitch implements MessageSink {
  constructor (public target: MessageSink) {}
  send (data: Parameters<MessageSink['send']>[0]): boolean { return this.target.send(data) }
  async onDrain (options?: Parameters<MessageSink['onDrain']>[0]): Promise<void> { await this.target.onDrain(options) }
}

export async function sendFramed (stream: MessageSink, framed: Uint8ArrayList, signal?: AbortSignal): Promise<void> {
  await writeFramed(stream, framed, { signal: withStall(signal) })
}

function withStall (signal: AbortSignal | undefined): AbortSignal {
  const stall = AbortSignal.timeout(STALL_MS)
  return signal === undefined ? stall : AbortSignal.any([signal, stall])
}

/**
 * What the destination reads next, within STALL_MS: a Pages message kept as the chunks it arrived in
 * (its pages are copied once, into the VM's staging memory, not first into one buffer here), or any
 * other message, decoded.
 */
export async function receiveIncoming (reader: LpReader): Promise<{ pages: PageData } | { message: Received }> {
  const list = await reader.next({ signal: AbortSignal.timeout(STALL_MS) })
  if (list === undefined) throw new UnexpectedEndError('stream closed before a message arrived')
  if (list.byteLength > 0 && list.get(0) === ((FIELD.pages << 3) | 2)) return { pages: pagesFromList(list) }
  return { message: MigrationMessage.decode(list.subarray()) }
}

/** Whole pages as received: their numbers, and their bytes in the chunks they came in. */
export interface PageData {
  indexes: Uint32Array
  data: Uint8ArrayList
}

/** A MigrationMessage holding Pages, read from its chunks: only the indexes are copied. */
function pagesFromList (list: Uint8ArrayList): PageData {
  let at = 1
  const varint = (): number => {
    let value = 0
    for (let i = 0; i < 5; i++) {
      if (at >= list.byteLength) break
      const byte = list.get(at++)
      value += (byte & 0x7f) * 2 ** (7 * i)
      if ((byte & 0x80) === 0) return value
    }
    throw new MalformedMessageError('a Pages message has a bad length')
  }
  const length = varint()
  if (at + length !== list.byteLength) throw new MalformedMessageError(`a Pages message says ${length} bytes in ${list.byteLength - at}`)
  let indexes: Uint8Array = new Uint8Array()
  let data = new Uint8ArrayList()
  while (at < list.byteLength) {
    const key = list.get(at++)
    const size = varint()
    if (at + size > list.byteLength) throw new MalformedMessageError('a Pages field runs past its message')
    if (key === ((FIELD.indexes << 3) | 2)) indexes = list.subarray(at, at + size)
    else if (key === ((FIELD.data << 3) | 2)) data = list.sublist(at, at + size)
    else throw new MalformedMessageError(`a Pages message has an unknown field (key ${key})`)
    at += size
  }
  const pages = u32s(indexes, 'page indexes')
  if (data.byteLength !== pages.length * PAGE) throw new MalformedMessageError(`${pages.length} page indexes with ${data.byteLength} bytes of pages`)
  return { indexes: pages, data }
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
  const indexes = u32s(m.indexes, 'page indexes')
  const data = m.data ?? new Uint8Array()
  if (data.byteLength !== indexes.length * PAGE) throw new MalformedMessageError(`${indexes.length} page indexes with ${data.byteLength} bytes of pages`)
  return { indexes, data }
}

export function deltasOf (m: supercloud.migration.IDeltas): PageDeltas {
  const indexes = u32s(m.indexes, 'delta page indexes')
  const ends = u32s(m.ends, 'delta ends')
  if (ends.length !== indexes.length) throw new MalformedMessageError(`${indexes.length} delta pages with ${ends.length} ends`)
  // A copy of its own: it is posted to the VM's worker, which would otherwise get the whole
  // buffer the message was received in.
  const data = Uint8Array.prototype.slice.call(m.data ?? new Uint8Array())
  return { indexes, ends, data }
}

/**
 * u32s from the wire, copied into aligned memory of their own: the bytes may sit at any offset of
 * the received message (and Buffer's slice would share it).
 */
function u32s (raw: Uint8Array | null | undefined, what: string): Uint32Array {
  const bytes = raw ?? new Uint8Array()
  if (bytes.byteLength % 4 !== 0) throw new MalformedMessageError(`${what} are not u32s`)
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  return new Uint32Array(copy.buffer)
}

/** Page indexes as the wire carries them: the u32s' own bytes, not a copy. */
export function indexBytes (indexes: Uint32Array): Uint8Array {
  return new Uint8Array(indexes.buffer, indexes.byteOffset, indexes.byteLength)
}
