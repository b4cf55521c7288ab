// VMs as the API and CLI show them (`vm ls|show|create|restore --json`).
import type { GuestInfo } from '../hypervisor/types.js'
import type { VmPhase, VmRecordData } from '../../overlay/records/index.js'
import type { ProtectionView } from './protect.js'

export interface VmView {
  id: string
  name: string
  /** Peer id of the owner. */
  peer: string
  provider: string
  region: string
  phase: VmPhase
  reason?: string
  image: string
  /** Guest RAM, bytes. */
  memory: number
  nic: string
  mac: string
  /** The MAC inside the guest's NIC, when its port translates. */
  guestMac?: string
  /** Its VNet and address there, when attached. */
  net?: { id: number, name?: string, ip: string }
  /** Stays where it is except for an evacuation. */
  pinned: boolean
  /** Its disks' ids, hda then hdb. */
  disks?: string[]
  epoch: number
  createdAt: string
  updatedAt: string
  guest?: GuestInfo
  /** Protected: the running guest, ahead of `guest` (the last checkpoint its standby acknowledged). */
  guestLive?: GuestInfo
  protection?: ProtectionView
  note?: string
  /** The owner could not be asked: this is its last published record, without live guest state. */
  stale?: boolean
}

export function toView (record: VmRecordData & { phase: VmPhase }, owner: { id: string, provider: string, region: string }, extra: { guest?: GuestInfo, guestLive?: GuestInfo, protection?: ProtectionView, note?: string, stale?: boolean, netName?: (id: number) => string | undefined } = {}): VmView {
  const { spec } = record
  return {
    id: record.id,
    name: spec.name,
    peer: owner.id,
    provider: owner.provider,
    region: owner.region,
    phase: record.phase,
    ...(record.reason === undefined ? {} : { reason: record.reason }),
    image: spec.image,
    memory: spec.memoryBytes,
    nic: spec.nic,
    mac: spec.mac,
    ...(spec.guestMac === undefined ? {} : { guestMac: spec.guestMac }),
    ...(spec.net === undefined ? {} : { net: { ...spec.net, ...(extra.netName === undefined ? {} : { name: extra.netName(spec.net.id) }) } }),
    pinned: spec.pinned === true,
    ...(spec.disks === undefined ? {} : { disks: spec.disks }),
    epoch: record.epoch,
    createdAt: new Date(record.createdAtMs).toISOString(),
    updatedAt: new Date(record.updatedAtMs).toISOString(),
    ...(extra.guest === undefined ? {} : { guest: extra.guest }),
    ...(extra.guestLive === undefined ? {} : { guestLive: extra.guestLive }),
    protection: extra.protection ?? { state: 'unprotected', framesHeld: 0, epoch: 0, intervalMs: 0 },
    ...(extra.note === undefined ? {} : { note: extra.note }),
    ...(extra.stale === true ? { stale: true } : {})
  }
}
