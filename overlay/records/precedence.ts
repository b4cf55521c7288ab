// Which record of a VM the cloud believes, from every inventory held: the highest epoch (each record
// was checked on arrival to be owned by its inventory's signer, through the chain of handoffs), this
// peer's own record at the same epoch, else the live one, else the newest. A VM whose owner is dead,
// left, or restarted since it signed reads `lost`, unless it was stopped (or lost already).
import type { PeerState } from '../membership/table.js'
import type { InventoryData, VmPhase, VmRecordData } from './inventory.js'

/** A record as every peer sees it: with its owner, and its phase as it stands given the owner's liveness. */
export interface CloudVm extends VmRecordData {
  owner: string
  ownerState: PeerState | 'unknown'
  /** The phase the owner last published (differs from `phase` when the VM is shown lost). */
  recordedPhase: VmPhase
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
