// The snapshot file: everything needed to bring a VM back on any peer, checked before it is used.
//
//   [0, 8)        magic "SCSNAP\r\n" (a text-mode transfer that mangles line ends breaks it visibly)
//   [8, 12)       format version, u32 LE
//   [12, 16)      header length H, u32 LE (at most MAX_HEADER_BYTES)
//   [16, 16 + H)  header, JSON (SnapshotHeader)
//   ...           RAM page bitmap: one bit per 4 KiB page of guest RAM, set for non-zero pages
//   ...           the non-zero pages, 4096 bytes each, in page order
//   ...           device state: v86's own state with RAM left out
//   ...           (version 2) each disk's own written blocks (disk-section.ts)
//   last 32       SHA-256 of everything before it
//
// Version 1 (before disks, issue 17) has no disk section and no `machine.disks`: it still loads,
// as a machine without disks. Readers check the sizes against the header and the caps before
// allocating anything, so a truncated, padded or hostile file is refused with a SnapshotError.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { SnapshotError } from '../errors.js'
import { MAX_MEMORY_BYTES, MIN_MEMORY_BYTES } from '../limits.js'
import { MAX_SNAPSHOT_DISK_BYTES, MAX_SNAPSHOT_DISKS, describeDisks, diskSectionsLayout, encodeDiskSections, openDiskSections, snapshotDiskSchema, type SnapshotDiskSection, type SnapshotDiskSource } from './disk-section.js'

export const SNAPSHOT_MAGIC = Buffer.from('SCSNAP\r\n', 'latin1')
/** 2: disks (issue 17). Version 1 files still load. */
export const SNAPSHOT_VERSION = 2
const READABLE_VERSIONS = [1, 2]
export const PAGE_BYTES = 4096
export const MAX_HEADER_BYTES = 64 << 10
/** A v86 device state without RAM is ~1.3 MB plus video memory. */
export const MAX_DEVICE_STATE_BYTES = 64 << 20
/** The largest snapshot file: all of RAM, a device state, its disks' written blocks and a header. */
export const MAX_SNAPSHOT_BYTES = MAX_MEMORY_BYTES + MAX_DEVICE_STATE_BYTES + MAX_SNAPSHOT_DISK_BYTES + (1 << 20)
const PREFIX_BYTES = 16
const CHECKSUM_BYTES = 32

const hypercallSchema = z.object({
  version: z.literal(1),
  bootId: z.string().regex(/^[0-9a-f]{16}$/).nullable(),
  counterAddr: z.number().int().nonnegative().nullable(),
  bootIdAddr: z.number().int().nonnegative().nullable(),
  infoAddr: z.number().int().nonnegative().nullable(),
  ready: z.boolean(),
  panicVector: z.number().int().nullable(),
  config: z.record(z.string(), z.number().int())
}).strict()

