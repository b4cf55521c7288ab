// The disks of one machine, in its VM worker: opened from MachineConfig.disks before v86 is built,
// handed to its IDE controller as hda and hdb, flushed when the guest asks, and read or written block
// by block for migrations and snapshots (the `disk-*` calls of protocol.ts). A protected VM's disks
// go into every checkpoint, and its guest's flushes complete once a checkpoint after them is
// acknowledged by the standby (node/vms/protect.ts).
import type { V86Options } from 'v86'
import { openDisk, type FileDisk } from '../disks/file-disk.js'
import { DiskConfigError, DiskRangeError } from '../disks/errors.js'
import { MAX_BLOCKS_PER_CALL } from '../disks/constants.js'
import { SnapshotError } from '../errors.js'
import type { SnapshotDiskSection, SnapshotDiskSource } from '../snapshot/disk-section.js'
import type { DiskAttachment, DiskBlocks, DiskStatus, MachineCheckpoint } from '../types.js'
import { IdeDiskBuffer, type GuestDiskIo } from './disk-buffer.js'
import type { DiskFlusher } from './v86-adapter.js'

/** v86 attaches hard disks to the primary IDE channel only: master (hda) and slave (hdb). */
export const MAX_DISKS = 2
const DRIVES = ['hda', 'hdb'] as const

interface FlushStats { count: number, totalMs: number, maxMs: number }

export class MachineDisks {
  private readonly stats: FlushStats[]
  /** The buffers handed to v86, one per disk: they count the guest's reads and writes. */
  private readonly buffers: IdeDiskBuffer[]
  /**
   * Replication: checkpoints taken with their blocks, the last one the standby acknowledged, and the
   * guest's flushes waiting for one. Undefined while unprotected: a flush completes once local.
   */
  private replicated: { taken: number, acked: number, waiting: Array<{ after: number, done: () => void }> } | undefined

  private constructor (private readonly disks: FileDisk[]) {
    this.stats = disks.map(() => ({ count: 0, totalMs: 0, maxMs: 0 }))
    this.buffers = disks.map((disk, i) => new IdeDiskBuffer(disk, DRIVES[i] as string))
  }

  /** Opens them all or none; a base image is hashed unless it says it was checked (disks/types.ts). */
  static async open (attachments: readonly DiskAttachment[] = [], signal?: AbortSignal): Promise<MachineDisks> {
    if (attachments.length > MAX_DISKS) throw new DiskConfigError(`a machine takes at most ${MAX_DISKS} disks (IDE hda and hdb), not ${attachments.length}`)
    const disks: FileDisk[] = []
    try {
      for (const a of attachments) {
        disks.push(await openDisk(a.dir, { sizeBytes: a.sizeBytes, ...(a.base === undefined ? {} : { base: a.base }) }, signal === undefined ? {} : { signal }))
      }
    } catch (err) {
      await Promise.all(disks.map(async d => { await d.close().catch(() => {}) }))
      throw err
    }
    return new MachineDisks(disks)
  }

  get count (): number {
    return this.disks.length
  }

  /** The `hda`/`hdb` options of v86 (its typings know only its own image kinds). */
  v86Options (): Partial<V86Options> {
    const options: Record<string, unknown> = {}
    this.buffers.forEach((buffer, i) => { options[DRIVES[i] as string] = buffer })
    return options
  }

  /** What the IDE controller calls on a guest's FLUSH CACHE: timed, for diskInfo(). */
  flusher (alive: () => boolean): DiskFlusher {
    return {
      alive,
      flush: async disk => {
        const t = performance.now()
        // Its writes came before it, so the next checkpoint holds them (the first one: with its first copy).
        const after = (this.replicated?.taken ?? 0) + 1
        await this.get(disk).flush()
        const r = this.replicated
        if (r !== undefined && r.acked < after) await new Promise<void>(resolve => { r.waiting.push({ after, done: resolve }) })
        const ms = performance.now() - t
        const s = this.stats[disk] as FlushStats
        s.count++
        s.totalMs += ms
        s.maxMs = Math.max(s.maxMs, ms)
      }
    }
  }

  info (disk: number): DiskStatus {
    const s = this.stats[disk] ?? { count: 0, totalMs: 0, maxMs: 0 }
    const io: GuestDiskIo = this.buffers[disk]?.io ?? { reads: 0, readBytes: 0, writes: 0, writtenBytes: 0 }
    return { ...this.get(disk).info(), guestFlushes: s.count, guestFlushTotalMs: s.totalMs, guestFlushMaxMs: s.maxMs, guestReads: io.reads, guestReadBytes: io.readBytes, guestWrites: io.writes, guestWrittenBytes: io.writtenBytes }
  }

  /** `first`: a full copy starts, every written block is dirty; then pages of at most `max`. */
  scan (disk: number, first: boolean, max?: number): Uint32Array {
    const d = this.get(disk)
    if (first) d.markAllDirty()
    return d.scanDirty(max)
  }

