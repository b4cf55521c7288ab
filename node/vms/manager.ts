// The VMs this peer owns: their lifecycle, one action at a time per VM, checked against the phase
// table and the peer's memory budget; every change is persisted (vms.json) and published as this
// peer's signed inventory. Operations for VMs elsewhere never come here (see service.ts).
import { join } from 'node:path'
import type { Logger } from '../log.js'
import type { GuestInfo, Machine, VmEngine } from '../hypervisor/types.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import { readSnapshotLayout } from '../hypervisor/snapshot/format.js'
import { SnapshotError } from '../hypervisor/errors.js'
import type { SerialPort } from '../hypervisor/devices/serial.js'
import { randomMac } from '../hypervisor/mac.js'
import type { VmPhase, VmRecordData, VmSpecData } from '../../overlay/records/index.js'
import { CapacityError, VmNotFoundError, VmPhaseError, VmSpecError } from './errors.js'
import { assertAllowed, type LifecycleAction } from './phases.js'
import { checkMemory, createRequestSchema, specFor, VM_NAME, type CreateRequest } from './spec.js'
import type { Schedule } from './schedule.js'
import { VMS_FILE, VmStore } from './store.js'
import { snapshotMetaSchema, type SnapshotMeta } from './snapshot-meta.js'
import type { VmNetwork } from '../net/service.js'
import { Machines, type LocalVm } from './machines.js'
import { newVmIdentity } from '../../overlay/records/handoff.js'
import type { MigrationOutcome, SourceMachine } from '../../overlay/migration/types.js'

export interface VmDetail {
  record: VmRecordData
  guest?: GuestInfo
  /** Something the user should know (a restored VM that got a new MAC). */
  note?: string
}

export interface VmManagerComponents {
  engine: VmEngine
  images: ImageCatalog
  log: Logger
  /** Publishes this peer's whole inventory. */
  publish: (vms: VmRecordData[]) => Promise<void>
  /** Names and MACs held by VMs anywhere in the cloud (lost VMs hold none). */
  taken: () => { names: Set<string>, macs: Map<string, string> }
  /** Addresses and switch ports; without it VMs cannot be attached to VNets. */
  network?: VmNetwork
  /** Whether this peer takes new VMs; without it, it always does. */
  schedule?: Schedule
}

export interface VmManagerInit {
  peerId: string
  dataDir: string
  /** Guest RAM this peer offers to VMs. */
  memoryBudgetBytes: number
}


const OP_TIMEOUT_MS = 120_000
const HOLDS_MEMORY: readonly VmPhase[] = ['creating', 'running', 'paused', 'migrating']

export class VmManager {
  private readonly vms = new Map<string, LocalVm>()
  private readonly store: VmStore
  private readonly machines: Machines
  /** Memory reserved by VMs migrating in. */
  private incomingBytes = 0
  private announcing: Promise<void> = Promise.resolve()

  constructor (private readonly components: VmManagerComponents, private readonly init: VmManagerInit) {
    this.store = new VmStore(join(init.dataDir, VMS_FILE), components.log)
    this.machines = new Machines(components)
  }

  /** Loads what this peer owned before a restart: VMs that ran are lost (their memory died with the process). */
  async start (): Promise<void> {
    await this.components.engine.start()
    const now = Date.now()
    for (const record of await this.store.load()) {
      const lost = record.phase !== 'stopped' && record.phase !== 'lost'
      const r: VmRecordData = lost ? { ...record, phase: 'lost', reason: 'the peer restarted while it ran; its memory is gone', updatedAtMs: now } : record
      this.vms.set(r.id, { record: r, tail: Promise.resolve(), destroying: false })
    }
    await this.announce()
  }

  /** Daemon shutdown: the guests die with it and are recorded (and announced) as lost. */
  async stop (): Promise<void> {
    const now = Date.now()
    await Promise.all([...this.vms.values()].map(async vm => {
      vm.abort?.abort(new VmPhaseError('the peer is stopping'))
      if (HOLDS_MEMORY.includes(vm.record.phase)) vm.record = { ...vm.record, phase: 'lost', reason: 'the peer stopped while it ran', updatedAtMs: now }
      await this.machines.drop(vm)
    }))
    await this.announce().catch(err => { this.components.log.warn({ err }, 'announcing the lost VMs failed') })
    await this.components.engine.stop()
  }

