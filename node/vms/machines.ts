// What turns a VM record into a running guest and back: booting or restoring its machine, plugging
// its NIC into its VNet's switch, the address it holds there, and tearing all of it down. The
// manager decides when (one action at a time per VM); this does it.
import type { Logger } from '../log.js'
import type { GuestImage } from '../hypervisor/images.js'
import type { SerialPort } from '../hypervisor/devices/serial.js'
import type { DiskAttachment, Machine, MachineConfig, VmEngine } from '../hypervisor/types.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import type { VmNetwork } from '../net/service.js'
import { VmSpecError } from './errors.js'

/** A VM this peer owns, with what it has while it runs (its controller's state). */
export interface VmState {
  record: VmRecordData
  machine?: Machine
  /** Kept after the machine is gone, for `vm logs`. */
  serial?: SerialPort
  /** Takes the NIC off its VNet's switch. */
  unplug?: () => void
  /** Something the user should know (a restored VM that got a new MAC). */
  note?: string
}

export interface MachinesComponents {
  engine: VmEngine
  log: Logger
  network?: VmNetwork
  /** Where the VM's disks are on this peer (node/disks); without it, VMs have none. */
  diskAttachments?: (ids: string[]) => DiskAttachment[]
}

const READY_TIMEOUT_MS = 10_000

export class Machines {
  constructor (private readonly c: MachinesComponents) {}

  /**
   * Boots the VM's image from scratch (create, or start after a stop or loss) and runs it;
   * `failed` is told if the machine dies later.
   */
  async boot (vm: VmState, image: GuestImage, signal: AbortSignal, failed: (message: string) => Promise<void>): Promise<void> {
    const { spec } = vm.record
    const prefix = spec.net === undefined ? undefined : this.c.network?.prefixLength(spec.net.id)
    const ipv4 = spec.net === undefined || prefix === undefined ? undefined : { address: spec.net.ip, prefixLength: prefix }
    const { boot, guestConfig } = await image.boot({ name: spec.name, nic: spec.nic, tiny: spec.tiny, ipv4, disks: spec.disks?.length ?? 0 })
    // A fresh boot gives the NIC the VM's own MAC again: no more translation.
    if (spec.guestMac !== undefined) {
      const { guestMac: _gone, ...rest } = spec
      vm.record = { ...vm.record, spec: rest }
    }
    const machine = await this.c.engine.create(this.config(vm, image, { boot, guestConfig }), { signal })
    this.adopt(vm, machine, failed)
    await machine.run({ signal })
    if (image.hypercall) await machine.waitGuestReady({ signal: AbortSignal.any([signal, AbortSignal.timeout(READY_TIMEOUT_MS)]) })
  }

  /**
   * The VM's machine from a snapshot file, paused at the instant it was taken. `acpi` is the
   * snapshot's: the guest keeps the interrupt controllers it was booted with, whatever the image's now.
   */
  async restore (vm: VmState, image: GuestImage, bytes: Uint8Array, acpi: boolean, signal: AbortSignal, failed: (message: string) => Promise<void>): Promise<Machine> {
    // Nothing to boot: this peer need not have the image's files.
    const machine = await this.c.engine.restore({ ...this.config(vm, image, { boot: { kind: 'none' }, guestConfig: {} }), acpi }, bytes, { signal })
    this.adopt(vm, machine, failed)
    return machine
  }

  /** Unplugs and destroys the VM's machine, if it has one. */
  async drop (vm: VmState): Promise<void> {
    vm.unplug?.()
    vm.unplug = undefined
    const machine = vm.machine
    vm.machine = undefined
    await machine?.destroy().catch(err => { this.c.log.warn({ err, vm: vm.record.id }, 'destroying a machine failed') })
  }

  /** An address on VNet `net` (the one asked for, or any free one), recorded in the VM's spec. */
  async takeAddress (vm: VmState, net: { id: number, ip?: string }): Promise<void> {
    const { ip } = await this.network().lease(net.id, vm.record.id, vm.record.spec.mac, net.ip)
    vm.record = { ...vm.record, spec: { ...vm.record.spec, net: { id: net.id, ip } }, updatedAtMs: Date.now() }
  }

  /** Gives the VM's address back and takes the VNet out of its spec. */
  async giveAddressBack (vm: VmState): Promise<void> {
    const net = vm.record.spec.net
    if (net === undefined) return
    const { net: _gone, ...spec } = vm.record.spec
    vm.record = { ...vm.record, spec, updatedAtMs: Date.now() }
    await this.network().release(net.id, vm.record.id)
  }

  /** Plugs the machine's NIC into the switch of the VM's VNet (if it has one). */
  plug (vm: VmState, machine: Machine): void {
    const net = vm.record.spec.net
    if (net === undefined || this.c.network === undefined) return
    vm.unplug?.()
    vm.unplug = this.c.network.plug(net.id, { id: vm.record.id, mac: vm.record.spec.mac, ip: net.ip }, machine.nic)
  }

  unplug (vm: VmState): void {
    vm.unplug?.()
    vm.unplug = undefined
  }

  /**
   * Tells the VM's VNet where it is now: this peer's inventory over the VNet's tunnels, ahead of a
   * gratuitous ARP from the VM's address.
   */
  async announceOnNet (vm: VmState): Promise<void> {
    await this.c.network?.announce(vm.record.id).catch(() => {})
  }

  private network (): VmNetwork {
    if (this.c.network === undefined) throw new VmSpecError('this peer has no virtual network')
    return this.c.network
  }

  config (vm: VmState, image: GuestImage, boot: Pick<MachineConfig, 'boot' | 'guestConfig'>): MachineConfig {
    const { id, spec } = vm.record
    return { id, memoryBytes: spec.memoryBytes, vgaMemoryBytes: image.vgaMemoryBytes, nic: spec.nic, mac: spec.mac, acpi: image.acpi, ...boot, disks: this.disks(spec.disks ?? []) }
  }

  /** The disks a machine of the VM opens, hda then hdb. */
  disks (ids: string[]): DiskAttachment[] {
    if (ids.length === 0) return []
    if (this.c.diskAttachments === undefined) throw new VmSpecError('this peer has no disks')
    return this.c.diskAttachments(ids)
  }

  /** Makes `machine` the VM's, plugged into its VNet; `failed` is told when it dies under the VM. */
  adopt (vm: VmState, machine: Machine, failed: (message: string) => Promise<void>): void {
    vm.machine = machine
    vm.serial = machine.serial
    this.plug(vm, machine)
    machine.ended.then(async end => {
      if (end.kind !== 'failed' || vm.machine !== machine) return
      this.c.log.warn({ vm: vm.record.id, reason: end.message }, 'VM failed')
      await this.drop(vm)
      await failed(end.message)
    }).catch(() => {})
  }
}
