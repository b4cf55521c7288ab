// The destination's side of one migration stream. It checks the offer (only the VM's owner can
// offer it), builds the machine and restores the rehearsal device state before it accepts, writes
// pages while the guest still runs at the source, restores the final devices as soon as they come,
// and on the final message takes the VM (persisted, then running) and says so. Anything wrong
// before that point fences the handoff: this peer never takes it afterwards.
import type { PeerId, Stream } from '@libp2p/interface'
import type { Failpoint } from '../core/failpoint.js'
import type { Logger } from '../core/log.js'
import type { supercloud } from '../../proto/gen/wire.js'
import { LpReader } from '../wire/lp-reader.js'
import type { InboundLane, LaneTicket, Lanes } from '../lane/lanes.js'
import { LANE_ID_BYTES, LANE_KEY_BYTES } from '../lane/protocol.js'
import { ACCEPT_TIMEOUT_MS, MAX_MESSAGE_BYTES } from './constants.js'

import { fromRecordMsg, type VmRecordData } from '../records/inventory.js'
import { expectHandoff, verifyOwnership, type SignedHandoffMsg } from '../records/handoff.js'
import type { DestinationHooks, IncomingVm, MigrationOffer } from './types.js'
import { peerIdFromBytes } from '../signing/index.js'
import { deltasOf, inflate, pagesOf, receiveIncoming, send, type Received } from './wire.js'
import { MalformedMessageError } from '../wire/errors.js'
import { blocksOf, offeredDisks, type MigratingDisk } from './disks.js'

export interface DestinationDeps {
  hooks: DestinationHooks
  selfId: string
  failpoint: Failpoint
  log: Logger
  /** This peer's lanes, when it takes them (a source that offers one then sends its pages there). */
  lanes?: Lanes
}

/** Answers a status query: whether this peer took the VM at that epoch; if not, it never will. */
export async function answerStatus (deps: DestinationDeps, stream: Stream, query: supercloud.migration.IStatusQuery): Promise<void> {
  const vmId = query.vmId ?? ''
  const epoch = query.epoch ?? 0
  const committed = deps.hooks.committed(vmId, epoch)
  if (!committed) deps.hooks.fence(vmId, epoch, query.migrationId ?? '')
  await send(stream, { status: { committed } })
  await stream.close().catch(() => {})
}

export async function receiveVm (deps: DestinationDeps, stream: Stream, reader: LpReader, from: PeerId, offer: supercloud.migration.IOffer): Promise<void> {
  let lane: InboundLane | undefined
  let ticket: LaneTicket | undefined
  let record: VmRecordData
  let incoming: IncomingVm
  let disks: MigratingDisk[]
  try {
    record = fromRecordMsg(offer.record ?? {})
    // Only the VM's owner can offer it.
    await verifyOwnership({ vmId: record.id, epoch: record.epoch, creator: record.creator, nonce: record.nonce, handoffs: record.handoffs }, from.toString())
    disks = offeredDisks(offer.disks, record)
    const protection = offeredProtection(offer.protection)
    ticket = offeredLane(deps.lanes, offer.lane)
    incoming = await deps.hooks.accept({ migrationId: offer.migrationId ?? '', record, from: from.toString(), vgaMemoryBytes: offer.vgaMemoryBytes ?? 0, acpi: offer.acpi === true, mode: offer.mode === 'stopcopy' ? 'stopcopy' : 'precopy', paused: offer.paused === true, disks, ...(protection === undefined ? {} : { protection }) })
  } catch (err) {
    await refuse(stream, err as Error)
    return
  }
  try {
    await incoming.restoreDevices({ deviceState: inflate(offer.rehearsalDeviceState), hypercall: offer.rehearsalHypercall ?? '', mac: record.spec.guestMac ?? record.spec.mac })
  } catch (err) {
    await incoming.abort((err as Error).message)
    await refuse(stream, err as Error)
    return
  }
  const epoch = record.epoch + 1
  let decided = false
  try {
    lane = ticket === undefined ? undefined : deps.lanes?.expect(ticket)
    await send(stream, { accept: { ...(incoming.standbyGrant === undefined ? {} : { standbyGrant: incoming.standbyGrant }), ...(lane === undefined ? {} : { lanePort: deps.lanes?.announcePort }) } })
    await deps.failpoint('migration.dest.after-accept')
    let handoff: SignedHandoffMsg | undefined
    for (;;) {
      const next = await receiveIncoming(reader)
      if ('pages' in next) {
        // Handed to the VM's worker: the stream is read on while it writes them.
        await incoming.writePages(next.pages)
        // A turn of the event loop per message: a lane hands over up to 16 MiB at once, and reading
        // it all in one go held this daemon's API and switch for up to 150 ms (bench:migration, 512 MiB).
        await new Promise(resolve => setImmediate(resolve))
        continue
      }
      const m = next.message
      if (m.pages != null) {
        await incoming.writePages(pagesOf(m.pages))
      } else if (m.blocks != null) {
        const { disk, indexes, data } = blocksOf(m.blocks, disks)
        await incoming.writeDiskBlocks(disk, { indexes, data })
      } else if (m.deltas != null) {
        await incoming.applyDeltas(deltasOf(m.deltas))
      } else if (m.sync != null) {
        if ((m.sync.round ?? 0) === 0 && lane !== undefined) {
          // The source's first sync says where the rest comes from: its lane, or this stream.
          if (m.sync.lane === true) reader = new LpReader(lane, MAX_MESSAGE_BYTES)
          else lane.abort()
        } else if (m.sync.lane === true) {
          throw new MalformedMessageError('the source moved to a lane this peer did not take')
        }
        await incoming.flush()
        await send(stream, { sync: { round: m.sync.round ?? 0 } })
      } else if (m.devices != null) {
        handoff = await checkHandoff(m.devices.handoff, record, from.toString(), deps.selfId)
        await incoming.flush()
        await incoming.restoreDevices({ deviceState: inflate(m.devices.deviceState), hypercall: m.devices.hypercall ?? '', mac: m.devices.guestMac ?? '', console: m.devices.console ?? new Uint8Array(0) })
        await deps.failpoint('migration.dest.after-devices')
      } else if (m.final != null) {
        if (handoff === undefined) throw new MalformedMessageError('the final message came before the devices')
        await deps.failpoint('migration.dest.before-commit')
        decided = true
        await commit(deps, stream, incoming, record, m.final, handoff)
        return
      } else {
        throw new MalformedMessageError('expected pages, deltas, disk blocks, a sync, the devices or the final message')
      }
    }
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err))
    if (!decided || !deps.hooks.committed(record.id, epoch)) {
      deps.hooks.fence(record.id, epoch, offer.migrationId ?? '')
      await incoming.abort(error.message)
      await send(stream, { aborted: { name: error.name, message: error.message } }).catch(() => {})
      // Closed, not reset: a reset throws away what is not sent yet or not read yet at the source, and
      // a source that never reads this answer can only end the move `unknown`.
      await stream.close({ signal: AbortSignal.timeout(ACCEPT_TIMEOUT_MS) }).catch(() => {})
    }
    throw error
  } finally {
    lane?.abort()
  }
}

