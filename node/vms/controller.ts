// One VM this peer owns, after Firecracker's VMM: every request is one typed action (actions.ts),
// refused in the wrong phase (phases.ts), and run one at a time; `destroy` cancels the one in flight.
// Everything that changes the VM's phase is decided here; the registry (registry.ts) holds the
// controllers and what they share (the memory budget, names and MACs, persistence, publishing).
import type { GuestInfo, Machine } from '../hypervisor/types.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import type { SerialPort } from '../hypervisor/devices/serial.js'
import type { VmPhase, VmRecordData } from '../../overlay/records/index.js'
import type { MigrationOutcome } from '../../overlay/migration/types.js'
import { MIGRATION_TIMEOUT_MS } from '../../overlay/migration/constants.js'
import { VmNotFoundError, VmPhaseError, VmSpecError } from './errors.js'
import { allowedIn, assertAllowed, traits } from './phases.js'
import type { ActionOf, ActionResults, DispatchOptions, VmAction, VmActionKind } from './actions.js'
import { detailOf, type VmDetail } from './detail.js'
import type { VmState } from './machines.js'
import { snapshotMeta } from './snapshot-meta.js'

/** Any one action but a migration must finish within this. */
const OP_TIMEOUT_MS = 120_000
/** How long `destroy` waits for the action it cancelled before tearing the VM down anyway. */
const DESTROY_WAIT_MS = 15_000

import { sourceMachine, type ControllerHost } from './controller-host.js'
export type { ControllerHost, SourceMove } from './controller-host.js'

export class VmController {
  readonly state: VmState
  private tail: Promise<unknown> = Promise.resolve()
  private inFlight: AbortController | undefined
  private gone = false
  /** A migration handed the VM off and its outcome is not known yet; it had been paused before, or not. */
  private unsettled: { wasPaused: boolean } | undefined

  constructor (private readonly host: ControllerHost, record: VmRecordData) {
    this.state = { record }
  }

  get id (): string {
    return this.state.record.id
  }

  get record (): VmRecordData {
    return this.state.record
  }

  get phase (): VmPhase {
    return this.state.record.phase
  }

  get machine (): Machine | undefined {
    return this.state.machine
  }

  /** Whether a migration of this VM waits to hear whether its destination took it. */
  get isUnsettled (): boolean {
    return this.unsettled !== undefined
  }

  /** One action; refused at once when it cannot fit the phase, and checked again in its turn. */
  async dispatch<K extends VmActionKind> (action: ActionOf<K>, options: DispatchOptions = {}): Promise<ActionResults[K]> {
    const a = action as VmAction
    switch (a.kind) {
      case 'destroy': return await this.destroy(a.withDisks === true) as ActionResults[K]
      // Events of the peer itself, not requests: they change nothing where they do not apply.
      case 'fail': return (allowedIn('fail', this.phase) ? await this.fail(a.message) : undefined) as ActionResults[K]
      case 'supersede': return await this.supersede(a.epoch) as ActionResults[K]
      // A mark in the record, touching no machine: not queued behind a migration in flight.
      case 'setProtection': return await this.setProtection(a.protection) as ActionResults[K]
      default: break
    }
    this.assertHere()
    assertAllowed(a.kind, this.ref())
    const timeoutMs = a.kind === 'migrateOut' ? MIGRATION_TIMEOUT_MS : OP_TIMEOUT_MS
    return await this.exclusive(timeoutMs, options.signal, async signal => {
      assertAllowed(a.kind, this.ref())
      return await this.run(a, signal)
    }) as ActionResults[K]
  }

  /** Boots a new VM's guest (its record is `creating`); the VM is running once this resolves. */
  async boot (options: { address?: { id: number, ip?: string } } = {}): Promise<void> {
    await this.exclusive(OP_TIMEOUT_MS, undefined, async signal => {
      if (options.address !== undefined) {
        await this.host.machines.takeAddress(this.state, options.address)
        // Peers place the VM's MAC from its record: published before the guest sends a frame.
        await this.host.announce()
      }
      await this.host.machines.boot(this.state, this.image(), signal, this.onFailure)
      this.setPhase('running')
    })
    await this.host.announce()
  }

