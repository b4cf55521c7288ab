// The block device a VM's disk is: a sparse data file and a persisted map of the blocks the VM
// wrote, copy-on-write over an optional read-only base image known by its SHA-256. The IDE
// controller of the VM's worker calls read/write/flush; migration and snapshots call the rest
// (through the worker protocol: worker/protocol.ts, `disk-*` ops).
import type { CallOptions } from '../types.js'

/** A base image on this peer: content-addressed, shared read-only by every disk made from it. */
/**
 * A disk keeps two dirty logs, each read by its own consumer, so that one never takes blocks the
 * other has yet to send: a migration's, and replication's checkpoints (a protected VM keeps its
 * standby up to date while it migrates). The default is the migration's.
 */
export type DirtyLog = 'migration' | 'checkpoint'

export interface BaseImageRef {
  /** Where the file is on this peer (the image store's business; peers may keep it elsewhere). */
  path: string
  /** SHA-256 of its whole content, lowercase hex. */
  sha256: string
  /**
   * The caller checked the hash already (the image store, on import or fetch): only the size is
   * checked when a disk opens. Otherwise the whole file is hashed at open, ~2.1 s per GiB here
   * (Node's SHA-256: 485 MB/s on this machine), off the emulator's way (async reads).
   */
  verified?: boolean
}

export interface DiskCreateSpec {
  sizeBytes: number
  /** Allocation, copy-on-write and dirty-tracking unit (default DEFAULT_BLOCK_BYTES, see constants.ts). */
  blockBytes?: number
  base?: BaseImageRef
}

/** What the opener expects of the disk; a mismatch is a DiskConfigError or BaseImageError. */
export interface DiskOpenSpec {
  sizeBytes?: number
  /** Required exactly when the disk was made from a base: where its image is here. */
  base?: BaseImageRef
}

export interface DiskInfo {
  sizeBytes: number
  blockBytes: number
  /** sizeBytes / blockBytes. */
  blocks: number
  /** The base image's SHA-256, or null for a disk made blank. */
  baseSha256: string | null
  /** Blocks the VM wrote: only these belong to it; the rest read from the base, or as zeros. */
  writtenBlocks: number
  /** Times the block map was persisted: one more per flush that found newly written blocks. */
  generation: number
}

export interface BlockDevice {
  info (): DiskInfo
  /**
   * Bytes [offset, offset + length) as the guest sees them. Synchronous: the emulator's IDE
   * controller calls it inside an instruction. Page-cache reads; a failing host read throws DiskIoError.
   */
  read (offset: number, length: number): Uint8Array
  /**
   * Guest writes, into the host's page cache (durable only after flush()). Marks the blocks written
   * (copying the rest of a block from the base the first time) and dirty. Synchronous, like read.
   */
  write (offset: number, data: Uint8Array): void
  /**
   * Makes every write before it durable: fsync of the data, then the block map persisted atomically
   * (temporary file, fsync, rename, fsync of the directory). Never blocks the thread; concurrent
   * flushes are serialized, and one with nothing new since the last is immediate.
   */
  flush (options?: CallOptions): Promise<void>
  /** Every block the VM wrote, ascending: what a full copy sends. */
  written (): Uint32Array
  /** Starts a full copy: every written block becomes dirty in `log` (scanDirty then pages through them). */
  markAllDirty (log?: DirtyLog): void
  /**
   * A dirty log: up to `max` block indexes written since they were last scanned in it, ascending,
   * and no longer dirty there afterwards. Exact: every guest write passes through write().
   */
  scanDirty (max?: number, log?: DirtyLog): Uint32Array
  /** Nothing is dirty in `log`: its reader holds every block as the disk has it now. */
  clearDirty (log: DirtyLog): void
  /** The blocks' content (what the guest would read), `blockBytes` each in the order asked. */
  readBlocks (indexes: Uint32Array): Uint8Array
  /**
   * A migration's destination: whole blocks in (`data` holds `blockBytes` per index), marked written.
   * An index outside the disk, or data of the wrong length, is a DiskRangeError and writes nothing.
   */
  writeBlocks (indexes: Uint32Array, data: Uint8Array): void
  /** Flushes, then releases the files. Idempotent; anything after it is a DiskClosedError. */
  close (): Promise<void>
}
