// The disk's map file (`disk.meta`): what the disk is and which blocks the VM wrote.
//
//   [0, 8)        magic "SCDISK\r\n"
//   [8, 12)       format version, u32 LE
//   [12, 16)      header length H, u32 LE (at most MAX_HEADER_BYTES)
//   [16, 16 + H)  header, JSON (DiskMeta)
//   ...           written-block bitmap: one bit per block, ceil(blocks / 8) bytes
//   last 32       SHA-256 of everything before it
//
// It is only ever replaced whole (temporary file, fsync, rename): a reader sees the old map or the
// new one. Sizes are checked against the header and the caps before anything is allocated; the
// version is checked first, so a newer disk is refused as such, not as a corrupt one.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { Bitmap } from './bitmap.js'
import { MAX_BLOCK_BYTES, MAX_DISK_BYTES, MIN_BLOCK_BYTES, MIN_DISK_BYTES } from './constants.js'
import { DiskCorruptError, DiskVersionError } from './errors.js'

export const DISK_MAGIC = Buffer.from('SCDISK\r\n', 'latin1')
export const DISK_FORMAT_VERSION = 1
export const META_FILE = 'disk.meta'
export const DATA_FILE = 'data'
const MAX_HEADER_BYTES = 4096
const PREFIX_BYTES = 16
const CHECKSUM_BYTES = 32
/** The largest map file a valid disk has: a bigger one is refused before it is read. */
export const MAX_META_BYTES = PREFIX_BYTES + MAX_HEADER_BYTES + MAX_DISK_BYTES / MIN_BLOCK_BYTES / 8 + CHECKSUM_BYTES

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)

const metaSchema = z.object({
  sizeBytes: z.number().int().min(MIN_DISK_BYTES).max(MAX_DISK_BYTES),
  blockBytes: z.number().int().min(MIN_BLOCK_BYTES).max(MAX_BLOCK_BYTES).refine(n => (n & (n - 1)) === 0, 'a power of two'),
  base: z.object({ sha256: sha256Hex, sizeBytes: z.number().int().positive() }).strict().nullable(),
  /** Bumped at every persist: which map is newer, for people reading the files. */
  generation: z.number().int().nonnegative()
}).strict().refine(m => m.sizeBytes % m.blockBytes === 0, 'sizeBytes is a multiple of blockBytes')
  .refine(m => m.base === null || m.base.sizeBytes <= m.sizeBytes, 'the base fits in the disk')

export type DiskMeta = z.infer<typeof metaSchema>

export function blockCount (meta: Pick<DiskMeta, 'sizeBytes' | 'blockBytes'>): number {
  return meta.sizeBytes / meta.blockBytes
}

export function checkMeta (meta: unknown): DiskMeta {
  const parsed = metaSchema.safeParse(meta)
  if (!parsed.success) throw new DiskCorruptError(`bad disk header: ${parsed.error.issues.map(i => i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message).join('; ')}`)
  return parsed.data
}

export function encodeMeta (meta: DiskMeta, written: Bitmap): Uint8Array {
  if (written.size !== blockCount(meta)) throw new RangeError(`a map of ${written.size} blocks for a disk of ${blockCount(meta)}`)
  const header = Buffer.from(JSON.stringify(checkMeta(meta)), 'utf8')
  const out = Buffer.alloc(PREFIX_BYTES + header.byteLength + written.bytes.byteLength + CHECKSUM_BYTES)
  DISK_MAGIC.copy(out, 0)
  out.writeUInt32LE(DISK_FORMAT_VERSION, 8)
  out.writeUInt32LE(header.byteLength, 12)
  header.copy(out, PREFIX_BYTES)
  out.set(written.bytes, PREFIX_BYTES + header.byteLength)
  const body = out.subarray(0, out.byteLength - CHECKSUM_BYTES)
  createHash('sha256').update(body).digest().copy(out, body.byteLength)
  return out
}

/** `what` names the file in errors. */
export function decodeMeta (bytes: Uint8Array, what: string): { meta: DiskMeta, written: Bitmap } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.byteLength < PREFIX_BYTES || !buf.subarray(0, 8).equals(DISK_MAGIC)) throw new DiskCorruptError(`${what} is not a disk map (bad magic or too short: ${buf.byteLength} bytes)`)
  const version = buf.readUInt32LE(8)
  if (version > DISK_FORMAT_VERSION) throw new DiskVersionError(`${what} is disk format version ${version}; this peer reads up to version ${DISK_FORMAT_VERSION}`)
  if (version !== DISK_FORMAT_VERSION) throw new DiskCorruptError(`${what} has unknown disk format version ${version}`)
  const headerBytes = buf.readUInt32LE(12)
  if (headerBytes === 0 || headerBytes > MAX_HEADER_BYTES || PREFIX_BYTES + headerBytes + CHECKSUM_BYTES > buf.byteLength) {
    throw new DiskCorruptError(`${what} is truncated or has a header length out of range (${headerBytes})`)
  }
  const body = buf.subarray(0, buf.byteLength - CHECKSUM_BYTES)
  if (!createHash('sha256').update(body).digest().equals(buf.subarray(body.byteLength))) {
    throw new DiskCorruptError(`${what} fails its checksum: truncated or corrupted`)
  }
  let header: unknown
  try {
    header = JSON.parse(buf.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes).toString('utf8'))
  } catch (err) {
    throw new DiskCorruptError(`${what} has a header that is not JSON: ${(err as Error).message}`)
  }
  const meta = checkMeta(header)
  const blocks = blockCount(meta)
  const bitmapOffset = PREFIX_BYTES + headerBytes
  if (body.byteLength - bitmapOffset !== Math.ceil(blocks / 8)) {
    throw new DiskCorruptError(`${what} holds a map of ${body.byteLength - bitmapOffset} bytes for ${blocks} blocks`)
  }
  const written = new Bitmap(blocks, Uint8Array.prototype.slice.call(body, bitmapOffset))
  if (!written.tailIsClear()) throw new DiskCorruptError(`${what} marks blocks past the end of the disk as written`)
  return { meta, written }
}
