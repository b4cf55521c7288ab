// Messages between the daemon's main thread and a VM worker. One worker hosts several machines;
// every message names its machine. Calls are answered by a reply with the same id.
import type { DeviceSnapshot, DiskBlocks, DiskStatus, GuestInfo, MachineCheckpoint, MachineConfig, PageBatch, PageDeltas, PageRange } from '../types.js'

export type CallOp =
  | { op: 'create', config: MachineConfig, incoming?: boolean }
  | { op: 'restore', config: MachineConfig, snapshot: Uint8Array }
  | { op: 'run' }
  | { op: 'pause' }
  | { op: 'snapshot', meta: Record<string, unknown> }
  | { op: 'guest' }
  | { op: 'set-guest-ip', ip: string | null }
  | { op: 'scan-pages', range?: PageRange }
  | { op: 'track-stop' }
  | { op: 'throttle', ms: number }
  | { op: 'boost', on: boolean }
  | { op: 'save-devices' }
  | { op: 'checkpoint', runningAnyway?: boolean }
  | { op: 'checkpoint-prescan', range: PageRange }
  | { op: 'checkpoint-disk-prescan', disk: number, first: boolean, max: number }
  | { op: 'checkpoint-track-stop' }
  | { op: 'checkpoint-seed' }
  | { op: 'disk-durable', seq: number | null }
  | { op: 'lease', untilMs: number | null }
  | { op: 'write-pages', indexes: Uint32Array, data: Uint8Array }
  | { op: 'apply-deltas', deltas: PageDeltas }
  | { op: 'finish-incoming', devices: DeviceSnapshot }
  /** `disk`: 0 = hda, 1 = hdb. */
  | { op: 'disk-info', disk: number }
  | { op: 'disk-scan', disk: number, first?: boolean, max?: number }
  | { op: 'disk-read', disk: number, indexes: Uint32Array }
  | { op: 'disk-write', disk: number, indexes: Uint32Array, data: Uint8Array }
  | { op: 'disk-flush', disk: number }
  | { op: 'destroy' }

export type ToWorker =
  | { type: 'call', id: number, machine: string, call: CallOp }
  | { type: 'serial-in', machine: string, bytes: Uint8Array }
  | { type: 'frames-in', machine: string, frames: Uint8Array[] }

export interface CallResults {
  create: { mac: string }
  restore: { mac: string }
  run: undefined
  pause: undefined
  snapshot: Uint8Array
  guest: GuestInfo | undefined
  'set-guest-ip': boolean
  'scan-pages': PageBatch
  'track-stop': undefined
  throttle: undefined
  boost: undefined
  'save-devices': DeviceSnapshot
  checkpoint: MachineCheckpoint
  'checkpoint-prescan': PageBatch
  /** indexes and data transferred. */
  'checkpoint-disk-prescan': DiskBlocks
  'checkpoint-track-stop': undefined
  'checkpoint-seed': undefined
  'disk-durable': undefined
  lease: boolean
  'write-pages': undefined
  'apply-deltas': undefined
  'finish-incoming': undefined
  'disk-info': DiskStatus
  /** Block indexes, ascending (transferred). */
  'disk-scan': Uint32Array
  /** blockBytes per index asked, in that order (transferred). */
  'disk-read': Uint8Array
  'disk-write': undefined
  'disk-flush': undefined
  destroy: undefined
}

export type FromWorker =
  | { type: 'reply', id: number, ok: true, value: unknown }
  | { type: 'reply', id: number, ok: false, error: { name: string, message: string } }
  | { type: 'serial-out', machine: string, bytes: Uint8Array }
  | { type: 'frames-out', machine: string, frames: Uint8Array[] }
  /** `count` frames reached the machine; `ringFull` of them found the NIC's receive ring full. */
  | { type: 'frames-taken', machine: string, count: number, ringFull: number }
  | { type: 'failed', machine: string, message: string }
  | { type: 'guest-ready', machine: string }

export interface WorkerInit {
  /** v86.wasm compiled once in the main thread. */
  wasm: WebAssembly.Module
  /** Nice value for the worker thread (Linux per-thread priority): guests yield to the daemon. */
  nice: number
}