/** A hypercall device state as the migration protocol carries it (JSON), checked like a snapshot's. */
export function parseHypercallState (text: string): z.infer<typeof hypercallSchema> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new SnapshotError('the hypercall device state is not JSON')
  }
  const parsed = hypercallSchema.safeParse(value)
  if (!parsed.success) throw new SnapshotError(`bad hypercall device state: ${parsed.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return parsed.data
}

const machineSchema = z.object({
  memoryBytes: z.number().int().min(MIN_MEMORY_BYTES).max(MAX_MEMORY_BYTES).multipleOf(1 << 20),
  vgaMemoryBytes: z.number().int().min(0).max(16 << 20).multipleOf(PAGE_BYTES),
  nic: z.enum(['ne2k', 'virtio']),
  /** MachineConfig.acpi; absent in snapshots taken before machines had it (none had ACPI). */
  acpi: z.boolean().optional(),
  /** The MAC in the NIC's state (what the guest uses). */
  mac: z.string().regex(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/),
  hypercall: hypercallSchema,
  nonZeroPages: z.number().int().nonnegative(),
  deviceStateBytes: z.number().int().positive().max(MAX_DEVICE_STATE_BYTES),
  v86: z.object({ stateVersion: z.number().int() }).strict(),
  /** The machine's disks, hda then hdb (version 2; absent: none). */
  disks: z.array(snapshotDiskSchema).max(MAX_SNAPSHOT_DISKS).optional()
}).strict()

const headerSchema = z.object({
  machine: machineSchema,
  /** The VM layer's own record of what this is (spec, source, time); opaque here. */
  meta: z.record(z.string(), z.unknown())
}).strict()

export type SnapshotHeader = z.infer<typeof headerSchema>
export type SnapshotMachine = SnapshotHeader['machine']

export interface SnapshotLayout {
  header: SnapshotHeader
  bitmapOffset: number
  bitmapBytes: number
  pagesOffset: number
  deviceStateOffset: number
  /** Where the disk sections begin (right after the device state). */
  disksOffset: number
  totalBytes: number
}

export function bitmapBytesFor (memoryBytes: number): number {
  return Math.ceil(memoryBytes / PAGE_BYTES / 8)
}

const ZERO_PAGE = Buffer.alloc(PAGE_BYTES)

/**
 * Builds a snapshot file from guest RAM (a view of all of it) and a device state. Only non-zero
 * pages are stored. `machine` gets its page and state counts filled in here.
 */
export function encodeSnapshot (input: { machine: Omit<SnapshotMachine, 'nonZeroPages' | 'deviceStateBytes' | 'disks'>, meta: Record<string, unknown>, ram: Uint8Array, deviceState: Uint8Array, disks?: readonly SnapshotDiskSource[] }): Uint8Array {
  const { ram, deviceState } = input
  const disks = describeDisks(input.disks ?? [])
  const pages = ram.byteLength / PAGE_BYTES
  const bitmap = new Uint8Array(bitmapBytesFor(ram.byteLength))
  const ramBuf = Buffer.from(ram.buffer, ram.byteOffset, ram.byteLength)
  const nonZero: number[] = []
  for (let page = 0; page < pages; page++) {
    const offset = page * PAGE_BYTES
    if (ZERO_PAGE.compare(ramBuf, offset, offset + PAGE_BYTES) !== 0) {
      nonZero.push(page)
      bitmap[page >> 3] = (bitmap[page >> 3] ?? 0) | (1 << (page & 7))
    }
  }
  const header: SnapshotHeader = {
    machine: { ...input.machine, nonZeroPages: nonZero.length, deviceStateBytes: deviceState.byteLength, ...(disks.length === 0 ? {} : { disks }) },
    meta: input.meta
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8')
  if (headerBytes.byteLength > MAX_HEADER_BYTES) throw new SnapshotError(`snapshot header of ${headerBytes.byteLength} bytes exceeds ${MAX_HEADER_BYTES}`)
  const disksOffset = PREFIX_BYTES + headerBytes.byteLength + bitmap.byteLength + nonZero.length * PAGE_BYTES + deviceState.byteLength
  const total = diskSectionsLayout(disks, disksOffset).end + CHECKSUM_BYTES
  // Not from the shared pool: the buffer is transferred out of the worker.
  const out = Buffer.allocUnsafeSlow(total)
  SNAPSHOT_MAGIC.copy(out, 0)
  out.writeUInt32LE(SNAPSHOT_VERSION, 8)
  out.writeUInt32LE(headerBytes.byteLength, 12)
  let at = PREFIX_BYTES
  at += headerBytes.copy(out, at)
  out.set(bitmap, at)
  at += bitmap.byteLength
  for (const page of nonZero) {
    at += ramBuf.copy(out, at, page * PAGE_BYTES, (page + 1) * PAGE_BYTES)
  }
  out.set(deviceState, at)
  at = encodeDiskSections(out, at + deviceState.byteLength, input.disks ?? [])
  createHash('sha256').update(out.subarray(0, at)).digest().copy(out, at)
  return out
}

/**
 * Reads and checks the header and the layout it implies: magic, version, caps, exact length.
 * Cheap (no checksum): for deciding whether to accept a snapshot at all.
 */
export function readSnapshotLayout (bytes: Uint8Array): SnapshotLayout {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.byteLength < PREFIX_BYTES) throw new SnapshotError(`not a supercloud snapshot: ${buf.byteLength} bytes is too short`)
  if (!buf.subarray(0, 8).equals(SNAPSHOT_MAGIC)) throw new SnapshotError('not a supercloud snapshot (bad magic)')
  const version = buf.readUInt32LE(8)
  if (!READABLE_VERSIONS.includes(version)) throw new SnapshotError(`snapshot format version ${version} is not supported (this peer reads versions ${READABLE_VERSIONS.join(' and ')})`)
  const headerLength = buf.readUInt32LE(12)
  if (headerLength > MAX_HEADER_BYTES) throw new SnapshotError(`snapshot header of ${headerLength} bytes exceeds ${MAX_HEADER_BYTES}`)
  if (buf.byteLength < PREFIX_BYTES + headerLength) throw new SnapshotError(`snapshot truncated inside its header (${buf.byteLength} bytes)`)
  let parsed: unknown
  try {
    parsed = JSON.parse(buf.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength).toString('utf8'))
  } catch (err) {
    throw new SnapshotError(`snapshot header is not JSON: ${(err as Error).message}`)
  }
  const result = headerSchema.safeParse(parsed)
  if (!result.success) throw new SnapshotError(`snapshot header is invalid: ${result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  const header = result.data
  if (version === 1 && header.machine.disks !== undefined) throw new SnapshotError('a version 1 snapshot names disks, which that version cannot carry')
  const { memoryBytes, nonZeroPages, deviceStateBytes } = header.machine
  if (nonZeroPages > memoryBytes / PAGE_BYTES) throw new SnapshotError(`snapshot claims ${nonZeroPages} pages for ${memoryBytes} bytes of RAM`)
  const bitmapOffset = PREFIX_BYTES + headerLength
  const bitmapBytes = bitmapBytesFor(memoryBytes)
  const pagesOffset = bitmapOffset + bitmapBytes
  const deviceStateOffset = pagesOffset + nonZeroPages * PAGE_BYTES
  const disksOffset = deviceStateOffset + deviceStateBytes
  const totalBytes = diskSectionsLayout(header.machine.disks ?? [], disksOffset).end + CHECKSUM_BYTES
  if (buf.byteLength < totalBytes) throw new SnapshotError(`snapshot truncated${buf.byteLength > disksOffset ? ' in its disk blocks' : ''}: ${buf.byteLength} of ${totalBytes} bytes`)
  if (buf.byteLength > totalBytes) throw new SnapshotError(`snapshot has ${buf.byteLength - totalBytes} bytes past its end`)
  return { header, bitmapOffset, bitmapBytes, pagesOffset, deviceStateOffset, disksOffset, totalBytes }
}

export interface OpenedSnapshot extends SnapshotLayout {
  bitmap: Uint8Array
  pages: Uint8Array
  deviceState: Uint8Array
  /** The disks' written blocks, hda then hdb (none in a version 1 file). */
  disks: SnapshotDiskSection[]
}

/** readSnapshotLayout, then the checksum, the bitmap's page count and the disks' bitmaps. */
export function openSnapshot (bytes: Uint8Array): OpenedSnapshot {
  const layout = readSnapshotLayout(bytes)
  const body = bytes.subarray(0, layout.totalBytes - CHECKSUM_BYTES)
  const expected = bytes.subarray(layout.totalBytes - CHECKSUM_BYTES, layout.totalBytes)
  if (!createHash('sha256').update(body).digest().equals(expected)) throw new SnapshotError('snapshot checksum mismatch: the file is corrupted')
  const bitmap = bytes.subarray(layout.bitmapOffset, layout.bitmapOffset + layout.bitmapBytes)
  const pages = layout.header.machine.memoryBytes / PAGE_BYTES
  let count = 0
  for (let i = 0; i < bitmap.byteLength; i++) {
    let b = bitmap[i] ?? 0
    // Bits past the last page must be clear.
    if (i === bitmap.byteLength - 1 && pages % 8 !== 0 && (b >> (pages % 8)) !== 0) throw new SnapshotError('snapshot page bitmap marks pages past the end of RAM')
    while (b !== 0) { count += b & 1; b >>= 1 }
  }
  if (count !== layout.header.machine.nonZeroPages) throw new SnapshotError(`snapshot page bitmap has ${count} pages, its header says ${layout.header.machine.nonZeroPages}`)
  return {
    ...layout,
    bitmap,
    pages: bytes.subarray(layout.pagesOffset, layout.deviceStateOffset),
    deviceState: bytes.subarray(layout.deviceStateOffset, layout.deviceStateOffset + layout.header.machine.deviceStateBytes),
    disks: openDiskSections(bytes, layout.header.machine.disks ?? [], layout.disksOffset)
  }
}

/** Writes the snapshot's pages into `ram` (which must be all zero, or become so where pages are absent). */
export function copyPagesInto (snapshot: OpenedSnapshot, ram: Uint8Array): void {
  const pages = snapshot.header.machine.memoryBytes / PAGE_BYTES
  let at = 0
  for (let page = 0; page < pages; page++) {
    if (((snapshot.bitmap[page >> 3] ?? 0) & (1 << (page & 7))) === 0) continue
    ram.set(snapshot.pages.subarray(at, at + PAGE_BYTES), page * PAGE_BYTES)
    at += PAGE_BYTES
  }
}
