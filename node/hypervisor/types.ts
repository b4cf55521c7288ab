// The hypervisor's public types: a VmEngine creates Machines; a Machine is one running x86 guest with
// its blanket devices (serial console, NIC port, hypercall port). v86 in worker threads implements it.
import type { Uint8ArrayList } from 'uint8arraylist'
import type { PageBatch, PageDeltas, PageRange } from '../../overlay/migration/pages.js'
import type { NicPort } from './devices/nic.js'
import type { SerialPort } from './devices/serial.js'
import type { HypercallState } from './devices/hypercall.js'
import type { BaseImageRef, DiskInfo } from './disks/types.js'

export type NicModel = 'ne2k' | 'virtio'

export interface CallOptions {
  signal?: AbortSignal
}

/**
 * What the machine boots. The files are already read; the engine never opens paths. A restore
 * needs none: the firmware and kernel a guest still uses live in its saved RAM.
 */
export type BootSource =
  | { kind: 'multiboot', kernel: Uint8Array }
  | { kind: 'linux', bios: Uint8Array, vgaBios: Uint8Array, bzImage: Uint8Array, initrd: Uint8Array, cmdline: string }
  | { kind: 'none' }

export interface MachineConfig {
  /** The VM id, for logs. */
  id: string
  memoryBytes: number
  /** Video memory: small for headless guests (v86's default 8 MiB dominates small states). */
  vgaMemoryBytes: number
  nic: NicModel
  /**
   * The VM's MAC on the network, `aa:bb:cc:dd:ee:ff`. A booted NIC holds it too; a restored NIC keeps
   * the one in the snapshot and the NIC port translates between the two.
   */
  mac: string
  boot: BootSource
  /** Values the guest reads through the hypercall port (key → u32). */
  guestConfig: Record<number, number>
  /**
   * ACPI, with interrupts through the IO-APIC and a local APIC (default: none, the 8259 PICs). A
   * guest's state restores only into a machine of the same kind.
   */
  acpi?: boolean
  /**
   * Disks, in order IDE hda then hdb (at most 2). A state restores only into a machine with disks
   * of the same sizes in the same places (and none where it had none).
   */
  disks?: DiskAttachment[]
}

/** A disk made by disks/createDisk, attached to a machine. Its worker opens it by these paths. */
export interface DiskAttachment {
  /** The disk's directory on this peer. */
  dir: string
  /** Must be the disk's: a guard against attaching another one. */
  sizeBytes: number
  /** Where the disk's base image is on this peer, for a disk made from one. */
  base?: BaseImageRef
}

/** A machine's disk as its worker sees it: the disk, and the flushes its guest asked for. */
export interface DiskStatus extends DiskInfo {
  guestFlushes: number
  guestFlushTotalMs: number
  guestFlushMaxMs: number
  /** The guest's reads and writes through the controller since this machine was made (a move starts them over). */
  guestReads: number
  guestReadBytes: number
  guestWrites: number
  guestWrittenBytes: number
}

/** Whole blocks of a disk: `data` holds blockBytes per index, in the order of `indexes`. */
export interface DiskBlocks {
  indexes: Uint32Array
  data: Uint8Array
}

/** What the tiny guest's disk mode last made durable (guest/tiny/README.md), read from its info block. */
export interface TinyDiskInfo {
  /** The guest found a disk (IDENTIFY answered). */
  present: boolean
  /** Blocks (4 KiB) it cycles its records through, from block 0. */
  spanBlocks: number
  /** Flushes completed since it booted. */
  flushes: number
  /** Commands that failed (ERR, or a flush that took over 30 s). */
  errors: number
  /** The last record it saw durable: a FLUSH CACHE after its write completed. Absent before the first. */
  flushed?: { seq: number, block: number, counter: number }
}

/** What a running guest reports about itself, read from its memory when asked. */
export interface GuestInfo {
  /** Milliseconds since the guest booted (a 64-bit counter in guest RAM). */
  counter: number
  /** The random 64-bit id the host handed out at boot, hex. */
  bootId: string
  ready: boolean
  /** Set when the guest reported a CPU exception. */
  panicVector?: number
  pagesDirtied: number
  framesReceived: number
  framesSent: number
  ip: string
  mac: string
  /** The tiny guest's disk mode (ABI 1.1), when its disk mode is on. */
  disk?: TinyDiskInfo
}

