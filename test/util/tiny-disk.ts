// The host's check of a tiny guest's disk (its disk mode, guest/tiny/README.md): read from the disk
// files themselves, every record must be whole and the sequence numbers one unbroken run ending at
// the newest, at least `last` (the newest any peer reported durable). A block lost, or one from
// another timeline, would be a gap.
import { expect } from 'chai'
import { openDisk } from '../../node/hypervisor/disks/index.js'
import { parseTinyRecord } from '../../node/hypervisor/disks/tiny-record.js'
import { TINY_DISK_SPAN_BLOCKS } from '../../node/hypervisor/images.js'

/** Checks the disk in `dir` (closed: its VM stopped) and returns the newest record's number. */
export async function expectUnbrokenTinyDisk (dir: string, sizeBytes: number, last: number): Promise<number> {
  const d = await openDisk(dir, { sizeBytes })
  const seqs: number[] = []
  try {
    const data = d.readBlocks(Uint32Array.from({ length: TINY_DISK_SPAN_BLOCKS }, (_, i) => i))
    for (let b = 0; b < TINY_DISK_SPAN_BLOCKS; b++) {
      // Throws (TinyRecordError) on a torn or corrupted block.
      const r = parseTinyRecord(data.subarray(b * 4096, (b + 1) * 4096), b)
      if (r !== undefined) seqs.push(r.seq)
    }
  } finally {
    await d.close()
  }
  seqs.sort((a, b) => a - b)
  const top = seqs[seqs.length - 1] ?? -1
  expect(top).to.be.at.least(last)
  // The records cycle through the span, each block holding its newest.
  expect(seqs).to.deep.equal(Array.from({ length: seqs.length }, (_, i) => top - seqs.length + 1 + i))
  if (top > TINY_DISK_SPAN_BLOCKS) expect(seqs.length).to.equal(TINY_DISK_SPAN_BLOCKS)
  return top
}
