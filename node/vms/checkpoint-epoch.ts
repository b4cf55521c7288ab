// One checkpoint of a protected VM, sent to its standby as the next epoch (protection.ts): the
// guest paused for the scan and its devices only, the console's output since the last acknowledged
// epoch, the NIC's held frames sealed at it. What the acknowledgement releases is the caller's.
// A new standby's first epoch sends all of RAM and every block written to its disks with the guest
// running first.
import type { Machine, MachineCheckpoint } from '../hypervisor/types.js'
import { MAX_BLOCKS_PER_CALL } from '../hypervisor/disks/constants.js'
import type { Metrics } from '../metrics.js'
import type { Checkpoint, EpochSent, Moved, ReplicationSender } from '../../overlay/replication/index.js'
import { PAGE_BYTES, type PageBatch } from '../../overlay/migration/pages.js'

export interface SentCheckpoint {
  cp: MachineCheckpoint
  sent: EpochSent
  /** The NIC's frames up to here go once it is acknowledged. */
  mark: number
  /** The console's byte count at it. */
  consoleAt: number
  /** Wall-clock ms the primary's lease runs from. */
  leaseFrom: number
}

export interface CheckpointOptions {
  /**
   * The first to a new standby: every page, every written disk block, the whole console. Its pages
   * and blocks go first with the guest running (`memoryBytes` of RAM, then each of its `disks`, a
   * slice at a time), and the checkpoint sends what changed since: the guest pauses for that, not
   * for a scan of all of RAM and a read of all its disks hold.
   */
  first?: { memoryBytes: number, disks: number }
  /** The console's byte count at the last acknowledged epoch. */
  consoleAt: number
  ackWithinMs: number
  /** Set, the first epoch's lease is set as its End leaves, `leaseMs` long; otherwise it is left alone. */
  leaseMs?: number
  runningAnyway: boolean
  moving?: Moved
}

/** A first copy's pages go this many at a time (4 MiB): each slice is sent while the worker scans the next. */
const FIRST_COPY_SLICE_PAGES = 1024
/**
 * And its disk blocks as many as a worker call reads (4 MiB of 4 KiB blocks): a scan that returns
 * fewer is the disk's last, so the slice may never be larger than what the worker gives.
 */
const FIRST_COPY_SLICE_BLOCKS = MAX_BLOCKS_PER_CALL

export async function sendCheckpoint (machine: Machine, sender: ReplicationSender, o: CheckpointOptions): Promise<SentCheckpoint> {
  const first = o.first !== undefined
  let taken: Omit<SentCheckpoint, 'sent' | 'leaseFrom'> | undefined
  // The standby may take over a lease (and a margin) after it last received an epoch. So the
  // lease here runs from an epoch the standby holds: renewed by its acknowledgement, from when it
  // was taken; the first's is set as its End leaves. Never before an epoch is sent: after a pause
  // longer than the margin (a move's switchover held, its outcome unknown) that would run a guest
  // its lease stopped while its standby, which never got the epoch, may be taking it over.
  let leaseFrom = wallNow()
  const take = async (): Promise<Checkpoint> => {
    leaseFrom = wallNow()
    // Output commit: what the guest sends from the checkpoint on leaves once the standby has it.
    // (Before a first copy's checkpoint no copy anywhere could run the VM: its output went as it came.)
    machine.nic.hold()
    // A new standby's disks were copied before (firstDiskCopy): this carries the blocks written since.
    const cp = await machine.checkpoint({ runningAnyway: o.runningAnyway })
    // So that `vm logs` goes on after a failover.
    const consoleAt = machine.serial.totalBytes
    const console = first ? machine.serial.logs() : machine.serial.since(o.consoleAt)
    taken = { cp, mark: machine.nic.seal(), consoleAt }
    return { batch: cp.batch, devices: { ...cp.devices, hypercall: JSON.stringify(cp.devices.hypercall), console }, running: cp.running, disk: { blocks: cp.disk?.blocks ?? [] } }
  }
  const { leaseMs } = o
  const sent = await sender.sendEpoch(take, o.ackWithinMs, {
    ...(o.first === undefined ? {} : { precopy: firstCopy(machine, o.first.memoryBytes / PAGE_BYTES), precopyBlocks: firstDiskCopy(machine, o.first.disks) }),
    ...(first && leaseMs !== undefined ? { beforeEnd: async () => { leaseFrom = wallNow(); await machine.setLease(leaseFrom + leaseMs) } } : {}),
    ...(o.moving === undefined ? {} : { moving: o.moving })
  })
  if (taken === undefined) throw new Error('an epoch was sent without its checkpoint')
  return { ...taken, leaseFrom, sent }
}

/** A first copy's whole pages, scanned with the guest running, slice by slice. */
async function * firstCopy (machine: Machine, pages: number): AsyncGenerator<PageBatch> {
  const slice = (from: number): Promise<PageBatch> => {
    const scan = machine.checkpointPrescan({ from, to: Math.min(pages, from + FIRST_COPY_SLICE_PAGES) })
    // Awaited in turn below; one scanned ahead must not go unheard if the send before it fails.
    scan.catch(() => {})
    return scan
  }
  let next = slice(0)
  for (let from = 0; from < pages; from += FIRST_COPY_SLICE_PAGES) {
    const batch = await next
    if (from + FIRST_COPY_SLICE_PAGES < pages) next = slice(from + FIRST_COPY_SLICE_PAGES)
    yield batch
  }
}

/**
 * A first copy's disk blocks, read with the guest running, slice by slice: each disk until a scan
 * comes back short, or as many blocks went as it had written when its copy began. Blocks the guest
 * writes meanwhile come again, or with the checkpoint after: a guest rewriting its disk faster than
 * it is sent cannot hold the copy back, and the epoch carries at most twice the blocks written.
 */
export async function * firstDiskCopy (machine: Pick<Machine, 'diskInfo' | 'checkpointDiskPrescan'>, disks: number): AsyncGenerator<{ disk: number, indexes: Uint32Array, data: Uint8Array }> {
  for (let disk = 0; disk < disks; disk++) {
    const written = (await machine.diskInfo(disk)).writtenBlocks
    for (let sent = 0, first = true; first || sent < written; first = false) {
      const max = Math.min(FIRST_COPY_SLICE_BLOCKS, Math.max(1, written - sent))
      const blocks = await machine.checkpointDiskPrescan(disk, { first, max })
      if (blocks.indexes.length > 0) yield { disk, ...blocks }
      sent += blocks.indexes.length
      if (blocks.indexes.length < max) break
    }
  }
}

/** An acknowledged checkpoint in the metrics. */
export function countCheckpoint (m: Metrics, cp: MachineCheckpoint, sent: EpochSent): void {
  m.checkpoints.inc()
  m.checkpointBytes.inc(sent.bytes)
  m.checkpointDiskBlocks.inc(sent.diskBlocks)
  m.checkpointPause.observe(cp.pauseMs / 1000)
  m.checkpointAck.observe(sent.ackMs / 1000)
}

/** The clock the worker enforces leases on: wall-clock anchored, monotonic. */
export function wallNow (): number {
  return performance.timeOrigin + performance.now()
}
