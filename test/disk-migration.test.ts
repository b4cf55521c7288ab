// A disk moving with its VM (real daemons, a real tiny guest in its disk mode writing a record and a
// FLUSH every 50 ms through the whole migration): the blocks travel in the pre-copy rounds and the
// last ones after the pause; afterwards the destination owns the disk (epoch 2), the source's copy
// is gone, the guest goes on from its records, and the host, reading the destination's disk files
// itself, finds every record whole and the sequence unbroken: nothing written before the
// switchover was lost, and nothing forked. A drain of the peer (`node drain`) carries the disk the same way.
import { expect } from 'chai'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { MigrationView } from '../node/vms/migrate-out.js'
import type { CloudDisk } from '../overlay/records/index.js'
import { TINY_DISK_SPAN_BLOCKS } from '../node/hypervisor/images.js'
import type { DrainReport } from '../node/vms/moves.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'
import { expectUnbrokenTinyDisk } from './util/tiny-disk.js'

const MiB = 1 << 20

describe('a disk migrates with its VM (real processes)', function () {
  this.timeout(180_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-diskmig-', peers: 2, providers: ['aws', 'gcp'], peerConfig: { memoryBytes: 256 * MiB, diskBytes: 256 * MiB } })
  const { ok, api, peerId, show, migrationEnded } = testnet.cli
  const flushedSeq = async (peer: number, ref: string): Promise<number> => (await show(peer, ref)).guest?.disk?.flushed?.seq ?? -1

  /**
   * The records of the disk `id` on peer `peer`'s files (its VM stopped, so the disk is flushed and
   * closed), read by the host itself: every one whole, their sequence one unbroken run ending at the
   * newest, which is at least `last`. Returns the newest.
   */
  /** The host's own check of the tiny guest's records on peer `peer`'s copy of disk `id` (closed: its VM stopped). */
  const checkRecords = async (peer: number, id: string, last: number): Promise<number> => await expectUnbrokenTinyDisk(join(testnet.state.peers[peer]?.dataDir ?? '', 'disks', id), 32 * MiB, last)

  it('carries the written blocks under writes; the destination holds every record, unbroken, and the guest goes on', async () => {
    const disk = await ok<CloudDisk>(0, ['disk', 'create', 'md', '--size', '32M'])
    const vm = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'mv', '--disk', 'md'])
    await waitFor('20 durable records', async () => await flushedSeq(0, 'mv') >= 20, 30_000)
    const before = await flushedSeq(0, 'mv')
    const started = await api(0).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: peerId(1) })
    const ended = await migrationEnded(0, started.id, 60_000, 100)
    expect(ended.phase, ended.reason).to.equal('committed')
    // At least the span's blocks the guest had written, 4 KiB each.
    expect(ended.disk?.bytes).to.be.at.least(Math.min(before, TINY_DISK_SPAN_BLOCKS) * 4096)

    const moved = await show(1, 'mv')
    expect(moved).to.include({ peer: peerId(1), phase: 'running', epoch: 2 })
    expect(moved.disks).to.deep.equal([disk.id])
    await waitFor('the guest goes on writing at the destination', async () => await flushedSeq(1, 'mv') > before + 10, 30_000)
    await waitFor('every peer sees the disk at the destination, epoch 2', async () => {
      const seen = await ok<CloudDisk[]>(0, ['disk', 'ls'])
      return seen.some(d => d.id === disk.id && d.owner === peerId(1) && d.epoch === 2 && d.vmId === vm.id)
    }, 15_000)
    expect(existsSync(join(testnet.state.peers[0]?.dataDir ?? '', 'disks', disk.id))).to.equal(false)

    // Stopped (its disk flushed and closed), the destination's disk files are the host's to read.
    const last = await flushedSeq(1, 'mv')
    await ok(1, ['vm', 'stop', 'mv'])
    const top = await checkRecords(1, disk.id, last)
    await ok(1, ['vm', 'start', 'mv'])
    await waitFor('records after the restart, after the last one', async () => await flushedSeq(1, 'mv') > top, 30_000)
  })

  it('a drain of the peer carries the disk with its VM; the destination holds every record, unbroken', async () => {
    const disk = await ok<CloudDisk>(1, ['disk', 'create', 'dd', '--size', '32M'])
    const vm = await ok(1, ['vm', 'create', '--image', 'tiny', '--name', 'dr', '--disk', 'dd'])
    await waitFor('20 durable records', async () => await flushedSeq(1, 'dr') >= 20, 30_000)
    const drained = await ok<DrainReport>(1, ['node', 'drain'])
    expect(drained.moves.find(m => m.name === 'dr'), JSON.stringify(drained.moves)).to.include({ outcome: 'committed', to: peerId(0) })
    expect(await show(0, 'dr')).to.include({ peer: peerId(0), phase: 'running', epoch: 2 })
    await waitFor('every peer sees the disk on peer 0', async () => (await ok<CloudDisk[]>(1, ['disk', 'ls'])).some(d => d.id === disk.id && d.owner === peerId(0) && d.vmId === vm.id), 15_000)
    expect(existsSync(join(testnet.state.peers[1]?.dataDir ?? '', 'disks', disk.id))).to.equal(false)
    const before = await flushedSeq(0, 'dr')
    await waitFor('the guest goes on writing at the destination', async () => await flushedSeq(0, 'dr') > before + 10, 30_000)
    const last = await flushedSeq(0, 'dr')
    await ok(0, ['vm', 'stop', 'dr'])
    await checkRecords(0, disk.id, last)
    await ok(1, ['node', 'undrain'])
  })
})
