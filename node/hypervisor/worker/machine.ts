// One guest in a worker: a v86 instance with the blanket devices wired to it. The worker's main
// module owns several of these and relays their traffic to the daemon.
import type { V86 } from 'v86'
import { MachineFailedError, SnapshotError } from '../errors.js'
import { GUEST_CONFIG, HC_PORT_CMD, HC_PORT_DATA, HypercallDevice, initialHypercallState, type HypercallState } from '../devices/hypercall.js'
import { copyPagesInto, encodeSnapshot, openSnapshot } from '../snapshot/format.js'
import { V86_STATE_VERSION, checkDeviceState } from '../snapshot/device-state.js'
import type { DeviceSnapshot, GuestInfo, MachineCheckpoint, MachineConfig, PageBatch, PageDeltas, PageRange } from '../types.js'
import { formatMac, parseMac } from '../mac.js'
import { readTinyInfo, writeTinyIp } from './tiny-info.js'
import { V86Adapter } from './v86-adapter.js'
import { PageTracker, applyDeltas, prefaultRam, writePages, zeroRam } from './page-tracker.js'
import { MachineDisks } from './machine-disks.js'
import { LOAD_TIMEOUT_MS, load } from './v86-load.js'
import { concatOwn } from '../../../overlay/core/bytes.js'

export interface MachineSink {
  serialOut: (bytes: Uint8Array) => void
  framesOut: (frames: Uint8Array[]) => void
  failed: (message: string) => void
  guestReady: () => void
}

/** Output is handed to the daemon this often at most: per-byte messages would flood it. */
const SERIAL_FLUSH_MS = 5
const MAX_SERIAL_PENDING = 1 << 20
const SERIAL_CHUNK = 4096
const MAX_FRAMES_PENDING = 4096
/** Input is fed to the UART only while its queue is short, like a real serial line. */
const UART_BACKLOG = 64
const MAX_SERIAL_INPUT = 1 << 20

export class GuestMachine {
  private readonly adapter: V86Adapter
  private hypercall: HypercallDevice
  private serialPending: Uint8Array[] = []
  private serialChunk = new Uint8Array(SERIAL_CHUNK)
  private serialFill = 0
  private serialPendingBytes = 0
  private serialTimer: NodeJS.Timeout | undefined
  private framesPending: Uint8Array[] = []
  private framesScheduled = false
  private input: Uint8Array[] = []
  private inputBytes = 0
  private inputTimer: NodeJS.Timeout | undefined
  private dead = false
  /** What a migration has sent of RAM so far (pages compared against it). */
  private tracker: PageTracker | undefined
  /** What the standby holds of RAM: checkpoints have a tracker of their own, apart from a migration's. */
  private checkpointTracker: PageTracker | undefined
  serialDropped = 0
  framesDropped = 0

  private constructor (readonly id: string, readonly config: MachineConfig, private readonly emulator: V86, private readonly sink: MachineSink, hypercall: HypercallState, readonly disks: MachineDisks) {
    this.adapter = new V86Adapter(emulator)
    this.hypercall = this.newHypercall(hypercall)
    this.adapter.patchYield(err => { this.fail(`emulator error: ${(err as Error).message ?? String(err)}`) })
    this.adapter.fillMissingPciBars()
    if (disks.count > 0) this.adapter.interceptDiskCommands(disks.flusher(() => !this.dead))
    this.adapter.registerPort32(HC_PORT_CMD, this, () => this.hypercall.readStatus(), v => { this.hypercall.command(v) })
    this.adapter.registerPort32(HC_PORT_DATA, this, () => this.hypercall.readData(), v => { this.hypercall.writeData(v) })
    this.adapter.onBus('serial0-output-byte', byte => { this.onSerialByte(byte as number) })
    this.adapter.onBus('net0-send', frame => { this.onFrame(frame as Uint8Array) })
  }