// What a migration scans and sends is the migration protocol's own vocabulary (overlay/migration).
export type { PageBatch, PageDeltas, PageRange }

/** Everything of a machine but its RAM: what a migration sends while the guest is paused. */
export interface DeviceSnapshot {
  deviceState: Uint8Array
  hypercall: HypercallState
  /** The MAC in the NIC (the guest's). */
  mac: string
}

/**
 * One checkpoint of a protected VM (node/vms/protect.ts), taken with the guest paused for its
 * length: the pages changed since the last one (the first: every non-zero page) and the devices.
 */
export interface MachineCheckpoint {
  batch: PageBatch
  devices: DeviceSnapshot
  /** The guest ran when it was taken (it runs again right after). */
  running: boolean
  /** How long the guest was paused for it. */
  pauseMs: number
  /** The guest's own state at that instant: what the world may see once the standby has it. */
  guest?: GuestInfo
  /**
   * A machine with disks: the blocks written since the last checkpoint (the first: since the first
   * copy, checkpointDiskPrescan), read in the same pause; `seq` numbers it for diskDurable().
   */
  disk?: { seq: number, blocks: Array<{ disk: number, indexes: Uint32Array, data: Uint8Array }> }
}

export type MachineEndReason =
  | { kind: 'destroyed' }
  | { kind: 'failed', message: string }

