// Guest memory as a migration sees it: ranges of 4 KiB pages, the pages a scan found changed (whole,
// or as deltas against what the destination already holds), and the device state that goes last.
// The hypervisor produces and consumes these; the protocol only carries them.

export const PAGE_BYTES = 4096

/** Pages `from` (inclusive) to `to` (exclusive) of guest RAM, 4 KiB each. */
export interface PageRange {
  from: number
  to: number
}

/** Pages changed in a few words, as deltas against what the destination holds (see worker/page-delta.ts). */
export interface PageDeltas {
  indexes: Uint32Array
  /** End offset in `data` of each page's delta; the first starts at 0. */
  ends: Uint32Array
  data: Uint8Array
}

/**
 * Pages of guest RAM a migration's scan found changed. Those to send whole, as runs of consecutive
 * pages (`runs`: [first page, count] pairs), whose bytes are in `shadow`: the migration's copy of RAM
 * as sent, in memory shared with the VM's worker (nothing copied out per scan), which holds them
 * until the next scan. The others as deltas against the shadow as it was.
 */
export interface PageBatch {
  runs: Uint32Array
  deltas: PageDeltas
  shadow: Uint8Array
  /**
   * The page `shadow` starts at: 0 (it is all of RAM) but for a replica's first copy, whose slices
   * come as copies of their own pages (PageTracker.scan's `firstCopy`).
   */
  shadowStart?: number
  /** Time the worker spent finding them. */
  scanMs: number
}

/** How many pages a batch carries, whole or as deltas. */
export function batchPages (batch: Pick<PageBatch, 'runs' | 'deltas'>): number {
  let pages = batch.deltas.indexes.length
  for (let i = 1; i < batch.runs.length; i += 2) pages += batch.runs[i] ?? 0
  return pages
}

/**
 * Everything of a machine but its RAM: what a migration sends while the guest is paused. The
 * hypercall port's host side travels as the JSON the hypervisor wrote; only the hypervisor reads it.
 */
export interface DeviceState {
  deviceState: Uint8Array
  hypercall: string
  /** The MAC in the NIC (the guest's). */
  mac: string
  /** What the serial console printed so far (its ring, oldest first): `vm logs` after the move. */
  console?: Uint8Array
}