  records (): VmRecordData[] {
    return [...this.vms.values()].map(vm => vm.record)
  }

  usage (): { count: number, memoryBytes: number } {
    let memoryBytes = this.incomingBytes
    for (const vm of this.vms.values()) if (HOLDS_MEMORY.includes(vm.record.phase)) memoryBytes += vm.record.spec.memoryBytes
    return { count: this.vms.size, memoryBytes }
  }

  /**
   * Source side of a migration: the VM is `migrating` while `move` runs (its guest still running
   * through pre-copy). Committed: the VM is gone from here. Aborted: back as it was. Unknown (the
   * destination was not heard after the handoff): it stays migrating, paused, until resolveMove.
   */
  async migrateOut (id: string, move: (ctx: { record: VmRecordData, machine: SourceMachine, paused: boolean, vgaMemoryBytes: number, acpi: boolean, signal: AbortSignal }) => Promise<MigrationOutcome>): Promise<MigrationOutcome> {
    const vm = this.get(id)
    assertAllowed('migrate', refOf(vm))
    const outcome = await this.exclusive(vm, async signal => {
      assertAllowed('migrate', refOf(vm))
      const machine = this.machineOf(vm)
      const paused = vm.record.phase === 'paused'
      this.setPhase(vm, 'migrating')
      await this.announce()
      const image = this.components.images.get(vm.record.spec.image)
      let result: MigrationOutcome
      try {
        result = await move({ record: vm.record, machine: sourceMachine(machine), paused, vgaMemoryBytes: image.vgaMemoryBytes, acpi: machine.acpi, signal })
      } catch (err) {
        // The move never started (the dial to the destination failed, e.g. across a partition):
        // nothing left here, so the VM carries on as it was instead of staying `migrating`.
        this.setPhase(vm, paused ? 'paused' : 'running')
        throw err
      }
      if (result.outcome === 'aborted') this.setPhase(vm, paused ? 'paused' : 'running')
      if (result.outcome === 'unknown') {
        vm.unsettled = { wasPaused: paused }
        this.setPhase(vm, 'migrating', `waiting to hear whether the destination took it: ${result.reason ?? ''}`)
      }
      return result
    }).catch(async (err: unknown) => {
      await this.announce()
      throw err
    })
    if (outcome.outcome === 'committed') await this.moved(vm)
    else await this.announce()
    return outcome
  }

  /** Whether VM `id` waits for the outcome of a migration that handed it off. */
  isUnsettled (id: string): boolean {
    return this.vms.get(id)?.unsettled !== undefined
  }

  /**
   * Settles a migration whose outcome was unknown: the destination says whether it took the VM.
   * The first answer wins; a later caller gets that one. Resolves with the outcome once applied.
   */
  async resolveMove (id: string, committed: boolean): Promise<boolean> {
    const vm = this.get(id)
    const unsettled = vm.unsettled
    if (unsettled === undefined) return committed
    unsettled.settling ??= (async () => {
      if (committed) {
        await this.moved(vm)
      } else {
        await this.exclusive(vm, async () => {
          const machine = this.machineOf(vm)
          await machine.stopTracking().catch(() => {})
          if (!unsettled.wasPaused) await machine.run()
          this.setPhase(vm, unsettled.wasPaused ? 'paused' : 'running')
        })
        await this.announce()
      }
      vm.unsettled = undefined
      return committed
    })()
    return await unsettled.settling
  }

  /** The outcome of an unknown migration of VM `id` being settled now, if one is. */
  settling (id: string): Promise<boolean> | undefined {
    return this.vms.get(id)?.unsettled?.settling
  }

  /**
   * Another peer holds VM `id` at a higher epoch, through a chain of handoffs that starts with one
   * this peer signed (records checks it): what this peer still has of it is stale. A migration
   * waiting for its outcome learns that it committed; a record left from before a restart goes; a
   * copy that still runs would be a fork, and is destroyed. A migration in flight settles itself.
   */
  async superseded (id: string, epoch: number): Promise<void> {
    const vm = this.vms.get(id)
    if (vm === undefined || vm.destroying || vm.record.epoch >= epoch) return
    if (vm.unsettled !== undefined) {
      await this.resolveMove(id, true)
      return
    }
    if (vm.record.phase === 'migrating') return
    const level = HOLDS_MEMORY.includes(vm.record.phase) ? 'error' : 'info'
    this.components.log[level]({ vm: id, epoch: vm.record.epoch, newer: epoch, phase: vm.record.phase }, 'another peer holds this VM at a newer epoch: dropping it here')
    await this.moved(vm)
  }

