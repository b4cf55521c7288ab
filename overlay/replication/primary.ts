// The primary's side of one VM's replication: it dials the standby, opens with the VM's record and
// the grant (the handoff of the VM at the next epoch, signed now, usable by the standby only after a
// failover vote), then sends numbered epochs, one at a time, and reads their acknowledgements.
import { deflateRawSync } from 'node:zlib'
import type { Libp2p, PrivateKey, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { CloudError } from '../core/errors.js'
import { LpReader } from '../wire/lp-reader.js'
import { IncompatibleProtocolError, MalformedMessageError } from '../wire/errors.js'
import { toRecordMsg, type VmRecordData } from '../records/inventory.js'
import { grantClock, signHandoff } from '../records/handoff.js'
import { batchPages, type PageBatch } from '../migration/pages.js'
import { toDiskOffers } from '../migration/disks.js'
import { CHECKPOINT_FORMAT, COMPATIBLE_REPLICATION_PROTOCOLS, DIAL_TIMEOUT_MS, MAX_MESSAGE_BYTES, OPEN_TIMEOUT_MS, REPLICATION_PROTOCOL } from './constants.js'
import type { Checkpoint, DiskBlocks, Moved, ReplicaOpen } from './types.js'
import { movedMsg, receive, send, sendBlocks, sendPages } from './wire.js'

export interface SenderComponents {
  libp2p: Libp2p
  privateKey: PrivateKey
}

/**
 * What the primary tells its standby of the VM (ReplicaOpen, less what the stream itself says).
 * `continues`: a standby without it (or of 2.0.0) is a ContinueRefusedError: open afresh.
 */
export type OpenOptions = Pick<ReplicaOpen, 'vgaMemoryBytes' | 'acpi' | 'intervalMs' | 'leaseMs' | 'disks' | 'continues'> & { signal?: AbortSignal }

/** What one epoch cost: bytes on the wire, and the time from its first byte to its acknowledgement. */
export interface EpochSent {
  epoch: number
  bytes: number
  pages: number
  diskBlocks: number
  sendMs: number
  ackMs: number
}

/** Closing waits this long for the standby to drop its replica. */
const CLOSE_MS = 5000
/** An epoch whose stream broke waits this long for the standby's word on why (a Refuse). */
const REFUSAL_GRACE_MS = 100

export class ReplicationSender {
  private readonly reader: LpReader
  private epoch = 0

  private constructor (private readonly stream: Stream, readonly standby: string) {
    this.reader = new LpReader(stream, MAX_MESSAGE_BYTES)
  }

  /** The standby speaks 2.1.0: it keeps its replica through a move, and carries one on. */
  get carriesOn (): boolean {
    return this.stream.protocol === REPLICATION_PROTOCOL
  }

  /** Dials `standby` and opens replication of `record`; throws if it refuses. */
  static async open (c: SenderComponents, standby: string, record: VmRecordData, options: OpenOptions): Promise<ReplicationSender> {
    const signal = AbortSignal.any([AbortSignal.timeout(OPEN_TIMEOUT_MS), ...(options.signal === undefined ? [] : [options.signal])])
    const selfId = c.libp2p.peerId.toString()
    const grant = await signHandoff(c.privateKey, { vmId: record.id, epoch: record.epoch + 1, from: selfId, to: standby, atMs: grantClock() })
    let stream: Stream
    try {
      // Reached, or not, within DIAL_TIMEOUT_MS: a standby cut off is given up on soon (another is tried).
      stream = await c.libp2p.dialProtocol(peerIdFromString(standby), [REPLICATION_PROTOCOL, ...COMPATIBLE_REPLICATION_PROTOCOLS], { signal: AbortSignal.any([signal, AbortSignal.timeout(DIAL_TIMEOUT_MS)]) })
    } catch (err) {
      if ((err as Error).name === 'UnsupportedProtocolError') throw new IncompatibleProtocolError(`peer ${standby} speaks neither ${[REPLICATION_PROTOCOL, ...COMPATIBLE_REPLICATION_PROTOCOLS].join(' nor ')}: it cannot be a standby`)
      throw err
    }
    const sender = new ReplicationSender(stream, standby)
    const { continues } = options
    if (continues !== undefined && !sender.carriesOn) {
      stream.abort(new Error('the standby cannot carry a replica on'))
      throw new ContinueRefusedError(`standby ${standby} speaks ${stream.protocol ?? 'an older replication'}: it cannot carry the replica on after a move`)
    }
    try {
      await send(stream, { open: { record: toRecordMsg(record), grant, vgaMemoryBytes: options.vgaMemoryBytes, acpi: options.acpi, intervalMs: options.intervalMs, leaseMs: options.leaseMs, format: CHECKPOINT_FORMAT, disks: toDiskOffers(options.disks), ...(continues === undefined ? {} : { continues: { from: peerIdFromString(continues.from).toMultihash().bytes } }) } }, signal)
      const answer = await receive(sender.reader, OPEN_TIMEOUT_MS, signal)
      if (answer.refuse != null) {
        const message = `standby ${standby} refused: ${answer.refuse.name ?? 'Refused'}: ${answer.refuse.message ?? ''}`
        throw continues !== undefined && answer.refuse.name === 'NoReplicaToContinueError' ? new ContinueRefusedError(message) : new StandbyRefusedError(message)
      }
      if (answer.accept == null) throw new MalformedMessageError('the standby answered Open with neither accept nor refuse')
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
    return sender
  }

  /**
   * Sends the next epoch and waits for its acknowledgement, within `ackWithinMs` of its start.
   * `precopy`: pages sent first, then `take` gives the checkpoint that completes the epoch (a new
   * standby's first copy, most of it sent with the guest running; the standby applies whole pages
   * in turn, then deltas, so `precopy` carries whole pages only). The checkpoint's pages go from the
   * tracker's shadow: the next checkpoint may change it only after this.
   * `precopyBlocks`: disk blocks sent after those pages, before the checkpoint's (whose blocks,
   * written after, the standby writes over them).
   * `beforeEnd` runs before the End leaves: the standby can hold the epoch only after it.
   * `moving`: the epoch is the VM as a move's switchover leaves it (End.moving).
   */
  async sendEpoch (take: () => Promise<Checkpoint>, ackWithinMs: number, options: { precopy?: AsyncIterable<PageBatch>, precopyBlocks?: AsyncIterable<DiskBlocks['blocks'][number]>, beforeEnd?: () => Promise<void>, moving?: Moved } = {}): Promise<EpochSent> {
    // Without a precopy the checkpoint is taken first (one that fails leaves the stream as it was),
    // and the epoch's time runs from it.
    const taken = options.precopy === undefined ? await take() : undefined
    const epoch = ++this.epoch
    const signal = AbortSignal.timeout(ackWithinMs)
    const t0 = performance.now()
    // Read from the start: a standby that refuses the epoch in the middle says why before it resets the stream.
    let refused: StandbyRefusedError | undefined
    const answer = receive(this.reader, ackWithinMs, signal).then(m => {
      if (m.refuse != null) refused = new StandbyRefusedError(`standby ${this.standby} refused epoch ${epoch}: ${m.refuse.name ?? 'Refused'}: ${m.refuse.message ?? ''}`)
      return m
    })
    answer.catch(() => {})
    try {
      await send(this.stream, { begin: { epoch } }, signal)
      let bytes = 0
      let pages = 0
      for await (const batch of options.precopy ?? []) {
        bytes += await sendPages(this.stream, batch, signal)
        pages += batchPages(batch)
      }
      const disk = { blocks: 0, bytes: 0 }
      const addBlocks = (s: typeof disk): void => { disk.blocks += s.blocks; disk.bytes += s.bytes }
      for await (const b of options.precopyBlocks ?? []) addBlocks(await sendBlocks(this.stream, { blocks: [b] }, signal))
      const cp = taken ?? await take()
      bytes += await sendPages(this.stream, cp.batch, signal)
      pages += batchPages(cp.batch)
      addBlocks(await sendBlocks(this.stream, cp.disk, signal))
      bytes += disk.bytes
      const deviceState = deflateRawSync(cp.devices.deviceState, { level: 1 })
      bytes += deviceState.byteLength
      await send(this.stream, { devices: { deviceState, hypercall: cp.devices.hypercall, guestMac: cp.devices.mac, running: cp.running, ...(cp.devices.console === undefined ? {} : { console: cp.devices.console }) } }, signal)
      await options.beforeEnd?.()
      await send(this.stream, { end: { epoch, pages, diskBlocks: disk.blocks, ...(options.moving === undefined ? {} : { moving: movedMsg(options.moving) }) } }, signal)
      const sent = performance.now()
      const ack = await answer
      if (refused !== undefined) throw refused
      if (ack.release != null) throw new StandbyReleasedError(`standby ${this.standby} handed protection over: ${ack.release.reason ?? ''}`)
      if (ack.ack == null || ack.ack.epoch !== epoch) throw new MalformedMessageError(`expected the standby to acknowledge epoch ${epoch}`)
      return { epoch, bytes, pages, diskBlocks: disk.blocks, sendMs: sent - t0, ackMs: performance.now() - t0 }
    } catch (err) {
      // The stream broke as the refusal came: the refusal says why.
      await Promise.race([answer.catch(() => {}), new Promise(resolve => setTimeout(resolve, REFUSAL_GRACE_MS))])
      const e = refused ?? (err instanceof Error ? err : new Error(String(err)))
      this.stream.abort(e)
      throw e
    }
  }

  /**
   * Ends protection: the standby drops its replica, then ends the stream; this waits for that (a
   * VM migrating to its standby needs the replica's room there). Best effort, within CLOSE_MS.
   * `moved`: the VM migrated, and the last epoch sent is its state at the handoff: a 2.1.0 standby
   * keeps the replica for the new primary to carry on (a 2.0.0 one drops it). Resolves with whether
   * the standby confirmed it (it ended the stream); unconfirmed, its grant may still be used.
   */
  async close (reason: string, moved?: Moved): Promise<boolean> {
    try {
      const signal = AbortSignal.timeout(CLOSE_MS)
      const m = moved === undefined ? undefined : movedMsg(moved)
      await send(this.stream, { close: { reason, ...(m === undefined ? {} : { movedTo: m.to, movedEpoch: m.epoch, handoff: m.handoff, grant: m.grant }) } }, signal)
      // Closes this end for writing; the standby's end follows once its replica is dropped.
      await this.stream.close({ signal })
      while (await this.reader.next({ signal }) !== undefined);
      return true
    } catch {
      this.stream.abort(new Error(reason))
      return false
    }
  }

  abort (reason: string): void {
    this.stream.abort(new Error(reason))
  }
}

/** The standby dropped its replica and said so (it drains or leaves): it never takes the VM over. */
export class StandbyReleasedError extends CloudError {
  override name = 'StandbyReleasedError'
  readonly status = 409
}

export class StandbyRefusedError extends CloudError {
  override name = 'StandbyRefusedError'
  readonly status = 409
}

/** The standby holds no replica to carry on after a move (or cannot): the new primary opens afresh. */
export class ContinueRefusedError extends CloudError {
  override name = 'ContinueRefusedError'
  readonly status = 409
}
