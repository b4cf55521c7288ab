// Which record of a VM the cloud believes, from every inventory held: the highest epoch (each record
// was checked on arrival to be owned by its inventory's signer, through the chain of handoffs), this
// peer's own record at the same epoch, else the live one, else the newest. A VM whose owner is dead,
// left, or restarted since it signed reads `lost`, unless it was stopped (or lost already).
import type { PeerState } from '../membership/table.js'
import type { InventoryData, VmPhase, VmRecordData } from './inventory.js'
import type { DiskRecordData, ImageRecordData } from './disk-record.js'

/** A record as every peer sees it: with its owner, and its phase as it stands given the owner's liveness. */
export interface CloudVm extends VmRecordData {
  owner: string
  ownerState: PeerState | 'unknown'
  /** The phase the owner last published (differs from `phase` when the VM is shown lost). */
  recordedPhase: VmPhase
}

/** A disk record as every peer sees it, with its owner (the peer that holds its blocks). */
export interface CloudDisk extends DiskRecordData {
  owner: string
  ownerState: PeerState | 'unknown'
}

/** A base image, with every peer known to hold it. */
export interface CloudImage extends ImageRecordData {
  peers: string[]
}

/** What the resolution needs to know of the peers: who this peer is, and the others' liveness. */
export interface PeerView {
  self: string
  /** This run's incarnation: records this peer signed in an earlier run are lost. */
  incarnation: number
  entry: (id: string) => { state: PeerState, descriptor: { startedAtMs: number } } | undefined
}

/** One record per VM id, oldest VM first. */
export function resolveRecords (inventories: readonly InventoryData[], peers: PeerView): CloudVm[] {
  const byId = new Map<string, CloudVm>()
  for (const inventory of inventories) {
    const state = ownerState(inventory, peers)
    for (const record of inventory.vms) {
      const vm = view(record, inventory, state)
      const other = byId.get(vm.id)
      if (other === undefined || vm.epoch > other.epoch || (vm.epoch === other.epoch && other.owner !== peers.self && (vm.owner === peers.self || prefer(vm, other)))) byId.set(vm.id, vm)
    }
  }
  return [...byId.values()].sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id))
}

/** One record per disk id: the highest epoch; at the same epoch this peer's own. */
export function resolveDisks (inventories: readonly InventoryData[], peers: PeerView): CloudDisk[] {
  const byId = new Map<string, CloudDisk>()
  for (const inventory of inventories) {
    const state = ownerState(inventory, peers).state
    for (const d of inventory.disks) {
      const other = byId.get(d.id)
      if (other === undefined || d.epoch > other.epoch || (d.epoch === other.epoch && inventory.owner === peers.self)) byId.set(d.id, { ...d, owner: inventory.owner, ownerState: state })
    }
  }
  return [...byId.values()].sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id))
}

/** Every base image held by a peer whose records stand (not dead, left or restarted), with those peers. */
export function resolveImages (inventories: readonly InventoryData[], peers: PeerView): CloudImage[] {
  const bySha = new Map<string, CloudImage>()
  for (const inventory of inventories) {
    if (ownerState(inventory, peers).lost !== undefined && inventory.owner !== peers.self) continue
    for (const i of inventory.images) {
      const known = bySha.get(i.sha256)
      if (known === undefined) bySha.set(i.sha256, { ...i, peers: [inventory.owner] })
      else known.peers.push(inventory.owner)
    }
  }
  return [...bySha.values()]
}

function view (record: VmRecordData, inventory: InventoryData, state: { state: PeerState | 'unknown', lost?: string }): CloudVm {
  const base = { ...record, owner: inventory.owner, ownerState: state.state, recordedPhase: record.phase }
  if (state.lost === undefined || record.phase === 'lost' || record.phase === 'stopped') return base
  return { ...base, phase: 'lost', reason: state.lost }
}

/** The owner's liveness, and why its running VMs are gone if they are. */
function ownerState (inventory: InventoryData, peers: PeerView): { state: PeerState | 'unknown', lost?: string } {
  if (inventory.owner === peers.self) {
    return inventory.incarnation === peers.incarnation ? { state: 'alive' } : { state: 'alive', lost: 'this peer restarted since' }
  }
  const entry = peers.entry(inventory.owner)
  if (entry === undefined) return { state: 'unknown' }
  if (entry.state === 'dead') return { state: 'dead', lost: `its peer ${inventory.owner} is dead` }
  if (entry.state === 'left') return { state: 'left', lost: `its peer ${inventory.owner} left the cloud` }
  if (entry.descriptor.startedAtMs > inventory.incarnation) return { state: entry.state, lost: `its peer ${inventory.owner} restarted` }
  return { state: entry.state }
}

function prefer (a: CloudVm, b: CloudVm): boolean {
  if (a.epoch !== b.epoch) return a.epoch > b.epoch
  if ((a.phase === 'lost') !== (b.phase === 'lost')) return b.phase === 'lost'
  return a.updatedAtMs > b.updatedAtMs
}