  /**
   * Destination side: a VM migrated here. Its record (the new epoch, with the handoff) is persisted
   * and published before it runs: from then on this peer is its owner.
   */
  async adoptMoved (record: VmRecordData, machine: Machine, run: boolean): Promise<{ runningAt: number, published: Promise<void> }> {
    const vm = this.add(record)
    this.machines.adopt(vm, machine, this.failedHandler(vm))
    // Durable before it runs: a restarted peer must still know it took the VM, or the source would
    // resume an older copy of a guest that ran here (a fork). Published right after, without the
    // guest's downtime waiting for it.
    const t0 = performance.now()
    await this.store.save(this.records())
    const t1 = performance.now()
    if (run) await machine.run()
    const runningAt = performance.now()
    this.components.log.debug({ vm: record.id, saveMs: t1 - t0, runMs: runningAt - t1 }, 'adopted a VM')
    // The new inventory first (signed, with the VM at this peer), then pushed over the VNet's tunnels
    // ahead of a gratuitous ARP: a switch that still placed the VM at the source would drop that ARP,
    // and the guest's frames, until gossip brought the inventory.
    const published = (async () => {
      await this.announce()
      await this.components.network?.announce(vm.record.id).catch(() => {})
    })()
    return { runningAt, published }
  }

  /** Room for a VM migrating in, held until it arrives or is given up. */
  reserveIncoming (memoryBytes: number): () => void {
    this.components.schedule?.assertSchedulable()
    this.reserve(memoryBytes)
    this.incomingBytes += memoryBytes
    let released = false
    return () => {
      if (released) return
      released = true
      this.incomingBytes -= memoryBytes
    }
  }

  /** The epoch at which this peer holds VM `id`, if it does. */
  epochOf (id: string): number | undefined {
    return this.vms.get(id)?.record.epoch
  }

  /** The VM now runs elsewhere: its machine goes, and so does its record here (its address goes with it). */
  private async moved (vm: LocalVm): Promise<void> {
    vm.destroying = true
    await this.machines.drop(vm)
    this.vms.delete(vm.record.id)
    await this.announce()
  }

  freeMemoryBytes (): number {
    return Math.max(0, this.init.memoryBudgetBytes - this.usage().memoryBytes)
  }

  /** Resolves when the VM's machine is gone (stopped, failed, destroyed). */
  async ended (id: string): Promise<void> {
    const machine = this.get(id).machine
    if (machine !== undefined) await machine.ended
  }

  /** The record of VM `id`, if this peer has it. */
  peek (id: string): VmRecordData | undefined {
    return this.vms.get(id)?.record
  }

  has (id: string): boolean {
    return this.vms.has(id)
  }

  async detail (id: string): Promise<VmDetail> {
    const vm = this.get(id)
    let guest: GuestInfo | undefined
    // A migrating VM's guest still runs (pre-copy) or waits paused (switchover): its RAM is readable.
    if (vm.machine !== undefined && (vm.record.phase === 'running' || vm.record.phase === 'paused' || vm.record.phase === 'migrating')) {
      guest = await vm.machine.guest().catch(() => undefined)
    }
    return { record: vm.record, ...(guest === undefined ? {} : { guest }), ...(vm.note === undefined ? {} : { note: vm.note }) }
  }

  async list (): Promise<VmDetail[]> {
    return await Promise.all([...this.vms.keys()].map(async id => await this.detail(id)))
  }

