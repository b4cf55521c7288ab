// A VM's disk on the host. The sparse data file holds block i at offset i * blockBytes; the map
// (disk.meta, format.ts) says which blocks the VM wrote; the others read from the base image or as
// zeros. A block's first write copies the rest of it from the base, so a written block is whole in
// the data file. The map is persisted only by flush(), after the data's fsync: a crash leaves the
// map of the last flush, whose blocks are all on disk, and loses only what was never flushed.
import { mkdir, open, readFile, stat, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { CallOptions } from '../types.js'
import { hashFile, openVerifiedBase, type OpenBase } from './base-image.js'
import { Bitmap } from './bitmap.js'
import { DEFAULT_BLOCK_BYTES, DEFAULT_SCAN_MAX, MAX_BLOCKS_PER_CALL } from './constants.js'
import { BaseImageError, DiskClosedError, DiskConfigError, DiskCorruptError, DiskIoError, DiskNotFoundError, DiskRangeError } from './errors.js'
import { readAt, replaceFile, writeAt } from './file-io.js'
import { DATA_FILE, MAX_META_BYTES, META_FILE, blockCount, checkMeta, decodeMeta, encodeMeta, type DiskMeta } from './format.js'
import type { BlockDevice, DirtyLog, DiskCreateSpec, DiskInfo, DiskOpenSpec } from './types.js'

/** Makes a disk in `dir` (created if need be; refused if it holds a disk already). Sparse: nothing is allocated. */
export async function createDisk (dir: string, spec: DiskCreateSpec, options: CallOptions = {}): Promise<DiskInfo> {
  let base: DiskMeta['base'] = null
  if (spec.base !== undefined) {
    const file = spec.base.verified === true
      ? { sha256: spec.base.sha256, sizeBytes: (await stat(spec.base.path).catch((err: Error) => { throw new BaseImageError(`base image ${spec.base?.path ?? ''} cannot be read: ${err.message}`) })).size }
      : await hashFile(spec.base.path, options.signal)
    if (file.sha256 !== spec.base.sha256) throw new BaseImageError(`base image ${spec.base.path} hashes to ${file.sha256}, not ${spec.base.sha256}`)
    base = file
  }
  let meta: DiskMeta
  try {
    meta = checkMeta({ sizeBytes: spec.sizeBytes, blockBytes: spec.blockBytes ?? DEFAULT_BLOCK_BYTES, base, generation: 0 })
  } catch (err) {
    throw new DiskConfigError(`cannot create that disk: ${(err as Error).message.replace(/^bad disk header: /, '')}`)
  }
  await mkdir(dir, { recursive: true, mode: 0o700 })
  if (await exists(join(dir, META_FILE))) throw new DiskConfigError(`${dir} holds a disk already`)
  // Data first and the map last: a directory without a map holds no disk, and may be created again.
  const data = await open(join(dir, DATA_FILE), 'w', 0o600)
  try {
    await data.truncate(meta.sizeBytes)
    await data.sync()
  } finally {
    await data.close()
  }
  await replaceFile(join(dir, META_FILE), encodeMeta(meta, new Bitmap(blockCount(meta))))
  return infoOf(meta, 0)
}

/** Opens the disk in `dir`, checking it is the one `spec` describes and its base image is intact. */
export async function openDisk (dir: string, spec: DiskOpenSpec = {}, options: CallOptions = {}): Promise<FileDisk> {
  const metaPath = join(dir, META_FILE)
  let size: number
  try {
    size = (await stat(metaPath)).size
  } catch {
    throw new DiskNotFoundError(`no disk in ${dir}`)
  }
  if (size > MAX_META_BYTES) throw new DiskCorruptError(`${metaPath} has ${size} bytes, more than any disk map`)
  const { meta, written } = decodeMeta(await readFile(metaPath), metaPath)
  // A persist that crashed before its rename leaves its temporary file: the map above is the good one.
  await unlink(`${metaPath}.tmp`).catch(() => {})
  if (spec.sizeBytes !== undefined && spec.sizeBytes !== meta.sizeBytes) throw new DiskConfigError(`the disk in ${dir} has ${meta.sizeBytes} bytes, not ${spec.sizeBytes}`)
  if (meta.base === null && spec.base !== undefined) throw new DiskConfigError(`the disk in ${dir} was made blank, not from base image ${spec.base.sha256}`)
  if (meta.base !== null && spec.base === undefined) throw new BaseImageError(`the disk in ${dir} needs its base image ${meta.base.sha256}: none given`)
  const base = meta.base !== null && spec.base !== undefined ? await openVerifiedBase(spec.base, meta.base, options.signal) : undefined
  let data: FileHandle | undefined
  try {
    data = await open(join(dir, DATA_FILE), 'r+')
    const dataBytes = (await data.stat()).size
    if (dataBytes !== meta.sizeBytes) throw new DiskCorruptError(`${join(dir, DATA_FILE)} has ${dataBytes} bytes, the disk ${meta.sizeBytes}`)
    return new FileDisk(dir, meta, written, data, base)
  } catch (err) {
    await data?.close()
    await base?.handle.close()
    if (err instanceof DiskCorruptError) throw err
    throw new DiskCorruptError(`the data file of the disk in ${dir} cannot be opened: ${(err as Error).message}`)
  }
}

async function exists (path: string): Promise<boolean> {
  return await stat(path).then(() => true, () => false)
}

function infoOf (meta: DiskMeta, writtenBlocks: number): DiskInfo {
  return { sizeBytes: meta.sizeBytes, blockBytes: meta.blockBytes, blocks: blockCount(meta), baseSha256: meta.base?.sha256 ?? null, writtenBlocks, generation: meta.generation }
}

type Source = 'data' | 'base' | 'zero'

export class FileDisk implements BlockDevice {
  private readonly blockBytes: number
  private readonly blocks: number
  private readonly dirty: Record<DirtyLog, Bitmap>
  private writtenCount: number
  /** Writes since the last flush began; a flush with none is immediate. */
  private unflushed = false
  /** Blocks newly written since the map was last persisted. */
  private mapChanged = false
  private flushing: Promise<void> = Promise.resolve()
  private closing: Promise<void> | undefined

  constructor (readonly dir: string, private meta: DiskMeta, private readonly writtenMap: Bitmap, private readonly data: FileHandle, private readonly base: OpenBase | undefined) {
    this.blockBytes = meta.blockBytes
    this.blocks = blockCount(meta)
    this.dirty = { migration: new Bitmap(this.blocks), checkpoint: new Bitmap(this.blocks) }
    this.writtenCount = writtenMap.count()
  }

  info (): DiskInfo {
    return infoOf(this.meta, this.writtenCount)
  }

  read (offset: number, length: number): Uint8Array {
    this.assertOpen()
    this.checkRange(offset, length)
    const out = new Uint8Array(length)
    const end = offset + length
    const B = this.blockBytes
    let pos = offset
    while (pos < end) {
      // One host read per run of blocks that come from the same place.
      const source = this.source(Math.floor(pos / B))
      let runEnd = Math.min(end, (Math.floor(pos / B) + 1) * B)
      while (runEnd < end && this.source(runEnd / B) === source) runEnd = Math.min(end, runEnd + B)
      this.readSource(source, out.subarray(pos - offset, runEnd - offset), pos)
      pos = runEnd
    }
    return out
  }

  write (offset: number, data: Uint8Array): void {
    this.assertOpen()
    this.checkRange(offset, data.byteLength)
    if (data.byteLength === 0) return
    const B = this.blockBytes
    const end = offset + data.byteLength
    const first = Math.floor(offset / B)
    const last = Math.floor((end - 1) / B)
    // A partial write into a block the VM never wrote: the rest of the block comes from the base.
    const head = offset % B !== 0 && !this.writtenMap.get(first)
    const tail = end % B !== 0 && !this.writtenMap.get(last)
    if (!head && !tail) {
      writeAt(this.data.fd, data, offset)
    } else {
      const from = head ? first * B : offset
      const to = tail ? (last + 1) * B : end
      const whole = new Uint8Array(to - from)
      if (head) this.readSource(this.source(first), whole.subarray(0, B), first * B)
      if (tail && (last !== first || !head)) this.readSource(this.source(last), whole.subarray(whole.byteLength - B), last * B)
      whole.set(data, offset - from)
      writeAt(this.data.fd, whole, from)
    }
    for (let b = first; b <= last; b++) {
      if (!this.writtenMap.get(b)) {
        this.writtenMap.set(b)
        this.writtenCount++
        this.mapChanged = true
      }
      this.dirty.migration.set(b)
      this.dirty.checkpoint.set(b)
    }
    this.unflushed = true
  }

  async flush (options: CallOptions = {}): Promise<void> {
    this.assertOpen()
    await this.flushQueued(options.signal)
  }

  private async flushQueued (signal?: AbortSignal): Promise<void> {
    // One at a time: a flush asked for while another runs covers the writes made since, so it runs after.
    const run = this.flushing.then(async () => { await this.flushNow() })
    this.flushing = run.catch(() => {})
    if (signal === undefined) return await run
    signal.throwIfAborted()
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => { reject(signal.reason instanceof Error ? signal.reason : new Error('aborted')) }
      signal.addEventListener('abort', onAbort, { once: true })
      run.then(resolve, reject).finally(() => { signal.removeEventListener('abort', onAbort) })
    })
  }

  private async flushNow (): Promise<void> {
    if (!this.unflushed && !this.mapChanged) return
    const mapChanged = this.mapChanged
    // Taken before the fsync: every block it marks was written (to the page cache) before it starts.
    const map = mapChanged ? this.writtenMap.copy() : undefined
    this.unflushed = false
    this.mapChanged = false
    try {
      try {
        await this.data.sync()
      } catch (err) {
        throw new DiskIoError(`fsync of ${join(this.dir, DATA_FILE)} failed: ${(err as Error).message}`)
      }
      if (map !== undefined) {
        const meta = { ...this.meta, generation: this.meta.generation + 1 }
        await replaceFile(join(this.dir, META_FILE), encodeMeta(meta, map))
        this.meta = meta
      }
    } catch (err) {
      // Nothing new is durable: the next flush tries it all again.
      this.unflushed = true
      if (mapChanged) this.mapChanged = true
      throw err
    }
  }

  written (): Uint32Array {
    this.assertOpen()
    return this.writtenMap.indexes()
  }

  markAllDirty (log: DirtyLog = 'migration'): void {
    this.assertOpen()
    this.dirty[log].bytes.set(this.writtenMap.bytes)
  }

  scanDirty (max = DEFAULT_SCAN_MAX, log: DirtyLog = 'migration'): Uint32Array {
    this.assertOpen()
    if (!Number.isInteger(max) || max < 1) throw new DiskRangeError(`a scan returns at least one block, not ${max}`)
    return this.dirty[log].indexes(max, true)
  }

  clearDirty (log: DirtyLog): void {
    this.assertOpen()
    this.dirty[log].bytes.fill(0)
  }

  readBlocks (indexes: Uint32Array): Uint8Array {
    this.assertOpen()
    this.checkIndexes(indexes)
    const B = this.blockBytes
    const out = new Uint8Array(indexes.length * B)
    this.forRuns(indexes, (at, first, count) => { out.set(this.read(first * B, count * B), at * B) })
    return out
  }

  writeBlocks (indexes: Uint32Array, data: Uint8Array): void {
    this.assertOpen()
    this.checkIndexes(indexes)
    const B = this.blockBytes
    if (data.byteLength !== indexes.length * B) throw new DiskRangeError(`${indexes.length} blocks take ${indexes.length * B} bytes, not ${data.byteLength}`)
    this.forRuns(indexes, (at, first, count) => { writeAt(this.data.fd, data.subarray(at * B, (at + count) * B), first * B) })
    for (const b of indexes) {
      if (this.writtenMap.get(b)) continue
      this.writtenMap.set(b)
      this.writtenCount++
      this.mapChanged = true
    }
    this.unflushed = true
  }

  async close (): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.flushQueued()
      } finally {
        await this.data.close().catch(() => {})
        await this.base?.handle.close().catch(() => {})
      }
    })()
    await this.closing
  }

  /** Runs of consecutive indexes: `at` is the position of `first` in `indexes`. */
  private forRuns (indexes: Uint32Array, fn: (at: number, first: number, count: number) => void): void {
    let at = 0
    while (at < indexes.length) {
      const first = indexes[at] as number
      let count = 1
      while (at + count < indexes.length && indexes[at + count] === first + count) count++
      fn(at, first, count)
      at += count
    }
  }

  private source (block: number): Source {
    if (this.writtenMap.get(block)) return 'data'
    return this.base !== undefined && block * this.blockBytes < this.base.sizeBytes ? 'base' : 'zero'
  }

  /** `out` (zeros) gets the bytes at `position` from `source`. */
  private readSource (source: Source, out: Uint8Array, position: number): void {
    if (source === 'data') {
      readAt(this.data.fd, out, position)
    } else if (source === 'base' && this.base !== undefined) {
      // The base may end inside a block: what lies past it reads as zeros.
      const length = Math.max(0, Math.min(out.byteLength, this.base.sizeBytes - position))
      readAt(this.base.handle.fd, out.subarray(0, length), position)
      out.fill(0, length)
    } else {
      out.fill(0)
    }
  }

  private checkRange (offset: number, length: number): void {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > this.meta.sizeBytes) {
      throw new DiskRangeError(`bytes [${offset}, ${offset + length}) are outside the disk of ${this.meta.sizeBytes} bytes`)
    }
  }

  private checkIndexes (indexes: Uint32Array): void {
    if (indexes.length > MAX_BLOCKS_PER_CALL) throw new DiskRangeError(`${indexes.length} blocks in one call; at most ${MAX_BLOCKS_PER_CALL}`)
    for (const b of indexes) {
      if (b >= this.blocks) throw new DiskRangeError(`block ${b} is outside the disk of ${this.blocks} blocks`)
    }
  }

  private assertOpen (): void {
    if (this.closing !== undefined) throw new DiskClosedError(`the disk in ${this.dir} is closed`)
  }
}
