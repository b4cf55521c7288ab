// Both ends of a migration without a hypervisor, for in-process tests of the protocol's state
// machines: a source machine whose "guest" writes pages between scans while it runs, and an arriving
// VM that keeps the RAM it is sent. The protocol code under test (overlay/migration) is the real one.
import type { Uint8ArrayList } from 'uint8arraylist'
import { PAGE_BYTES, type DeviceState, type PageBatch, type PageDeltas, type PageRange } from '../../overlay/migration/pages.js'
import type { DestinationHooks, FinalState, IncomingVm, MigrationOffer, SourceMachine } from '../../overlay/migration/types.js'

/** A source machine of `pages` pages, every third one written at the start. */
export class FakeSourceMachine implements SourceMachine {
  readonly ram: Uint8Array
  readonly calls: string[] = []
  running = true
  /** Pages the guest writes before each scan while it runs. */
  dirtyPerScan: number
  private readonly shadow: Uint8Array
  private writes = 0

  constructor (readonly pages: number, dirtyPerScan = 0) {
    this.ram = new Uint8Array(pages * PAGE_BYTES)
    this.shadow = new Uint8Array(pages * PAGE_BYTES)
    this.dirtyPerScan = dirtyPerScan
    for (let p = 0; p < pages; p += 3) this.write(p)
  }

  /** The guest writes page `p`: a new value each time. */
  write (p: number): void {
    this.writes++
    this.ram.fill(this.writes & 0xff, p * PAGE_BYTES, p * PAGE_BYTES + 64)
    new DataView(this.ram.buffer).setUint32(p * PAGE_BYTES + 64, this.writes)
  }

  async scanPages (range: PageRange): Promise<PageBatch> {
    if (this.running) for (let i = 0; i < this.dirtyPerScan; i++) this.write(range.from + ((i * 7919 + this.writes) % (range.to - range.from)))
    const runs: number[] = []
    for (let p = range.from; p < range.to; p++) {
      const at = p * PAGE_BYTES
      const page = this.ram.subarray(at, at + PAGE_BYTES)
      if (equal(page, this.shadow.subarray(at, at + PAGE_BYTES))) continue
      this.shadow.set(page, at)
      const last = runs.length - 2
      if (last >= 0 && (runs[last] ?? 0) + (runs[last + 1] ?? 0) === p) runs[last + 1] = (runs[last + 1] ?? 0) + 1
      else runs.push(p, 1)
    }
    return { runs: Uint32Array.from(runs), deltas: noDeltas(), shadow: this.shadow, scanMs: 0 }
  }

  async scanDisk (): Promise<Uint32Array> { return new Uint32Array() }
  async readDiskBlocks (): Promise<Uint8Array> { return new Uint8Array() }
  async stopTracking (): Promise<void> { this.calls.push('stopTracking') }
  async setThrottle (ms: number): Promise<void> { this.calls.push(`throttle ${ms}`) }
  async pause (): Promise<void> { this.calls.push('pause'); this.running = false }
  async run (): Promise<void> { this.calls.push('run'); this.running = true }
  async boost (): Promise<void> {}
  async saveDevices (): Promise<DeviceState> { return { deviceState: new Uint8Array([1, 2, 3]), hypercall: '{}', mac: '02:00:00:00:00:01' } }
}

/** The destination's side: each accepted VM's RAM, and what became of it. */
export class FakeDestination implements DestinationHooks {
  readonly arrivals: FakeIncoming[] = []
  readonly fenced: string[] = []
  private readonly taken = new Set<string>()
  /** Set to refuse the next offer with this error. */
  refuseWith: Error | undefined

  async accept (offer: MigrationOffer): Promise<IncomingVm> {
    const refusal = this.refuseWith
    this.refuseWith = undefined
    if (refusal !== undefined) throw refusal
    const vm = new FakeIncoming(offer, () => this.taken.add(`${offer.record.id}@${offer.record.epoch + 1}`))
    this.arrivals.push(vm)
    return vm
  }

  committed (vmId: string, epoch: number): boolean { return this.taken.has(`${vmId}@${epoch}`) }
  fence (vmId: string, epoch: number): void { this.fenced.push(`${vmId}@${epoch}`) }
}

export class FakeIncoming implements IncomingVm {
  readonly ram: Uint8Array
  readonly devices: DeviceState[] = []
  final: FinalState | undefined
  aborted: string | undefined

  constructor (readonly offer: MigrationOffer, private readonly took: () => void) {
    this.ram = new Uint8Array(offer.record.spec.memoryBytes)
  }

  async restoreDevices (devices: DeviceState): Promise<void> { this.devices.push(devices) }
  async writePages (batch: { indexes: Uint32Array, data: Uint8Array | Uint8ArrayList }): Promise<void> {
    const data = batch.data instanceof Uint8Array ? batch.data : batch.data.subarray()
    batch.indexes.forEach((p, i) => { this.ram.set(data.subarray(i * PAGE_BYTES, (i + 1) * PAGE_BYTES), p * PAGE_BYTES) })
  }

  async applyDeltas (_deltas: PageDeltas): Promise<void> { throw new Error('the fake source sends whole pages only') }
  async writeDiskBlocks (): Promise<void> { throw new Error('the fake source has no disks') }
  async flush (): Promise<void> {}
  async commit (final: FinalState): Promise<number> { this.final = final; this.took(); return performance.now() }
  async abort (reason: string): Promise<void> { this.aborted = reason }
}

function noDeltas (): PageDeltas {
  return { indexes: new Uint32Array(), ends: new Uint32Array(), data: new Uint8Array() }
}

function equal (a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0
}
