// The standby's side: the primary dials it for each protected VM. An epoch is buffered whole (its
// Begin, pages, deltas, disk blocks, devices and End, in that order and numbered one after the
// other) and only then applied and acknowledged: a stream cut mid-epoch leaves the last whole one
// ready to run, its disks as the guest had written them at that instant. (A new replica's first
// epoch writes its pages and blocks as they come: with no whole epoch before it, nothing to keep.)
// The remote peer is the connection's authenticated one; it must be the VM's owner that signed the
// grant, and the grant must hand this peer the next epoch.
import type { Libp2p, PeerId, Stream } from '@libp2p/interface'
import type { Logger } from '../core/log.js'
import { LpReader } from '../wire/lp-reader.js'
import { IncompatibleProtocolError, MalformedMessageError, describeError } from '../wire/errors.js'
import { fromRecordMsg } from '../records/inventory.js'
import { expectHandoff } from '../records/handoff.js'
import { deltasOf, pagesOf } from '../migration/wire.js'
import { blocksOf, offeredDisks, type MigratingDisk } from '../migration/disks.js'
import { CloudError } from '../core/errors.js'
import { peerIdFromBytes } from '../signing/index.js'
import { CHECKPOINT_FORMAT, COMPATIBLE_REPLICATION_PROTOCOLS, MAX_EPOCH_BYTES, MAX_INTERVAL_MS, MAX_MESSAGE_BYTES, MIN_INTERVAL_MS, OLD_REPLICATION_PROTOCOLS, OPEN_TIMEOUT_MS, REPLICATION_PROTOCOL, STALL_MS } from './constants.js'
import type { FirstEpochWriter, Moved, ReceivedEpoch, Replica, ReplicaOpen, StandbyHooks } from './types.js'
import { decode, inflate, movedOf, receive, send, type Received } from './wire.js'

export interface StandbyServerComponents {
  libp2p: Libp2p
  membership: { assertMember: (peer: PeerId) => void }
  log: Logger
}

/** A refusal after the Open (a bad epoch, a replica that failed) is sent within this, or not at all. */
const REFUSE_SEND_MS = 1000

export class StandbyServer {
  constructor (private readonly c: StandbyServerComponents, private readonly hooks: StandbyHooks) {}

  async start (): Promise<void> {
    await this.c.libp2p.handle([REPLICATION_PROTOCOL, ...COMPATIBLE_REPLICATION_PROTOCOLS], (stream, connection) => {
      void this.serve(stream, connection.remotePeer).catch(err => {
        this.c.log.warn({ peer: connection.remotePeer.toString(), err: describeError(err) }, 'replication stream failed')
        stream.abort(err instanceof Error ? err : new Error(String(err)))
      })
    }, { maxInboundStreams: 256 })
    // A primary of the previous version learns why, in words naming both versions (it reads this
    // as any refusal: its VM runs on, unprotected, and it says so).
    for (const old of OLD_REPLICATION_PROTOCOLS) {
      await this.c.libp2p.handle(old, stream => {
        const e = new IncompatibleProtocolError(`this peer speaks ${[REPLICATION_PROTOCOL, ...COMPATIBLE_REPLICATION_PROTOCOLS].join(' and ')} (checkpoints with disk blocks), the primary ${old}: upgrade the primary to protect a VM here`)
        void send(stream, { refuse: { name: e.name, message: e.message } }).catch(() => {}).then(async () => { await stream.close().catch(() => {}) })
      }, { maxInboundStreams: 4 })
    }
  }

  async stop (): Promise<void> {
    await this.c.libp2p.unhandle([REPLICATION_PROTOCOL, ...COMPATIBLE_REPLICATION_PROTOCOLS, ...OLD_REPLICATION_PROTOCOLS]).catch(() => {})
  }

