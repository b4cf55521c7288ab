// A migration's view of guest RAM, in the VM's worker. v86 keeps no dirty log, so pages are found
// changed by comparing RAM with a shadow: the copy of what the migration has sent so far, in memory
// shared with the main thread, which sends whole pages straight from it. A page that differs from
// its shadow in a few words goes as a delta against it (page-delta.ts); the destination holds the
// same bytes, since it started from zeros as the shadow did and has had every change since.
import { MachineFailedError } from '../errors.js'
import type { PageBatch, PageRange } from '../types.js'
import { PAGE_BYTES, PAGE_WORDS, applyDelta, encodeDelta } from './page-delta.js'

/**
 * A delta larger than this goes as the whole page instead: past half a page the saving on the
 * wire is small and the destination's work to apply it is not.
 */
export const DELTA_LIMIT_BYTES = PAGE_BYTES / 2
/** RAM is compared this much at a time, then page by page where it differs. */
const BLOCK = 64 << 10
/** The deltas' scratch starts this large (it grows as deltas need). */
const MIN_SCRATCH_BYTES = 256 << 10

export class PageTracker {
  private readonly shadow: Uint8Array
  private readonly shadowWords: Int32Array
  private readonly pages: number
  private scratch: Uint8Array = new Uint8Array(0)
  private untouched = true
  private closed = false

  /** `ram` returns a view of guest RAM, taken again for every scan (its memory can be replaced). */
  constructor (private readonly ram: () => Uint8Array, readonly memoryBytes: number) {
    this.shadow = new Uint8Array(new SharedArrayBuffer(memoryBytes))
    this.shadowWords = new Int32Array(this.shadow.buffer)
    this.pages = memoryBytes / PAGE_BYTES
  }

  /** The shadow becomes RAM as it is now: its reader holds that already (a standby carrying on after a move). */
  seeded (): this {
    this.shadow.set(this.ram())
    this.untouched = false
    return this
  }

  /** Tracking ended: a prefault under way stops. */
  close (): void {
    this.closed = true
  }

  /**
   * The pages of `range` (all of RAM by default) that changed since they were last scanned, with
   * the shadow brought up to date. Whole pages go as runs of the shadow; pages changed in a few
   * words as deltas against the shadow as it was. The first scan finds every non-zero page.
   * `firstCopy` (a replica's first copy, scanned with the guest running before the checkpoint that
   * completes it): every page whole, as a copy of the range's shadow, which the next scan changes
   * before the pages are surely on the wire (a standby applies an epoch's whole pages before its
   * deltas, so a page may not go as a delta first and whole after).
   */
  scan (range: PageRange = { from: 0, to: this.pages }, firstCopy = false): PageBatch {
    const started = performance.now()
    if (!(range.from >= 0 && range.from <= range.to && range.to <= this.pages)) throw new MachineFailedError(`pages ${range.from}..${range.to} are not within the guest's ${this.pages}`)
    // An empty scan starts tracking: the shadow is faulted in behind it, a slice per turn of the
    // worker's event loop (the guest runs between them), while the destination builds its machine.
    // Left to the first round's scans, its faults were on the pages' way out (a stop-and-copy's, on
    // its downtime).
    if (range.from === range.to && this.untouched) void prefaultRam(() => this.shadow, () => !this.closed)
    this.untouched = false
    const view = this.ram()
    const ram = Buffer.from(view.buffer, view.byteOffset, view.byteLength)
    // Deltas need word views; v86's RAM sits 4-byte aligned in its wasm memory, but if it ever did
    // not, pages simply go whole.
    const words = view.byteOffset % 4 === 0 ? new Int32Array(view.buffer, view.byteOffset, view.byteLength >> 2) : undefined
    const shadow = Buffer.from(this.shadow.buffer, this.shadow.byteOffset, this.shadow.byteLength)
    const runs: number[] = []
    const deltaIndexes: number[] = []
    const deltaEnds: number[] = []
    let scratch = this.scratch
    let deltaBytes = 0
    const from = range.from * PAGE_BYTES
    const to = range.to * PAGE_BYTES
    for (let block = from; block < to; block += BLOCK) {
      // Most of RAM is unchanged between rounds: one compare per block, pages only where it differs.
      const end = Math.min(to, block + BLOCK)
      if (ram.compare(shadow, block, end, block, end) === 0) continue
      for (let offset = block; offset < end; offset += PAGE_BYTES) {
        if (ram.compare(shadow, offset, offset + PAGE_BYTES, offset, offset + PAGE_BYTES) === 0) continue
        const page = offset / PAGE_BYTES
        if (scratch.byteLength < deltaBytes + DELTA_LIMIT_BYTES) scratch = this.grow(deltaBytes + DELTA_LIMIT_BYTES, deltaBytes)
        const size = words === undefined || firstCopy ? -1 : encodeDelta(words, view, this.shadowWords, page, scratch, deltaBytes, DELTA_LIMIT_BYTES)
        if (size >= 0) {
          deltaBytes += size
          deltaIndexes.push(page)
          deltaEnds.push(deltaBytes)
        } else if (runs.length > 0 && runs[runs.length - 2]! + runs[runs.length - 1]! === page) {
          runs[runs.length - 1]!++
        } else {
          runs.push(page, 1)
        }
        shadow.set(ram.subarray(offset, offset + PAGE_BYTES), offset)
      }
    }
    return {
      runs: Uint32Array.from(runs),
      deltas: { indexes: Uint32Array.from(deltaIndexes), ends: Uint32Array.from(deltaEnds), data: scratch.slice(0, deltaBytes) },
      ...(firstCopy ? { shadow: this.shadow.slice(from, to), shadowStart: range.from } : { shadow: this.shadow }),
      scanMs: performance.now() - started
    }
  }

