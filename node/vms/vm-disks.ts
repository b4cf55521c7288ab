// A VM's disks, as its controller changes them: attached at create (registry.ts) or to a stopped VM,
// detached from a stopped VM, and kept (detached) or removed when the VM is destroyed. The disks and
// their files are the peer's DiskService's (node/disks); the VM's spec lists their ids, hda first.
import type { DiskService } from '../disks/service.js'
import { DiskInUseError, DiskRecordNotFoundError } from '../disks/errors.js'
import type { VmState } from './machines.js'
import type { MigratingDisk } from '../../overlay/migration/disks.js'
import { DEFAULT_BLOCK_BYTES } from '../hypervisor/disks/index.js'
import type { SnapshotDisk } from '../hypervisor/snapshot/disk-section.js'
import { DISK_NAME } from '../../overlay/records/index.js'

/** IDE hda and hdb. */
export const MAX_VM_DISKS = 2

export class VmDisks {
  constructor (private readonly disks: DiskService) {}

  /** Attaches disk `ref` (here, free) as the VM's next drive. */
  attach (vm: VmState, ref: string): void {
    const ids = vm.record.spec.disks ?? []
    if (ids.length >= MAX_VM_DISKS) throw new DiskInUseError(`vm ${vm.record.spec.name} has ${ids.length} disks already (IDE hda and hdb)`)
    const [id] = this.disks.claim([ref], vm.record.id)
    if (id === undefined || ids.includes(id)) return
    vm.record = { ...vm.record, spec: { ...vm.record.spec, disks: [...ids, id] }, updatedAtMs: Date.now() }
  }

  detach (vm: VmState, ref: string): void {
    const ids = vm.record.spec.disks ?? []
    const d = this.disks.find(ref)
    if (d === undefined || !ids.includes(d.id)) throw new DiskRecordNotFoundError(`vm ${vm.record.spec.name} has no disk ${ref} (it has ${ids.length === 0 ? 'none' : ids.join(', ')})`)
    this.disks.release(d.id)
    const { disks: _gone, ...spec } = vm.record.spec
    const left = ids.filter(i => i !== d.id)
    vm.record = { ...vm.record, spec: { ...spec, ...(left.length === 0 ? {} : { disks: left }) }, updatedAtMs: Date.now() }
  }

  /** The VM now runs elsewhere, and its disks with it: their files and records go from here. */
  async left (vm: VmState): Promise<void> {
    for (const id of vm.record.spec.disks ?? []) if (this.disks.find(id)?.vmId === vm.record.id) await this.disks.drop(id)
  }

  /** What a migration (or a replication) of the VM offers: its disks' records, hda first. */
  migrating (vm: { spec: { name: string, disks?: string[] } }): MigratingDisk[] {
    return (vm.spec.disks ?? []).map(id => {
      const record = this.disks.find(id)
      if (record === undefined) throw new DiskRecordNotFoundError(`disk ${id} of vm ${vm.spec.name} is not on this peer`)
      return { record, blockBytes: DEFAULT_BLOCK_BYTES }
    })
  }

  /** The VM's disks by id and name, hda first (what a snapshot of it records). */
  named (vm: VmState): Array<{ id: string, name: string }> {
    return (vm.record.spec.disks ?? []).map(id => ({ id, name: this.disks.find(id)?.name ?? id }))
  }

  /**
   * New disks for VM `vmId` restored from a snapshot, hda first: each like the snapshot's (size, block
   * size, base image, fetched by hash if this peer lacks it), empty until the machine writes the
   * snapshot's blocks into it, and named after its original (with the VM's id when that name is
   * taken). All or none: a failure removes those made. Returns their ids.
   */
  async forRestore (disks: readonly SnapshotDisk[], names: readonly string[], vmId: string): Promise<string[]> {
    const made: string[] = []
    try {
      for (const [i, d] of disks.entries()) {
        const name = this.freeName(names[i] ?? `disk${i}`, vmId)
        const record = await this.disks.create({ name, sizeBytes: d.sizeBytes, blockBytes: d.blockBytes, ...(d.baseSha256 === null ? {} : { from: d.baseSha256 }) })
        made.push(record.id)
      }
      this.disks.claim(made, vmId)
      return made
    } catch (err) {
      await this.discard(made)
      throw err
    }
  }

  /** Disks made for a restore that did not happen: files and records go. */
  async discard (ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.disks.drop(id).catch(() => {})
  }

  private freeName (name: string, vmId: string): string {
    if (!this.disks.nameTaken(name)) return name
    const suffixed = `${name.slice(0, 63 - 13)}-${vmId.slice(3, 15)}`
    return DISK_NAME.test(suffixed) ? suffixed : `disk-${vmId.slice(3)}`
  }

  /** The VM is destroyed: its disks are detached, or removed with it. */
  async gone (vm: VmState, withDisks: boolean): Promise<void> {
    for (const id of vm.record.spec.disks ?? []) {
      if (withDisks) await this.disks.drop(id)
      else this.disks.release(id)
    }
  }
}
