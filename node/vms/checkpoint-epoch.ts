// One checkpoint of a protected VM, sent to its standby as the next epoch (protection.ts): the
// guest paused for the scan and its devices only, the console's output since the last acknowledged
// epoch, the NIC's held frames sealed at it. What the acknowledgement releases is the caller's.
import type { Machine, MachineCheckpoint } from '../hypervisor/types.js'
import type { Metrics } from '../metrics.js'
import type { EpochSent, Moved, ReplicationSender } from '../../overlay/replication/index.js'

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
  /** The first to a new standby: every page, every written disk block, the whole console. */
  first: boolean
  /** The console's byte count at the last acknowledged epoch. */
  consoleAt: number
  ackWithinMs: number
  /** Set, the first epoch's lease is set as its End leaves, `leaseMs` long; otherwise it is left alone. */
  leaseMs?: number
  runningAnyway: boolean
  moving?: Moved
}

export async function sendCheckpoint (machine: Machine, sender: ReplicationSender, o: CheckpointOptions): Promise<SentCheckpoint> {
  const takenAt = wallNow()
  // A new standby starts with empty disks: the first checkpoint carries every block written.
  const cp = await machine.checkpoint({ firstDisk: o.first, runningAnyway: o.runningAnyway })
  // So that `vm logs` goes on after a failover.
  const consoleAt = machine.serial.totalBytes
  const console = o.first ? machine.serial.logs() : machine.serial.since(o.consoleAt)
  const mark = machine.nic.seal()
  // The standby may take over a lease (and a margin) after it last received an epoch. So the
  // lease here runs from an epoch the standby holds: renewed by its acknowledgement, from when it
  // was taken; the first's is set as its End leaves. Never before an epoch is sent: after a pause
  // longer than the margin (a move's switchover held, its outcome unknown) that would run a guest
  // its lease stopped while its standby, which never got the epoch, may be taking it over.
  let leaseFrom = takenAt
  const { leaseMs } = o
  const sent = await sender.sendEpoch({ batch: cp.batch, devices: { ...cp.devices, hypercall: JSON.stringify(cp.devices.hypercall), console }, running: cp.running, disk: { blocks: cp.disk?.blocks ?? [] } }, o.ackWithinMs, {
    ...(o.first && leaseMs !== undefined ? { beforeEnd: async () => { leaseFrom = wallNow(); await machine.setLease(leaseFrom + leaseMs) } } : {}),
    ...(o.moving === undefined ? {} : { moving: o.moving })
  })
  return { cp, sent, mark, consoleAt, leaseFrom }
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
