// The migration's public types: what the source and destination sides need of the VM layer, and
// what a migration reports.
import type { DeviceState, PageBatch, PageDeltas, PageRange } from './pages.js'
import type { Uint8ArrayList } from 'uint8arraylist'
import type { VmRecordData } from '../records/inventory.js'
import type { SignedHandoffMsg } from '../records/handoff.js'
import type { MigratingDisk } from './disks.js'

export type MigrationMode = 'precopy' | 'stopcopy'

export type MigrationPhase = 'offered' | 'precopy' | 'switchover' | 'committing' | 'committed' | 'aborted' | 'unknown'

export interface MigrationProgress {
  phase: MigrationPhase
  round: number
  bytesSent: number
  /** Bytes found changed in the last round. */
  lastRoundBytes: number
  dirtyBytesPerSec: number
  bandwidthBytesPerSec: number
  /** Time the remaining pre-copy is expected to take. */
  etaMs: number
  throttleMs: number
}

/** The source's machine, as the migration drives it. */
export interface SourceMachine {
  /** The pages of `range` changed since they were last scanned (the first time: every non-zero page). */
  scanPages: (range: PageRange) => Promise<PageBatch>
  stopTracking: () => Promise<void>
  setThrottle: (ms: number) => Promise<void>
  pause: () => Promise<void>
  run: () => Promise<void>
  saveDevices: () => Promise<DeviceState>
  boost: (on: boolean) => Promise<void>
  /** Its disks (0 = hda): the dirty-block log and the blocks' content. */
  scanDisk: (disk: number, options: { first?: boolean, max?: number }) => Promise<Uint32Array>
  readDiskBlocks: (disk: number, indexes: Uint32Array) => Promise<Uint8Array>
}

export interface MigrationOffer {
  migrationId: string
  record: VmRecordData
  /** The source peer. */
  from: string
  vgaMemoryBytes: number
  /** MachineConfig.acpi of the source's machine (false from sources that predate it). */
  acpi: boolean
  mode: MigrationMode
  paused: boolean
  /** The VM's disks, hda then hdb (3.0.0). */
  disks: MigratingDisk[]
  /** A protected VM: its standby keeps it through the move, for this peer to carry protection on. */
  protection?: { standby: string, intervalMs: number }
}

export interface FinalState {
  handoff: SignedHandoffMsg
  run: boolean
}

/** A VM arriving at the destination: filled in, then committed or aborted. */
export interface IncomingVm {
  /**
   * Restores a device state over the RAM written so far: an early one at the offer (proof of
   * compatibility, and the restore code warmed up), then the final one.
   */
  restoreDevices: (devices: DeviceState) => Promise<void>
  /** Whole pages; resolves once handed over (flush() waits until they are written). */
  writePages: (batch: { indexes: Uint32Array, data: Uint8Array | Uint8ArrayList }) => Promise<void>
  /** Deltas onto pages written before, in turn with them. */
  applyDeltas: (deltas: PageDeltas) => Promise<void>
  /** A disk's blocks (checked against the offer), durable after flush(). */
  writeDiskBlocks: (disk: number, blocks: { indexes: Uint32Array, data: Uint8Array }) => Promise<void>
  /** Every page and delta handed over is in RAM, and every disk block on disk; throws if one could not be. */
  flush: () => Promise<void>
  /** Takes ownership (persisted, then published: epoch + 1) and runs the VM if asked; returns when it ran (performance.now()). */
  commit: (final: FinalState) => Promise<number>
  abort: (reason: string) => Promise<void>
  /** A protected VM: this peer's grant of epoch e + 2 to the VM's standby, sent with the Accept. */
  standbyGrant?: SignedHandoffMsg
}

export interface DestinationHooks {
  /** Reserves room and builds the machine; throws to refuse. */
  accept: (offer: MigrationOffer) => Promise<IncomingVm>
  /** Whether this peer took VM `vmId` at `epoch`. */
  committed: (vmId: string, epoch: number) => boolean
  /** From now on this peer refuses migration `migrationId` of VM `vmId` at `epoch` (a source asked and is told it did not). */
  fence: (vmId: string, epoch: number, migrationId: string) => void
}

export interface MigrationOutcome {
  /** committed: the destination runs it; aborted: the source keeps it; unknown: not heard (ask). */
  outcome: 'committed' | 'aborted' | 'unknown'
  reason?: string
  rounds: number
  pagesPerRound: number[]
  bytes: number
  /** Page bytes ÷ the time from sending them to the destination confirming them. */
  streamBytesPerSec: number
  totalMs: number
  /** Source pause → destination running (estimated across the link: source and destination clocks are not compared). */
  downtimeMs: number
  handoff?: SignedHandoffMsg
  /** A protected VM: the destination's grant of the epoch after the handoff's to the VM's standby (its Accept). */
  standbyGrant?: SignedHandoffMsg
  /** Where the downtime went (ms): pausing, the last round's scan, saving devices, sending, the way there, the destination. */
  breakdown?: DowntimeBreakdown
  /** Disks: their blocks' bytes sent (the pre-copy rounds and the last), and blocks sent more than once. */
  disk?: { bytes: number, blocks: number, resent: number, lastBlocks: number, lastMs: number }
  /** Whether the connection the migration's stream ran on crossed a relay. */
  relayed?: boolean
  /** What carried the pages once the offer was accepted: a lane (overlay/lane), or the stream. */
  carrier?: 'lane' | 'stream'
}

/** The parts of a committed migration's downtime, as the breakdown names them. */
export const DOWNTIME_PARTS = ['pauseMs', 'devicesMs', 'lastRoundMs', 'sendMs', 'oneWayMs', 'destinationMs', 'scanMs'] as const

/** Where a committed migration's downtime went (ms). */
export type DowntimeBreakdown = Record<typeof DOWNTIME_PARTS[number], number>

/** A breakdown whose every part is `value(part)`. */
export function breakdownFrom (value: (part: typeof DOWNTIME_PARTS[number]) => number): DowntimeBreakdown {
  return Object.fromEntries(DOWNTIME_PARTS.map(part => [part, value(part)])) as DowntimeBreakdown
}