  /**
   * A new VM's guest from a snapshot (its record is `creating`), back on its VNet at its address
   * when that is free; it runs if the snapshot's did, else waits paused.
   */
  async restore (bytes: Uint8Array, options: { acpi: boolean, run: boolean, address?: { id: number, ip: string }, console?: Uint8Array }): Promise<void> {
    await this.exclusive(OP_TIMEOUT_MS, undefined, async signal => {
      const net = options.address
      if (net !== undefined) {
        await this.host.machines.takeAddress(this.state, net).catch((err: Error) => {
          this.addNote(`restored detached: ${net.ip} on VNet ${net.id} is not free (${err.message})`)
        })
      }
      const machine = await this.host.machines.restore(this.state, this.image(), bytes, options.acpi, signal, this.onFailure)
      if (options.console !== undefined) machine.serial.restore(options.console)
      // A tiny guest that lost its address on the way does not keep answering for it.
      if (net !== undefined && this.state.record.spec.net === undefined) await machine.setGuestIp(undefined).catch(() => false)
      if (options.run) await machine.run({ signal })
      this.setPhase(options.run ? 'running' : 'paused')
    })
    await this.host.announce()
  }

  /**
   * A VM that migrated here, with its machine filled and its record at the new epoch: durable before
   * it runs (a restarted peer must still know it took the VM, or the source would resume an older
   * copy of a guest that ran here), published right after, without the guest's downtime waiting.
   */
  async adopt (machine: Machine, run: boolean, persist: () => Promise<void>): Promise<{ runningAt: number, published: Promise<void> }> {
    this.host.machines.adopt(this.state, machine, this.onFailure)
    await persist()
    if (run) await machine.run()
    const runningAt = performance.now()
    // The new inventory first (signed, with the VM at this peer), then pushed over the VNet's tunnels
    // ahead of a gratuitous ARP: a switch that still placed the VM at the source would drop that ARP,
    // and the guest's frames, until gossip brought the inventory.
    const published = (async () => {
      await this.host.announce()
      await this.host.machines.announceOnNet(this.state)
    })()
    return { runningAt, published }
  }

  /** What the owner can say of the VM now: its record, and its guest's state read from RAM. */
  async detail (): Promise<VmDetail> {
    return detailOf(this.state.record, await this.guest(), this.host.protection(this.id), this.state.note)
  }

  /** The guest's state as its RAM holds it now (for a protected VM: ahead of its last checkpoint), when it has a guest to read. */
  async guest (): Promise<GuestInfo | undefined> {
    const { record, machine } = this.state
    return machine !== undefined && traits(record.phase).guestReadable ? await machine.guest().catch(() => undefined) : undefined
  }

  serial (): SerialPort {
    if (this.state.machine === undefined) throw new VmPhaseError(`vm ${this.state.record.spec.name} (${this.id}) is ${this.phase}: it has no console`)
    return this.state.machine.serial
  }

  /** The console's last output, kept after the guest is gone. */
  logs (): Uint8Array {
    return this.state.serial?.logs() ?? new Uint8Array()
  }

  /** Resolves when the VM's guest is gone (stopped, failed, destroyed). */
  async ended (): Promise<void> {
    const machine = this.state.machine
    if (machine !== undefined) await machine.ended
  }

  /** The peer stops: the guest dies with it, and is recorded as lost (its memory dies with the process). */
  async shutdown (): Promise<void> {
    this.inFlight?.abort(new VmPhaseError('the peer is stopping'))
    if (traits(this.phase).holdsMemory) this.setPhase('lost', 'the peer stopped while it ran')
    await this.host.machines.drop(this.state)
  }

  addNote (note: string): void {
    this.state.note = this.state.note === undefined ? note : `${this.state.note}; ${note}`
  }

