// Disk records (issue 17): a disk is written by one peer, the owner of its VM (or the peer it was
// made on, while detached), and travels in that peer's signed inventory beside its VM records. A
// disk's epoch goes up each time its ownership moves with its VM. Also the base images a peer holds,
// so that every peer knows where an image can be fetched from.
import type { supercloud } from '../../proto/gen/wire.js'
import { InvalidInventoryError } from './inventory.js'

export type DiskRecordMsg = supercloud.vm.IDiskRecord
export type ImageRecordMsg = supercloud.vm.IImageRecord

export interface DiskRecordData {
  /** `disk-` + 16 hex digits. */
  id: string
  name: string
  sizeBytes: number
  /** The base image's SHA-256, or absent for a disk made blank. */
  baseSha256?: string
  /** The VM it is attached to. */
  vmId?: string
  epoch: number
  createdAtMs: number
  /** The disk's own blocks, in bytes (what migrations carry). */
  writtenBytes: number
}

export interface ImageRecordData {
  sha256: string
  name: string
  sizeBytes: number
}

export const DISK_ID = /^disk-[0-9a-f]{16}$/
export const SHA256 = /^[0-9a-f]{64}$/
export const DISK_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/i
export const MAX_DISKS_PER_INVENTORY = 4000
export const MAX_IMAGES_PER_INVENTORY = 1000

export function toDiskMsg (d: DiskRecordData): DiskRecordMsg {
  return { id: d.id, name: d.name, sizeBytes: d.sizeBytes, baseSha256: d.baseSha256 ?? '', vmId: d.vmId ?? '', epoch: d.epoch, createdAtMs: d.createdAtMs, writtenBytes: d.writtenBytes }
}

export function fromDiskMsg (m: DiskRecordMsg): DiskRecordData {
  const bad = (what: string): never => { throw new InvalidInventoryError(`disk record ${String(m.id)}: ${what}`) }
  const id = m.id ?? ''
  if (!DISK_ID.test(id)) bad('bad id')
  const name = m.name ?? ''
  if (!DISK_NAME.test(name)) bad('bad name')
  const sizeBytes = m.sizeBytes ?? 0
  if (!Number.isSafeInteger(sizeBytes) || sizeBytes <= 0) bad('bad size')
  const base = m.baseSha256 ?? ''
  if (base !== '' && !SHA256.test(base)) bad('bad base hash')
  const vmId = m.vmId ?? ''
  if (vmId !== '' && !/^vm-[0-9a-f]{16}$/.test(vmId)) bad('bad VM id')
  const epoch = m.epoch ?? 0
  if (!Number.isSafeInteger(epoch) || epoch < 1) bad('bad epoch')
  const writtenBytes = m.writtenBytes ?? 0
  if (!Number.isSafeInteger(writtenBytes) || writtenBytes < 0 || writtenBytes > sizeBytes) bad('bad written bytes')
  return { id, name, sizeBytes, ...(base === '' ? {} : { baseSha256: base }), ...(vmId === '' ? {} : { vmId }), epoch, createdAtMs: m.createdAtMs ?? 0, writtenBytes }
}

export function fromImageMsg (m: ImageRecordMsg): ImageRecordData {
  const sha256 = m.sha256 ?? ''
  if (!SHA256.test(sha256)) throw new InvalidInventoryError(`image record: bad hash ${sha256.slice(0, 80)}`)
  const sizeBytes = m.sizeBytes ?? 0
  if (!Number.isSafeInteger(sizeBytes) || sizeBytes <= 0) throw new InvalidInventoryError(`image ${sha256}: bad size`)
  return { sha256, name: (m.name ?? '').slice(0, 64), sizeBytes }
}