  static async create (id: string, config: MachineConfig, wasm: WebAssembly.Module, sink: MachineSink): Promise<GuestMachine> {
    const disks = await MachineDisks.open(config.disks, AbortSignal.timeout(LOAD_TIMEOUT_MS))
    const emulator = await load(config, wasm, disks).catch(async (err: unknown) => { await disks.close().catch(() => {}); throw err })
    const machine = new GuestMachine(id, config, emulator, sink, initialHypercallState(config.guestConfig), disks)
    machine.adapter.setMac(parseMac(config.mac))
    return machine
  }

  /** A machine from a snapshot, paused at the instant it was taken. Everything is checked first. */
  static async restore (id: string, config: MachineConfig, bytes: Uint8Array, wasm: WebAssembly.Module, sink: MachineSink): Promise<GuestMachine> {
    const snapshot = openSnapshot(bytes)
    const m = snapshot.header.machine
    for (const [what, want, got] of [['memory size', config.memoryBytes, m.memoryBytes], ['NIC', config.nic, m.nic], ['video memory', config.vgaMemoryBytes, m.vgaMemoryBytes], ['ACPI', config.acpi === true, m.acpi === true]] as const) {
      if (want !== got) throw new SnapshotError(`snapshot does not match the machine: ${what} ${String(got)} in the snapshot, ${String(want)} asked for`)
    }
    checkDeviceState(snapshot.deviceState, { ...m, disks: diskSizes(config) })
    const disks = await MachineDisks.open(config.disks, AbortSignal.timeout(LOAD_TIMEOUT_MS))
    // Before v86 is built: it reads a disk's first sector to guess its geometry.
    await disks.restoreFrom(snapshot.disks).catch(async (err: unknown) => { await disks.close().catch(() => {}); throw err })
    const emulator = await load(config, wasm, disks).catch(async (err: unknown) => { await disks.close().catch(() => {}); throw err })
    // The guest's config is what it booted with, not what the restorer would set now.
    const machine = new GuestMachine(id, config, emulator, sink, m.hypercall, disks)
    try {
      machine.adapter.restoreDeviceState(snapshot.deviceState.slice().buffer)
    } catch (err) {
      await machine.destroy().catch(() => {})
      throw new SnapshotError(`v86 refused the device state: ${(err as Error).message}`)
    }
    copyPagesInto(snapshot, emulator.read_memory(0, m.memoryBytes))
    machine.adapter.resumePendingFlushes()
    return machine
  }

  /** The MAC the NIC holds (the guest's), which a restore takes from the snapshot. */
  get mac (): string {
    return formatMac(this.adapter.mac())
  }

  async run (): Promise<void> {
    this.assertAlive()
    await this.emulator.run()
  }

  async pause (): Promise<void> {
    this.assertAlive()
    // Paused by request: a renewed lease does not run it again.
    this.adapter.leaseStopped = false
    this.adapter.stopNow()
  }

  snapshot (meta: Record<string, unknown>): Uint8Array {
    this.assertAlive()
    const { memoryBytes, vgaMemoryBytes, nic, acpi = false } = this.config
    const deviceState = new Uint8Array(this.adapter.saveDeviceState(memoryBytes))
    return encodeSnapshot({
      machine: { memoryBytes, vgaMemoryBytes, nic, acpi, mac: this.mac, hypercall: this.hypercall.current, v86: { stateVersion: V86_STATE_VERSION } },
      meta,
      ram: this.ram(),
      deviceState,
      disks: this.disks.snapshotSources()
    })
  }

  /** Counter and boot id read from guest RAM at the addresses the guest reported. */
  guest (): GuestInfo | undefined {
    this.assertAlive()
    return readTinyInfo(this.emulator, this.hypercall.current, this.config.memoryBytes)
  }

  /** Rewrites the IPv4 address in the tiny guest's info block, which it reads for every frame. */
  setGuestIp (ip: string | null): boolean {
    this.assertAlive()
    return writeTinyIp(this.emulator, this.hypercall.current, this.config.memoryBytes, ip)
  }

  /**
   * Migration, source side: the pages of `range` changed since they were last scanned. The first
   * scan starts tracking: every non-zero page has changed against the all-zero shadow.
   */
  scanPages (range?: PageRange): PageBatch {
    this.assertAlive()
    return (this.tracker ??= this.newTracker()).scan(range)
  }