  /**
   * The deltas' scratch, grown to hold `need` bytes, its first `keep` kept. It grows with the deltas
   * found, not with the range scanned: sized for every page of a 64 MiB range it took 32 MiB of fresh
   * memory, on the guest's downtime when the switchover's scan was the first that large.
   */
  private grow (need: number, keep: number): Uint8Array {
    const grown = new Uint8Array(Math.max(need, 2 * this.scratch.byteLength, MIN_SCRATCH_BYTES))
    grown.set(this.scratch.subarray(0, keep))
    this.scratch = grown
    return grown
  }
}

const ZERO_BLOCK = new Uint8Array(64 << 10)

/**
 * Destination: RAM all zeros, as the source's zero pages (never sent) must be. Only blocks that hold
 * something are written: a machine's fresh RAM is zeros but for what building it wrote, and reading
 * untouched memory costs no page of its own (filling all 64 MiB took ~30 ms of a ~100 ms build).
 */
export function zeroRam (ram: Uint8Array): void {
  const view = Buffer.from(ram.buffer, ram.byteOffset, ram.byteLength)
  for (let at = 0; at < view.byteLength; at += ZERO_BLOCK.byteLength) {
    const block = view.subarray(at, at + ZERO_BLOCK.byteLength)
    if (!block.equals(ZERO_BLOCK.subarray(0, block.byteLength))) block.fill(0)
  }
}

/** Destination: whole pages into RAM, a run of consecutive pages at a time. */
export function writePages (ram: Uint8Array, batch: { indexes: Uint32Array, data: Uint8Array }): void {
  const pages = ram.byteLength / PAGE_BYTES
  const { indexes, data } = batch
  if (data.byteLength !== indexes.length * PAGE_BYTES) throw new MachineFailedError(`page batch: ${data.byteLength} bytes of data for ${indexes.length} pages`)
  for (let i = 0; i < indexes.length;) {
    const first = indexes[i] ?? pages
    let j = i + 1
    while (j < indexes.length && indexes[j] === first + j - i) j++
    if (first + j - i > pages) throw new MachineFailedError(`page batch: page ${first + j - i - 1} is past the end of RAM`)
    ram.set(data.subarray(i * PAGE_BYTES, j * PAGE_BYTES), first * PAGE_BYTES)
    i = j
  }
}

/** Fresh memory is faulted in this much per turn of the worker's event loop (prefaultRam). */
const PREFAULT_SLICE_BYTES = 4 << 20

/**
 * Fresh memory a migration is about to fill (an incoming machine's RAM from its accept on, the
 * source's shadow from its offer on): every page written once, with its own byte, a slice per turn
 * of the event loop. The kernel's page faults then come while the migration waits, not as the pages
 * go and arrive: on this machine, 44-104 ms of faults per 64 MiB, once at each end. It changes no
 * byte, so page writes and scans may come between slices; it stops once `alive` says no.
 */
export async function prefaultRam (ram: () => Uint8Array, alive: () => boolean): Promise<void> {
  for (let at = 0; alive(); at += PREFAULT_SLICE_BYTES) {
    const view = ram()
    if (at >= view.byteLength) return
    const end = Math.min(view.byteLength, at + PREFAULT_SLICE_BYTES)
    for (let p = at; p < end; p += PAGE_BYTES) view[p] = (view[p] ?? 0) | 0
    await new Promise(resolve => setImmediate(resolve))
  }
}

/** Destination: deltas onto the pages RAM holds (what the source encoded them against). */
export function applyDeltas (ram: Uint8Array, deltas: { indexes: Uint32Array, ends: Uint32Array, data: Uint8Array }): void {
  const pages = ram.byteLength / PAGE_BYTES
  if (deltas.ends.length !== deltas.indexes.length) throw new MachineFailedError(`deltas: ${deltas.indexes.length} pages with ${deltas.ends.length} ends`)
  let start = 0
  for (let i = 0; i < deltas.indexes.length; i++) {
    const page = deltas.indexes[i] ?? pages
    const end = deltas.ends[i] ?? -1
    if (page >= pages) throw new MachineFailedError(`deltas: page ${page} is past the end of RAM`)
    if (end < start || end > deltas.data.byteLength) throw new MachineFailedError(`deltas: page ${page}'s delta ends at ${end}, outside ${start}..${deltas.data.byteLength}`)
    applyDelta(ram.subarray(page * PAGE_BYTES, (page + 1) * PAGE_BYTES), deltas.data.subarray(start, end))
    start = end
  }
  if (start !== deltas.data.byteLength) throw new MachineFailedError(`deltas: ${deltas.data.byteLength - start} bytes after the last page's delta`)
}

export { PAGE_WORDS }