/** The lane a source offers, when this peer takes lanes; one badly formed refuses the offer. */
function offeredLane (lanes: Lanes | undefined, offered: supercloud.migration.ILane | null | undefined): LaneTicket | undefined {
  if (lanes?.running !== true || offered == null) return undefined
  if (offered.id?.byteLength !== LANE_ID_BYTES || offered.key?.byteLength !== LANE_KEY_BYTES) throw new MalformedMessageError(`a lane needs a ${LANE_ID_BYTES}-byte id and a ${LANE_KEY_BYTES}-byte key`)
  return { id: offered.id, key: offered.key }
}

async function commit (deps: DestinationDeps, stream: Stream, incoming: IncomingVm, record: VmRecordData, final: NonNullable<Received['final']>, handoff: SignedHandoffMsg): Promise<void> {
  const arrived = performance.now()
  // Sources send the last pages in Pages messages before this one; older ones sent them in it.
  if ((final.pages?.indexes?.byteLength ?? 0) > 0) await incoming.writePages(pagesOf(final.pages ?? {}))
  await incoming.flush()
  const written = performance.now()
  const runningAt = await incoming.commit({ handoff, run: final.run === true })
  deps.log.debug({ vm: record.id, writeMs: written - arrived, commitMs: runningAt - written, pages: (final.pages?.indexes?.byteLength ?? 0) / 4 }, 'switchover at the destination')
  await deps.failpoint('migration.dest.after-commit')
  await send(stream, { committed: { receiveToRunMs: runningAt - arrived, receiveToReplyMs: performance.now() - arrived } }).catch(() => {})
  await stream.close().catch(() => {})
}

/** The handoff must be the VM's next epoch, signed by the peer sending it, to this peer. */
async function checkHandoff (signed: supercloud.vm.ISignedHandoff | null | undefined, record: VmRecordData, from: string, self: string): Promise<SignedHandoffMsg> {
  await expectHandoff(signed, { vmId: record.id, epoch: record.epoch + 1, from, to: self })
  return signed ?? {}
}

/** Tells the source why this peer will not take the VM, and closes the stream. */
export async function refuse (stream: Stream, err: Error): Promise<void> {
  await send(stream, { refuse: { name: err.name, message: err.message } }).catch(() => {})
  await stream.close().catch(() => {})
}

/** A protected VM's standby as the offer names it (absent from sources that predate it). */
function offeredProtection (p: supercloud.migration.IProtection | null | undefined): MigrationOffer['protection'] {
  if (p == null || p.standby == null || p.standby.length === 0) return undefined
  return { standby: peerIdFromBytes(p.standby).toString(), intervalMs: p.intervalMs ?? 0 }
}