  /**
   * A checkpoint's disk part, with the guest paused: every disk's blocks written since the last one
   * (the first: since its first copy, checkpointPrescan), read now. Flushes from here wait for its
   * acknowledgement.
   */
  checkpoint (): MachineCheckpoint['disk'] {
    if (this.disks.length === 0) return undefined
    const r = this.replicated ?? { taken: 0, acked: 0, waiting: [] }
    this.replicated = r
    const blocks = this.disks.map((d, disk) => ({ disk, ...readAll(d, d.scanDirty(Number.MAX_SAFE_INTEGER, 'checkpoint')) }))
    return { seq: ++r.taken, blocks }
  }

  /**
   * A new standby's first copy, the guest running: up to `max` blocks of disk `disk` written and not
   * yet sent (`first` starts it: every block the VM wrote), read now. Those the guest writes again
   * are sent again; the checkpoint after the copy carries only the blocks written since.
   */
  checkpointPrescan (disk: number, first: boolean, max: number): DiskBlocks {
    const d = this.get(disk)
    if (first) d.markAllDirty('checkpoint')
    return readAll(d, d.scanDirty(Math.min(max, MAX_BLOCKS_PER_CALL), 'checkpoint'))
  }

  /**
   * A migration's destination whose standby carries on from the handoff: the disks as they are now
   * are what the standby holds, so the next checkpoint carries only blocks written from here on.
   */
  seedCheckpoints (): void {
    for (const d of this.disks) d.clearDirty('checkpoint')
  }

  /** The standby acknowledged checkpoint `seq` (null: protection ended): the flushes it holds complete. */
  durable (seq: number | null): void {
    const r = this.replicated
    if (r === undefined) return
    if (seq === null) this.replicated = undefined
    else r.acked = Math.max(r.acked, seq)
    const ready = seq === null ? r.waiting : r.waiting.filter(w => w.after <= r.acked)
    r.waiting = seq === null ? [] : r.waiting.filter(w => w.after > r.acked)
    for (const w of ready) w.done()
  }

  read (disk: number, indexes: Uint32Array): Uint8Array {
    return this.get(disk).readBlocks(indexes)
  }

  write (disk: number, indexes: Uint32Array, data: Uint8Array): void {
    this.get(disk).writeBlocks(indexes, data)
  }

  async flush (disk: number): Promise<void> {
    await this.get(disk).flush()
  }

  /** What a snapshot carries of each disk: its written blocks, read as the guest would (synchronously, so of one instant). */
  snapshotSources (): SnapshotDiskSource[] {
    return this.disks.map(d => {
      const { sizeBytes, blockBytes, baseSha256 } = d.info()
      return { disk: { sizeBytes, blockBytes, baseSha256 }, written: d.written(), read: indexes => d.readBlocks(indexes) }
    })
  }

  /**
   * A restore: the snapshot's blocks onto disks made for it (the same size, block size and base,
   * nothing written yet), then made durable. Anything else is refused before a block is written.
   */
  async restoreFrom (sections: readonly SnapshotDiskSection[]): Promise<void> {
    if (sections.length !== this.disks.length) throw new SnapshotError(`the snapshot has ${sections.length} disks, the machine ${this.disks.length}`)
    sections.forEach((s, i) => {
      const info = (this.disks[i] as FileDisk).info()
      const want = s.disk
      if (info.sizeBytes !== want.sizeBytes || info.blockBytes !== want.blockBytes || info.baseSha256 !== want.baseSha256) {
        throw new SnapshotError(`snapshot disk ${i} is ${want.sizeBytes} bytes in ${want.blockBytes}-byte blocks over base ${want.baseSha256 ?? 'none'}; the machine's is ${info.sizeBytes} in ${info.blockBytes} over ${info.baseSha256 ?? 'none'}`)
      }
      if (s.written.length > 0 && info.writtenBlocks !== 0) throw new SnapshotError(`disk ${i} of the machine has ${info.writtenBlocks} written blocks already: a snapshot restores onto a fresh disk`)
    })
    for (const [i, s] of sections.entries()) {
      const B = s.disk.blockBytes
      for (let at = 0; at < s.written.length; at += MAX_BLOCKS_PER_CALL) {
        const indexes = s.written.subarray(at, at + MAX_BLOCKS_PER_CALL)
        this.write(i, indexes, s.data.subarray(at * B, (at + indexes.length) * B))
      }
      await this.flush(i)
    }
  }

  /** Flushes and closes every disk; the first failure is thrown once all are closed. */
  async close (): Promise<void> {
    const results = await Promise.allSettled(this.disks.map(async d => { await d.close() }))
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed !== undefined) throw failed.reason
  }

  private get (disk: number): FileDisk {
    const d = this.disks[disk]
    if (!Number.isInteger(disk) || d === undefined) throw new DiskRangeError(`the machine has no disk ${disk} (it has ${this.disks.length})`)
    return d
  }
}

/** Blocks of a disk as the guest reads them, a call's worth at a time, into one buffer. */
function readAll (d: FileDisk, indexes: Uint32Array): DiskBlocks {
  const { blockBytes } = d.info()
  const data = new Uint8Array(indexes.length * blockBytes)
  for (let at = 0; at < indexes.length; at += MAX_BLOCKS_PER_CALL) {
    data.set(d.readBlocks(indexes.subarray(at, at + MAX_BLOCKS_PER_CALL)), at * blockBytes)
  }
  return { indexes, data }
}
