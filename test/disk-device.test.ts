// The file-backed block device under VM disks: copy-on-write over a base image, the dirty-block log
// migrations read, block transfer between disks, flush durability, and every bad disk refused by name.
import { expect } from 'chai'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDisk, openDisk, type BaseImageRef, type FileDisk } from '../node/hypervisor/disks/index.js'

const MiB = 1 << 20
const B = 4096

async function rejects (p: Promise<unknown>, name: string, message?: RegExp): Promise<void> {
  try {
    await p
  } catch (err) {
    expect((err as Error).name, (err as Error).message).to.equal(name)
    if (message !== undefined) expect((err as Error).message).to.match(message)
    return
  }
  expect.fail(`expected a ${name}`)
}

function throws (fn: () => unknown, name: string): void {
  try {
    fn()
  } catch (err) {
    expect((err as Error).name, (err as Error).message).to.equal(name)
    return
  }
  expect.fail(`expected a ${name}`)
}

describe('disk block device', () => {
  let root: string
  let n = 0
  const dir = (): string => join(root, `d${n++}`)
  /** A base image that ends inside a block, so reads past it must be zeros. */
  let baseBytes: Buffer
  let base: BaseImageRef
  const open: FileDisk[] = []
  const track = (d: FileDisk): FileDisk => { open.push(d); return d }

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'sc-disk-'))
    baseBytes = randomBytes(MiB + 1000)
    writeFileSync(join(root, 'base.img'), baseBytes)
    base = { path: join(root, 'base.img'), sha256: createHash('sha256').update(baseBytes).digest('hex') }
  })
  afterEach(async () => { await Promise.all(open.splice(0).map(async d => { await d.close().catch(() => {}) })) })
  after(() => { rmSync(root, { recursive: true, force: true }) })

  it('a blank disk reads zeros, and holds what is written', async () => {
    const d = dir()
    expect(await createDisk(d, { sizeBytes: 4 * MiB })).to.deep.include({ sizeBytes: 4 * MiB, blockBytes: B, blocks: 1024, baseSha256: null, writtenBlocks: 0 })
    const disk = track(await openDisk(d, { sizeBytes: 4 * MiB }))
    expect(disk.read(0, 8192).every(b => b === 0)).to.equal(true)
    const data = randomBytes(3 * 512)
    disk.write(B - 512, data)
    expect(Buffer.from(disk.read(B - 512, data.byteLength)).equals(data)).to.equal(true)
    expect([...disk.written()]).to.deep.equal([0, 1])
    expect(disk.read(0, B - 512).every(b => b === 0)).to.equal(true)
  })

  it('reads unwritten blocks from the base, zeros past it, and copies a block up on its first partial write', async () => {
    const d = dir()
    await createDisk(d, { sizeBytes: 4 * MiB, base })
    const disk = track(await openDisk(d, { base }))
    expect(Buffer.from(disk.read(0, baseBytes.byteLength)).equals(baseBytes)).to.equal(true)
    expect(disk.read(baseBytes.byteLength, 4 * MiB - baseBytes.byteLength).every(b => b === 0)).to.equal(true)
    // One sector in the middle of block 10, and a write across the block where the base ends.
    const sector = randomBytes(512)
    disk.write(10 * B + 1024, sector)
    const across = randomBytes(2 * B)
    const at = Math.floor(baseBytes.byteLength / B) * B - 512
    disk.write(at, across)
    const expected = Buffer.concat([baseBytes, Buffer.alloc(4 * MiB - baseBytes.byteLength)])
    sector.copy(expected, 10 * B + 1024)
    across.copy(expected, at)
    expect(Buffer.from(disk.read(0, 4 * MiB)).equals(expected)).to.equal(true)
    expect([...disk.written()]).to.deep.equal([10, 255, 256, 257])
    await disk.close()
    // The base is never written; the disk reads the same after a reopen.
    expect(readFileSync(base.path).equals(baseBytes)).to.equal(true)
    const again = track(await openDisk(d, { base }))
    expect(Buffer.from(again.read(0, 4 * MiB)).equals(expected)).to.equal(true)
  })

  it('keeps an exact dirty log: each written block once per scan, pages of `max`, and all written blocks on markAllDirty', async () => {
    const d = dir()
    await createDisk(d, { sizeBytes: 4 * MiB })
    const disk = track(await openDisk(d))
    for (const block of [7, 3, 900, 3]) disk.write(block * B + 512, randomBytes(512))
    expect([...disk.scanDirty()]).to.deep.equal([3, 7, 900])
    expect([...disk.scanDirty()]).to.deep.equal([])
    disk.write(7 * B, randomBytes(B))
    disk.write(8 * B, randomBytes(B))
    expect([...disk.scanDirty(1)]).to.deep.equal([7])
    expect([...disk.scanDirty(1)]).to.deep.equal([8])
    disk.markAllDirty()
    expect([...disk.scanDirty(2)]).to.deep.equal([3, 7])
    expect([...disk.scanDirty()]).to.deep.equal([8, 900])
    throws(() => disk.scanDirty(0), 'DiskRangeError')
  })

  it('moves a disk block by block to another: the destination reads byte-identical', async () => {
    const src = dir()
    const dst = dir()
    await createDisk(src, { sizeBytes: 2 * MiB, base })
    await createDisk(dst, { sizeBytes: 2 * MiB, base })
    const a = track(await openDisk(src, { base }))
    const b = track(await openDisk(dst, { base }))
    for (let i = 0; i < 50; i++) a.write(Math.floor(Math.random() * (2 * MiB / 512 - 8)) * 512, randomBytes(512 * (1 + (i % 8))))
    a.markAllDirty()
    for (let blocks = a.scanDirty(16); blocks.length > 0; blocks = a.scanDirty(16)) b.writeBlocks(blocks, a.readBlocks(blocks))
    expect(Buffer.from(b.read(0, 2 * MiB)).equals(Buffer.from(a.read(0, 2 * MiB)))).to.equal(true)
    expect([...b.written()]).to.deep.equal([...a.written()])
  })

  it('refuses blocks outside the disk, data of the wrong length and oversized batches, writing nothing', async () => {
    const d = dir()
    await createDisk(d, { sizeBytes: MiB })
    const disk = track(await openDisk(d))
    throws(() => { disk.writeBlocks(Uint32Array.of(1, 256), new Uint8Array(2 * B)) }, 'DiskRangeError')
    throws(() => { disk.writeBlocks(Uint32Array.of(1), new Uint8Array(B - 1)) }, 'DiskRangeError')
    throws(() => disk.readBlocks(new Uint32Array(1025)), 'DiskRangeError')
    throws(() => disk.read(MiB - 512, 1024), 'DiskRangeError')
    throws(() => { disk.write(-512, new Uint8Array(512)) }, 'DiskRangeError')
    expect(disk.info().writtenBlocks).to.equal(0)
  })

  it('persists the map only on flush: a flush with nothing new is immediate, and what was never flushed is not in the map', async () => {
    const d = dir()
    await createDisk(d, { sizeBytes: 2 * MiB, base })
    const disk = track(await openDisk(d, { base }))
    const flushed = randomBytes(B)
    disk.write(5 * B, flushed)
    await disk.flush()
    expect(disk.info().generation).to.equal(1)
    await disk.flush()
    expect(disk.info().generation).to.equal(1)
    disk.write(6 * B, randomBytes(B))
    // Another opener sees the files as a crash would leave them: block 5 flushed, block 6 not.
    const crashed = track(await openDisk(d, { base }))
    expect(Buffer.from(crashed.read(5 * B, B)).equals(flushed)).to.equal(true)
    expect(Buffer.from(crashed.read(6 * B, B)).equals(baseBytes.subarray(6 * B, 7 * B))).to.equal(true)
    expect([...crashed.written()]).to.deep.equal([5])
  })

  it('flushes on close, and refuses every call afterwards', async () => {
    const d = dir()
    await createDisk(d, { sizeBytes: MiB })
    const disk = await openDisk(d)
    disk.write(0, randomBytes(B))
    await disk.close()
    await disk.close()
    throws(() => disk.read(0, 512), 'DiskClosedError')
    await rejects(disk.flush(), 'DiskClosedError')
    const again = track(await openDisk(d))
    expect([...again.written()]).to.deep.equal([0])
  })

  describe('bad disks and bad requests', () => {
    const corrupt = async (edit: (meta: Buffer) => Buffer): Promise<string> => {
      const d = dir()
      await createDisk(d, { sizeBytes: MiB })
      const file = join(d, 'disk.meta')
      writeFileSync(file, edit(readFileSync(file)))
      return d
    }
    const cases: Array<{ id: string, make: () => Promise<{ d: string, spec?: Parameters<typeof openDisk>[1] }>, error: string, message?: RegExp }> = [
      { id: 'a truncated map', make: async () => ({ d: await corrupt(m => m.subarray(0, m.byteLength - 10)) }), error: 'DiskCorruptError' },
      { id: 'a map with a flipped bit', make: async () => ({ d: await corrupt(m => { m.writeUInt8(m.readUInt8(m.byteLength - 40) ^ 1, m.byteLength - 40); return m }) }), error: 'DiskCorruptError', message: /checksum/ },
      { id: 'a map that is not one', make: async () => ({ d: await corrupt(m => Buffer.concat([Buffer.from('garbage!'), m.subarray(8)])) }), error: 'DiskCorruptError', message: /magic/ },
      { id: 'a newer format version', make: async () => ({ d: await corrupt(m => { m.writeUInt32LE(2, 8); return m }) }), error: 'DiskVersionError', message: /version 2.*up to version 1/ },
      { id: 'no disk at all', make: async () => ({ d: join(root, 'nothing-here') }), error: 'DiskNotFoundError' },
      { id: 'a truncated data file', make: async () => { const d = dir(); await createDisk(d, { sizeBytes: MiB }); truncateSync(join(d, 'data'), 4096); return { d } }, error: 'DiskCorruptError' },
      { id: 'another size than asked', make: async () => { const d = dir(); await createDisk(d, { sizeBytes: MiB }); return { d, spec: { sizeBytes: 2 * MiB } } }, error: 'DiskConfigError' },
      { id: 'a base given for a blank disk', make: async () => { const d = dir(); await createDisk(d, { sizeBytes: 2 * MiB }); return { d, spec: { base } } }, error: 'DiskConfigError' },
      { id: 'no base for a disk made from one', make: async () => { const d = dir(); await createDisk(d, { sizeBytes: 2 * MiB, base }); return { d } }, error: 'BaseImageError', message: /needs its base/ },
      { id: 'a missing base image', make: async () => { const d = dir(); await createDisk(d, { sizeBytes: 2 * MiB, base }); return { d, spec: { base: { ...base, path: join(root, 'gone.img') } } } }, error: 'BaseImageError' },
      { id: 'another base image', make: async () => { const d = dir(); await createDisk(d, { sizeBytes: 2 * MiB, base }); return { d, spec: { base: { ...base, sha256: 'ab'.repeat(32) } } } }, error: 'BaseImageError' },
      {
        id: 'a truncated base image',
        make: async () => {
          const d = dir()
          await createDisk(d, { sizeBytes: 2 * MiB, base })
          const copy = join(root, `short-${n}.img`)
          writeFileSync(copy, baseBytes.subarray(0, baseBytes.byteLength - 1))
          return { d, spec: { base: { ...base, path: copy, verified: true } } }
        },
        error: 'BaseImageError',
        message: /truncated/
      },
      {
        id: 'a corrupted base image (the hash does not match)',
        make: async () => {
          const d = dir()
          await createDisk(d, { sizeBytes: 2 * MiB, base })
          const copy = join(root, `bad-${n}.img`)
          const bad = Buffer.from(baseBytes)
          bad.writeUInt8(bad.readUInt8(12345) ^ 0xff, 12345)
          writeFileSync(copy, bad)
          return { d, spec: { base: { ...base, path: copy } } }
        },
        error: 'BaseImageError',
        message: /hashes to/
      }
    ]
    for (const c of cases) {
      it(`refuses ${c.id}`, async () => {
        const { d, spec } = await c.make()
        await rejects(openDisk(d, spec), c.error, c.message)
      })
    }

    const creates: Array<{ id: string, spec: Parameters<typeof createDisk>[1], error: string }> = [
      { id: 'a size that is not a multiple of the block', spec: { sizeBytes: MiB + 512 }, error: 'DiskConfigError' },
      { id: 'a size under 1 MiB', spec: { sizeBytes: 64 * 1024 }, error: 'DiskConfigError' },
      { id: 'a size over the cap', spec: { sizeBytes: 128 * 1024 * MiB }, error: 'DiskConfigError' },
      { id: 'a block size that is not a power of two', spec: { sizeBytes: MiB, blockBytes: 3000 }, error: 'DiskConfigError' },
      { id: 'a base bigger than the disk', spec: { sizeBytes: MiB, get base () { return base } }, error: 'DiskConfigError' },
      { id: 'a base whose hash is not the one given', spec: { sizeBytes: 2 * MiB, get base () { return { ...base, sha256: '00'.repeat(32) } } }, error: 'BaseImageError' }
    ]
    for (const c of creates) {
      it(`refuses to create ${c.id}`, async () => {
        await rejects(createDisk(dir(), c.spec), c.error)
      })
    }

    it('refuses to create a disk over another', async () => {
      const d = dir()
      await createDisk(d, { sizeBytes: MiB })
      await rejects(createDisk(d, { sizeBytes: MiB }), 'DiskConfigError')
    })

    it('opens a disk whose last persist died before its rename, and drops the leftover', async () => {
      const d = dir()
      await createDisk(d, { sizeBytes: MiB })
      writeFileSync(join(d, 'disk.meta.tmp'), 'half a map')
      track(await openDisk(d))
      expect(existsSync(join(d, 'disk.meta.tmp'))).to.equal(false)
    })
  })
})
