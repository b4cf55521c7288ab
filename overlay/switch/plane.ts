// What the control plane says about one VNet: where every MAC on it lives (a VM's owner, with the
// VM's epoch; a host port's peer), which MAC holds each address, and which peers have ports on it.
// Built from the VNet record and the VM records; the switch forwards and polices by it.
import type { VnetData } from '../networks/vnet.js'
import { macKey } from './frames.js'

/** A VM attached to a VNet, as its owner's record says. */
export interface AttachedVm {
  vmId: string
  mac: string
  netId: number
  ip: string
  owner: string
  epoch: number
  /** It has a NIC port somewhere (running, paused or migrating). */
  live: boolean
}

export interface PlaneView {
  vnet: VnetData
  /** MAC → the peer it lives on. */
  macPeer: Map<string, string>
  /** The same by MAC key (frames.ts macKeyAt): what the switch looks up per frame. */
  macPeerByKey: Map<number, string>
  /** Address → the MAC that holds it. */
  ipMac: Map<string, string>
  /** Peers other than this one with ports on the VNet: where broadcasts go. */
  peers: Set<string>
}

export function planeView (vnet: VnetData, vms: AttachedVm[], selfId: string): PlaneView {
  const macPeer = new Map<string, string>()
  const epochs = new Map<string, number>()
  const ipMac = new Map<string, string>()
  const peers = new Set<string>()
  for (const l of vnet.leases) {
    if (l.peer === undefined) continue
    macPeer.set(l.mac, l.peer)
    ipMac.set(l.ip, l.mac)
    peers.add(l.peer)
  }
  for (const vm of vms) {
    if (vm.netId !== vnet.id || !vm.live) continue
    // Migration moves a MAC with a higher epoch: the newest owner wins.
    if ((epochs.get(vm.mac) ?? 0) > vm.epoch) continue
    epochs.set(vm.mac, vm.epoch)
    macPeer.set(vm.mac, vm.owner)
    ipMac.set(vm.ip, vm.mac)
    peers.add(vm.owner)
  }
  peers.delete(selfId)
  const macPeerByKey = new Map<number, string>()
  for (const [mac, peer] of macPeer) macPeerByKey.set(macKey(mac), peer)
  return { vnet, macPeer, macPeerByKey, ipMac, peers }
}
