// The VMs this peer owns: a controller each (controller.ts), and what they share — the memory
// budget, unique names and MACs, persistence (vms.json) and one debounced publish of this peer's
// signed inventory. Operations on VMs elsewhere never come here (router.ts sends them to their owner).
import { join } from 'node:path'
import type { Logger } from '../log.js'
import type { DiskStatus, Machine, VmEngine } from '../hypervisor/types.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import { readSnapshotLayout } from '../hypervisor/snapshot/format.js'
import { SnapshotError } from '../hypervisor/errors.js'
import { randomMac } from '../hypervisor/mac.js'
import type { VmRecordData, VmSpecData } from '../../overlay/records/index.js'
import { newVmIdentity } from '../../overlay/records/handoff.js'
import type { MigrationOutcome } from '../../overlay/migration/types.js'
import { CapacityError, VmNotFoundError, VmSpecError } from './errors.js'
import { traits } from './phases.js'
import { checkMemory, createRequestSchema, specFor, VM_NAME, type CreateRequest } from './spec.js'
import type { Schedule } from './schedule.js'
import { VMS_FILE, VmStore } from './store.js'
import { snapshotMetaSchema, type SnapshotMeta } from './snapshot-meta.js'
import type { VmNetwork } from '../net/service.js'
import { Machines } from './machines.js'
import { VmController, type ControllerHost, type SourceMove } from './controller.js'
import type { VmDetail } from './detail.js'
import type { ProtectionDetail } from './protect.js'
import type { DiskService } from '../disks/service.js'
import { VmDisks } from './vm-disks.js'

export interface VmRegistryComponents {
  engine: VmEngine
  images: ImageCatalog
  log: Logger
  /** Publishes this peer's whole inventory. */
  publish: (vms: VmRecordData[]) => Promise<void>
  /** Names and MACs held by VMs anywhere in the cloud (lost VMs hold none). */
  taken: () => { names: Set<string>, macs: Map<string, string> }
  /** Runs the migration protocol as the source (overlay/migration). */
  migrate: (move: SourceMove) => Promise<MigrationOutcome>
  /** Addresses and switch ports; without it VMs cannot be attached to VNets. */
  network?: VmNetwork
  /** Whether this peer takes new VMs; without it, it always does. */
  schedule?: Schedule
  /** The disks on this peer (issue 17); without them, VMs have none. */
  disks?: DiskService
}

export interface VmRegistryInit {
  peerId: string
  dataDir: string
  /** Guest RAM this peer offers to VMs. */
  memoryBudgetBytes: number
}

export class VmRegistry {
  private readonly vms = new Map<string, VmController>()
  private readonly store: VmStore
  private readonly host: ControllerHost
  /** Memory reserved by VMs migrating in. */
  private incomingBytes = 0
  /** The publish that is queued and not yet begun: later changes join it. */
  private queued: Promise<void> | undefined
  private publishing: Promise<void> = Promise.resolve()
  /** Set once the protections exist (they need this registry first): what `detail` shows of them. */
  protection: ((id: string) => ProtectionDetail | undefined) | undefined

  constructor (private readonly c: VmRegistryComponents, private readonly init: VmRegistryInit) {
    this.store = new VmStore(join(init.dataDir, VMS_FILE), c.log)
    this.host = {
      machines: new Machines({ ...c, ...(c.disks === undefined ? {} : { diskAttachments: ids => c.disks?.attachments(ids) ?? [] }) }),
      ...(c.disks === undefined ? {} : { disks: new VmDisks(c.disks) }),
      images: c.images,
      log: c.log,
      selfId: init.peerId,
      reserve: bytes => { this.reserve(bytes) },
      announce: async () => { await this.announce() },
      forget: id => { this.vms.delete(id) },
      migrate: async move => await c.migrate(move),
      protection: id => this.protection?.(id)
    }
  }

