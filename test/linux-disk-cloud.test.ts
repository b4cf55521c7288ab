// Issue 17's "done when", end to end on a 3-peer testnet of three providers (real daemons, a real
// Linux guest with ext4 on its disk at /data, made over a base image): the guest writes 32 MiB of
// random data and records its md5; every md5 after is read from the disk (the page cache dropped).
// The file survives a live migration across providers while a dd keeps writing (which finishes,
// its bytes intact), a `vm stop` / `vm start` (a fresh boot that checks, never formats, the disk),
// and a snapshot restored on the third peer, which fetches the base image by hash and gets the disk's
// own blocks from the snapshot. A truncated or corrupted snapshot is refused and leaves nothing; a
// snapshot from before snapshots carried disks (format version 1) still restores.
// Needs the image (npm run image:linux); CI builds it, elsewhere the suite skips without it.
import { expect } from 'chai'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { DEFAULT_IMAGE_DIR } from '../node/hypervisor/images.js'
import type { VmView } from '../node/vms/view.js'
import type { MigrationView } from '../node/vms/migrate-out.js'
import type { CloudDisk, CloudImage } from '../overlay/records/index.js'
import { useTestnet } from './util/use-testnet.js'
import { VmShell } from './util/vm-shell.js'
import { flip } from './util/snapshots.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20
const MANIFEST = join(DEFAULT_IMAGE_DIR, 'linux', 'manifest.json')
const READY = 'supercloud-linux: ready'
const BOOT_MS = 240_000

