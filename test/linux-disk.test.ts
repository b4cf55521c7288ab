// The Linux guest's /data on a real v86 machine: a blank disk is formatted at first boot; what the
// guest wrote and synced is read back, through the disk and not the page cache, after the machine
// was torn down without an unmount (a dirty filesystem, which boot checks and never formats); and a
// disk holding something other than ext is left alone.
// Needs the image (npm run image:linux); CI builds it, elsewhere the suite skips without it.
import { expect } from 'chai'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { V86Engine } from '../node/hypervisor/engine.js'
import { createDisk } from '../node/hypervisor/disks/index.js'
import { DEFAULT_IMAGE_DIR } from '../node/hypervisor/images.js'
import type { DiskAttachment, Machine } from '../node/hypervisor/types.js'
import { silentLogger } from '../node/log.js'
import { GuestShell, linuxConfig } from '../scripts/lib/linux-shell.js'

const MiB = 1 << 20
const MANIFEST = join(DEFAULT_IMAGE_DIR, 'linux', 'manifest.json')
const BOOT_MS = 150_000

describe('linux guest: the data disk at /data (v86 in process)', function () {
  this.timeout(400_000)
  const engine = new V86Engine({ workers: 1, nice: 10, log: silentLogger() })
  let root: string
  let disk: DiskAttachment

  before(function () {
    if (!existsSync(MANIFEST)) {
      if (process.env.CI === 'true') throw new Error(`no linux image at ${MANIFEST}: .ci/run builds it with npm run image:linux`)
      this.skip()
    }
  })
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-linux-disk-'))
    disk = { dir: join(root, 'data'), sizeBytes: 64 * MiB }
    await createDisk(disk.dir, { sizeBytes: disk.sizeBytes })
    await engine.start()
  })
  after(async () => {
    await engine.stop()
    if (root !== undefined) rmSync(root, { recursive: true, force: true })
  })

  async function boot (id: string): Promise<{ m: Machine, sh: GuestShell }> {
    const m = await engine.create(await linuxConfig(id, { disks: [disk], memoryBytes: 96 * MiB }))
    const sh = new GuestShell(m)
    await m.run()
    await sh.ready(BOOT_MS)
    return { m, sh }
  }

  let md5 = ''
  it('a blank disk is formatted ext4 and mounted at /data; a file written there is synced', async () => {
    const { m, sh } = await boot('lin-disk-1')
    try {
      expect(sh.output).to.match(/init: data: \/dev\/sda \(formatted\) on \/data/)
      expect(await sh.ok('grep " /data " /proc/mounts')).to.match(/^\/dev\/sda \/data ext4 rw/)
      await sh.ok('dd if=/dev/urandom of=/data/blob bs=1M count=4 2>/dev/null && sync')
      await sh.ok('echo 3 > /proc/sys/vm/drop_caches')
      md5 = (await sh.ok('md5sum /data/blob')).trim().split(/\s+/)[0] ?? ''
      expect(md5).to.match(/^[0-9a-f]{32}$/)
      // Written after the sync and never flushed: the machine goes without an unmount, so the
      // filesystem is left dirty (its journal in use) for the next boot to check.
      await sh.ok('echo unsynced > /data/later')
    } finally {
      sh.close()
      await m.destroy()
    }
  })

  it('after a teardown without unmount, the next boot checks the filesystem (never formats it) and reads the file back byte for byte', async () => {
    const { m, sh } = await boot('lin-disk-2')
    try {
      expect(sh.output).to.match(/init: data: \/dev\/sda \((checked|repaired)\) on \/data/)
      expect(sh.output).to.not.match(/blank: making an ext4 filesystem/)
      await sh.ok('echo 3 > /proc/sys/vm/drop_caches')
      expect((await sh.ok('md5sum /data/blob')).trim().split(/\s+/)[0]).to.equal(md5)
      // Clean this time: written, synced, unmounted.
      await sh.ok('echo kept > /data/note && sync && umount /data')
    } finally {
      sh.close()
      await m.destroy()
    }
  })

  it('a disk holding something that is not ext is neither mounted nor formatted', async () => {
    const other: DiskAttachment = { dir: join(root, 'other'), sizeBytes: 8 * MiB }
    await createDisk(other.dir, { sizeBytes: other.sizeBytes })
    // Not blank (bytes in the first 128 KiB), and no ext superblock.
    const m = await engine.create(await linuxConfig('lin-disk-3', { disks: [other], memoryBytes: 96 * MiB }))
    const block = new Uint8Array(4096).fill(0x5a)
    await m.writeDiskBlocks(0, { indexes: Uint32Array.of(1), data: block })
    await m.flushDisk(0)
    const sh = new GuestShell(m)
    try {
      await m.run()
      await sh.ready(BOOT_MS)
      expect(sh.output).to.match(/holds data but no ext2\/3\/4 filesystem: not mounted, not formatted/)
      expect((await sh.run('grep " /data " /proc/mounts')).status).to.not.equal(0)
      expect(await sh.ok('dd if=/dev/sda bs=4096 skip=1 count=1 2>/dev/null | od -An -tx1 | head -n1')).to.match(/5a 5a 5a/)
    } finally {
      sh.close()
      await m.destroy()
    }
  })
})