  /** Loads what this peer owned before a restart: VMs that ran are lost (their memory died with the process). */
  async start (): Promise<void> {
    await this.c.engine.start()
    const now = Date.now()
    for (const record of await this.store.load()) {
      const lost = record.phase !== 'stopped' && record.phase !== 'lost'
      this.add(lost ? { ...record, phase: 'lost', reason: 'the peer restarted while it ran; its memory is gone', updatedAtMs: now } : record)
    }
    await this.announce()
  }

  /** Daemon shutdown: the guests die with it and are recorded (and announced) as lost. */
  async stop (): Promise<void> {
    await Promise.all([...this.vms.values()].map(async vm => { await vm.shutdown() }))
    await this.announce().catch(err => { this.c.log.warn({ err }, 'announcing the lost VMs failed') })
    await this.c.engine.stop()
  }

  /** The controller of VM `id`, which this peer owns. */
  get (id: string): VmController {
    const vm = this.vms.get(id)
    if (vm === undefined) throw new VmNotFoundError(`no VM ${id} on this peer`)
    return vm
  }

  has (id: string): boolean {
    return this.vms.has(id)
  }

  /** The record of VM `id`, if this peer has it. */
  peek (id: string): VmRecordData | undefined {
    return this.vms.get(id)?.record
  }

  records (): VmRecordData[] {
    return [...this.vms.values()].map(vm => vm.record)
  }

  async list (): Promise<VmDetail[]> {
    return await Promise.all([...this.vms.values()].map(async vm => await vm.detail()))
  }

  usage (): { count: number, memoryBytes: number } {
    let memoryBytes = this.incomingBytes
    for (const vm of this.vms.values()) if (traits(vm.phase).holdsMemory) memoryBytes += vm.record.spec.memoryBytes
    return { count: this.vms.size, memoryBytes }
  }

  freeMemoryBytes (): number {
    return Math.max(0, this.init.memoryBudgetBytes - this.usage().memoryBytes)
  }

  /** What the peer's disk budget has left (none without disks). */
  freeDiskBytes (): number {
    const usage = this.c.disks?.usage()
    return usage === undefined ? 0 : Math.max(0, usage.budgetBytes - usage.bytes)
  }

  async create (input: unknown): Promise<VmDetail> {
    const parsed = createRequestSchema.safeParse(input)
    if (!parsed.success) throw new VmSpecError(`bad VM request: ${parsed.error.issues.map(i => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ')}`)
    const request: CreateRequest = parsed.data
    this.c.schedule?.assertSchedulable()
    const image = this.c.images.get(request.image)
    const { id, nonce } = newVmIdentity(this.init.peerId)
    const taken = this.c.taken()
    const name = request.name ?? `${image.name}-${id.slice(3, 9)}`
    if (taken.names.has(name) || this.nameTakenHere(name)) throw new VmSpecError(`a VM named ${name} exists`)
    this.reserve(specFor(request, image, name).memoryBytes)
    const disks = request.disks === undefined || request.disks.length === 0 ? [] : this.claimDisks(request.disks, id)
    const spec: VmSpecData = { ...specFor(request, image, name), mac: this.freshMac(taken.macs), ...(disks.length === 0 ? {} : { disks }) }
    const vm = this.add({ id, creator: this.init.peerId, nonce, epoch: 1, handoffs: [], spec, phase: 'creating', createdAtMs: Date.now(), updatedAtMs: Date.now() })
    await this.announce()
    try {
      await vm.boot(request.net === undefined ? {} : { address: request.net })
    } catch (err) {
      await vm.dispatch({ kind: 'destroy' })
      throw err
    }
    return await vm.detail()
  }