  trackStop (): void {
    this.tracker?.close()
    this.tracker = undefined
    this.adapter.throttleMs = 0
  }

  /** Guest RAM, as v86 gives it: a view of its memory (nothing copied). */
  private ram (): Uint8Array {
    return this.emulator.read_memory(0, this.config.memoryBytes)
  }

  private newTracker (): PageTracker {
    return new PageTracker(() => this.ram(), this.config.memoryBytes)
  }

  /** A new standby's first copy, the guest running: see Machine.checkpointPrescan. */
  checkpointPrescan (range: PageRange): PageBatch {
    this.assertAlive()
    return (this.checkpointTracker ??= this.newTracker()).scan(range, true)
  }

  /** Replication ends, or a new standby starts from all-zero RAM: the next checkpoint sends every non-zero page (its disks' first copy starts afresh: checkpointPrescan). */
  checkpointTrackStop (): void {
    this.checkpointTracker = undefined
  }

  /** A migration's destination, before its guest runs, whose standby holds RAM and disks as they arrived: checkpoints carry what changes after. */
  seedCheckpoints (): void {
    this.assertAlive()
    this.checkpointTracker = this.newTracker().seeded()
    this.disks.seedCheckpoints()
  }

  /** Auto-converge: the guest waits `ms` between slices of execution. */
  setThrottle (ms: number): void {
    this.adapter.throttleMs = Math.max(0, Math.min(100, ms))
  }

  /** Device state without RAM, and the host's side of the hypercall port: what a migration ends with. */
  saveDevices (): DeviceSnapshot {
    this.assertAlive()
    return { deviceState: new Uint8Array(this.adapter.saveDeviceState(this.config.memoryBytes)), hypercall: this.hypercall.current, mac: this.mac }
  }

  /**
   * Replication: the guest paused for the scan and the devices only, so that both are of one
   * instant; it runs again before the pages leave (they go from the shadow, which holds them).
   */
  async checkpoint (runningAnyway = false): Promise<MachineCheckpoint> {
    this.assertAlive()
    const started = performance.now()
    const running = this.adapter.running
    if (running) this.adapter.stopNow()
    const batch = (this.checkpointTracker ??= this.newTracker()).scan()
    const devices = this.saveDevices()
    const guest = this.guest()
    const disk = this.disks.checkpoint()
    if (running) await this.emulator.run()
    // A guest its lease stopped is a running VM (the next renewal runs it): its standby runs it too.
    // `runningAnyway`: a migration paused it for its switchover, and the VM runs on after it.
    return { batch, devices, running: running || this.adapter.leaseStopped || runningAnyway, pauseMs: performance.now() - started, ...(guest === undefined ? {} : { guest }), ...(disk === undefined ? {} : { disk }) }
  }

  /** Replication's fence (see V86Adapter.leaseUntil); a lease that stopped the guest runs it again when renewed. */
  async setLease (untilMs: number | null): Promise<boolean> {
    this.assertAlive()
    const stopped = this.adapter.leaseStopped
    this.adapter.leaseUntil = untilMs ?? undefined
    if (stopped && (untilMs === null || untilMs > performance.timeOrigin + performance.now())) {
      this.adapter.leaseStopped = false
      await this.emulator.run()
    }
    return stopped
  }

  /**
   * A migration's destination: clears RAM (v86 may have written to it while building the machine),
   * then faults it in behind (prefaultRam).
   */
  clearRam (): void {
    this.assertAlive()
    zeroRam(this.ram())
    void prefaultRam(() => this.ram(), () => !this.dead)
  }

  writePages (batch: { indexes: Uint32Array, data: Uint8Array }): void {
    this.assertAlive()
    writePages(this.ram(), batch)
  }

  applyDeltas (deltas: PageDeltas): void {
    this.assertAlive()
    applyDeltas(this.ram(), deltas)
  }

  /** A migration's destination: the devices on top of the RAM already written. Paused afterwards. */
  finishIncoming (devices: DeviceSnapshot): void {
    this.assertAlive()
    checkDeviceState(devices.deviceState, { ...this.config, disks: diskSizes(this.config) })
    this.adapter.restoreDeviceState(devices.deviceState.slice().buffer, { keepRam: true })
    this.hypercall = this.newHypercall(devices.hypercall)
    this.adapter.resumePendingFlushes()
  }