  private async run (action: Exclude<VmAction, { kind: 'destroy' | 'fail' | 'supersede' | 'setProtection' }>, signal: AbortSignal): Promise<unknown> {
    switch (action.kind) {
      case 'start':
        this.host.reserve(this.state.record.spec.memoryBytes)
        await this.host.machines.boot(this.state, this.image(), signal, this.onFailure)
        return await this.changed('running')
      case 'pause':
        await this.machineOf().pause({ signal })
        return await this.changed('paused')
      case 'resume':
        await this.machineOf().run({ signal })
        return await this.changed('running')
      case 'stop':
        await this.host.machines.drop(this.state)
        return await this.changed('stopped')
      case 'snapshot':
        return await this.machineOf().snapshot(snapshotMeta(this.state.record, this.host.selfId, this.machineOf().serial.logs(), this.host.disks?.named(this.state)), { signal })
      case 'attach': return await this.attach(action.net)
      case 'detach': return await this.detach()
      case 'attachDisk':
      case 'detachDisk':
        if (this.host.disks === undefined) throw new VmSpecError('this peer has no disks')
        if (action.kind === 'attachDisk') this.host.disks.attach(this.state, action.disk)
        else this.host.disks.detach(this.state, action.disk)
        return await this.changed(this.phase)
      case 'migrateOut': return await this.migrateOut(action, signal)
      case 'settle': return await this.settle(action.committed)
    }
  }

  /** Plugs the VM's NIC into a VNet, with an address (the one asked for, or any free one). */
  private async attach (net: { id: number, ip?: string }): Promise<VmDetail> {
    const current = this.state.record.spec.net
    if (current !== undefined) throw new VmSpecError(`vm ${this.state.record.spec.name} is attached to VNet ${current.id} (${current.ip}): detach it first`)
    await this.host.machines.takeAddress(this.state, net)
    const machine = this.state.machine
    if (machine !== undefined) {
      this.host.machines.plug(this.state, machine)
      const live = await machine.setGuestIp(this.state.record.spec.net?.ip).catch(() => false)
      if (!live) this.state.note = `the guest takes its address ${this.state.record.spec.net?.ip ?? ''} at its next boot`
    }
    await this.host.announce()
    return await this.detail()
  }

  /** Takes the VM's NIC off its VNet and gives its address back. */
  private async detach (): Promise<VmDetail> {
    const net = this.state.record.spec.net
    if (net === undefined) throw new VmSpecError(`vm ${this.state.record.spec.name} is not attached to a VNet`)
    this.host.machines.unplug(this.state)
    await this.state.machine?.setGuestIp(undefined).catch(() => false)
    await this.host.machines.giveAddressBack(this.state)
    await this.host.announce()
    return await this.detail()
  }

  /**
   * The VM is `migrating` while the protocol moves it (its guest running through pre-copy).
   * Committed: the VM is gone from here. Aborted, or never started: back as it was. Unknown (the
   * destination was not heard after the handoff): it stays migrating, paused, until `settle`.
   */
  private async migrateOut (action: ActionOf<'migrateOut'>, signal: AbortSignal): Promise<MigrationOutcome> {
    const machine = this.machineOf()
    const paused = this.phase === 'paused'
    const back = paused ? 'paused' : 'running'
    this.setPhase('migrating')
    await this.host.announce()
    let outcome: MigrationOutcome
    try {
      outcome = await this.host.migrate({ record: this.state.record, disks: this.host.disks?.migrating(this.state.record) ?? [], machine: sourceMachine(machine), paused, vgaMemoryBytes: this.image().vgaMemoryBytes, acpi: machine.acpi, action, signal })
    } catch (err) {
      // It never started (the dial failed, e.g. across a partition): nothing was handed over.
      await this.changed(back)
      throw err
    }
    if (outcome.outcome === 'committed') await this.leave()
    else if (outcome.outcome === 'aborted') await this.changed(back)
    else {
      this.unsettled = { wasPaused: paused }
      await this.changed('migrating', `waiting to hear whether the destination took it: ${outcome.reason ?? ''}`)
    }
    return outcome
  }

  /** A migration's outcome heard late: the VM left, or it carries on here as it was. */
  private async settle (committed: boolean): Promise<boolean> {
    const unsettled = this.unsettled
    if (unsettled === undefined) return committed
    this.unsettled = undefined
    if (committed) {
      await this.leave()
    } else {
      const machine = this.machineOf()
      await machine.stopTracking().catch(() => {})
      if (!unsettled.wasPaused) await machine.run()
      await this.changed(unsettled.wasPaused ? 'paused' : 'running')
    }
    return committed
  }