  /**
   * A new VM (new id) from a snapshot file's bytes. It keeps the snapshot's MAC unless a live VM in
   * the cloud holds it; then it gets a new one and the detail's note says so.
   */
  async restore (bytes: Uint8Array, options: { name?: string } = {}): Promise<VmDetail> {
    this.c.schedule?.assertSchedulable()
    const layout = readSnapshotLayout(bytes)
    const meta = parseMeta(layout.header.meta)
    const snapDisks = layout.header.machine.disks ?? []
    const specDisks = meta.spec.disks ?? []
    if (specDisks.length > 0 && snapDisks.length === 0) throw new SnapshotError(`the snapshot is of a VM with disks (${specDisks.join(', ')}) and carries none of their contents: it was taken before snapshots carried disks (format version 1). Migrate the VM instead, or take a new snapshot`)
    if (specDisks.length !== snapDisks.length) throw new SnapshotError(`the snapshot's VM has ${specDisks.length} disks, its machine ${snapDisks.length}`)
    if (snapDisks.length > 0 && this.host.disks === undefined) throw new VmSpecError('the snapshot has disks, and this peer has none')
    const image = this.c.images.get(meta.spec.image)
    checkMemory(meta.spec.memoryBytes, image)
    const m = layout.header.machine
    if (m.memoryBytes !== meta.spec.memoryBytes || m.nic !== meta.spec.nic) throw new SnapshotError('snapshot machine does not match its VM spec (memory size or NIC)')
    if (m.vgaMemoryBytes !== image.vgaMemoryBytes) throw new SnapshotError(`snapshot has ${m.vgaMemoryBytes} bytes of video memory; ${image.name} VMs here have ${image.vgaMemoryBytes}`)
    if (options.name !== undefined && !VM_NAME.test(options.name)) throw new VmSpecError(`bad VM name: ${options.name}`)
    const { id, nonce } = newVmIdentity(this.init.peerId)
    const taken = this.c.taken()
    const free = (name: string): boolean => !taken.names.has(name) && !this.nameTakenHere(name)
    const name = options.name ?? (free(meta.spec.name) ? meta.spec.name : `${meta.spec.name}-${id.slice(3, 7)}`)
    if (!free(name)) throw new VmSpecError(`a VM named ${name} exists`)
    const holder = taken.macs.get(meta.spec.mac) ?? this.macHolderHere(meta.spec.mac)
    const mac = holder === undefined ? meta.spec.mac : this.freshMac(taken.macs)
    this.reserve(meta.spec.memoryBytes)
    const { net, guestMac: _guestMac, disks: _disks, ...kept } = meta.spec
    // Copies of its disks, here: the machine's restore fills them with the snapshot's blocks.
    const disks = snapDisks.length === 0 ? [] : await this.host.disks?.forRestore(snapDisks, specDisks.map((d, i) => meta.disks?.[i]?.name ?? d), id) ?? []
    if (disks.length > 0) {
      // Making them took a while (a base image may have been fetched): the room and the name again.
      try {
        this.reserve(meta.spec.memoryBytes)
        if (!free(name)) throw new VmSpecError(`a VM named ${name} exists`)
      } catch (err) {
        await this.host.disks?.discard(disks)
        throw err
      }
    }
    const spec: VmSpecData = { ...kept, name, mac, ...(m.mac === mac ? {} : { guestMac: m.mac }), ...(disks.length === 0 ? {} : { disks }) }
    const vm = this.add({ id, creator: this.init.peerId, nonce, epoch: 1, handoffs: [], spec, phase: 'creating', createdAtMs: Date.now(), updatedAtMs: Date.now() })
    if (holder !== undefined) vm.addNote(`MAC ${meta.spec.mac} is held by vm ${holder}: this VM got ${mac} (the guest keeps ${m.mac} inside; its port translates)`)
    await this.announce()
    try {
      await vm.restore(bytes, { acpi: m.acpi === true, run: meta.phase === 'running', ...(net === undefined ? {} : { address: net }), ...(meta.console === undefined ? {} : { console: Buffer.from(meta.console, 'base64') }) })
    } catch (err) {
      // The disks were made for it: they go with it.
      await vm.dispatch({ kind: 'destroy', withDisks: disks.length > 0 })
      throw err
    }
    this.c.log.info({ vm: id, name, from: meta.vm, mac, note: vm.state.note }, 'restored a VM from a snapshot')
    return await vm.detail()
  }

