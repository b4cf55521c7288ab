// The records the tiny guest's disk mode writes (guest/tiny/README.md, "Disk mode"), one per 4 KiB
// block: a header and a pattern drawn from the record's sequence number and block, so that a block's
// own bytes say whether it is a whole record, and which. For tests and the chaos checker, which
// compare what the disk holds with what the guest said it made durable.
export const TINY_RECORD_BYTES = 4096
const MAGIC = 0x4b53_4454 // "TDSK"
const VERSION = 1
const HEADER_BYTES = 64

export class TinyRecordError extends Error {
  override name = 'TinyRecordError'
}

export interface TinyRecord {
  /** +1 per record, across the guest's boots (it goes on from the highest on the disk). */
  seq: number
  /** The guest's millisecond counter when it wrote the record. */
  counter: number
  bootId: string
  block: number
}

/**
 * The record in `bytes` (one block, the `block`-th): undefined for a block the guest never wrote
 * (all zeros); a TinyRecordError for anything else that is not a whole record of that block.
 */
export function parseTinyRecord (bytes: Uint8Array, block: number): TinyRecord | undefined {
  if (bytes.byteLength !== TINY_RECORD_BYTES) throw new TinyRecordError(`a record is ${TINY_RECORD_BYTES} bytes, not ${bytes.byteLength}`)
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (b.every(x => x === 0)) return undefined
  if (b.readUInt32LE(0) !== MAGIC || b.readUInt32LE(4) !== VERSION) throw new TinyRecordError(`block ${block} is not a tiny guest record (magic ${b.readUInt32LE(0).toString(16)}, version ${b.readUInt32LE(4)})`)
  const seq = b.readBigUInt64LE(8)
  const record: TinyRecord = {
    seq: Number(seq),
    counter: Number(b.readBigUInt64LE(16)),
    bootId: b.readBigUInt64LE(24).toString(16).padStart(16, '0'),
    block: b.readUInt32LE(32)
  }
  if (record.block !== block) throw new TinyRecordError(`block ${block} holds the record of block ${record.block}`)
  if (!b.subarray(36, HEADER_BYTES).every(x => x === 0)) throw new TinyRecordError(`block ${block}: the header's reserved bytes are not zero`)
  let x = patternSeed(seq, block)
  for (let at = HEADER_BYTES; at < TINY_RECORD_BYTES; at += 4) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    if (b.readUInt32LE(at) !== x >>> 0) throw new TinyRecordError(`block ${block}, record ${record.seq}: the pattern is wrong at byte ${at} (torn or corrupted)`)
  }
  return record
}

function patternSeed (seq: bigint, block: number): number {
  const x = (Number(seq & 0xffffffffn) ^ Number(seq >> 32n) ^ Math.imul(block, 0x9e3779b9) ^ 0x5eed5eed) >>> 0
  return x === 0 ? 1 : x
}