  /**
   * Another peer holds the VM at a newer epoch, through a chain of handoffs starting with one this
   * peer signed (the records checked it): a record left from before a restart goes, and a copy that
   * still runs would be a fork, so it goes too. A migration in flight, or one waiting for its
   * outcome, is settled by migrate-out.ts, which watches for the same record.
   */
  private async supersede (epoch: number): Promise<undefined> {
    if (this.gone || this.state.record.epoch >= epoch || this.phase === 'migrating') return undefined
    const level = traits(this.phase).holdsMemory ? 'error' : 'info'
    this.host.log[level]({ vm: this.id, epoch: this.state.record.epoch, newer: epoch, phase: this.phase }, 'another peer holds this VM at a newer epoch: dropping it here')
    this.inFlight?.abort(new VmPhaseError(`vm ${this.id} runs elsewhere now`))
    await this.leave()
    return undefined
  }

  /** Works in every phase: whatever is in flight for the VM is cancelled first. */
  private async destroy (withDisks: boolean): Promise<undefined> {
    if (this.gone) return undefined
    this.gone = true
    this.inFlight?.abort(new VmPhaseError(`vm ${this.id} is being destroyed`))
    await Promise.race([this.tail.catch(() => {}), new Promise(resolve => setTimeout(resolve, DESTROY_WAIT_MS))])
    await this.host.machines.drop(this.state)
    await this.host.machines.giveAddressBack(this.state).catch(err => { this.host.log.warn({ err, vm: this.id }, 'giving the address back failed: the VNet home reclaims it') })
    await this.host.disks?.gone(this.state, withDisks).catch(err => { this.host.log.warn({ err, vm: this.id }, 'releasing the disks failed') })
    this.host.forget(this.id)
    await this.host.announce()
    this.host.log.info({ vm: this.id }, 'destroyed a VM')
    return undefined
  }

  /** The VM's machine died under it: it is failed, and everyone is told. */
  private async fail (message: string): Promise<undefined> {
    if (this.gone) return undefined
    await this.host.machines.drop(this.state)
    await this.changed('failed', message)
    return undefined
  }

  private readonly onFailure = async (message: string): Promise<void> => {
    await this.dispatch({ kind: 'fail', message })
  }

  /** The VM now runs elsewhere: its machine goes, and so does its record here (its address goes with it). */
  private async leave (): Promise<void> {
    this.gone = true
    await this.host.machines.drop(this.state)
    await this.host.disks?.left(this.state).catch(err => { this.host.log.warn({ err, vm: this.id }, 'removing the disks that left failed') })
    this.host.forget(this.id)
    await this.host.announce()
  }

  private async setProtection (protection: { intervalMs: number } | undefined): Promise<undefined> {
    this.assertHere()
    const { protection: was, ...spec } = this.state.record.spec
    if (was?.intervalMs === protection?.intervalMs) return undefined
    this.state.record = { ...this.state.record, spec: { ...spec, ...(protection === undefined ? {} : { protection }) } }
    await this.host.announce()
    return undefined
  }

  private async changed (phase: VmPhase, reason?: string): Promise<VmDetail> {
    this.setPhase(phase, reason)
    await this.host.announce()
    return await this.detail()
  }

  private setPhase (phase: VmPhase, reason?: string): void {
    const { reason: _old, ...rest } = this.state.record
    this.state.record = { ...rest, phase, ...(reason === undefined ? {} : { reason }), updatedAtMs: Date.now() }
  }

  private image (): ReturnType<ImageCatalog['get']> {
    return this.host.images.get(this.state.record.spec.image)
  }

  private machineOf (): Machine {
    if (this.state.machine === undefined) throw new VmPhaseError(`vm ${this.state.record.spec.name} (${this.id}) has no machine`)
    return this.state.machine
  }

  private assertHere (): void {
    if (this.gone) throw new VmNotFoundError(`no VM ${this.id} on this peer`)
  }

  private ref (): { id: string, name: string, phase: VmPhase } {
    return { id: this.id, name: this.state.record.spec.name, phase: this.phase }
  }

  /** Runs one action at a time; `destroy` aborts the one in flight. */
  private async exclusive<T> (timeoutMs: number, outer: AbortSignal | undefined, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const run = this.tail.catch(() => {}).then(async () => {
      this.assertHere()
      const abort = new AbortController()
      this.inFlight = abort
      try {
        return await fn(AbortSignal.any([abort.signal, AbortSignal.timeout(timeoutMs), ...(outer === undefined ? [] : [outer])]))
      } finally {
        if (this.inFlight === abort) this.inFlight = undefined
      }
    })
    this.tail = run
    return await run
  }
}
