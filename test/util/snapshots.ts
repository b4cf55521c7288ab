// Tampering with snapshot files, as a forger would: rewrite the header, recompute the checksum.
import { createHash } from 'node:crypto'
import { copyPagesInto, openSnapshot, type SnapshotHeader } from '../../node/hypervisor/snapshot/format.js'

/** Recomputes the trailing SHA-256 after an edit. */
export function reseal (bytes: Uint8Array): Buffer {
  const out = Buffer.from(bytes)
  createHash('sha256').update(out.subarray(0, out.byteLength - 32)).digest().copy(out, out.byteLength - 32)
  return out
}

/** A header as a forger edits it: any field, any value. */
export interface LooseHeader {
  machine: Record<string, unknown> & { [K in keyof SnapshotHeader['machine']]?: unknown } & { deviceStateBytes?: number }
  meta: { spec: Record<string, unknown> } & Record<string, unknown>
}

/** Rewrites the JSON header of a snapshot file and reseals it. */
export function withHeader (bytes: Uint8Array, mutate: (header: LooseHeader) => void): Buffer {
  const b = Buffer.from(bytes)
  const len = b.readUInt32LE(12)
  const header = JSON.parse(b.subarray(16, 16 + len).toString()) as LooseHeader
  mutate(header)
  const json = Buffer.from(JSON.stringify(header))
  const prefix = Buffer.alloc(16)
  b.copy(prefix, 0, 0, 12)
  prefix.writeUInt32LE(json.byteLength, 12)
  return reseal(Buffer.concat([prefix, json, b.subarray(16 + len)]))
}

/** Flips one bit at `at` (negative: from the end). */
export function flip (bytes: Uint8Array, at: number): Buffer {
  const b = Buffer.from(bytes)
  const i = at < 0 ? b.byteLength + at : at
  b.writeUInt8(b.readUInt8(i) ^ 1, i)
  return b
}

/** The tiny guest's counter and boot id as they are inside a snapshot file's RAM. */
export function guestStateIn (bytes: Uint8Array): { counter: number, bootId: string } {
  const snapshot = openSnapshot(bytes)
  const { memoryBytes, hypercall } = snapshot.header.machine
  if (hypercall.counterAddr === null || hypercall.bootIdAddr === null) throw new Error('the snapshot has no guest counter')
  const ram = Buffer.alloc(memoryBytes)
  copyPagesInto(snapshot, ram)
  return { counter: Number(ram.readBigUInt64LE(hypercall.counterAddr)), bootId: ram.readBigUInt64LE(hypercall.bootIdAddr).toString(16).padStart(16, '0') }
}