  serialIn (bytes: Uint8Array): void {
    if (this.dead) return
    if (this.inputBytes + bytes.byteLength > MAX_SERIAL_INPUT) return
    this.input.push(bytes)
    this.inputBytes += bytes.byteLength
    this.pumpInput()
  }

  /** Frames for the guest's NIC; returns how many found its receive ring full and were dropped. */
  framesIn (frames: Uint8Array[]): number {
    if (this.dead) return 0
    let ringFull = 0
    for (const frame of frames) {
      if (!this.adapter.sendFrame(frame)) ringFull++
    }
    return ringFull
  }

  async destroy (): Promise<void> {
    if (this.dead) return
    this.dead = true
    clearTimeout(this.serialTimer)
    clearTimeout(this.inputTimer)
    try {
      await this.emulator.destroy()
    } finally {
      // Flushed: what the guest wrote stays on its disks, as on a real disk left powered.
      await this.disks.close()
    }
  }

  private newHypercall (state: HypercallState): HypercallDevice {
    return new HypercallDevice(state, {
      ready: () => { this.sink.guestReady() },
      panic: vector => { this.fail(`the guest reported CPU exception ${vector} and halted`) }
    })
  }

  private fail (message: string): void {
    if (this.dead) return
    this.sink.failed(message)
  }

  private assertAlive (): void {
    if (this.dead) throw new MachineFailedError(`machine ${this.id} is destroyed`)
  }

  private onSerialByte (byte: number): void {
    if (this.serialPendingBytes >= MAX_SERIAL_PENDING) {
      this.serialDropped++
      return
    }
    // Bytes arrive one at a time: gather them in a chunk, handed over in batches.
    if (this.serialFill === this.serialChunk.byteLength) {
      this.serialPending.push(this.serialChunk)
      this.serialChunk = new Uint8Array(SERIAL_CHUNK)
      this.serialFill = 0
    }
    this.serialChunk[this.serialFill++] = byte
    this.serialPendingBytes++
    this.serialTimer ??= setTimeout(() => { this.flushSerial() }, SERIAL_FLUSH_MS)
  }

  private flushSerial (): void {
    this.serialTimer = undefined
    const chunks = [...this.serialPending, this.serialChunk.subarray(0, this.serialFill)]
    this.serialPending = []
    this.serialChunk = new Uint8Array(SERIAL_CHUNK)
    this.serialFill = 0
    this.serialPendingBytes = 0
    const bytes = concatOwn(chunks)
    if (bytes.byteLength > 0) this.sink.serialOut(bytes)
  }

  private onFrame (frame: Uint8Array): void {
    if (this.framesPending.length >= MAX_FRAMES_PENDING) {
      this.framesDropped++
      return
    }
    // The NE2000 hands out a view into its own buffer: copy before it is reused.
    this.framesPending.push(Uint8Array.from(frame))
    if (!this.framesScheduled) {
      this.framesScheduled = true
      setImmediate(() => {
        this.framesScheduled = false
        const frames = this.framesPending
        this.framesPending = []
        if (frames.length > 0) this.sink.framesOut(frames)
      })
    }
  }

  private pumpInput (): void {
    this.inputTimer = undefined
    let room = UART_BACKLOG - this.adapter.serialBacklog()
    while (room > 0 && this.input.length > 0) {
      const head = this.input[0] as Uint8Array
      const take = head.subarray(0, room)
      this.emulator.serial_send_bytes(0, take)
      room -= take.byteLength
      this.inputBytes -= take.byteLength
      if (take.byteLength === head.byteLength) this.input.shift()
      else this.input[0] = head.subarray(take.byteLength)
    }
    if (this.input.length > 0) this.inputTimer = setTimeout(() => { this.pumpInput() }, 1)
  }
}

function diskSizes (config: MachineConfig): number[] {
  return (config.disks ?? []).map(d => d.sizeBytes)
}

export { GUEST_CONFIG }
