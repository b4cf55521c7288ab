// The disks in a snapshot (format version 2): each disk's own written blocks, never its base image's
// (a restoring peer fetches the base by its hash, as a disk's creation does). After the device state,
// for each disk in the order of the header's `machine.disks` (hda, then hdb):
//
//   ceil(blocks / 8) bytes   written-block bitmap, one bit per block (block i: bit i & 7 of byte i >> 3)
//   written * blockBytes     the written blocks' content, ascending
//
// The whole file is covered by the snapshot's checksum; the sizes here are checked against the
// header and MAX_SNAPSHOT_DISK_BYTES before anything is read or allocated.
import { z } from 'zod'
import { SnapshotError } from '../errors.js'
import { MAX_BLOCK_BYTES, MAX_BLOCKS_PER_CALL, MAX_DISK_BYTES, MIN_BLOCK_BYTES, MIN_DISK_BYTES } from '../disks/constants.js'

/**
 * The written bytes one snapshot carries, all its disks together: a snapshot is held whole in memory
 * (the worker builds it, the API and the transfer protocol move it as one buffer). A VM whose disks
 * hold more is migrated, not snapshotted.
 */
export const MAX_SNAPSHOT_DISK_BYTES = 1 << 30
export const MAX_SNAPSHOT_DISKS = 2

export const snapshotDiskSchema = z.object({
  sizeBytes: z.number().int().min(MIN_DISK_BYTES).max(MAX_DISK_BYTES),
  blockBytes: z.number().int().min(MIN_BLOCK_BYTES).max(MAX_BLOCK_BYTES).refine(n => (n & (n - 1)) === 0, 'a power of two'),
  /** The base image the disk was made from (SHA-256), or null for a disk made blank. */
  baseSha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  writtenBlocks: z.number().int().nonnegative()
}).strict()
  .refine(d => d.sizeBytes % d.blockBytes === 0, 'sizeBytes is a multiple of blockBytes')
  .refine(d => d.writtenBlocks <= d.sizeBytes / d.blockBytes, 'no more written blocks than the disk has')

export type SnapshotDisk = z.infer<typeof snapshotDiskSchema>

/** A disk as a snapshot is taken: what it is, its written blocks, and how to read them. */
export interface SnapshotDiskSource {
  disk: Omit<SnapshotDisk, 'writtenBlocks'>
  written: Uint32Array
  /** The blocks' content, blockBytes each in the order asked (at most MAX_BLOCKS_PER_CALL). */
  read: (indexes: Uint32Array) => Uint8Array
}

/** A disk's section in an opened snapshot. */
export interface SnapshotDiskSection {
  disk: SnapshotDisk
  /** Block indexes written, ascending. */
  written: Uint32Array
  /** Their content, blockBytes each, in the order of `written`. */
  data: Uint8Array
}

interface SectionLayout { bitmapOffset: number, bitmapBytes: number, dataOffset: number, dataBytes: number }

function bitmapBytes (d: Pick<SnapshotDisk, 'sizeBytes' | 'blockBytes'>): number {
  return Math.ceil(d.sizeBytes / d.blockBytes / 8)
}

/** Where each disk's section is, from `offset` on; refuses a total past the cap. */
export function diskSectionsLayout (disks: readonly SnapshotDisk[], offset: number): { sections: SectionLayout[], end: number } {
  if (disks.length > MAX_SNAPSHOT_DISKS) throw new SnapshotError(`a snapshot carries at most ${MAX_SNAPSHOT_DISKS} disks, not ${disks.length}`)
  const written = disks.reduce((n, d) => n + d.writtenBlocks * d.blockBytes, 0)
  if (written > MAX_SNAPSHOT_DISK_BYTES) throw new SnapshotError(`the disks hold ${Math.ceil(written / (1 << 20))} MiB of written blocks; a snapshot carries at most ${MAX_SNAPSHOT_DISK_BYTES >> 20} MiB (migrate the VM instead)`)
  const sections: SectionLayout[] = []
  let at = offset
  for (const d of disks) {
    const section = { bitmapOffset: at, bitmapBytes: bitmapBytes(d), dataOffset: at + bitmapBytes(d), dataBytes: d.writtenBlocks * d.blockBytes }
    sections.push(section)
    at = section.dataOffset + section.dataBytes
  }
  return { sections, end: at }
}

/** The disks' header entries, checked against the cap: what encodeDiskSections will write. */
export function describeDisks (sources: readonly SnapshotDiskSource[]): SnapshotDisk[] {
  const disks = sources.map(s => ({ ...s.disk, writtenBlocks: s.written.length }))
  diskSectionsLayout(disks, 0)
  return disks
}

/** Writes the sections into `out` at `offset` (laid out by diskSectionsLayout); returns the end. */
export function encodeDiskSections (out: Uint8Array, offset: number, sources: readonly SnapshotDiskSource[]): number {
  const { sections, end } = diskSectionsLayout(describeDisks(sources), offset)
  sources.forEach((source, i) => {
    const s = sections[i] as SectionLayout
    const bitmap = out.subarray(s.bitmapOffset, s.dataOffset)
    bitmap.fill(0)
    for (const b of source.written) bitmap[b >>> 3] = (bitmap[b >>> 3] ?? 0) | (1 << (b & 7))
    const B = source.disk.blockBytes
    for (let at = 0; at < source.written.length; at += MAX_BLOCKS_PER_CALL) {
      const indexes = source.written.subarray(at, at + MAX_BLOCKS_PER_CALL)
      const data = source.read(indexes)
      if (data.byteLength !== indexes.length * B) throw new SnapshotError(`disk ${i} gave ${data.byteLength} bytes for ${indexes.length} blocks`)
      out.set(data, s.dataOffset + at * B)
    }
  })
  return end
}

/** Each disk's section of a snapshot whose checksum was checked: its bitmap must agree with its header. */
export function openDiskSections (bytes: Uint8Array, disks: readonly SnapshotDisk[], offset: number): SnapshotDiskSection[] {
  const { sections } = diskSectionsLayout(disks, offset)
  return disks.map((disk, i) => {
    const s = sections[i] as SectionLayout
    const bitmap = bytes.subarray(s.bitmapOffset, s.dataOffset)
    const blocks = disk.sizeBytes / disk.blockBytes
    if (blocks % 8 !== 0 && ((bitmap[bitmap.byteLength - 1] ?? 0) >> (blocks % 8)) !== 0) throw new SnapshotError(`the bitmap of snapshot disk ${i} marks blocks past the end of the disk`)
    const written: number[] = []
    for (let at = 0; at < bitmap.byteLength; at++) {
      const byte = bitmap[at] ?? 0
      if (byte === 0) continue
      for (let bit = 0; bit < 8; bit++) if ((byte & (1 << bit)) !== 0) written.push(at * 8 + bit)
      if (written.length > disk.writtenBlocks) break
    }
    if (written.length !== disk.writtenBlocks) throw new SnapshotError(`the bitmap of snapshot disk ${i} has ${written.length > disk.writtenBlocks ? 'at least ' : ''}${written.length} written blocks, its header says ${disk.writtenBlocks}`)
    return { disk, written: Uint32Array.from(written), data: bytes.subarray(s.dataOffset, s.dataOffset + s.dataBytes) }
  })
}
