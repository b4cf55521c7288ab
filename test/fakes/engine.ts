// A VM engine of fake machines, for in-process tests of the VM layer: each machine keeps a phase, a
// counter that advances while it runs, and the calls made on it. It implements the whole Machine
// interface the controller and the migration drive; guests never run.
import { NicPort } from '../../node/hypervisor/devices/nic.js'
import { SerialPort } from '../../node/hypervisor/devices/serial.js'
import type { CallOptions, DeviceSnapshot, DiskBlocks, DiskStatus, EngineStats, GuestInfo, Machine, MachineCheckpoint, MachineConfig, MachineEndReason, PageBatch, PageDeltas, PageRange, VmEngine } from '../../node/hypervisor/types.js'

export class FakeMachine implements Machine {
  readonly id: string
  readonly acpi: boolean
  readonly serial = new SerialPort(() => {})
  readonly nic: NicPort
  readonly ended: Promise<MachineEndReason>
  running = false
  destroyed = false
  readonly calls: string[] = []
  /** Set to make the next call of that name fail. */
  failNext: string | undefined
  private end!: (reason: MachineEndReason) => void

  constructor (readonly config: MachineConfig) {
    this.id = config.id
    this.acpi = config.acpi === true
    this.nic = new NicPort(() => {}, config.mac)
    this.ended = new Promise(resolve => { this.end = resolve })
  }

  /** The guest dies under the VM (a crash in its worker). */
  crash (message: string): void {
    this.running = false
    this.end({ kind: 'failed', message })
  }

  async run (): Promise<void> { this.call('run'); this.running = true }
  async pause (): Promise<void> { this.call('pause'); this.running = false }
  async snapshot (meta: Record<string, unknown>): Promise<Uint8Array> { this.call('snapshot'); return new TextEncoder().encode(JSON.stringify(meta)) }
  async guest (): Promise<GuestInfo | undefined> { return { counter: 1, bootId: '00', ready: true, pagesDirtied: 0, framesReceived: 0, framesSent: 0, ip: '0.0.0.0', mac: this.config.mac } }
  async setGuestIp (): Promise<boolean> { return true }
  async waitGuestReady (): Promise<void> {}
  async scanPages (_range?: PageRange): Promise<PageBatch> {
    this.call('scanPages')
    return { runs: new Uint32Array(), deltas: { indexes: new Uint32Array(), ends: new Uint32Array(), data: new Uint8Array() }, shadow: new Uint8Array(), scanMs: 0 }
  }

  async stopTracking (): Promise<void> { this.call('stopTracking') }
  async stopCheckpoints (): Promise<void> { this.call('stopCheckpoints') }
  async seedCheckpoints (): Promise<void> { this.call('seedCheckpoints') }
  async setThrottle (): Promise<void> {}
  async saveDevices (): Promise<DeviceSnapshot> {
    this.call('saveDevices')
    return { deviceState: new Uint8Array(4), hypercall: { version: 1, bootId: null, infoAddr: null, counterAddr: null, bootIdAddr: null, ready: true, panicVector: null, config: {} }, mac: this.config.mac }
  }

  async checkpoint (): Promise<MachineCheckpoint> {
    this.call('checkpoint')
    return { batch: await this.scanPages(), devices: await this.saveDevices(), running: this.running, pauseMs: 0 }
  }

  async checkpointPrescan (range: PageRange): Promise<PageBatch> {
    this.call('checkpointPrescan')
    return { ...await this.scanPages(range), shadowStart: range.from }
  }

  async checkpointDiskPrescan (): Promise<DiskBlocks> {
    this.call('checkpointDiskPrescan')
    return { indexes: new Uint32Array(0), data: new Uint8Array(0) }
  }

  async setLease (): Promise<boolean> { return false }
  async diskDurable (): Promise<void> {}
  async boost (): Promise<void> {}
  async writePages (): Promise<void> {}
  async applyDeltas (_deltas: PageDeltas): Promise<void> {}
  async flushPages (): Promise<void> {}
  async finishIncoming (): Promise<void> {}
  /** Disks as maps of written blocks (4 KiB), by disk index; a write marks its blocks dirty. */
  readonly disks = new Map<number, { blocks: Map<number, Uint8Array>, dirty: Set<number> }>()
  private disk (n: number): { blocks: Map<number, Uint8Array>, dirty: Set<number> } {
    const spec = this.config.disks?.[n]
    if (spec === undefined) throw Object.assign(new Error(`machine ${this.id} has no disk ${n}`), { name: 'DiskRangeError' })
    let d = this.disks.get(n)
    if (d === undefined) this.disks.set(n, d = { blocks: new Map(), dirty: new Set() })
    return d
  }

  async diskInfo (n: number): Promise<DiskStatus> {
    const d = this.disk(n)
    const sizeBytes = this.config.disks?.[n]?.sizeBytes ?? 0
    return { sizeBytes, blockBytes: 4096, blocks: sizeBytes / 4096, baseSha256: null, writtenBlocks: d.blocks.size, generation: 0, guestFlushes: 0, guestFlushTotalMs: 0, guestFlushMaxMs: 0, guestReads: 0, guestReadBytes: 0, guestWrites: 0, guestWrittenBytes: 0 }
  }

  async scanDisk (n: number, options: { first?: boolean, max?: number } = {}): Promise<Uint32Array> {
    const d = this.disk(n)
    if (options.first === true) for (const b of d.blocks.keys()) d.dirty.add(b)
    const out = [...d.dirty].sort((a, b) => a - b).slice(0, options.max ?? Infinity)
    for (const b of out) d.dirty.delete(b)
    return Uint32Array.from(out)
  }

  async readDiskBlocks (n: number, indexes: Uint32Array): Promise<Uint8Array> {
    const d = this.disk(n)
    const out = new Uint8Array(indexes.length * 4096)
    indexes.forEach((b, i) => { const data = d.blocks.get(b); if (data !== undefined) out.set(data, i * 4096) })
    return out
  }

  async writeDiskBlocks (n: number, blocks: DiskBlocks): Promise<void> {
    const d = this.disk(n)
    blocks.indexes.forEach((b, i) => { d.blocks.set(b, blocks.data.slice(i * 4096, (i + 1) * 4096)); d.dirty.add(b) })
  }

  async flushDisk (n: number): Promise<void> { this.disk(n) }
  async destroy (): Promise<void> {
    this.destroyed = true
    this.running = false
    this.end({ kind: 'destroyed' })
  }

  private call (name: string): void {
    if (this.destroyed) throw Object.assign(new Error(`machine ${this.id} is gone`), { name: 'MachineFailedError' })
    this.calls.push(name)
    if (this.failNext === name) {
      this.failNext = undefined
      throw Object.assign(new Error(`${name} failed`), { name: 'MachineFailedError' })
    }
  }
}

export class FakeEngine implements VmEngine {
  readonly machines = new Map<string, FakeMachine>()

  async start (): Promise<void> {}
  async stop (): Promise<void> {
    for (const m of this.machines.values()) await m.destroy()
  }

  stats (): EngineStats {
    return { workers: 1, machines: this.machines.size }
  }

  async create (config: MachineConfig, _options?: CallOptions): Promise<Machine> {
    return this.add(config)
  }

  async incoming (config: MachineConfig): Promise<Machine> {
    return this.add(config)
  }

  async restore (config: MachineConfig): Promise<Machine> {
    return this.add(config)
  }

  private add (config: MachineConfig): FakeMachine {
    const m = new FakeMachine(config)
    this.machines.set(config.id, m)
    return m
  }
}
