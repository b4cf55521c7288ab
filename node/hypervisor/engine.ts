// The v86 engine: guests in a pool of worker threads, off the daemon's event loop. v86.wasm is
// compiled once and shared. Idle guests are packed onto a few workers (one thread per core by
// default): measured with 64 idle tiny guests, a thread per guest cost 176% of a core and 20 MiB
// each, two shared threads 52% and 9.4 MiB each, since timers of one thread coalesce.
import { readFile } from 'node:fs/promises'
import type { Uint8ArrayList } from 'uint8arraylist'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Logger } from '../log.js'
import { DISK_ERRORS } from './disks/errors.js'
import { MachineFailedError, MachineGoneError, SnapshotError, VmEngineError } from './errors.js'
import { MalformedDeltaError } from './worker/page-delta.js'
import { NicPort } from './devices/nic.js'
import { SerialPort } from './devices/serial.js'
import { PAGE_BYTES } from './snapshot/format.js'
import { RemoteCallError, VmWorker } from './pool.js'
import type { CallOp, CallResults } from './worker/protocol.js'
import type { CallOptions, DeviceSnapshot, DiskBlocks, DiskStatus, EngineStats, GuestInfo, Machine, MachineCheckpoint, MachineConfig, MachineEndReason, PageBatch, PageDeltas, PageRange, VmEngine } from './types.js'
import { transferable } from '../../overlay/core/bytes.js'

export interface V86EngineInit {
  /** Worker threads guests are spread over. */
  workers: number
  /** Nice value of the worker threads (0 = same priority as the daemon). */
  nice: number
  log: Logger
}

const CREATE_TIMEOUT_MS = 60_000
const CALL_TIMEOUT_MS = 15_000
/** Pages written into an incoming machine go to its worker this many at a time (1 MiB). */
const STAGED_PAGES = 256
/**
 * Staging buffers per incoming machine: writes in flight to its worker while the migration stream
 * is read on. 4 MiB: waiting for the worker to finish each write before reading the next message
 * halved what the stream carried.
 */
const STAGING_SLOTS = 4

export function v86WasmPath (): string {
  return join(dirname(createRequire(import.meta.url).resolve('v86')), 'v86.wasm')
}

export class V86Engine implements VmEngine {
  private wasm: WebAssembly.Module | undefined
  private readonly workers: VmWorker[] = []
  private readonly machines = new Map<string, WorkerMachine>()

  constructor (private readonly init: V86EngineInit) {
    if (!Number.isInteger(init.workers) || init.workers < 1) throw new VmEngineError(`workers must be a positive integer, not ${init.workers}`)
  }

  async start (): Promise<void> {
    this.wasm ??= await WebAssembly.compile(await readFile(v86WasmPath()))
  }

  async stop (): Promise<void> {
    const machines = [...this.machines.values()]
    await Promise.all(machines.map(async m => { await m.destroy().catch(() => {}) }))
    await Promise.all(this.workers.splice(0).map(async w => { await w.terminate() }))
  }

  stats (): EngineStats {
    return { workers: this.workers.length, machines: this.machines.size }
  }

  async create (config: MachineConfig, options: CallOptions = {}): Promise<Machine> {
    return await this.open(config, { op: 'create', config }, [], options)
  }

  /** `guestMac`: the MAC the guest's NIC will hold once its device state arrives (when it differs from the VM's). */
  async incoming (config: MachineConfig, options: CallOptions & { guestMac?: string } = {}): Promise<Machine> {
    const bare: MachineConfig = { ...config, boot: { kind: 'none' }, guestConfig: {} }
    const machine = await this.open(bare, { op: 'create', config: bare, incoming: true }, [], options)
    if (options.guestMac !== undefined && options.guestMac !== config.mac) (machine as WorkerMachine).opened(options.guestMac)
    return machine
  }

  /** The snapshot's buffer is transferred to the worker when it is the view's whole buffer. */
  async restore (config: MachineConfig, snapshot: Uint8Array, options: CallOptions = {}): Promise<Machine> {
    const bytes = transferable(snapshot)
    return await this.open(config, { op: 'restore', config, snapshot: bytes }, [bytes.buffer], options)
  }