  async create (input: unknown): Promise<VmDetail> {
    const parsed = createRequestSchema.safeParse(input)
    if (!parsed.success) throw new VmSpecError(`bad VM request: ${parsed.error.issues.map(i => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ')}`)
    const request: CreateRequest = parsed.data
    this.components.schedule?.assertSchedulable()
    const image = this.components.images.get(request.image)
    const { id, nonce } = newVmIdentity(this.init.peerId)
    const taken = this.components.taken()
    const name = request.name ?? `${image.name}-${id.slice(3, 9)}`
    if (taken.names.has(name) || this.nameTakenLocally(name)) throw new VmSpecError(`a VM named ${name} exists`)
    const spec: VmSpecData = { ...specFor(request, image, name), mac: this.freshMac(taken.macs) }
    this.reserve(spec.memoryBytes)
    const vm = this.add({ id, creator: this.init.peerId, nonce, epoch: 1, handoffs: [], spec, phase: 'creating', createdAtMs: Date.now(), updatedAtMs: Date.now() })
    await this.announce()
    try {
      await this.exclusive(vm, async signal => {
        if (request.net !== undefined) {
          await this.machines.takeAddress(vm, request.net)
          // Peers place the VM's MAC from its record: publish it before the guest sends a frame.
          await this.announce()
        }
        await this.machines.boot(vm, image, signal, this.failedHandler(vm))
        this.setPhase(vm, 'running')
      })
    } catch (err) {
      await this.remove(vm)
      throw err
    }
    await this.announce()
    return await this.detail(id)
  }

  /** Plugs the VM's NIC into a VNet, with an address (the one asked for, or any free one). */
  async attach (id: string, net: { id: number, ip?: string }): Promise<VmDetail> {
    const vm = this.get(id)
    await this.exclusive(vm, async () => {
      const current = vm.record.spec.net
      if (current !== undefined) throw new VmSpecError(`vm ${vm.record.spec.name} is attached to VNet ${current.id} (${current.ip}): detach it first`)
      await this.machines.takeAddress(vm, net)
      if (vm.machine !== undefined) {
        this.machines.plug(vm, vm.machine)
        const live = await vm.machine.setGuestIp(vm.record.spec.net?.ip).catch(() => false)
        if (!live) vm.note = `the guest takes its address ${vm.record.spec.net?.ip ?? ''} at its next boot`
      }
    })
    await this.announce()
    return await this.detail(id)
  }

  /** Takes the VM's NIC off its VNet and gives its address back. */
  async detach (id: string): Promise<VmDetail> {
    const vm = this.get(id)
    await this.exclusive(vm, async () => {
      const net = vm.record.spec.net
      if (net === undefined) throw new VmSpecError(`vm ${vm.record.spec.name} is not attached to a VNet`)
      this.machines.unplug(vm)
      await vm.machine?.setGuestIp(undefined).catch(() => false)
      await this.machines.giveAddressBack(vm)
    })
    await this.announce()
    return await this.detail(id)
  }

  /**
   * A new VM (new id) from a snapshot file's bytes. It keeps the snapshot's MAC unless a live VM in
   * the cloud holds it; then it gets a new one and the detail's note says so.
   */
  async restore (bytes: Uint8Array, options: { name?: string } = {}): Promise<VmDetail> {
    this.components.schedule?.assertSchedulable()
    const layout = readSnapshotLayout(bytes)
    const meta = parseMeta(layout.header.meta)
    const image = this.components.images.get(meta.spec.image)
    checkMemory(meta.spec.memoryBytes, image)
    const m = layout.header.machine
    if (m.memoryBytes !== meta.spec.memoryBytes || m.nic !== meta.spec.nic) throw new SnapshotError('snapshot machine does not match its VM spec (memory size or NIC)')
    if (m.vgaMemoryBytes !== image.vgaMemoryBytes) throw new SnapshotError(`snapshot has ${m.vgaMemoryBytes} bytes of video memory; ${image.name} VMs here have ${image.vgaMemoryBytes}`)
    if (options.name !== undefined && !VM_NAME.test(options.name)) throw new VmSpecError(`bad VM name: ${options.name}`)
    const { id, nonce } = newVmIdentity(this.init.peerId)
    const taken = this.components.taken()
    const name = options.name ?? (taken.names.has(meta.spec.name) || this.nameTakenLocally(meta.spec.name) ? `${meta.spec.name}-${id.slice(3, 7)}` : meta.spec.name)
    if (taken.names.has(name) || this.nameTakenLocally(name)) throw new VmSpecError(`a VM named ${name} exists`)
    const holder = taken.macs.get(meta.spec.mac) ?? this.localMacHolder(meta.spec.mac)
    const mac = holder === undefined ? meta.spec.mac : this.freshMac(taken.macs)
    const note = holder === undefined ? undefined : `MAC ${meta.spec.mac} is held by vm ${holder}: this VM got ${mac} (the guest keeps ${m.mac} inside; its port translates)`
    this.reserve(meta.spec.memoryBytes)
    const spec: VmSpecData = { ...meta.spec, name, mac, ...(m.mac === mac ? { guestMac: undefined } : { guestMac: m.mac }) }
    if (spec.guestMac === undefined) delete spec.guestMac
    const net = spec.net
    delete spec.net
    const vm = this.add({ id, creator: this.init.peerId, nonce, epoch: 1, handoffs: [], spec, phase: 'creating', createdAtMs: Date.now(), updatedAtMs: Date.now() })
    if (note !== undefined) vm.note = note
    await this.announce()
    try {
      await this.exclusive(vm, async signal => {
        // Back on its VNet at its address when that is free; else detached, and the note says why.
        if (net !== undefined) {
          await this.machines.takeAddress(vm, net).catch((err: Error) => {
            vm.note = [vm.note, `restored detached: ${net.ip} on VNet ${net.id} is not free (${err.message})`].filter(n => n !== undefined).join('; ')
          })
        }
        const machine = await this.machines.restore(vm, image, bytes, m.acpi === true, signal, this.failedHandler(vm))
        // A tiny guest that lost its address on the way does not keep answering for it.
        if (net !== undefined && vm.record.spec.net === undefined) await machine.setGuestIp(undefined).catch(() => false)
        // A snapshot of a paused VM comes back paused.
        if (meta.phase === 'running') await machine.run({ signal })
        this.setPhase(vm, meta.phase)
      })
    } catch (err) {
      await this.remove(vm)
      throw err
    }
    await this.announce()
    this.components.log.info({ vm: id, name, from: meta.vm, mac, note }, 'restored a VM from a snapshot')
    return await this.detail(id)
  }

