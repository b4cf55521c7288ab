// Checkpoints of a real tiny guest in its disk mode (the VM worker's side of replication with
// disks), in-process: a new standby's first copy reads every written block with the guest running,
// and a checkpoint carries the blocks written since the last one (the first, since that copy), read
// in its pause; from the first one on, a guest's FLUSH completes only once the
// checkpoint after it is acknowledged (diskDurable), and freely again when protection ends.
import { expect } from 'chai'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { V86Engine } from '../node/hypervisor/engine.js'
import { GUEST_CONFIG } from '../node/hypervisor/devices/hypercall.js'
import { createDisk } from '../node/hypervisor/disks/index.js'
import { parseTinyRecord } from '../node/hypervisor/disks/tiny-record.js'
import { TINY_IMAGE_FILE } from '../node/hypervisor/images.js'
import type { Machine, MachineCheckpoint } from '../node/hypervisor/types.js'
import { silentLogger } from '../node/log.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20
const SPAN = 8
const kernel = readFileSync(TINY_IMAGE_FILE)
const flushes = async (m: Machine): Promise<number> => (await m.guest())?.disk?.flushes ?? -1

describe('checkpoints with disks (tiny guest, disk mode, v86 in process)', function () {
  this.timeout(120_000)
  const engine = new V86Engine({ workers: 1, nice: 10, log: silentLogger() })
  let root: string

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-cp-disk-'))
    await engine.start()
  })
  after(async () => {
    await engine.stop()
    rmSync(root, { recursive: true, force: true })
  })

  it('carry the epoch\'s blocks, and hold the guest\'s flushes until acknowledged', async () => {
    const da = { dir: join(root, 'a'), sizeBytes: 16 * MiB }
    const db = { dir: join(root, 'b'), sizeBytes: 16 * MiB }
    for (const d of [da, db]) await createDisk(d.dir, { sizeBytes: d.sizeBytes })
    const base = { memoryBytes: 32 * MiB, vgaMemoryBytes: 256 << 10, nic: 'ne2k' as const, mac: '02:11:22:33:44:67', guestConfig: { [GUEST_CONFIG.TICK_HZ]: 1000, [GUEST_CONFIG.DISK_WRITE_MS]: 20, [GUEST_CONFIG.DISK_SPAN_BLOCKS]: SPAN } }
    const a = await engine.create({ ...base, id: 'cp-disk-a', boot: { kind: 'multiboot', kernel }, disks: [da] })
    const b = await engine.incoming({ ...base, id: 'cp-disk-b', boot: { kind: 'none' }, disks: [db] })
    const apply = async (cp: MachineCheckpoint): Promise<number> => {
      let n = 0
      for (const blocks of cp.disk?.blocks ?? []) {
        await b.writeDiskBlocks(blocks.disk, { indexes: blocks.indexes, data: blocks.data })
        n += blocks.indexes.length
      }
      await b.flushDisk(0)
      return n
    }
    try {
      await a.run()
      await a.waitGuestReady()
      await waitFor('10 flushes, unprotected', async () => await flushes(a) >= 10, 30_000, 50)

      // A new standby's first copy, the guest running: every block written so far (the span), a
      // few at a time, until a scan comes back short.
      let copied = 0
      for (let first = true; ; first = false) {
        const slice = await a.checkpointDiskPrescan(0, { first, max: 3 })
        await b.writeDiskBlocks(0, slice)
        copied += slice.indexes.length
        if (slice.indexes.length < 3) break
      }
      expect(copied).to.be.at.least(SPAN)
      const copiedAt = await flushes(a)
      await waitFor('2 more flushes', async () => await flushes(a) >= copiedAt + 2, 10_000, 10)
      // The first checkpoint: only the blocks written since the copy, read in its pause (one record a flush).
      const first = await a.checkpoint()
      const since = await flushes(a) - copiedAt
      expect(first.disk?.seq).to.equal(1)
      expect(await apply(first)).to.be.at.least(1).and.at.most(Math.min(SPAN, since + 1))
      // Its flushes now wait for an acknowledgement: none completes without one.
      const held = await flushes(a)
      await sleep(400)
      expect(await flushes(a)).to.equal(held)
      // Acknowledged: the flush waiting for it (if one was under way) completes; the next waits for the next checkpoint.
      await a.diskDurable(1)
      await sleep(400)
      const one = await flushes(a)
      expect(one).to.be.oneOf([held, held + 1])

      const second = await a.checkpoint()
      expect(second.disk?.seq).to.equal(2)
      // The record written since the first (its flush waiting), and nothing else.
      expect(await apply(second)).to.equal(1)
      await a.diskDurable(2)
      await waitFor('the next flush', async () => await flushes(a) === one + 1 ? true : undefined, 5000, 20)
      // The standby's disk holds, at the second checkpoint, the newest record the guest had then.
      const records = await b.readDiskBlocks(0, Uint32Array.from({ length: SPAN }, (_, i) => i))
      const seqs = Array.from({ length: SPAN }, (_, i) => parseTinyRecord(records.subarray(i * 4096, (i + 1) * 4096), i)?.seq ?? -1)
      expect(Math.max(...seqs)).to.be.at.least(second.guest?.disk?.flushed?.seq ?? Infinity)

      // Protection ends: flushes complete on their own again.
      await a.diskDurable(undefined)
      const free = await flushes(a)
      await sleep(400)
      expect(await flushes(a)).to.be.above(free + 5)
    } finally {
      await a.destroy()
      await b.destroy()
    }
  })
})
