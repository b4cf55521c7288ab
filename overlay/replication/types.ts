// Replication's public types: what the primary's side needs of its machine, what the standby's side
// needs of its peer, and one checkpoint as it travels.
import type { VmRecordData } from '../records/inventory.js'
import type { SignedHandoffMsg } from '../records/handoff.js'
import type { DeviceState, PageBatch, PageDeltas } from '../migration/pages.js'
import type { MigratingDisk } from '../migration/disks.js'

/**
 * A checkpoint's disk part: the blocks written since the last one (the first: every written block),
 * read with the guest paused, so they are of the same instant as the pages. `disk`: 0 = hda.
 */
export interface DiskBlocks {
  blocks: Array<{ disk: number, indexes: Uint32Array, data: Uint8Array }>
}

/** One checkpoint as the primary's machine takes it. */
export interface Checkpoint {
  batch: PageBatch
  devices: DeviceState
  /** The guest ran when it was taken. */
  running: boolean
  disk: DiskBlocks
}

/** One epoch as the standby received it whole: only then is it applied. */
export interface ReceivedEpoch {
  epoch: number
  pages: Array<{ indexes: Uint32Array, data: Uint8Array }>
  deltas: PageDeltas[]
  devices: DeviceState
  running: boolean
  disk: DiskBlocks
  bytes: number
  /** 2.1.0: this epoch is the VM as a move's switchover left it (End.moving). */
  moving?: Moved
}

export interface ReplicaOpen {
  record: VmRecordData
  /** The primary (the stream's remote peer, authenticated by the connection). */
  from: string
  /** The handoff of the VM at record.epoch + 1 to this peer, checked to be the primary's. */
  grant: SignedHandoffMsg
  vgaMemoryBytes: number
  acpi: boolean
  intervalMs: number
  leaseMs: number
  /** The VM's disks, hda first: the standby makes them empty over the same base, then takes blocks. */
  disks: MigratingDisk[]
  /** 2.1.0: the VM moved here from `from`, whose last epoch this peer holds: carry that replica on. */
  continues?: { from: string }
}

/**
 * 2.1.0: the VM migrated to `to`, at record epoch `epoch`; the last epoch sent is its state at the
 * handoff. With the move's `handoff` and `to`'s `grant` of the next epoch to the standby, the
 * standby may fail over from it should `to` die before it carries protection on.
 */
export interface Moved { to: string, epoch: number, handoff?: SignedHandoffMsg, grant?: SignedHandoffMsg }

/** A new replica's first epoch, written as it arrives (Replica.firstEpoch). */
export interface FirstEpochWriter {
  pages: (pages: { indexes: Uint32Array, data: Uint8Array }) => Promise<void>
  /** `disk`: 0 = hda. */
  blocks: (disk: number, blocks: { indexes: Uint32Array, data: Uint8Array }) => Promise<void>
}

/** The standby's replica of one VM. */
export interface Replica {
  /** Applies a whole epoch; the acknowledgement goes once it resolves. */
  apply: (epoch: ReceivedEpoch) => Promise<void>
  /**
   * Where a first epoch's whole pages and disk blocks go as they arrive, when the replica holds no
   * epoch at all (else undefined: they are buffered with the rest of the epoch). Nothing is lost if
   * that epoch never completes: a replica without a whole epoch never runs, and a new stream builds a
   * new one. What is written so is not in the epoch `apply` gets, and comes before it in order.
   */
  firstEpoch?: () => FirstEpochWriter | undefined
  /**
   * The primary ended protection (unprotect, or the VM is gone): drop the replica. `moved`: the VM
   * migrated with its last epoch as the handoff left it: keep the replica for its new primary.
   */
  close: (reason: string, moved?: Moved) => Promise<void>
  /** The stream broke: the primary may be dead. The replica stays, and the failover watch decides. */
  broken: (reason: string) => void
  /**
   * Why this standby hands protection over (it drains or leaves), else undefined: the next epoch is
   * answered with a Release, and the replica dropped first.
   */
  handingOver: () => string | undefined
}

export interface StandbyHooks {
  /** Reserves room and builds the machine; throws to refuse. */
  open: (open: ReplicaOpen) => Promise<Replica>
}
