// VM records and the signed inventory that carries them: every peer signs the set of VMs it owns,
// and a newer inventory of a peer replaces its older one whole. Also the conversions between the
// wire messages and the plain data the rest of the daemon uses.
import { CloudError } from '../core/errors.js'
import type { PrivateKey } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/wire.js'
import { sign, verify } from '../signing/index.js'
import { MAX_VMS_PER_INVENTORY } from './constants.js'
import { peerIdFromString } from '@libp2p/peer-id'
import { peerIdFromBytes } from '../signing/index.js'
import { verifyOwnership, type SignedHandoffMsg } from './handoff.js'
import { fromDiskMsg, fromImageMsg, toDiskMsg, MAX_DISKS_PER_INVENTORY, MAX_IMAGES_PER_INVENTORY, type DiskRecordData, type ImageRecordData } from './disk-record.js'

const { Inventory } = supercloud.vm
export type SignedInventoryMsg = supercloud.vm.ISignedInventory
export type VmRecordMsg = supercloud.vm.IVmRecord

export const VM_PHASES = ['creating', 'running', 'paused', 'stopped', 'migrating', 'failed', 'lost'] as const
export type VmPhase = typeof VM_PHASES[number]

export interface TinyOptionsData {
  busy: boolean
  dirtyPagesPerSec: number
  /** 0 = the guest's default (all of its free RAM). */
  dirtyPercent: number
  fillRam: boolean
}

export interface VmSpecData {
  name: string
  image: string
  memoryBytes: number
  nic: 'ne2k' | 'virtio'
  /** The VM's MAC for life. */
  mac: string
  /** The MAC inside the guest's NIC, when it differs from `mac`. */
  guestMac?: string
  tiny?: TinyOptionsData
  /** The VNet its NIC is plugged into, and its address there. */
  net?: { id: number, ip: string }
  /** Stays where it is except for an evacuation (no drain, rebalancing or topology move). */
  pinned?: boolean
  /** Its disks' ids, IDE hda then hdb. */
  disks?: string[]
  /** To be kept protected, with this checkpoint interval: its owner keeps it replicated (node/vms/keeper.ts). */
  protection?: { intervalMs: number }
}

export interface VmRecordData {
  /** `vm-` + 16 hex digits of sha256(creator ":" nonce): bound to the peer that created it. */
  id: string
  creator: string
  nonce: string
  /** 1 at creation; each migration's handoff (signed by the previous owner) adds one. */
  epoch: number
  /** The handoffs of epochs 2..epoch, in order. */
  handoffs: SignedHandoffMsg[]
  spec: VmSpecData
  phase: VmPhase
  reason?: string
  createdAtMs: number
  updatedAtMs: number
}

export interface InventoryData {
  owner: string
  seq: number
  incarnation: number
  vms: VmRecordData[]
  /** The disks it owns (disk-record.ts); empty from peers before disks. */
  disks: DiskRecordData[]
  /** The base images it holds. */
  images: ImageRecordData[]
  /** The replicas it holds as a standby; absent from peers before them. */
  replicas?: ReplicaRecordData[]
}

/** A replica of VM `vmId` held by the inventory's owner, reserving `memoryBytes` there. */
export interface ReplicaRecordData {
  vmId: string
  memoryBytes: number
}

export class InvalidInventoryError extends CloudError {
  override name = 'InvalidInventoryError'
  readonly status = 400
}

const VM_ID = /^vm-[0-9a-f]{16}$/
const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/
const IPV4 = /^(\d{1,3}\.){3}\d{1,3}$/

export function isVmId (id: string): boolean {
  return VM_ID.test(id)
}

export function toRecordMsg (r: VmRecordData): VmRecordMsg {
  return {
    id: r.id,
    creator: peerIdFromString(r.creator).toMultihash().bytes,
    nonce: r.nonce,
    handoffs: r.handoffs,
    epoch: r.epoch,
    spec: { ...r.spec, guestMac: r.spec.guestMac ?? '', tiny: r.spec.tiny ?? null, net: r.spec.net ?? null, pinned: r.spec.pinned === true, disks: r.spec.disks ?? [], protection: r.spec.protection ?? null },
    phase: r.phase,
    reason: r.reason ?? '',
    createdAtMs: r.createdAtMs,
    updatedAtMs: r.updatedAtMs
  }
}

