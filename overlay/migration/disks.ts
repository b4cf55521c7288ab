// Disks moving with their VM (migration 3.0.0). A disk's own written blocks go in the pre-copy
// rounds, read through the exact dirty-block log the VM's worker keeps where the emulated IDE
// controller writes (the first round takes every written block); after the pause the last dirty
// blocks go before the final message. Base blocks never travel: the destination makes its disk over
// its own copy of the base (same hash). Blocks travel in Blocks messages of at most 1 MiB, with a
// turn of the event loop between messages (the same rule as pages: the daemon's API, membership and
// switch share this loop). The destination takes only blocks of an offered disk, inside it.
import type { MessageSink } from '../wire/lp.js'
import { fromDiskMsg, toDiskMsg, type DiskRecordData } from '../records/disk-record.js'
import { MalformedMessageError } from '../wire/errors.js'
import type { supercloud } from '../../proto/gen/wire.js'
import { BLOCKS_PER_MESSAGE, DISK_SCAN_MAX, MESSAGE_PAYLOAD_BYTES } from './constants.js'
import { indexBytes, send } from './wire.js'

/** A disk of the VM, as the migration offers it. */
export interface MigratingDisk {
  record: DiskRecordData
  blockBytes: number
}

/** What the source needs of its machine's disks (0 = hda). */
export interface SourceDisks {
  /** Up to `max` dirty block indexes (the first time, with `first`, every written block), cleared. */
  scanDisk: (disk: number, options: { first?: boolean, max?: number }) => Promise<Uint32Array>
  readDiskBlocks: (disk: number, indexes: Uint32Array) => Promise<Uint8Array>
}

export function toDiskOffers (disks: MigratingDisk[]): supercloud.migration.IDiskOffer[] {
  return disks.map(d => ({ record: toDiskMsg(d.record), blockBytes: d.blockBytes }))
}

/** The offer's disks, checked; anything odd refuses the offer. */
export function fromDiskOffers (offers: supercloud.migration.IDiskOffer[] | null | undefined, vmId: string): MigratingDisk[] {
  const disks = (offers ?? []).map(o => ({ record: fromDiskMsg(o.record ?? {}), blockBytes: o.blockBytes ?? 0 }))
  if (disks.length > 2) throw new MalformedMessageError(`an offer of ${disks.length} disks (a VM has at most 2)`)
  for (const d of disks) {
    const b = d.blockBytes
    if (b < 512 || b > MESSAGE_PAYLOAD_BYTES || (b & (b - 1)) !== 0 || d.record.sizeBytes % b !== 0) throw new MalformedMessageError(`disk ${d.record.id}: bad block size ${b}`)
    if (d.record.vmId !== vmId) throw new MalformedMessageError(`disk ${d.record.id} is not vm ${vmId}'s`)
  }
  return disks
}

/** fromDiskOffers, and they must be the record's own disks in its order (replication's Open too). */
export function offeredDisks (offers: supercloud.migration.IDiskOffer[] | null | undefined, record: { id: string, spec: { disks?: string[] } }): MigratingDisk[] {
  const disks = fromDiskOffers(offers, record.id)
  const ids = record.spec.disks ?? []
  if (ids.length !== disks.length || disks.some((d, i) => d.record.id !== ids[i])) throw new MalformedMessageError(`the disks offered are not vm ${record.id}'s (${ids.join(', ') || 'none'})`)
  return disks
}

/** The source's side: sends dirty blocks; counts what it sent, and what it sent more than once. */
export class DiskSender {
  bytes = 0
  blocks = 0
  /** Blocks sent again after a first time (the guest wrote them again during the migration). */
  resent = 0
  private readonly seen: Array<Set<number>>

  constructor (private readonly machine: SourceDisks, private readonly disks: MigratingDisk[], private readonly stream: MessageSink, private readonly signal: AbortSignal) {
    this.seen = disks.map(() => new Set())
  }

  /**
   * One round: every disk's dirty blocks (with `first`: all its written blocks) until a scan comes
   * back short. While the guest runs it may dirty more meanwhile; those wait for the next round.
   */
  async round (first: boolean, options: { untilClean?: boolean } = {}): Promise<{ blocks: number, bytes: number }> {
    let blocks = 0
    let bytes = 0
    for (let disk = 0; disk < this.disks.length; disk++) {
      const blockBytes = this.disks[disk]?.blockBytes ?? 0
      for (let scan = 0; ; scan++) {
        const dirty = await this.machine.scanDisk(disk, { first: first && scan === 0, max: DISK_SCAN_MAX })
        for (let at = 0; at < dirty.length; at += BLOCKS_PER_MESSAGE) {
          const indexes = dirty.subarray(at, at + BLOCKS_PER_MESSAGE)
          const data = await this.machine.readDiskBlocks(disk, indexes)
          await send(this.stream, { blocks: { disk, indexes: indexBytes(indexes), data } }, this.signal)
          const seen = this.seen[disk]
          for (const i of indexes) {
            if (seen?.has(i) === true) this.resent++
            else seen?.add(i)
          }
          blocks += indexes.length
          bytes += indexes.length * blockBytes
          await new Promise(resolve => setImmediate(resolve))
        }
        if (dirty.length < DISK_SCAN_MAX && options.untilClean !== true) break
        if (dirty.length === 0) break
      }
    }
    this.blocks += blocks
    this.bytes += bytes
    return { blocks, bytes }
  }
}

/** The destination's check of a Blocks message: an offered disk, whole blocks, indexes inside it. */
export function blocksOf (m: supercloud.migration.IBlocks, disks: MigratingDisk[]): { disk: number, indexes: Uint32Array, data: Uint8Array } {
  const disk = m.disk ?? 0
  const d = disks[disk]
  if (d === undefined) throw new MalformedMessageError(`blocks of disk ${disk}, which was not offered (${disks.length} were)`)
  const raw = m.indexes ?? new Uint8Array()
  if (raw.byteLength % 4 !== 0) throw new MalformedMessageError('a Blocks message with a partial index')
  const indexes = new Uint32Array(raw.byteLength / 4)
  new Uint8Array(indexes.buffer).set(raw)
  const data = m.data ?? new Uint8Array()
  if (data.byteLength !== indexes.length * d.blockBytes) throw new MalformedMessageError(`a Blocks message with ${data.byteLength} bytes for ${indexes.length} blocks of ${d.blockBytes}`)
  const count = d.record.sizeBytes / d.blockBytes
  for (const i of indexes) if (i >= count) throw new MalformedMessageError(`block ${i} is outside disk ${d.record.id} (${count} blocks)`)
  return { disk, indexes, data }
}
