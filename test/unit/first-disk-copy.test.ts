// A new standby's first copy of a VM's disks (node/vms/checkpoint-epoch.ts, firstDiskCopy): slices
// read with the guest running until a scan comes back short, and never more blocks than the disk had
// written when its copy began, so a guest that rewrites its disk faster than it is sent cannot hold
// the copy back (what is still due goes with the checkpoint after it). The machine here is a
// stand-in for the VM's worker whose dirty-block log never runs dry, which no real guest in v86
// writes fast enough to show.
import { expect } from 'chai'
import { firstDiskCopy } from '../../node/vms/checkpoint-epoch.js'
import type { DiskBlocks, DiskStatus } from '../../node/hypervisor/types.js'

const BLOCK = 4096

/** Disks with `written[d]` blocks written, the `scan`th scan of disk d finding `due(d, scan, max)` blocks due; every call recorded. */
function machine (written: number[], due: (disk: number, scan: number, max: number) => number): { calls: Array<{ disk: number, first: boolean, max: number }>, diskInfo: (disk: number) => Promise<DiskStatus>, checkpointDiskPrescan: (disk: number, o: { first?: boolean, max: number }) => Promise<DiskBlocks> } {
  const calls: Array<{ disk: number, first: boolean, max: number }> = []
  const scans = written.map(() => 0)
  return {
    calls,
    diskInfo: async disk => ({ writtenBlocks: written[disk] ?? 0 }) as unknown as DiskStatus,
    checkpointDiskPrescan: async (disk, o) => {
      calls.push({ disk, first: o.first === true, max: o.max })
      const n = due(disk, scans[disk] = (scans[disk] ?? 0) + 1, o.max)
      return { indexes: Uint32Array.from({ length: n }, (_, i) => i), data: new Uint8Array(n * BLOCK) }
    }
  }
}

async function copied (m: ReturnType<typeof machine>, disks: number): Promise<number[]> {
  const sent = Array.from({ length: disks }, () => 0)
  for await (const b of firstDiskCopy(m, disks)) {
    expect(b.data.byteLength).to.equal(b.indexes.length * BLOCK)
    sent[b.disk] = (sent[b.disk] ?? 0) + b.indexes.length
  }
  return sent
}

describe('a first copy of the disks, with the guest running', () => {
  it('reads each disk in slices of at most 1024 until a scan comes back short, starting the copy once per disk', async () => {
    const left = [2500, 10]
    const m = machine([2500, 10], (disk, _scan, max) => {
      const n = Math.min(max, left[disk] ?? 0)
      left[disk] = (left[disk] ?? 0) - n
      return n
    })
    expect(await copied(m, 2)).to.deep.equal([2500, 10])
    expect(m.calls.map(c => c.disk)).to.deep.equal([0, 0, 0, 1])
    expect(m.calls.map(c => c.first)).to.deep.equal([true, false, false, true])
    expect(m.calls.every(c => c.max <= 1024)).to.equal(true)
  })

  it('stops once as many blocks went as the disk had written, however fast the guest writes again', async () => {
    // Every scan finds a full slice due: the guest rewrites blocks faster than they go.
    const m = machine([5000], (_disk, scan, max) => { if (scan > 100) throw new Error('the copy did not stop'); return max })
    expect(await copied(m, 1)).to.deep.equal([5000])
    // 4 full slices, then only what is left of the 5000.
    expect(m.calls.map(c => c.max)).to.deep.equal([1024, 1024, 1024, 1024, 904])
  })

  it('asks a disk with nothing written once, and sends nothing', async () => {
    const m = machine([0], () => 0)
    expect(await copied(m, 1)).to.deep.equal([0])
    expect(m.calls).to.deep.equal([{ disk: 0, first: true, max: 1 }])
  })
})