/** Checks a record from the wire; anything odd is an InvalidInventoryError naming the field. */
export function fromRecordMsg (m: VmRecordMsg): VmRecordData {
  const bad = (what: string): never => { throw new InvalidInventoryError(`VM record ${String(m.id)}: ${what}`) }
  const id = m.id ?? ''
  if (!VM_ID.test(id)) bad('bad id')
  const s = m.spec ?? bad('no spec')
  const phase = m.phase as VmPhase
  if (!VM_PHASES.includes(phase)) bad(`unknown phase ${String(m.phase)}`)
  const name = s.name ?? ''
  if (name.length === 0 || name.length > 64) bad('bad name')
  const image = s.image ?? ''
  if (!/^[a-z0-9-]{1,32}$/.test(image)) bad('bad image')
  const memoryBytes = s.memoryBytes ?? 0
  if (!Number.isSafeInteger(memoryBytes) || memoryBytes <= 0) bad('bad memory size')
  const nic = s.nic
  if (nic !== 'ne2k' && nic !== 'virtio') bad('bad NIC')
  const mac = s.mac ?? ''
  if (!MAC.test(mac)) bad('bad MAC')
  const guestMac = s.guestMac ?? ''
  if (guestMac !== '' && !MAC.test(guestMac)) bad('bad guest MAC')
  const epoch = m.epoch ?? 0
  if (!Number.isSafeInteger(epoch) || epoch < 1) bad('bad epoch')
  let creator = ''
  try {
    creator = peerIdFromBytes(m.creator ?? new Uint8Array()).toString()
  } catch {
    bad('bad creator')
  }
  const nonce = m.nonce ?? ''
  if (!/^[0-9a-f]{8,64}$/.test(nonce)) bad('bad nonce')
  const t = s.tiny
  const net = s.net
  const disks = s.disks ?? []
  if (disks.length > 2 || disks.some(d => !/^disk-[0-9a-f]{16}$/.test(d))) bad('bad disks')
  if (net != null && (!Number.isInteger(net.id) || (net.id ?? 0) < 1 || (net.id ?? 0) >= 1 << 24 || !IPV4.test(net.ip ?? ''))) bad('bad network attachment')
  return {
    id,
    creator,
    nonce,
    epoch,
    handoffs: (m.handoffs ?? []).map(h => ({ handoff: h.handoff ?? new Uint8Array(), signature: h.signature ?? new Uint8Array() })),
    spec: {
      name,
      image,
      memoryBytes,
      nic: nic as 'ne2k' | 'virtio',
      mac,
      ...(guestMac === '' ? {} : { guestMac }),
      ...(t == null ? {} : { tiny: { busy: t.busy ?? false, dirtyPagesPerSec: t.dirtyPagesPerSec ?? 0, dirtyPercent: t.dirtyPercent ?? 0, fillRam: t.fillRam ?? false } }),
      ...(net == null ? {} : { net: { id: net.id ?? 0, ip: net.ip ?? '' } }),
      ...(s.pinned === true ? { pinned: true } : {}),
      ...(disks.length === 0 ? {} : { disks }),
      ...(s.protection == null ? {} : { protection: { intervalMs: s.protection.intervalMs ?? 0 } })
    },
    phase,
    ...((m.reason ?? '') === '' ? {} : { reason: (m.reason ?? '').slice(0, 1000) }),
    createdAtMs: m.createdAtMs ?? 0,
    updatedAtMs: m.updatedAtMs ?? 0
  }
}

export async function signInventory (key: PrivateKey, ownerBytes: Uint8Array, data: Omit<InventoryData, 'owner' | 'disks' | 'images'> & Partial<Pick<InventoryData, 'disks' | 'images'>>): Promise<SignedInventoryMsg> {
  const payload = Inventory.encode({ owner: ownerBytes, seq: data.seq, incarnation: data.incarnation, vms: data.vms.map(toRecordMsg), disks: (data.disks ?? []).map(toDiskMsg), images: data.images ?? [], replicas: data.replicas ?? [] }).finish()
  return { inventory: payload, signature: await sign(key, 'inventory', payload) }
}

/** Decodes a signed inventory and checks it is signed by the peer that owns it. */
export async function openInventory (signed: SignedInventoryMsg): Promise<InventoryData> {
  const payload = signed.inventory ?? new Uint8Array()
  let inv
  try {
    inv = Inventory.decode(payload)
  } catch (err) {
    throw new InvalidInventoryError(`malformed inventory: ${(err as Error).message}`)
  }
  let owner
  try {
    owner = await verify(inv.owner, 'inventory', payload, signed.signature ?? new Uint8Array())
  } catch (err) {
    throw new InvalidInventoryError((err as Error).message)
  }
  if (!Number.isFinite(inv.seq) || inv.seq <= 0) throw new InvalidInventoryError(`inventory of ${owner.toString()} has no sequence number`)
  if (inv.vms.length > MAX_VMS_PER_INVENTORY) throw new InvalidInventoryError(`inventory of ${owner.toString()} lists ${inv.vms.length} VMs`)
  const vms = inv.vms.map(fromRecordMsg)
  if (new Set(vms.map(v => v.id)).size !== vms.length) throw new InvalidInventoryError(`inventory of ${owner.toString()} lists a VM twice`)
  for (const vm of vms) {
    try {
      await verifyOwnership({ vmId: vm.id, epoch: vm.epoch, creator: vm.creator, nonce: vm.nonce, handoffs: vm.handoffs }, owner.toString())
    } catch (err) {
      throw new InvalidInventoryError(`inventory of ${owner.toString()}: ${(err as Error).message}`)
    }
  }
  if (inv.disks.length > MAX_DISKS_PER_INVENTORY || inv.images.length > MAX_IMAGES_PER_INVENTORY) throw new InvalidInventoryError(`inventory of ${owner.toString()} lists ${inv.disks.length} disks and ${inv.images.length} images`)
  const disks = inv.disks.map(fromDiskMsg)
  if (new Set(disks.map(d => d.id)).size !== disks.length) throw new InvalidInventoryError(`inventory of ${owner.toString()} lists a disk twice`)
  const images = inv.images.map(fromImageMsg)
  if (inv.replicas.length > MAX_VMS_PER_INVENTORY) throw new InvalidInventoryError(`inventory of ${owner.toString()} lists ${inv.replicas.length} replicas`)
  const replicas = inv.replicas.map(r => ({ vmId: r.vmId ?? '', memoryBytes: r.memoryBytes ?? 0 }))
  if (replicas.some(r => !VM_ID.test(r.vmId) || !Number.isFinite(r.memoryBytes) || r.memoryBytes < 0)) throw new InvalidInventoryError(`inventory of ${owner.toString()} lists a bad replica`)
  return { owner: owner.toString(), seq: inv.seq, incarnation: inv.incarnation, vms, disks, images, replicas }
}
