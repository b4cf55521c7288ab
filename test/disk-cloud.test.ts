// Disks and images across a 2-peer testnet, through the CLI (real daemons, real tiny guests in their
// disk mode): an image imported on one peer is listed everywhere; a disk made from it lives on its
// peer, is refused to a VM on another (naming where it is), carries a VM's records across stop and
// start and into a snapshot restored on the other peer, attaches and detaches only while its VM is
// stopped, and stays (detached) after `vm rm` unless --with-disks. Every bad input is refused by name, with the daemon still answering.
import { expect } from 'chai'
import { writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { VmView } from '../node/vms/view.js'
import type { CloudDisk, CloudImage } from '../overlay/records/index.js'
import type { PeerView } from '../overlay/membership/index.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20
const DISK_BUDGET = 64 * MiB

describe('disks and images on a testnet (real processes)', function () {
  this.timeout(180_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-disks-', peers: 2, providers: ['aws', 'gcp'], peerConfig: { memoryBytes: 256 * MiB, diskBytes: DISK_BUDGET } })
  const { ok, fails, api, peerId, show } = testnet.cli
  /** The newest record the tiny guest reports durable (its disk mode). */
  const flushedSeq = async (peer: number, ref: string): Promise<number> => (await show(peer, ref)).guest?.disk?.flushed?.seq ?? -1

  let imageFile: string
  before(() => {
    imageFile = join(testnet.root, 'base.img')
    writeFileSync(imageFile, randomBytes(2 * MiB))
  })

  let image: CloudImage
  it('imports an image on one peer; every peer lists it, with where it is', async () => {
    image = await ok<CloudImage>(0, ['image', 'import', imageFile, '--name', 'base'])
    expect(image.sha256).to.match(/^[0-9a-f]{64}$/)
    expect(image).to.include({ name: 'base', sizeBytes: 2 * MiB })
    await waitFor('peer 1 lists the image', async () => (await ok<CloudImage[]>(1, ['image', 'ls'])).some(i => i.sha256 === image.sha256 && i.peers.includes(peerId(0))), 15_000)
  })

  it('makes a disk over the image, listed cloud-wide with its peer; the budget shows in `peers`', async () => {
    const d = await ok<CloudDisk>(0, ['disk', 'create', 'd1', '--size', '16M', '--from', 'base'])
    expect(d).to.include({ name: 'd1', sizeBytes: 16 * MiB, baseSha256: image.sha256, owner: peerId(0), epoch: 1 })
    await waitFor('peer 1 lists d1 on peer 0', async () => (await ok<CloudDisk[]>(1, ['disk', 'ls'])).some(x => x.name === 'd1' && x.owner === peerId(0)), 15_000)
    expect(await ok<CloudDisk>(1, ['disk', 'show', 'd1'])).to.include({ id: d.id, owner: peerId(0) })
    await waitFor('peer 1 sees peer 0 hold 16 MiB of 64', async () => (await ok<PeerView[]>(1, ['peers'])).some(p => p.id === peerId(0) && p.diskBytes === DISK_BUDGET && p.vmDiskBytes === 16 * MiB), 15_000)
  })

  const cases = [
    { id: 'a size over the budget', peer: 0, args: ['disk', 'create', 'big', '--size', '60M'], name: 'DiskBudgetError', error: /disk budget/ },
    { id: 'a size out of range', peer: 0, args: ['disk', 'create', 'huge', '--size', '100G'], name: 'DiskSizeError', error: /not 102400 MiB/ },
    { id: 'a size not in whole MiB', peer: 0, args: ['disk', 'create', 'odd', '--size', '1536K'], name: 'DiskSizeError', error: /whole number of MiB/ },
    { id: 'a name taken (elsewhere too)', peer: 1, args: ['disk', 'create', 'd1', '--size', '4M'], name: 'DiskNameTakenError', error: /named d1 exists/ },
    { id: 'a missing base image', peer: 1, args: ['disk', 'create', 'd2', '--size', '4M', '--from', 'nosuch'], name: 'DiskRecordNotFoundError', error: /no image nosuch/ },
    { id: 'a disk that lives on another peer', peer: 1, args: ['vm', 'create', '--image', 'tiny', '--name', 'far', '--disk', 'd1'], name: 'DiskElsewhereError', error: /lives on peer 12D3/ },
    { id: 'removing a disk elsewhere', peer: 1, args: ['disk', 'rm', 'd1'], name: 'DiskElsewhereError', error: /lives on peer/ },
    { id: 'an image still a disk\'s base', peer: 0, args: ['image', 'rm', 'base'], name: 'ImageInUseError', error: /base of disk d1/ }
  ]
  for (const c of cases) {
    it(`refuses ${c.id}`, async () => {
      const err = await fails(c.peer, c.args)
      expect(err.name).to.equal(c.name)
      expect(err.error).to.match(c.error)
      if (c.name === 'DiskElsewhereError') expect(err.error).to.include(peerId(0))
    })
  }

  it('a peer without the image fetches it by hash from one that has it, and makes a disk over it', async () => {
    const d = await ok<CloudDisk>(1, ['disk', 'create', 'd9', '--size', '4M', '--from', image.sha256])
    expect(d).to.include({ baseSha256: image.sha256, owner: peerId(1) })
    await waitFor('both peers hold the image', async () => (await ok<CloudImage[]>(0, ['image', 'ls'])).some(i => i.sha256 === image.sha256 && i.peers.length === 2), 15_000)
    await ok(1, ['disk', 'rm', 'd9'])
    await ok(1, ['image', 'rm', image.sha256])
  })

  let vm: VmView
  let seqBeforeStop = 0
  it('a tiny VM with the disk writes records that it flushed; the disk is in use', async () => {
    vm = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'dv', '--disk', 'd1'])
    const d1 = await ok<CloudDisk>(0, ['disk', 'show', 'd1'])
    expect(vm.disks).to.deep.equal([d1.id])
    expect(d1.vmId).to.equal(vm.id)
    await waitFor('10 durable records', async () => await flushedSeq(0, 'dv') >= 10, 30_000)
    const err = await fails(0, ['disk', 'rm', 'd1'])
    expect(err).to.include({ name: 'DiskInUseError' })
    expect((await fails(0, ['vm', 'create', '--image', 'tiny', '--name', 'dv2', '--disk', 'd1'])).name).to.equal('DiskInUseError')
    expect((await fails(0, ['vm', 'attach', 'dv', '--disk', 'd1'])).name).to.equal('VmPhaseError')
  })

  it('a snapshot carries the disk\'s blocks: restored on the other peer, over a copy of the disk there, the guest goes on from its records', async () => {
    const file = join(testnet.root, 'dv.snap')
    const seq = await flushedSeq(0, 'dv')
    await ok(0, ['vm', 'snapshot', 'dv', file])
    const copy = await ok(1, ['vm', 'restore', file, '--name', 'dv-copy'])
    expect(copy).to.include({ peer: peerId(1), phase: 'running' })
    const disk = await ok<CloudDisk>(1, ['disk', 'show', copy.disks?.[0] ?? ''])
    expect(disk).to.include({ owner: peerId(1), baseSha256: image.sha256, sizeBytes: 16 * MiB, vmId: copy.id })
    expect(disk.name).to.match(/^d1-[0-9a-f]{12}$/)
    await waitFor('the copy writes records after the snapshot\'s', async () => await flushedSeq(1, 'dv-copy') > seq, 30_000)
    await ok(1, ['vm', 'rm', 'dv-copy', '--with-disks'])
    // The restore fetched the base image: gone again, the image lives on peer 0 alone.
    await ok(1, ['image', 'rm', image.sha256])
  })

  it('after `vm stop` and `vm start` the guest goes on from the records on its disk, never back', async () => {
    // A stopped VM has no guest to read: what it had flushed before the stop is a lower bound.
    seqBeforeStop = await flushedSeq(0, 'dv')
    expect(seqBeforeStop).to.be.at.least(10)
    await ok(0, ['vm', 'stop', 'dv'])
    await ok(0, ['vm', 'start', 'dv'])
    await waitFor('records after the restart', async () => (await show(0, 'dv')).guest?.disk?.flushed !== undefined, 30_000)
    const after = await show(0, 'dv')
    // A new boot, whose first record comes after the last one of the boot before.
    expect(after.guest?.bootId).to.not.equal(vm.guest?.bootId)
    expect(after.guest?.disk?.flushed?.seq).to.be.above(seqBeforeStop)
  })

  it('detaches and attaches disks only while the VM is stopped', async () => {
    await ok(0, ['vm', 'stop', 'dv'])
    const off = await ok(0, ['vm', 'detach', 'dv', '--disk', 'd1'])
    expect(off.disks).to.equal(undefined)
    expect((await ok<CloudDisk>(0, ['disk', 'show', 'd1'])).vmId).to.equal(undefined)
    const on = await ok(0, ['vm', 'attach', 'dv', '--disk', 'd1'])
    expect(on.disks).to.have.length(1)
  })

  it('`vm rm` keeps the disk, detached; `vm rm --with-disks` removes it; then the image can go', async () => {
    await ok(0, ['vm', 'rm', 'dv'])
    expect((await ok<CloudDisk>(0, ['disk', 'show', 'd1'])).vmId).to.equal(undefined)
    await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'dv3', '--disk', 'd1'])
    // The records the first VM left are there: its successor goes on after them.
    await waitFor('records of the new VM', async () => await flushedSeq(0, 'dv3') > seqBeforeStop, 30_000)
    await ok(0, ['vm', 'rm', 'dv3', '--with-disks'])
    await waitFor('d1 gone everywhere', async () => !(await ok<CloudDisk[]>(1, ['disk', 'ls'])).some(x => x.name === 'd1'), 15_000)
    await ok(0, ['image', 'rm', 'base'])
    expect((await ok<CloudImage[]>(0, ['image', 'ls'])).some(i => i.sha256 === image.sha256)).to.equal(false)
    expect((await api(0).request<{ ok: boolean }>('GET', '/healthz')).ok).to.equal(true)
  })
})