  /** A VM that migrated here (migrate-in.ts): from now on this peer owns it. */
  async adopt (record: VmRecordData, machine: Machine, run: boolean): Promise<{ runningAt: number, published: Promise<void> }> {
    const vm = this.add(record)
    return await vm.adopt(machine, run, async () => { await this.store.save(this.records()) })
  }

  /** Room for a VM migrating in, held until it arrives or is given up. */
  reserveIncoming (memoryBytes: number): () => void {
    this.c.schedule?.assertSchedulable()
    this.reserve(memoryBytes)
    this.incomingBytes += memoryBytes
    let released = false
    return () => {
      if (released) return
      released = true
      this.incomingBytes -= memoryBytes
    }
  }

  /**
   * Persists and publishes the inventory. Changes that come while a publish is under way join the
   * one queued behind it: however many VMs change at once, at most two publishes are in flight, the
   * last holding every change made before it began.
   */
  async announce (): Promise<void> {
    this.queued ??= this.publishing.catch(() => {}).then(async () => {
      this.queued = undefined
      await this.refreshDisks()
      const records = this.records()
      await this.store.save(records)
      await this.c.publish(records)
    })
    this.publishing = this.queued
    await this.queued
  }

  /** The disks' written bytes, from the machines that have them open (what a migration would carry). */
  private async refreshDisks (): Promise<void> {
    const disks = this.c.disks
    if (disks === undefined) return
    for (const { disk, status } of await this.diskStatuses()) disks.setWritten(disk, status.writtenBlocks * status.blockBytes)
  }

  /** Every disk of a VM here whose machine has it open, as its machine sees it. */
  async diskStatuses (): Promise<Array<{ vm: string, disk: string, status: DiskStatus }>> {
    const out: Array<{ vm: string, disk: string, status: DiskStatus }> = []
    for (const vm of this.vms.values()) {
      const ids = vm.record.spec.disks ?? []
      const machine = vm.machine
      if (machine === undefined) continue
      for (let i = 0; i < ids.length; i++) {
        const status = await machine.diskInfo(i).catch(() => undefined)
        const disk = ids[i]
        if (status !== undefined && disk !== undefined) out.push({ vm: vm.record.id, disk, status })
      }
    }
    return out
  }

  private add (record: VmRecordData): VmController {
    const vm = new VmController(this.host, record)
    this.vms.set(record.id, vm)
    return vm
  }

  private reserve (memoryBytes: number): void {
    const used = this.usage().memoryBytes
    if (used + memoryBytes > this.init.memoryBudgetBytes) {
      const mib = (n: number): number => Math.round(n / 1048576)
      throw new CapacityError(`this peer has no room for ${mib(memoryBytes)} MiB: ${mib(used)} of its ${mib(this.init.memoryBudgetBytes)} MiB VM memory budget are in use`)
    }
  }

  private claimDisks (refs: string[], vmId: string): string[] {
    if (this.c.disks === undefined) throw new VmSpecError('this peer has no disks')
    return this.c.disks.claim(refs, vmId)
  }

  private nameTakenHere (name: string): boolean {
    return [...this.vms.values()].some(vm => vm.record.spec.name === name && vm.phase !== 'lost')
  }

  private macHolderHere (mac: string): string | undefined {
    return [...this.vms.values()].find(vm => vm.record.spec.mac === mac && vm.phase !== 'lost')?.id
  }

  private freshMac (taken: Map<string, string>): string {
    for (;;) {
      const mac = randomMac()
      if (!taken.has(mac) && this.macHolderHere(mac) === undefined) return mac
    }
  }
}

function parseMeta (meta: Record<string, unknown>): SnapshotMeta {
  const result = snapshotMetaSchema.safeParse(meta)
  if (!result.success) throw new SnapshotError(`snapshot does not describe a VM: ${result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return result.data
}
