// A replica after its VM's move: the new owner's, when the move's handoff and the new owner's grant
// to this standby came with it (End.moving or Close); with them the standby may fail over from it.
import { InvalidHandoffError, expectHandoff } from '../records/handoff.js'
import type { Moved, ReplicaOpen } from './types.js'

/** The replica as the new owner's: its record at the move's epoch, and the new owner's grant of the next to `self`. */
export async function movedReplica (open: ReplicaOpen, moved: Moved, self: string): Promise<ReplicaOpen> {
  if (moved.handoff === undefined || moved.grant === undefined) throw new InvalidHandoffError('no handoff and grant came with the move')
  const { record, from } = open
  if (moved.epoch !== record.epoch + 1) throw new InvalidHandoffError(`the move is at epoch ${moved.epoch}, not ${record.epoch + 1}`)
  await Promise.all([
    expectHandoff(moved.handoff, { vmId: record.id, epoch: record.epoch + 1, from, to: moved.to }, "the move's handoff"),
    expectHandoff(moved.grant, { vmId: record.id, epoch: record.epoch + 2, from: moved.to, to: self }, 'the grant')
  ])
  return { ...open, record: { ...record, epoch: record.epoch + 1, handoffs: [...record.handoffs, moved.handoff] }, from: moved.to, grant: moved.grant }
}