  private async open (config: MachineConfig, call: Extract<CallOp, { op: 'create' | 'restore' }>, transfer: ArrayBuffer[], options: CallOptions): Promise<Machine> {
    if (this.wasm === undefined) throw new VmEngineError('the VM engine is not started')
    if (this.machines.has(config.id)) throw new VmEngineError(`machine ${config.id} exists`)
    const worker = this.place()
    const machine = new WorkerMachine(config, worker, () => { this.machines.delete(config.id) })
    this.machines.set(config.id, machine)
    const signal = options.signal ?? AbortSignal.timeout(CREATE_TIMEOUT_MS)
    try {
      const { mac } = await worker.call<'create' | 'restore'>(config.id, call, signal, transfer)
      machine.opened(mac)
      return machine
    } catch (err) {
      await machine.destroy().catch(() => {})
      throw toLocalError(err)
    }
  }

  /** The live worker with the fewest guests; a new one while there are fewer than configured. */
  private place (): VmWorker {
    const alive = this.workers.filter(w => w.alive)
    const least = alive.sort((a, b) => a.machines.size - b.machines.size)[0]
    if (least !== undefined && (least.machines.size === 0 || alive.length >= this.init.workers)) return least
    const worker = new VmWorker({ wasm: this.wasm as WebAssembly.Module, nice: this.init.nice }, this.init.log, dead => {
      const i = this.workers.indexOf(dead)
      if (i >= 0) this.workers.splice(i, 1)
    })
    this.workers.push(worker)
    return worker
  }
}

/** The errors a worker's calls throw, rebuilt here as themselves (a structured clone loses the class). */
const WORKER_ERRORS = [SnapshotError, MachineFailedError, MachineGoneError, VmEngineError, MalformedDeltaError, ...DISK_ERRORS]

/** An error from the worker as the error it was there; anything else as the machine failing. */
function toLocalError (err: unknown): Error {
  if (err instanceof RemoteCallError) {
    const Known = WORKER_ERRORS.find(E => E.name === err.name)
    return Known === undefined ? new MachineFailedError(`${err.name}: ${err.message}`) : new Known(err.message)
  }
  return err instanceof Error ? err : new Error(String(err))
}

class WorkerMachine implements Machine {
  readonly id: string
  readonly serial: SerialPort
  nic: NicPort
  readonly ended: Promise<MachineEndReason>
  private end!: (reason: MachineEndReason) => void
  private gone = false
  private readyWaiters: Array<() => void> = []
  private guestReady = false
  /** Migration, destination side: staging buffers free for pages, and the writes to the worker in flight, oldest first. */
  private readonly freeSlots: Uint8Array[] = []
  private slotCount = 0
  private readonly writes: Array<Promise<void>> = []
  private writeFailed: Error | undefined

  get acpi (): boolean {
    return this.config.acpi === true
  }

  constructor (private readonly config: MachineConfig, private readonly worker: VmWorker, onGone: () => void) {
    this.id = config.id
    this.ended = new Promise(resolve => { this.end = reason => { if (!this.gone) { this.gone = true; onGone(); resolve(reason) } } })
    this.serial = new SerialPort(bytes => { worker.post({ type: 'serial-in', machine: this.id, bytes }) })
    this.nic = this.newNic(config.mac)
    worker.machines.set(this.id, {
      serial: bytes => { this.serial.output(bytes) },
      frames: frames => { this.nic.fromGuest(frames) },
      framesTaken: (count, ringFull) => { this.nic.delivered(count, ringFull) },
      failed: message => { this.end({ kind: 'failed', message }) },
      guestReady: () => {
        this.guestReady = true
        for (const wake of this.readyWaiters.splice(0)) wake()
      }
    })
  }

  /** The worker has built the machine; its NIC holds `guestMac` (a restore keeps the snapshot's). */
  opened (guestMac: string): void {
    if (guestMac !== this.config.mac) this.nic = this.newNic(guestMac)
  }