  private async serve (stream: Stream, from: PeerId): Promise<void> {
    const reader = new LpReader(stream, MAX_MESSAGE_BYTES)
    let replica: Replica
    let disks: MigratingDisk[]
    let memoryBytes: number
    try {
      this.c.membership.assertMember(from)
      const first = await receive(reader, OPEN_TIMEOUT_MS)
      if (first.open == null) throw new MalformedMessageError('replication starts with Open')
      const open = await this.checkOpen(first.open, from.toString())
      disks = open.disks
      memoryBytes = open.record.spec.memoryBytes
      replica = await this.hooks.open(open)
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err))
      await send(stream, { refuse: { name: e.name, message: e.message } }).catch(() => {})
      await stream.close().catch(() => {})
      return
    }
    await send(stream, { accept: {} })
    try {
      for (let expected = 1; ; expected++) {
        const write = expected === 1 ? replica.firstEpoch?.() : undefined
        // A first copy sends each page and each written block whole once, then those changed
        // meanwhile: at most twice the RAM, and twice the disks.
        const epoch = await this.readEpoch(reader, expected, disks, write === undefined ? undefined : { write, maxPageBytes: 2 * memoryBytes, maxBlockBytes: 2 * disks.reduce((sum, d) => sum + d.record.sizeBytes, 0) })
        // Only a Close ends protection: a killed primary's connection may end its streams cleanly.
        if (epoch === undefined) return replica.broken('the stream ended without a Close')
        if ('closed' in epoch) {
          // Dropped (or, after a move, kept for the new primary), then the stream ends: the primary waits for that.
          await replica.close(epoch.closed, epoch.moved)
          await stream.close().catch(() => {})
          return
        }
        const leaving = replica.handingOver()
        if (leaving !== undefined) {
          // Dropped before the primary hears it: it may then run on with no vote.
          await replica.close(leaving)
          await send(stream, { release: { reason: leaving } })
          await stream.close().catch(() => {})
          return
        }
        await replica.apply(epoch)
        await send(stream, { ack: { epoch: epoch.epoch } })
      }
    } catch (err) {
      replica.broken(describeError(err))
      // The primary hears why before the stream is reset (one of an earlier build reads it as a malformed answer: an error all the same).
      const e = err instanceof Error ? err : new Error(String(err))
      await send(stream, { refuse: { name: e.name, message: e.message } }, AbortSignal.timeout(REFUSE_SEND_MS)).catch(() => {})
      throw err
    }
  }

  private async checkOpen (open: NonNullable<Received['open']>, from: string): Promise<ReplicaOpen> {
    if (open.format !== CHECKPOINT_FORMAT) throw new MalformedMessageError(`checkpoint format ${open.format}: this peer reads ${CHECKPOINT_FORMAT}`)
    if (open.record == null || open.grant == null) throw new MalformedMessageError('Open without a record or a grant')
    const record = fromRecordMsg(open.record)
    const disks = offeredDisks(open.disks, record)
    await expectHandoff(open.grant, { vmId: record.id, epoch: record.epoch + 1, from, to: this.c.libp2p.peerId.toString() }, 'the grant')
    const intervalMs = Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, open.intervalMs ?? 0))
    const continues = open.continues == null ? undefined : { from: peerIdFromBytes(open.continues.from ?? new Uint8Array()).toString() }
    return { record, from, grant: open.grant, vgaMemoryBytes: open.vgaMemoryBytes ?? 0, acpi: open.acpi === true, intervalMs, leaseMs: Math.max(intervalMs * 2, open.leaseMs ?? 0), disks, ...(continues === undefined ? {} : { continues }) }
  }

  /**
   * One whole epoch, `{closed}` for a Close, or undefined when the stream ended between epochs.
   * `asTheyCome`: its whole pages and disk blocks go to `write` as they come (Replica.firstEpoch),
   * not into the epoch, up to `maxPageBytes` and `maxBlockBytes` of them.
   */
  private async readEpoch (reader: LpReader, expected: number, disks: MigratingDisk[], asTheyCome?: { write: FirstEpochWriter, maxPageBytes: number, maxBlockBytes: number }): Promise<ReceivedEpoch | { closed: string, moved?: Moved } | undefined> {
    const first = await reader.next({ signal: AbortSignal.timeout(MAX_INTERVAL_MS + STALL_MS) })
    if (first === undefined) return undefined
    const begin = decode(first.subarray())
    if (begin.close != null) {
      const { reason, movedTo, movedEpoch, handoff, grant } = begin.close
      const moved = movedOf({ to: movedTo, epoch: movedEpoch, handoff, grant })
      return { closed: reason ?? 'closed', ...(moved === undefined ? {} : { moved }) }
    }
    if (begin.begin == null) throw new MalformedMessageError('expected an epoch to begin')
    if (begin.begin.epoch !== expected) throw new MalformedMessageError(`epoch ${begin.begin.epoch} out of order: expected ${expected}`)
    const epoch: Omit<ReceivedEpoch, 'devices' | 'running'> & Partial<Pick<ReceivedEpoch, 'devices' | 'running'>> = { epoch: expected, pages: [], deltas: [], disk: { blocks: [] }, bytes: 0 }
    let count = 0
    let blocks = 0
    // What the epoch holds in memory until its End: all of it but what was written as it came.
    let writtenPages = 0
    let writtenBlocks = 0
    for (;;) {
      const m = await receive(reader, STALL_MS)
      if (m.pages != null) {
        const p = pagesOf(m.pages)
        if (asTheyCome !== undefined) {
          writtenPages += p.data.byteLength
          if (writtenPages > asTheyCome.maxPageBytes) throw new MalformedMessageError(`epoch ${expected} carries over ${asTheyCome.maxPageBytes} bytes of whole pages, twice the VM's RAM`)
          await asTheyCome.write.pages(p)
        } else {
          epoch.pages.push({ indexes: p.indexes, data: Uint8Array.prototype.slice.call(p.data) })
        }
        count += p.indexes.length
        epoch.bytes += p.data.byteLength
      } else if (m.deltas != null) {
        const d = deltasOf(m.deltas)
        epoch.deltas.push(d)
        count += d.indexes.length
        epoch.bytes += d.data.byteLength
      } else if (m.blocks != null) {
        const b = blocksOf(m.blocks, disks)
        // A copy of its own either way: it is posted to the VM's worker.
        const data = Uint8Array.prototype.slice.call(b.data)
        if (asTheyCome !== undefined) {
          writtenBlocks += data.byteLength
          if (writtenBlocks > asTheyCome.maxBlockBytes) throw new MalformedMessageError(`epoch ${expected} carries over ${asTheyCome.maxBlockBytes} bytes of disk blocks, twice the VM's disks`)
          await asTheyCome.write.blocks(b.disk, { indexes: b.indexes, data })
        } else {
          epoch.disk.blocks.push({ disk: b.disk, indexes: b.indexes, data })
        }
        blocks += b.indexes.length
        epoch.bytes += b.data.byteLength
      } else if (m.devices != null) {
        if (epoch.devices !== undefined) throw new MalformedMessageError(`epoch ${expected} carries two device states`)
        epoch.devices = { deviceState: inflate(m.devices.deviceState), hypercall: m.devices.hypercall ?? '', mac: m.devices.guestMac ?? '', ...(m.devices.console == null ? {} : { console: m.devices.console }) }
        epoch.running = m.devices.running === true
      } else if (m.end != null) {
        if (m.end.epoch !== expected) throw new MalformedMessageError(`epoch ${expected} ended as ${m.end.epoch}`)
        if (m.end.pages !== count) throw new MalformedMessageError(`epoch ${expected} says ${m.end.pages} pages; ${count} came`)
        if (m.end.diskBlocks !== blocks) throw new MalformedMessageError(`epoch ${expected} says ${m.end.diskBlocks} disk blocks; ${blocks} came`)
        if (epoch.devices === undefined || epoch.running === undefined) throw new MalformedMessageError(`epoch ${expected} ended without its device state`)
        const moving = m.end.moving == null ? undefined : movedOf(m.end.moving)
        return { ...epoch, devices: epoch.devices, running: epoch.running, ...(moving === undefined ? {} : { moving }) }
      } else {
        throw new MalformedMessageError(`unexpected message in epoch ${expected}`)
      }
      if (epoch.bytes - writtenPages - writtenBlocks > MAX_EPOCH_BYTES) throw new MalformedMessageError(`epoch ${expected} is over ${MAX_EPOCH_BYTES} bytes`)
    }
  }
}

/** A new primary asked to carry on a replica this peer does not hold (or not as of that epoch): it opens afresh. */
export class NoReplicaToContinueError extends CloudError {
  override name = 'NoReplicaToContinueError'
  readonly status = 409
}