  async act (id: string, action: LifecycleAction): Promise<VmDetail> {
    const vm = this.get(id)
    // Refused at once when it cannot fit (a migration holds the VM for a while), and checked again in turn.
    assertAllowed(action, refOf(vm))
    await this.exclusive(vm, async signal => {
      assertAllowed(action, refOf(vm))
      switch (action) {
        case 'start': {
          this.reserve(vm.record.spec.memoryBytes)
          await this.machines.boot(vm, this.components.images.get(vm.record.spec.image), signal, this.failedHandler(vm))
          this.setPhase(vm, 'running')
          break
        }
        case 'pause':
          await this.machineOf(vm).pause({ signal })
          this.setPhase(vm, 'paused')
          break
        case 'resume':
          await this.machineOf(vm).run({ signal })
          this.setPhase(vm, 'running')
          break
        case 'stop':
          await this.machines.drop(vm)
          this.setPhase(vm, 'stopped')
          break
      }
    })
    await this.announce()
    return await this.detail(id)
  }

  /** Works in every phase: whatever is in flight for the VM is cancelled first. */
  async destroy (id: string): Promise<void> {
    const vm = this.get(id)
    if (vm.destroying) return
    vm.destroying = true
    vm.abort?.abort(new VmPhaseError(`vm ${id} is being destroyed`))
    await Promise.race([vm.tail.catch(() => {}), new Promise(resolve => setTimeout(resolve, 15_000))])
    await this.remove(vm)
    this.components.log.info({ vm: id }, 'destroyed a VM')
  }

  async snapshot (id: string): Promise<Uint8Array> {
    const vm = this.get(id)
    return await this.exclusive(vm, async signal => {
      assertAllowed('snapshot', refOf(vm))
      const meta: SnapshotMeta = {
        version: 1,
        vm: vm.record.id,
        peer: this.init.peerId,
        takenAtMs: Date.now(),
        phase: vm.record.phase === 'paused' ? 'paused' : 'running',
        spec: vm.record.spec
      }
      return await this.machineOf(vm).snapshot(meta, { signal })
    })
  }

  serial (id: string): SerialPort {
    const vm = this.get(id)
    if (vm.machine === undefined) throw new VmPhaseError(`vm ${vm.record.spec.name} (${id}) is ${vm.record.phase}: it has no console`)
    return vm.machine.serial
  }

  logs (id: string): Uint8Array {
    const vm = this.get(id)
    return vm.serial?.logs() ?? new Uint8Array()
  }