  private newNic (guestMac: string): NicPort {
    // Copied, not transferred: a frame may be a view into a tunnel batch, or go to several ports.
    return new NicPort(frames => { this.worker.post({ type: 'frames-in', machine: this.id, frames }) }, this.config.mac, guestMac)
  }

  async run (options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'run' }, options)
  }

  async pause (options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'pause' }, options)
  }

  async snapshot (meta: Record<string, unknown>, options: CallOptions = {}): Promise<Uint8Array> {
    return await this.call({ op: 'snapshot', meta }, { signal: options.signal ?? AbortSignal.timeout(CREATE_TIMEOUT_MS) })
  }

  async guest (options: CallOptions = {}): Promise<GuestInfo | undefined> {
    return await this.call({ op: 'guest' }, options)
  }

  async setGuestIp (ip: string | undefined, options: CallOptions = {}): Promise<boolean> {
    return await this.call({ op: 'set-guest-ip', ip: ip ?? null }, options)
  }

  async scanPages (range?: PageRange, options: CallOptions = {}): Promise<PageBatch> {
    return await this.call({ op: 'scan-pages', ...(range === undefined ? {} : { range }) }, { signal: options.signal ?? AbortSignal.timeout(CREATE_TIMEOUT_MS) })
  }

  async stopTracking (options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'track-stop' }, options)
  }

  async setThrottle (ms: number, options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'throttle', ms }, options)
  }

  async boost (on: boolean, options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'boost', on }, options)
  }

  async saveDevices (options: CallOptions = {}): Promise<DeviceSnapshot> {
    return await this.call({ op: 'save-devices' }, options)
  }

  /**
   * Through memory shared with the worker, a staging buffer's worth at a time: a structured clone
   * per message was tens of MB a migration for the worker's collector, which then ran inside the
   * switchover. Resolves once the pages are handed to the worker, up to STAGING_SLOTS buffers ahead
   * of it; flushPages() waits until they are all written.
   */
  async checkpoint (options: CallOptions & { runningAnyway?: boolean } = {}): Promise<MachineCheckpoint> {
    return await this.call({ op: 'checkpoint', runningAnyway: options.runningAnyway === true }, options)
  }

  async checkpointPrescan (range: PageRange, options: CallOptions = {}): Promise<PageBatch> {
    return await this.call({ op: 'checkpoint-prescan', range }, options)
  }

  async checkpointDiskPrescan (disk: number, options: CallOptions & { first?: boolean, max: number }): Promise<DiskBlocks> {
    const { signal, first, max } = options
    return await this.call({ op: 'checkpoint-disk-prescan', disk, first: first === true, max }, signal === undefined ? {} : { signal })
  }

  async stopCheckpoints (options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'checkpoint-track-stop' }, options)
  }

  async seedCheckpoints (options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'checkpoint-seed' }, options)
  }

  async diskDurable (seq: number | undefined, options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'disk-durable', seq: seq ?? null }, options)
  }

  async setLease (untilMs: number | undefined, options: CallOptions = {}): Promise<boolean> {
    return await this.call({ op: 'lease', untilMs: untilMs ?? null }, options)
  }

  async writePages (batch: { indexes: Uint32Array, data: Uint8Array | Uint8ArrayList }, options: CallOptions = {}): Promise<void> {
    for (let i = 0; i < batch.indexes.length; i += STAGED_PAGES) {
      const indexes = batch.indexes.slice(i, i + STAGED_PAGES)
      const slot = await this.takeSlot()
      const data = slot.subarray(0, indexes.length * PAGE_BYTES)
      const from = i * PAGE_BYTES
      const to = (i + indexes.length) * PAGE_BYTES
      if (batch.data instanceof Uint8Array) {
        data.set(batch.data.subarray(from, to))
      } else {
        // The chunks the pages arrived in, copied straight into the staging buffer.
        let at = 0
        for (const chunk of batch.data.sublist(from, to)) {
          data.set(chunk, at)
          at += chunk.byteLength
        }
      }
      this.enqueue(this.call({ op: 'write-pages', indexes, data }, options), slot)
    }
  }

  /** Taken in turn with the page writes before it, which the worker runs in order. */
  async applyDeltas (deltas: PageDeltas, options: CallOptions = {}): Promise<void> {
    this.enqueue(this.call({ op: 'apply-deltas', deltas }, options))
  }

  /** Waits for every page write and delta handed over so far; throws the first that failed. */
  async flushPages (): Promise<void> {
    while (this.writes.length > 0) await this.writes.shift()
    if (this.writeFailed !== undefined) throw this.writeFailed
  }

  private enqueue (write: Promise<void>, slot?: Uint8Array): void {
    this.writes.push(write.then(
      () => { if (slot !== undefined) this.freeSlots.push(slot) },
      (err: unknown) => {
        this.writeFailed ??= err instanceof Error ? err : new Error(String(err))
        if (slot !== undefined) this.freeSlots.push(slot)
      }))
  }

  private async takeSlot (): Promise<Uint8Array> {
    if (this.writeFailed !== undefined) throw this.writeFailed
    if (this.freeSlots.length === 0 && this.slotCount < STAGING_SLOTS) {
      this.slotCount++
      return new Uint8Array(new SharedArrayBuffer(STAGED_PAGES * PAGE_BYTES))
    }
    // The worker takes writes in order: the oldest frees its slot first.
    while (this.freeSlots.length === 0) await this.writes.shift()
    return this.freeSlots.pop() as Uint8Array
  }

  async finishIncoming (devices: DeviceSnapshot, options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'finish-incoming', devices }, options)
  }

  async diskInfo (disk: number, options: CallOptions = {}): Promise<DiskStatus> {
    return await this.call({ op: 'disk-info', disk }, options)
  }

  async scanDisk (disk: number, options: CallOptions & { first?: boolean, max?: number } = {}): Promise<Uint32Array> {
    const { signal, ...scan } = options
    return await this.call({ op: 'disk-scan', disk, ...scan }, signal === undefined ? {} : { signal })
  }

  async readDiskBlocks (disk: number, indexes: Uint32Array, options: CallOptions = {}): Promise<Uint8Array> {
    return await this.call({ op: 'disk-read', disk, indexes }, options)
  }

  /** The blocks are copied to the worker (a structured clone: at most 4 MiB a call). */
  async writeDiskBlocks (disk: number, blocks: DiskBlocks, options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'disk-write', disk, indexes: blocks.indexes, data: blocks.data }, options)
  }

  /** An fsync can take long on a busy host disk: a minute unless told otherwise. */
  async flushDisk (disk: number, options: CallOptions = {}): Promise<void> {
    await this.call({ op: 'disk-flush', disk }, { signal: options.signal ?? AbortSignal.timeout(CREATE_TIMEOUT_MS) })
  }

  /** Resolves once the guest said it is ready through the hypercall port (tiny guests do). */
  async waitGuestReady (options: CallOptions = {}): Promise<void> {
    if (this.guestReady) return
    const signal = options.signal ?? AbortSignal.timeout(CALL_TIMEOUT_MS)
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => { reject(new MachineFailedError(`guest of ${this.id} did not report ready`)) }
      signal.addEventListener('abort', onAbort, { once: true })
      this.readyWaiters.push(() => { signal.removeEventListener('abort', onAbort); resolve() })
    })
  }

  async destroy (): Promise<void> {
    if (this.gone) return
    this.worker.machines.delete(this.id)
    this.serial.close()
    try {
      await this.worker.call(this.id, { op: 'destroy' }, AbortSignal.timeout(CALL_TIMEOUT_MS))
    } catch {
      // The worker may be gone already, or the machine never got built.
    } finally {
      this.end({ kind: 'destroyed' })
    }
  }

  private async call<K extends CallOp['op']> (call: Extract<CallOp, { op: K }>, options: CallOptions): Promise<CallResults[K]> {
    if (this.gone) throw new MachineFailedError(`machine ${this.id} is gone`)
    try {
      return await this.worker.call(this.id, call, options.signal ?? AbortSignal.timeout(CALL_TIMEOUT_MS))
    } catch (err) {
      throw toLocalError(err)
    }
  }
}
