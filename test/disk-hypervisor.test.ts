// Disks on real v86 machines in worker threads, with the tiny guest in its disk mode: the guest
// writes records by PIO and flushes them; what it reports durable is on the disk's files the moment
// it reports it; a restore onto a fresh disk of the same size continues from the snapshot's blocks
// (a flush in flight at the save completes after the restore), another disk layout is refused; bad disks fail the create by name.
import { expect } from 'chai'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { V86Engine } from '../node/hypervisor/engine.js'
import { GUEST_CONFIG } from '../node/hypervisor/devices/hypercall.js'
import { createDisk, openDisk } from '../node/hypervisor/disks/index.js'
import { parseTinyRecord, type TinyRecord } from '../node/hypervisor/disks/tiny-record.js'
import { TINY_IMAGE_FILE } from '../node/hypervisor/images.js'
import { openSnapshot } from '../node/hypervisor/snapshot/format.js'
import type { DiskAttachment, Machine, MachineConfig, TinyDiskInfo } from '../node/hypervisor/types.js'
import { silentLogger } from '../node/log.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20
const kernel = readFileSync(TINY_IMAGE_FILE)

function config (id: string, disks: DiskAttachment[], guest: Record<number, number> = {}): MachineConfig {
  return {
    id,
    memoryBytes: 32 * MiB,
    vgaMemoryBytes: 256 << 10,
    nic: 'ne2k',
    mac: '02:11:22:33:44:66',
    boot: { kind: 'multiboot', kernel },
    guestConfig: { [GUEST_CONFIG.TICK_HZ]: 1000, ...guest },
    disks
  }
}

async function diskOf (m: Machine): Promise<TinyDiskInfo> {
  const disk = (await m.guest())?.disk
  if (disk === undefined) throw new Error('the guest reports no disk mode')
  return disk
}

/** The newest record among blocks [0, span) as they are now, through the machine. */
async function newestRecord (m: Machine, span: number): Promise<TinyRecord | undefined> {
  const data = await m.readDiskBlocks(0, Uint32Array.from({ length: span }, (_, i) => i))
  let newest: TinyRecord | undefined
  for (let b = 0; b < span; b++) {
    const r = parseTinyRecord(data.subarray(b * 4096, (b + 1) * 4096), b)
    if (r !== undefined && (newest === undefined || r.seq > newest.seq)) newest = r
  }
  return newest
}

/** Status register and command of the primary master in a v86 device state (test-only parse). */
function masterDrive (state: Uint8Array): { status: number, command: number } {
  const view = new DataView(state.buffer, state.byteOffset, state.byteLength)
  const info = JSON.parse(Buffer.from(state.buffer, state.byteOffset + 16, view.getInt32(12, true)).toString('utf8')) as { state: unknown[][][][] }
  const drive = info.state[85]?.[0]?.[0] as unknown[]
  return { status: drive[23] as number, command: drive[25] as number }
}

