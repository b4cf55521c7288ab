// A protected VM's disk (real daemons, a real tiny guest in its disk mode writing a record and a
// FLUSH every 50 ms): every checkpoint carries the blocks written in its epoch, the standby makes
// them durable before it acknowledges, and the guest's flushes complete only then. Its host is
// SIGKILLed; the VM runs on at the standby with the disk as of the last acknowledged checkpoint,
// and the host, reading the standby's disk files itself, finds every record whole and the sequence
// unbroken, up to at least the last record any peer reported durable.
import { expect } from 'chai'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testnetDown, testnetUp } from '../testnet/launcher.js'
import type { TestnetState } from '../testnet/state.js'
import { signalQuietly } from '../testnet/processes.js'
import type { CloudDisk } from '../overlay/records/index.js'
import { TestnetCli } from './util/testnet-cli.js'
import { waitFor } from './util/wait.js'
import { expectUnbrokenTinyDisk } from './util/tiny-disk.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20

describe('HA: a protected VM with a disk survives kill -9 of its host (real processes)', function () {
  this.timeout(180_000)
  let root: string
  let net: TestnetState
  const { ok, api, peerId, shownAt, show, here, shownProtected, replicas } = new TestnetCli(() => net)
  // The guest's disk records are in its owner's view only (not on the wire of VmDetail).
  /** Records per second of the guest's own clock, as its owner (peer 0) reports it over `ms`. */
  const recordRate = async (ms: number): Promise<number> => {
    const a = (await show(0, 'hd')).guest
    await sleep(ms)
    const b = (await show(0, 'hd')).guest
    return ((b?.disk?.flushed?.seq ?? 0) - (a?.disk?.flushed?.seq ?? 0)) / (((b?.counter ?? 0) - (a?.counter ?? 0)) / 1000)
  }

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-ha-disk-'))
    net = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir: join(root, 'net'), peerConfig: { memoryBytes: 256 * MiB, diskBytes: 256 * MiB } })
  })
  after(async () => {
    if (net !== undefined) await testnetDown(net.dir).catch(() => {})
    if (root !== undefined && process.env.SC_KEEP_TESTNET === undefined) rmSync(root, { recursive: true, force: true })
  })

  it('checkpoints carry the disk blocks; after kill -9 the standby\'s disk holds every record, unbroken', async () => {
    const disk = await ok<CloudDisk>(0, ['disk', 'create', 'hdd', '--size', '32M'])
    const vm = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'hd', '--disk', 'hdd'])
    await waitFor('20 durable records', async () => ((await show(0, 'hd')).guest?.disk?.flushed?.seq ?? -1) >= 20 ? true : undefined, 30_000)
    const unprotectedRate = await recordRate(2000)

    await ok(2, ['vm', 'protect', 'hd', '--standby', peerId(1)])
    const before = await shownProtected(2, 'hd')
    // The replica's disk is reserved at the standby, and its first checkpoint carried the blocks written so far.
    const replica = await waitFor('the replica', async () => (await replicas(1)).find(r => r.vm === vm.id), 10_000, 100)
    expect(replica.bytes).to.be.at.least(20 * 4096)
    await waitFor('the replica\'s disk in the standby\'s disk budget', async () => ((await api(1).request<Array<{ self: boolean, vmDiskBytes: number }>>('GET', '/v1/peers')).find(p => p.self)?.vmDiskBytes ?? 0) >= 32 * MiB ? true : undefined, 15_000, 200)
    const protectedRate = await recordRate(3000)
    // What the world may have been told is durable: the acknowledged checkpoint's guest.
    const reported = (await show(0, 'hd')).guest?.disk?.flushed?.seq ?? Infinity
    expect(reported).to.be.above(20)
    const metrics = Buffer.from(await api(0).requestBytes('GET', '/metrics')).toString()

    const killedAt = performance.now()
    signalQuietly(net.peers[0]?.pid ?? 0, 'SIGKILL')
    await waitFor('running at the standby', async () => (await here(1)).find(v => v.name === 'hd' && v.phase === 'running'), 15_000, 50)
    const failoverMs = performance.now() - killedAt
    const moved = await shownAt(1, 'hd')
    expect(moved.epoch).to.equal(before.epoch + 1)
    expect(moved.disks).to.deep.equal([disk.id])
    expect(moved.guest?.bootId).to.equal(before.guest?.bootId)
    expect(moved.guest?.disk?.flushed?.seq).to.be.at.least(reported)
    await waitFor('the guest goes on writing at the standby', async () => ((await show(1, 'hd')).guest?.disk?.flushed?.seq ?? -1) > reported + 10 ? true : undefined, 30_000)
    await waitFor('every peer sees the disk at the standby', async () => (await ok<CloudDisk[]>(2, ['disk', 'ls'])).some(d => d.id === disk.id && d.owner === peerId(1) && d.vmId === vm.id) ? true : undefined, 15_000)

    // Stopped (its disk flushed and closed), the standby's disk files are the host's to read.
    const last = (await show(1, 'hd')).guest?.disk?.flushed?.seq ?? Infinity
    await ok(1, ['vm', 'stop', 'hd'])
    const top = await expectUnbrokenTinyDisk(join(net.peers[1]?.dataDir ?? '', 'disks', disk.id), 32 * MiB, last)

    const figure = (name: string): string => new RegExp(`^${name} (\\S+)$`, 'm').exec(metrics)?.[1] ?? '?'
    process.stdout.write(`      failover: running at the standby ${Math.round(failoverMs)} ms after the kill; record ${String(moved.guest?.disk?.flushed?.seq)} ≥ ${reported} reported; disk unbroken up to ${top}\n`)
    process.stdout.write(`      checkpoints before the kill: ${figure('supercloud_checkpoints_total')}, ${figure('supercloud_checkpoint_sent_bytes_total')} bytes, ${figure('supercloud_checkpoint_disk_blocks_total')} disk blocks; the replica had ${replica.bytes} bytes by epoch ${replica.epoch}\n`)
    process.stdout.write(`      the guest's write+flush records: ${unprotectedRate.toFixed(1)}/s unprotected, ${protectedRate.toFixed(1)}/s protected (each flush waits for its checkpoint's acknowledgement)\n`)
  })
})