export interface Machine {
  readonly id: string
  /** MachineConfig.acpi: a migration builds the destination's machine the same. */
  readonly acpi: boolean
  readonly serial: SerialPort
  readonly nic: NicPort
  /** Resolves when the machine is gone, saying why. */
  readonly ended: Promise<MachineEndReason>
  run (options?: CallOptions): Promise<void>
  /** Stops executing guest instructions; RAM and devices stay. */
  pause (options?: CallOptions): Promise<void>
  /** A snapshot file (see snapshot/format.ts); `meta` goes into its header as is. */
  snapshot (meta: Record<string, unknown>, options?: CallOptions): Promise<Uint8Array>
  /** The guest's own state read from its RAM now; undefined for guests without the hypercall ABI. */
  guest (options?: CallOptions): Promise<GuestInfo | undefined>
  /**
   * Changes the guest's IPv4 address at once, for guests that read it from their info block (the tiny
   * guest does, for every frame). Returns whether the guest took it; others learn it at their next boot.
   */
  setGuestIp (ip: string | undefined, options?: CallOptions): Promise<boolean>
  /** Resolves once the guest reported ready through the hypercall port (guests with the ABI do). */
  waitGuestReady (options?: CallOptions): Promise<void>
  /**
   * Migration, source side: the pages of `range` (default: all) changed since they were last
   * scanned (the first scan: every non-zero page). The guest keeps running between scans: a round
   * of pre-copy scans RAM a slice at a time.
   */
  scanPages (range?: PageRange, options?: CallOptions): Promise<PageBatch>
  stopTracking (options?: CallOptions): Promise<void>
  /** Auto-converge: the guest waits `ms` between slices of execution (0: full speed). */
  setThrottle (ms: number, options?: CallOptions): Promise<void>
  saveDevices (options?: CallOptions): Promise<DeviceSnapshot>
  /**
   * Replication: pause, the pages changed since the last checkpoint, the devices, the disk blocks
   * written, run again. Its page tracker and dirty-block logs are its own, apart from a migration's:
   * a protected VM goes on taking checkpoints while it migrates. `runningAnyway`: a checkpoint taken
   * while a migration's switchover paused the guest, which runs on after it (the standby runs it).
   */
  checkpoint (options?: CallOptions & { runningAnyway?: boolean }): Promise<MachineCheckpoint>
  /**
   * Replication, a new standby's first copy: the pages of `range` changed since its tracker began,
   * scanned with the guest running, every one whole and as a copy (`shadowStart` says its first
   * page). The checkpoint after sends what changed since: the guest pauses for that only.
   */
  checkpointPrescan (range: PageRange, options?: CallOptions): Promise<PageBatch>
  /**
   * Replication, a new standby's first copy of disk `disk`: up to `max` (at most 1024) blocks
   * written and not yet sent (`first` starts the copy: every block the VM wrote), read with the guest
   * running; the guest's writes after make their blocks due again. The first checkpoint after the
   * copy carries only those: the guest pauses for them only.
   */
  checkpointDiskPrescan (disk: number, options: CallOptions & { first?: boolean, max: number }): Promise<DiskBlocks>
  /** Replication ends, or starts again with a new standby: the next checkpoint is a full one. */
  stopCheckpoints (options?: CallOptions): Promise<void>
  /**
   * A migration's destination whose standby carries on from the handoff, before the guest runs:
   * checkpoints from here carry only what changes after now (RAM and disks as they are).
   */
  seedCheckpoints (options?: CallOptions): Promise<void>
  /**
   * Replication with disks: the standby acknowledged checkpoint `seq`, so the guest's disk flushes
   * issued before it was taken complete now (from the first checkpoint with disks on, a flush waits
   * for that). undefined: protection ended, every waiting flush completes and flushes are local again.
   */
  diskDurable (seq: number | undefined, options?: CallOptions): Promise<void>
  /**
   * Replication's fence: past `untilMs` (performance.timeOrigin + performance.now(), ms) the guest
   * stops, enforced in its worker before every slice. A later lease runs it again if that is what
   * stopped it; undefined lifts the lease. Returns whether the lease had stopped the guest.
   */
  setLease (untilMs: number | undefined, options?: CallOptions): Promise<boolean>
  /**
   * While a migration moves this machine, its worker thread runs at the daemon's priority (guests
   * run lower otherwise): a starved worker stretched the last scan from 10 to 70 ms. Counted; best effort.
   */
  boost (on: boolean, options?: CallOptions): Promise<void>
  /**
   * Migration, destination side (a machine created with nothing to boot, not yet run): whole pages.
   * Resolves once they are handed over, ahead of their writing: flushPages() waits for that.
   */
  writePages (batch: { indexes: Uint32Array, data: Uint8Array | Uint8ArrayList }, options?: CallOptions): Promise<void>
  /** Migration, destination side: deltas onto the pages written before, in turn with them. */
  applyDeltas (deltas: PageDeltas, options?: CallOptions): Promise<void>
  /** Waits until every page and delta handed over is in RAM; throws if any could not be. */
  flushPages (options?: CallOptions): Promise<void>
  finishIncoming (devices: DeviceSnapshot, options?: CallOptions): Promise<void>
  /** Disk `disk` (0 = hda, 1 = hdb): its size, base, written blocks and guest flushes. */
  diskInfo (disk: number, options?: CallOptions): Promise<DiskStatus>
  /**
   * Migration and snapshots, source side: the exact dirty-block log of a disk. Up to `max` blocks
   * (default 65536) written since they were last scanned, ascending; `first` starts a full copy
   * (every block the VM wrote counts as dirty), and later scans page on and then catch changes.
   */
  scanDisk (disk: number, options?: CallOptions & { first?: boolean, max?: number }): Promise<Uint32Array>
  /** Whole blocks as the guest reads them, at most 1024 per call. */
  readDiskBlocks (disk: number, indexes: Uint32Array, options?: CallOptions): Promise<Uint8Array>
  /**
   * Destination side: whole blocks in, at most 1024 per call; a block outside the disk is a
   * DiskRangeError and writes nothing. Durable after flushDisk().
   */
  writeDiskBlocks (disk: number, blocks: DiskBlocks, options?: CallOptions): Promise<void>
  /** Makes every write to the disk so far durable (fsync, then its block map). */
  flushDisk (disk: number, options?: CallOptions): Promise<void>
  destroy (): Promise<void>
}

export interface EngineStats {
  workers: number
  machines: number
}

export interface VmEngine {
  start (): Promise<void>
  stop (): Promise<void>
  /** Creates a machine powered on but not yet running; call run(). */
  create (config: MachineConfig, options?: CallOptions): Promise<Machine>
  /**
   * A machine to migrate into: built like `config` with nothing to boot and all-zero RAM, not run;
   * fill it with writePages and finishIncoming, then run it.
   */
  incoming (config: MachineConfig, options?: CallOptions & { guestMac?: string }): Promise<Machine>
  /** Creates a machine from a snapshot file, paused at the instant it was taken; call run(). */
  restore (config: MachineConfig, snapshot: Uint8Array, options?: CallOptions): Promise<Machine>
  stats (): EngineStats
}

export type { HypercallState }
