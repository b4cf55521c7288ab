// <dataDir>/images: the base images this peer holds, each a read-only file named by the SHA-256 of
// its content, and images.json for their names. An import is written to a temporary file, hashed,
// fsynced and renamed into place, so a file under its hash always has that hash (a crash leaves at
// most a temporary file, removed at the next start). Disks made from an image share the one file.
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImageRecordData } from '../../overlay/records/index.js'
import { SHA256 } from '../../overlay/records/index.js'
import { hashFile } from '../hypervisor/disks/index.js'
import { BaseImageError } from '../hypervisor/disks/errors.js'
import { writeSecretSync } from '../identity.js'
import { ImageInUseError, ImageRecordNotFoundError } from './errors.js'

const NAMES_FILE = 'images.json'
const NAMES_VERSION = 1
export const IMAGE_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/i

export class ImageStore {
  private readonly names = new Map<string, ImageRecordData>()

  constructor (private readonly dir: string) {}

  async start (): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    for (const f of await readdir(this.dir)) if (f.endsWith('.tmp')) await rm(join(this.dir, f), { force: true })
    let parsed: { version?: number, images?: ImageRecordData[] } = {}
    try {
      parsed = JSON.parse(await readFile(join(this.dir, NAMES_FILE), 'utf8')) as typeof parsed
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new BaseImageError(`${join(this.dir, NAMES_FILE)}: ${(err as Error).message}`)
    }
    if (parsed.version !== undefined && parsed.version !== NAMES_VERSION) throw new BaseImageError(`${NAMES_FILE} is version ${parsed.version}; this peer reads ${NAMES_VERSION}`)
    for (const image of parsed.images ?? []) {
      const size = await stat(this.path(image.sha256)).then(s => s.size, () => -1)
      if (size === image.sizeBytes) this.names.set(image.sha256, image)
    }
  }

  list (): ImageRecordData[] {
    return [...this.names.values()]
  }

  has (sha256: string): boolean {
    return this.names.has(sha256)
  }

  /** An image by hash, unique hash prefix (8+ digits) or name. */
  find (ref: string): ImageRecordData | undefined {
    const all = this.list()
    return all.find(i => i.sha256 === ref) ?? all.find(i => i.name === ref) ?? (ref.length >= 8 ? onlyOne(all.filter(i => i.sha256.startsWith(ref))) : undefined)
  }

  get (ref: string): ImageRecordData {
    const image = this.find(ref)
    if (image === undefined) throw new ImageRecordNotFoundError(`no image ${ref} on this peer`)
    return image
  }

  path (sha256: string): string {
    if (!SHA256.test(sha256)) throw new BaseImageError(`not an image hash: ${sha256}`)
    return join(this.dir, `${sha256}.img`)
  }

  /**
   * Takes an image's bytes in. With `expect`, they must hash to it (a fetch from another peer: a
   * peer that sends other bytes is refused and nothing is kept).
   */
  async import (bytes: Uint8Array, options: { name?: string, expect?: string } = {}): Promise<ImageRecordData> {
    if (bytes.byteLength === 0) throw new BaseImageError('an empty image')
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    if (options.expect !== undefined && sha256 !== options.expect) throw new BaseImageError(`the image received hashes to ${sha256}, not ${options.expect}: corrupted or another image`)
    const name = options.name ?? this.names.get(sha256)?.name ?? sha256.slice(0, 12)
    if (!IMAGE_NAME.test(name)) throw new BaseImageError(`bad image name ${name}`)
    if (!this.names.has(sha256)) {
      const tmp = join(this.dir, `${sha256}.${randomBytes(4).toString('hex')}.tmp`)
      const handle = await open(tmp, 'w', 0o444)
      try {
        await handle.writeFile(bytes)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(tmp, this.path(sha256))
      // What went to the file is what was hashed: checked once on the file itself.
      const check = await hashFile(this.path(sha256))
      if (check.sha256 !== sha256) {
        await rm(this.path(sha256), { force: true })
        throw new BaseImageError(`image ${sha256} was not stored intact (the file hashes to ${check.sha256})`)
      }
    }
    const record = { sha256, name, sizeBytes: bytes.byteLength }
    this.names.set(sha256, record)
    this.save()
    return record
  }

  async read (sha256: string): Promise<Uint8Array> {
    if (!this.names.has(sha256)) throw new ImageRecordNotFoundError(`no image ${sha256} on this peer`)
    return await readFile(this.path(sha256))
  }

  /** Removes an image no disk here is made from (`usedBy` names the disks that are). */
  async remove (ref: string, usedBy: (sha256: string) => string[]): Promise<ImageRecordData> {
    const image = this.get(ref)
    const users = usedBy(image.sha256)
    if (users.length > 0) throw new ImageInUseError(`image ${image.name} (${image.sha256.slice(0, 12)}) is the base of disk ${users.join(', ')}`)
    this.names.delete(image.sha256)
    this.save()
    await rm(this.path(image.sha256), { force: true })
    return image
  }

  private save (): void {
    writeSecretSync(join(this.dir, NAMES_FILE), JSON.stringify({ version: NAMES_VERSION, images: this.list() }) + '\n')
  }
}

function onlyOne<T> (items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined
}