describe('a Linux VM\'s disk across migration, stop/start and a snapshot on a third peer (real processes)', function () {
  this.timeout(600_000)
  const testnet = useTestnet({
    tmpPrefix: 'sc-linux-cloud-', peers: 3, providers: ['aws', 'gcp', 'azure'],
    peerConfig: { memoryBytes: 320 * MiB, diskBytes: 256 * MiB },
    unavailable: () => existsSync(MANIFEST) ? undefined : `no linux image at ${MANIFEST}: .ci/run builds it with npm run image:linux`,
    keepLogsOnFailure: true
  })
  const { ok, fails, api, peerId, migrationEnded } = testnet.cli
  /** The VM's owner now: shells and logs go to it. */
  let owner = 0
  const shell = new VmShell(() => api(owner), 'ld')
  const t0 = Date.now()
  const elapsed = (): string => `${((Date.now() - t0) / 1000).toFixed(1)} s`
  let md5 = ''
  let md5More = ''
  let image: CloudImage
  /** The figures a run shows, beside mocha's own lines. */
  const report = (line: string): void => { process.stdout.write(`      ${line}\n`) }

  async function booted (peer: number, name: string, since = 0): Promise<string> {
    const s = new VmShell(() => api(peer), name)
    const m = await s.waitFor(new RegExp(`${READY}[\\s\\S]*${name}# `), BOOT_MS)
    return m.input.slice(since)
  }

  it('boots with a disk made over a base image, and writes 32 MiB of random data to /data', async () => {
    // A base image blank at its start (the guest formats a disk blank in its first 128 KiB), random after.
    const base = join(testnet.root, 'base.img')
    writeFileSync(base, Buffer.concat([Buffer.alloc(1 * MiB), randomBytes(3 * MiB)]))
    image = await ok<CloudImage>(0, ['image', 'import', base, '--name', 'ldbase'])
    await ok<CloudDisk>(0, ['disk', 'create', 'ld', '--size', '96M', '--from', 'ldbase'])
    await ok(0, ['vm', 'create', '--image', 'linux', '--name', 'ld', '--memory', '96M', '--disk', 'ld'])
    const boot = await booted(0, 'ld')
    expect(boot).to.match(/init: data: \/dev\/sda \(formatted\) on \/data/)
    report(`booted at ${elapsed()}`)
    const t = Date.now()
    await shell.ok('dd if=/dev/urandom of=/data/blob bs=1M count=32 2>/dev/null && sync', 300_000)
    report(`32 MiB written and synced in ${((Date.now() - t) / 1000).toFixed(1)} s`)
    md5 = (await shell.md5('/data/blob'))[0] ?? ''
    expect(md5).to.match(/^[0-9a-f]{32}$/)
    report(`md5 ${md5} at ${elapsed()}`)
  })

  it('migrates live to another provider while a dd writes to the disk: the dd finishes, and both files read back intact', async () => {
    // 1 MiB every 0.2 s or slower, 40 times (~16 s here): writes through the whole migration (~5 s).
    await shell.type('(i=0; while [ $i -lt 40 ]; do dd if=/dev/urandom of=/data/more bs=1M count=1 seek=$i conv=notrunc 2>/tmp/dd.err || { echo "@@dd-failed-at-$i"; cat /tmp/dd.err; dmesg | tail -20; break; }; sleep 0.2; i=$((i+1)); done; ' +
      '[ $i -eq 40 ]; echo "@@dd-done-$?"; md5sum /data/more | sed "s/^/@@more-/") &\n')
    // A moment for the first writes.
    await new Promise(resolve => setTimeout(resolve, 2000))
    expect(await shell.logs(), 'the dd is still writing when the migration starts').to.not.match(/@@dd-done-\d/)
    const started = await api(0).request<MigrationView>('POST', '/v1/vms/ld/migrate', { to: peerId(1) })
    const ended = await migrationEnded(0, started.id, 240_000)
    expect(ended.phase, ended.reason).to.equal('committed')
    owner = 1
    report(`migrated aws → gcp at ${elapsed()}: total ${ended.totalMs ?? -1} ms, downtime ${ended.downtimeMs ?? -1} ms, ${Math.round(ended.bytes / MiB)} MiB on the wire, disk ${JSON.stringify(ended.disk)}`)
    expect(ended.disk?.bytes).to.be.at.least(32 * MiB)
    const vm = await api(1).request<VmView>('GET', '/v1/vms/ld')
    expect(vm).to.include({ peer: peerId(1), epoch: 2, phase: 'running' })
    const done = await shell.waitFor(/@@dd-done-(\d+)/, 120_000)
    expect(done[1], `the dd's exit: ${done.input.slice(-3000)}`).to.equal('0')
    const written = (await shell.waitFor(/@@more-([0-9a-f]{32})/, 60_000))[1]
    const [blob, more] = await shell.md5('/data/blob', '/data/more')
    report(`after the migration: blob ${blob ?? ''}, more ${more ?? ''} (as written ${written ?? ''})`)
    expect(blob).to.equal(md5)
    expect(more).to.equal(written)
    md5More = more ?? ''
  })

  it('`vm stop` and `vm start`: a fresh boot checks the filesystem (never formats it), and both files match', async () => {
    await ok(1, ['vm', 'stop', 'ld'])
    await ok(1, ['vm', 'start', 'ld'])
    const boot = await booted(1, 'ld')
    expect(boot).to.match(/init: data: \/dev\/sda \((checked|repaired)\) on \/data/)
    expect(boot).to.not.match(/\(formatted\)/)
    const [blob, more] = await shell.md5('/data/blob', '/data/more')
    report(`after stop/start at ${elapsed()}: blob ${blob ?? ''}, more ${more ?? ''}`)
    expect(blob).to.equal(md5)
    expect(more).to.equal(md5More)
  })

  let snap: Buffer
  it('a snapshot restored on the third peer: it fetches the base by hash, its disk copy holds the blocks, both files match', async () => {
    const file = join(testnet.root, 'ld.snap')
    const t = Date.now()
    await ok(1, ['vm', 'snapshot', 'ld', file])
    snap = readFileSync(file)
    expect(snap.readUInt32LE(8), 'format version').to.equal(2)
    report(`snapshot of ${Math.round(snap.byteLength / MiB)} MiB in ${Date.now() - t} ms`)
    const restored = await ok(0, ['vm', 'restore', file, '--on', peerId(2), '--name', 'ld2'])
    expect(restored).to.include({ peer: peerId(2), phase: 'running' })
    expect(restored.disks).to.have.length(1)
    const copy = await ok<CloudDisk>(2, ['disk', 'show', restored.disks?.[0] ?? ''])
    expect(copy).to.include({ owner: peerId(2), baseSha256: image.sha256, sizeBytes: 96 * MiB, vmId: restored.id })
    expect(copy.name).to.not.equal('ld')
    await waitFor('peer 2 holds the base image', async () => (await ok<CloudImage[]>(2, ['image', 'ls'])).some(i => i.sha256 === image.sha256 && i.peers.includes(peerId(2))), 15_000)
    const [blob, more] = await new VmShell(() => api(2), 'ld2').md5('/data/blob', '/data/more')
    report(`restored on azure at ${elapsed()}: blob ${blob ?? ''}, more ${more ?? ''}`)
    expect(blob).to.equal(md5)
    expect(more).to.equal(md5More)
  })

  const bad = [
    { id: 'truncated in its disk blocks', bytes: () => snap.subarray(0, snap.byteLength - 4096), error: /truncated in its disk blocks/ },
    { id: 'with a bit flipped in its disk blocks', bytes: () => flip(snap, -32 - 12345), error: /checksum mismatch/ }
  ]
  for (const c of bad) {
    it(`refuses a snapshot ${c.id}, and keeps nothing of it`, async () => {
      const file = join(testnet.root, 'bad.snap')
      writeFileSync(file, c.bytes())
      const disksBefore = (await ok<CloudDisk[]>(2, ['disk', 'ls'])).length
      const err = await fails(0, ['vm', 'restore', file, '--on', peerId(2), '--name', 'ld3'])
      expect(err.name).to.equal('SnapshotError')
      expect(err.error).to.match(c.error)
      expect((await ok<VmView[]>(2, ['vm', 'ls'])).some(v => v.name === 'ld3')).to.equal(false)
      expect((await ok<CloudDisk[]>(2, ['disk', 'ls'])).length).to.equal(disksBefore)
    })
  }

  it('still restores a snapshot taken before snapshots carried disks (format version 1)', async () => {
    const file = join(testnet.root, 'old.snap')
    writeFileSync(file, gunzipSync(readFileSync(new URL('../../test/golden/snapshot-v1-tiny.snap.gz', import.meta.url))))
    const vm = await ok(2, ['vm', 'restore', file])
    expect(vm).to.include({ name: 'old-tiny', phase: 'running' })
    // It was taken 1.5 s after boot: the guest's clock goes on from there.
    await waitFor('the old guest runs on', async () => ((await api(2).request<VmView>('GET', '/v1/vms/old-tiny')).guest?.counter ?? 0) > 2000, 30_000)
  })
})
