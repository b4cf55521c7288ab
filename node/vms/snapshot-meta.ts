// What the VM layer writes into a snapshot's header (`meta`): the VM it came from and its spec.
// A snapshot is a file from anywhere: this is checked like any other input.
import { z } from 'zod'
import { VM_NAME } from './spec.js'
import { DISK_ID, DISK_NAME, type VmRecordData } from '../../overlay/records/index.js'

const mac = z.string().regex(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/)
/**
 * The newest bytes of the console's history a snapshot keeps (`vm logs` after a restore): the header
 * holds at most 64 KiB of JSON (MAX_HEADER_BYTES), so not the whole 64 KiB ring, in base64.
 */
export const SNAPSHOT_CONSOLE_BYTES = 24 << 10

export const snapshotMetaSchema = z.object({
  version: z.literal(1),
  vm: z.string().regex(/^vm-[0-9a-f]{16}$/),
  peer: z.string().max(128),
  takenAtMs: z.number(),
  phase: z.enum(['running', 'paused']),
  spec: z.object({
    name: z.string().regex(VM_NAME),
    image: z.string().min(1).max(32),
    memoryBytes: z.number().int().positive(),
    nic: z.enum(['ne2k', 'virtio']),
    mac,
    guestMac: mac.optional(),
    tiny: z.object({ busy: z.boolean(), dirtyPagesPerSec: z.number().int().min(0), dirtyPercent: z.number().int().min(0).max(100), fillRam: z.boolean() }).strict().optional(),
    // Where the VM was plugged in: a restore takes the same address back when it is free.
    net: z.object({ id: z.number().int().min(1), ip: z.ipv4() }).strict().optional(),
    pinned: z.boolean().optional(),
    // Its disks' ids (issue 17). Their contents are in the snapshot's disk section (format version
    // 2); a snapshot taken before that has none, and is refused.
    disks: z.array(z.string().max(64)).max(2).optional()
  }).strict(),
  /** Its disks' names, hda first (a restore names its copies after them); absent before snapshots carried disks. */
  disks: z.array(z.object({ id: z.string().regex(DISK_ID), name: z.string().regex(DISK_NAME) }).strict()).max(2).optional(),
  /** The console's history, base64; absent in snapshots from before it was kept. */
  console: z.base64().max(Math.ceil(SNAPSHOT_CONSOLE_BYTES / 3) * 4).optional()
}).strict()

export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>

/** What a snapshot of VM `record`, taken on peer `peer` now, says of it. */
export function snapshotMeta (record: VmRecordData, peer: string, console: Uint8Array, disks: Array<{ id: string, name: string }> = []): SnapshotMeta {
  const kept = console.subarray(Math.max(0, console.byteLength - SNAPSHOT_CONSOLE_BYTES))
  return {
    version: 1,
    vm: record.id,
    peer,
    takenAtMs: Date.now(),
    phase: record.phase === 'paused' ? 'paused' : 'running',
    spec: record.spec,
    ...(disks.length === 0 ? {} : { disks }),
    ...(kept.byteLength === 0 ? {} : { console: Buffer.from(kept).toString('base64') })
  }
}