  private get (id: string): LocalVm {
    const vm = this.vms.get(id)
    if (vm === undefined || vm.destroying) throw new VmNotFoundError(`no VM ${id} on this peer`)
    return vm
  }

  private machineOf (vm: LocalVm): Machine {
    if (vm.machine === undefined) throw new VmPhaseError(`vm ${vm.record.spec.name} (${vm.record.id}) has no machine`)
    return vm.machine
  }

  private add (record: VmRecordData): LocalVm {
    const vm: LocalVm = { record, tail: Promise.resolve(), destroying: false }
    this.vms.set(record.id, vm)
    return vm
  }

  private async remove (vm: LocalVm): Promise<void> {
    vm.destroying = true
    await this.machines.drop(vm)
    await this.machines.giveAddressBack(vm).catch(err => { this.components.log.warn({ err, vm: vm.record.id }, 'giving the address back failed: the VNet home reclaims it') })
    this.vms.delete(vm.record.id)
    await this.announce()
  }

  /** What happens when a VM's machine dies under it: the VM is failed, and everyone is told. */
  private failedHandler (vm: LocalVm): (message: string) => Promise<void> {
    return async message => {
      this.setPhase(vm, 'failed', message)
      await this.announce()
    }
  }

  private setPhase (vm: LocalVm, phase: VmPhase, reason?: string): void {
    const { reason: _old, ...rest } = vm.record
    vm.record = { ...rest, phase, ...(reason === undefined ? {} : { reason }), updatedAtMs: Date.now() }
  }

  private reserve (memoryBytes: number): void {
    const used = this.usage().memoryBytes
    if (used + memoryBytes > this.init.memoryBudgetBytes) {
      const mib = (n: number): number => Math.round(n / 1048576)
      throw new CapacityError(`this peer has no room for ${mib(memoryBytes)} MiB: ${mib(used)} of its ${mib(this.init.memoryBudgetBytes)} MiB VM memory budget are in use`)
    }
  }

  private nameTakenLocally (name: string): boolean {
    return [...this.vms.values()].some(vm => vm.record.spec.name === name && vm.record.phase !== 'lost')
  }

  private localMacHolder (mac: string): string | undefined {
    return [...this.vms.values()].find(vm => vm.record.spec.mac === mac && vm.record.phase !== 'lost')?.record.id
  }

  private freshMac (taken: Map<string, string>): string {
    for (;;) {
      const mac = randomMac()
      if (!taken.has(mac) && this.localMacHolder(mac) === undefined) return mac
    }
  }

  /** Runs one action at a time per VM; `destroy` aborts the one in flight. */
  private async exclusive<T> (vm: LocalVm, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const run = vm.tail.catch(() => {}).then(async () => {
      if (vm.destroying) throw new VmNotFoundError(`vm ${vm.record.id} was destroyed`)
      const abort = new AbortController()
      vm.abort = abort
      try {
        return await fn(AbortSignal.any([abort.signal, AbortSignal.timeout(OP_TIMEOUT_MS)]))
      } finally {
        vm.abort = undefined
      }
    })
    vm.tail = run
    return await run
  }

  /** Persists and publishes the inventory; calls are serialized so the newest state wins. */
  private async announce (): Promise<void> {
    this.announcing = this.announcing.catch(() => {}).then(async () => {
      const records = this.records()
      await this.store.save(records)
      await this.components.publish(records)
    })
    await this.announcing
  }
}

/** The machine as a migration's source drives it. */
function sourceMachine (m: Machine): SourceMachine {
  return {
    scanPages: async range => await m.scanPages(range),
    stopTracking: async () => { await m.stopTracking() },
    setThrottle: async ms => { await m.setThrottle(ms) },
    pause: async () => { await m.pause() },
    run: async () => { await m.run() },
    saveDevices: async () => await m.saveDevices(),
    boost: async on => { await m.boost(on) }
  }
}

function refOf (vm: LocalVm): { id: string, name: string, phase: VmPhase } {
  return { id: vm.record.id, name: vm.record.spec.name, phase: vm.record.phase }
}



function parseMeta (meta: Record<string, unknown>): SnapshotMeta {
  const result = snapshotMetaSchema.safeParse(meta)
  if (!result.success) throw new SnapshotError(`snapshot does not describe a VM: ${result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return result.data
}