describe('disks on v86 machines (tiny guest, disk mode)', function () {
  this.timeout(120_000)
  const engine = new V86Engine({ workers: 1, nice: 10, log: silentLogger() })
  let root: string
  let n = 0
  const newDisk = async (sizeBytes = 16 * MiB): Promise<DiskAttachment> => {
    const dir = join(root, `disk-${n++}`)
    await createDisk(dir, { sizeBytes })
    return { dir, sizeBytes }
  }

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-disk-vm-'))
    await engine.start()
  })
  after(async () => {
    await engine.stop()
    rmSync(root, { recursive: true, force: true })
  })

  it('the guest writes records and flushes them; the host finds on the disk what the guest says is durable', async () => {
    const disk = await newDisk()
    const m = await engine.create(config('rec', [disk], { [GUEST_CONFIG.DISK_WRITE_MS]: 20, [GUEST_CONFIG.DISK_SPAN_BLOCKS]: 8 }))
    try {
      await m.run()
      await m.waitGuestReady()
      await waitFor('20 flushes', async () => (await diskOf(m)).flushes >= 20, 30_000, 50)
      await m.pause()
      const g = await diskOf(m)
      expect(g).to.deep.include({ present: true, spanBlocks: 8, errors: 0 })
      const flushed = g.flushed
      if (flushed === undefined) throw new Error('nothing flushed')
      // Paused: the newest record is the one published, or one written after it whose flush is in flight.
      const newest = await newestRecord(m, 8)
      expect(newest?.seq).to.be.oneOf([flushed.seq, flushed.seq + 1])
      const block = parseTinyRecord(await m.readDiskBlocks(0, Uint32Array.of(flushed.block)), flushed.block)
      expect(block?.seq).to.be.oneOf([flushed.seq, flushed.seq + 8])
      if (block?.seq === flushed.seq) expect(block.counter).to.equal(flushed.counter)
      const info = await m.diskInfo(0)
      expect(info).to.deep.include({ sizeBytes: 16 * MiB, blockBytes: 4096, writtenBlocks: 8, baseSha256: null })
      expect(info.guestFlushes).to.be.at.least(g.flushes)
      // The device state carries no disk contents.
      expect((await m.saveDevices()).deviceState.byteLength).to.be.below(2 * MiB)
    } finally {
      await m.destroy()
    }
  })

  it('a record the guest saw flushed is in the disk files already (a FLUSH completes only after the fsync and the map)', async () => {
    const disk = await newDisk()
    // Each record in a block never written before: only a persisted map makes it readable from the files.
    const m = await engine.create(config('durable', [disk], { [GUEST_CONFIG.DISK_WRITE_MS]: 5, [GUEST_CONFIG.DISK_SPAN_BLOCKS]: 4096 }))
    try {
      await m.run()
      await m.waitGuestReady()
      for (let i = 0; i < 8; i++) {
        await sleep(50 + Math.random() * 100)
        await m.pause()
        const flushed = (await diskOf(m)).flushed
        if (flushed !== undefined) {
          // What a crash of the whole host process would leave: the files as they are, opened afresh.
          const crashView = await openDisk(disk.dir)
          try {
            const r = parseTinyRecord(crashView.read(flushed.block * 4096, 4096), flushed.block)
            expect(r?.seq, `record ${flushed.seq} in block ${flushed.block}`).to.equal(flushed.seq)
          } finally {
            // Read-only use: closing it flushes nothing (it wrote nothing).
            await crashView.close()
          }
        }
        await m.run()
      }
      expect((await diskOf(m)).flushes).to.be.at.least(8)
    } finally {
      await m.destroy()
    }
  })

  it('restores onto a fresh disk from the snapshot\'s blocks: a flush in flight at the save completes, and the records go on', async () => {
    const disk = await newDisk()
    const m = await engine.create(config('src', [disk], { [GUEST_CONFIG.DISK_WRITE_MS]: 1, [GUEST_CONFIG.DISK_SPAN_BLOCKS]: 16 }))
    let snapshot: Uint8Array | undefined
    let seq = 0
    try {
      await m.run()
      await m.waitGuestReady()
      await waitFor('a flush', async () => (await diskOf(m)).flushes > 0, 30_000, 20)
      // A record every millisecond: the drive is busy flushing most of the time. Catch it so.
      for (let i = 0; i < 50 && snapshot === undefined; i++) {
        await m.pause()
        const taken = await m.snapshot({})
        const drive = masterDrive(openSnapshot(taken).deviceState)
        if ((drive.status & 0x80) !== 0 && drive.command === 0xe7) {
          snapshot = taken
          seq = (await diskOf(m)).flushed?.seq ?? 0
        } else {
          await m.run()
          await sleep(3)
        }
      }
    } finally {
      await m.destroy()
    }
    if (snapshot === undefined) throw new Error('never caught a flush in flight')
    // The snapshot carries the disk's written blocks: the destination gets a fresh disk of its own.
    const r = await engine.restore(config('dst', [await newDisk()]), snapshot)
    try {
      await r.run()
      const g = await waitFor('the records to go on', async () => { const d = await diskOf(r); return (d.flushed?.seq ?? 0) > seq + 5 ? d : undefined }, 30_000, 50)
      expect(g.errors).to.equal(0)
      const newest = await newestRecord(r, 16)
      expect(newest?.seq).to.be.at.least(seq + 5)
    } finally {
      await r.destroy()
    }
  })

  it('refuses a restore over another disk layout, by name', async () => {
    const disk = await newDisk()
    const m = await engine.create(config('layout', [disk]))
    let snapshot: Uint8Array
    try {
      await m.run()
      await m.waitGuestReady()
      snapshot = await m.snapshot({})
    } finally {
      await m.destroy()
    }
    const cases: Array<{ id: string, disks: DiskAttachment[] }> = [
      { id: 'none', disks: [] },
      { id: 'a bigger one', disks: [await newDisk(32 * MiB)] },
      { id: 'two', disks: [disk, await newDisk()] }
    ]
    for (const c of cases) {
      const err = await engine.restore(config(`layout-${c.id}`, c.disks), snapshot.slice()).then(() => undefined, (e: Error) => e)
      expect(err?.name, c.id).to.equal('SnapshotError')
      expect(err?.message, c.id).to.match(/hard disks/)
    }
    expect(engine.stats().machines).to.equal(0)
  })

  it('fails a create with bad disks by name, and takes a second disk as hdb', async () => {
    const a = await newDisk()
    const cases: Array<{ id: string, disks: DiskAttachment[], error: string }> = [
      { id: 'three disks', disks: [a, await newDisk(), await newDisk()], error: 'DiskConfigError' },
      { id: 'another size', disks: [{ ...a, sizeBytes: 8 * MiB }], error: 'DiskConfigError' },
      { id: 'no disk there', disks: [{ dir: join(root, 'nothing'), sizeBytes: 16 * MiB }], error: 'DiskNotFoundError' }
    ]
    for (const c of cases) {
      const err = await engine.create(config(`bad-${c.id}`, c.disks)).then(async m => { await m.destroy() }, (e: Error) => e)
      expect(err?.name, c.id).to.equal(c.error)
    }
    const two = await engine.create(config('two', [a, await newDisk(8 * MiB)]))
    try {
      expect((await two.diskInfo(1)).sizeBytes).to.equal(8 * MiB)
      expect((await two.diskInfo(2).then(() => undefined, (e: Error) => e))?.name).to.equal('DiskRangeError')
    } finally {
      await two.destroy()
    }
  })
})
