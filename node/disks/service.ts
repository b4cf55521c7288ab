// The disks this peer holds (issue 17): their records (disks.json, published in this peer's signed
// inventory beside its VMs), their files (<dataDir>/disks/<id>, hypervisor/disks' block device), the
// disk budget (config diskBytes: the sum of the disks' sizes), and the base images (image-store.ts).
// A disk lives on its VM's peer and belongs to at most one VM; only that peer writes its record, and
// ownership moves with the VM's migration (epoch + 1 at the new owner).
import { randomBytes } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { DISK_ID, DISK_NAME, type CloudDisk, type DiskRecordData } from '../../overlay/records/index.js'
import { createDisk, MAX_DISK_BYTES, MIN_DISK_BYTES } from '../hypervisor/disks/index.js'
import { BaseImageError, DiskCorruptError } from '../hypervisor/disks/errors.js'
import type { DiskAttachment } from '../hypervisor/types.js'
import { writeSecretSync } from '../identity.js'
import type { Logger } from '../log.js'
import { DiskBudgetError, DiskElsewhereError, DiskInUseError, DiskNameTakenError, DiskRecordNotFoundError, DiskSizeError } from './errors.js'
import { ImageStore } from './image-store.js'

const DISKS_FILE = 'disks.json'
const VERSION = 1
const MiB = 1 << 20

export interface DiskServiceComponents {
  log: Logger
  /** Every disk in the cloud (the records). */
  cloudDisks: () => CloudDisk[]
  /** A base image's bytes from peer `peer` (the snapshot transfer protocol); without it, only local images. */
  downloadImage?: (peer: string, sha256: string) => Promise<Uint8Array>
  /** Every image in the cloud, with the peers that hold it. */
  cloudImages?: () => Array<{ sha256: string, name: string, peers: string[] }>
  /** Something changed: persist is done, publish the inventory. */
  changed: () => void
}

export interface DiskServiceInit {
  selfId: string
  dataDir: string
  /** What the disks here may add up to (their sizes). */
  budgetBytes: number
}

export interface DiskCreateRequest {
  name: string
  sizeBytes: number
  /** An image's hash, hash prefix or name. */
  from?: string
  /** The disk's block size (default DEFAULT_BLOCK_BYTES): a snapshot's copy keeps its original's. */
  blockBytes?: number
}

export class DiskService {
  readonly images: ImageStore
  private readonly disks = new Map<string, DiskRecordData>()
  /** Disks made for a VM arriving (a migration, a standby's replica) until adopted or discarded: their room is held. */
  private readonly incoming = new Map<string, number>()
  private readonly file: string

  /**
   * Fetches base image `sha256` from a peer that holds it, trying each in turn; what comes is kept
   * only if it hashes to `sha256` (a peer sending other bytes is passed over, and named if all fail).
   */
  async fetchImage (sha256: string): Promise<void> {
    if (this.images.has(sha256)) return
    const image = this.c.cloudImages?.().find(i => i.sha256 === sha256)
    if (image === undefined || this.c.downloadImage === undefined) throw new BaseImageError(`no peer holds image ${sha256}`)
    const failures: string[] = []
    for (const peer of image.peers.filter(p => p !== this.init.selfId)) {
      try {
        const bytes = await this.c.downloadImage(peer, sha256)
        await this.images.import(bytes, { name: image.name, expect: sha256 })
        this.c.log.info({ image: sha256, from: peer, bytes: bytes.byteLength }, 'fetched a base image')
        this.c.changed()
        return
      } catch (err) {
        failures.push(`${peer}: ${(err as Error).name}: ${(err as Error).message}`)
      }
    }
    throw new BaseImageError(`image ${sha256} could not be fetched: ${failures.join('; ') || 'no other peer holds it'}. Nothing of it was kept: import a good copy of the image on any peer (supercloud image import FILE), then retry`)
  }

  constructor (private readonly c: DiskServiceComponents, private readonly init: DiskServiceInit) {
    this.images = new ImageStore(join(init.dataDir, 'images'))
    this.file = join(init.dataDir, DISKS_FILE)
  }

  async start (): Promise<void> {
    await this.images.start()
    let text: string | undefined
    try {
      text = await readFile(this.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
    if (text === undefined) return
    const parsed = JSON.parse(text) as { version?: number, disks?: DiskRecordData[] }
    if (parsed.version !== VERSION || !Array.isArray(parsed.disks)) throw new DiskCorruptError(`${this.file}: not a version ${VERSION} disk list`)
    for (const d of parsed.disks) if (DISK_ID.test(d.id)) this.disks.set(d.id, d)
  }

  records (): DiskRecordData[] {
    return [...this.disks.values()]
  }

  usage (): { count: number, bytes: number, budgetBytes: number } {
    let bytes = 0
    for (const d of this.disks.values()) bytes += d.sizeBytes
    for (const size of this.incoming.values()) bytes += size
    return { count: this.disks.size, bytes, budgetBytes: this.init.budgetBytes }
  }

  dir (id: string): string {
    if (!DISK_ID.test(id)) throw new DiskRecordNotFoundError(`not a disk id: ${id}`)
    return join(this.init.dataDir, 'disks', id)
  }

  /** A disk here by id, unique id prefix or name. */
  find (ref: string): DiskRecordData | undefined {
    const all = this.records()
    return all.find(d => d.id === ref) ?? all.find(d => d.name === ref) ?? onlyOne(all.filter(d => ref.length >= 9 && d.id.startsWith(ref)))
  }

  /** A disk that lives here; one elsewhere is a DiskElsewhereError naming its peer. */
  get (ref: string): DiskRecordData {
    const here = this.find(ref)
    if (here !== undefined) return here
    const there = this.c.cloudDisks().find(d => d.id === ref || d.name === ref)
    if (there !== undefined) throw new DiskElsewhereError(`disk ${there.name} (${there.id}) lives on peer ${there.owner}, not on this peer ${this.init.selfId}`)
    throw new DiskRecordNotFoundError(`no disk ${ref} in the cloud`)
  }

  /** Whether a disk here or anywhere in the cloud has that name. */
  nameTaken (name: string): boolean {
    return this.find(name)?.name === name || this.c.cloudDisks().some(d => d.name === name)
  }

  async create (request: DiskCreateRequest): Promise<DiskRecordData> {
    if (!DISK_NAME.test(request.name)) throw new DiskSizeError(`bad disk name ${request.name}: letters, digits, dot, dash and underscore; at most 63`)
    const size = request.sizeBytes
    if (!Number.isSafeInteger(size) || size % MiB !== 0) throw new DiskSizeError(`a disk's size is a whole number of MiB, not ${size} bytes`)
    if (size < MIN_DISK_BYTES || size > MAX_DISK_BYTES) throw new DiskSizeError(`a disk is ${MIN_DISK_BYTES / MiB} MiB to ${MAX_DISK_BYTES / 1024 / MiB} GiB, not ${size / MiB} MiB`)
    if (this.nameTaken(request.name)) throw new DiskNameTakenError(`a disk named ${request.name} exists`)
    this.reserve(size)
    let base: DiskAttachment['base']
    if (request.from !== undefined) {
      let image = this.images.find(request.from)
      if (image === undefined && /^[0-9a-f]{64}$/.test(request.from) && this.c.downloadImage !== undefined) {
        await this.fetchImage(request.from)
        image = this.images.find(request.from)
      }
      if (image === undefined) throw new DiskRecordNotFoundError(`no image ${request.from} here${this.c.downloadImage === undefined ? '' : ' (give its full hash to fetch it from a peer that has it)'}`)
      if (image.sizeBytes > size) throw new DiskSizeError(`image ${image.name} has ${image.sizeBytes} bytes: more than the disk's ${size}`)
      base = { path: this.images.path(image.sha256), sha256: image.sha256, verified: true }
    }
    const id = `disk-${randomBytes(8).toString('hex')}`
    await createDisk(this.dir(id), { sizeBytes: size, ...(request.blockBytes === undefined ? {} : { blockBytes: request.blockBytes }), ...(base === undefined ? {} : { base }) })
    const record: DiskRecordData = { id, name: request.name, sizeBytes: size, ...(base === undefined ? {} : { baseSha256: base.sha256 }), epoch: 1, createdAtMs: Date.now(), writtenBytes: 0 }
    this.put(record)
    this.c.log.info({ disk: id, name: record.name, sizeBytes: size, base: record.baseSha256 }, 'created a disk')
    return record
  }

  async remove (ref: string): Promise<DiskRecordData> {
    const d = this.get(ref)
    if (d.vmId !== undefined) throw new DiskInUseError(`disk ${d.name} (${d.id}) is attached to vm ${d.vmId}: detach it first, or remove the VM with --with-disks`)
    await this.drop(d.id)
    return d
  }

  /** Files and record gone (a removal, or a disk that moved away with its VM). */
  async drop (id: string): Promise<void> {
    this.disks.delete(id)
    this.save()
    await rm(this.dir(id), { recursive: true, force: true })
  }

  /** Attaches the disks named by `refs` to VM `vmId`: each here and free, or none is taken. Returns their ids. */
  claim (refs: string[], vmId: string): string[] {
    const disks = refs.map(ref => this.get(ref))
    if (new Set(disks.map(d => d.id)).size !== disks.length) throw new DiskInUseError('a disk given twice')
    for (const d of disks) if (d.vmId !== undefined && d.vmId !== vmId) throw new DiskInUseError(`disk ${d.name} (${d.id}) is attached to vm ${d.vmId}`)
    for (const d of disks) this.disks.set(d.id, { ...d, vmId })
    this.save()
    return disks.map(d => d.id)
  }

  /** Detaches disk `id` from whatever VM holds it. */
  release (id: string): void {
    const d = this.disks.get(id)
    if (d === undefined || d.vmId === undefined) return
    const { vmId: _gone, ...rest } = d
    this.disks.set(id, rest)
    this.save()
  }

  /** What the VM's machine opens, hda then hdb. */
  attachments (ids: string[]): DiskAttachment[] {
    return ids.map(id => {
      const d = this.disks.get(id)
      if (d === undefined) throw new DiskRecordNotFoundError(`disk ${id} is not on this peer`)
      return { dir: this.dir(id), sizeBytes: d.sizeBytes, ...(d.baseSha256 === undefined ? {} : { base: { path: this.images.path(d.baseSha256), sha256: d.baseSha256, verified: true } }) }
    })
  }

  /**
   * An empty disk for one migrating here, with the same id, size, block size and base (which this
   * peer must hold: base blocks never travel). Not in the records until adopt(); discard() on abort.
   */
  async prepareIncoming (record: DiskRecordData, blockBytes: number): Promise<DiskAttachment> {
    if (this.disks.has(record.id) || this.incoming.has(record.id)) throw new DiskInUseError(`disk ${record.name} (${record.id}) is on this peer already`)
    this.reserve(record.sizeBytes)
    this.incoming.set(record.id, record.sizeBytes)
    try {
      let base: DiskAttachment['base']
      if (record.baseSha256 !== undefined) {
        if (!this.images.has(record.baseSha256) && this.c.downloadImage !== undefined) await this.fetchImage(record.baseSha256)
        if (!this.images.has(record.baseSha256)) throw new BaseImageError(`disk ${record.name} is made from image ${record.baseSha256}, which this peer does not hold: import it here first`)
        base = { path: this.images.path(record.baseSha256), sha256: record.baseSha256, verified: true }
      }
      await rm(this.dir(record.id), { recursive: true, force: true })
      await createDisk(this.dir(record.id), { sizeBytes: record.sizeBytes, blockBytes, ...(base === undefined ? {} : { base }) })
      return { dir: this.dir(record.id), sizeBytes: record.sizeBytes, ...(base === undefined ? {} : { base }) }
    } catch (err) {
      this.incoming.delete(record.id)
      throw err
    }
  }

  /** An incoming disk given up (its migration aborted): its files go. */
  async discard (id: string): Promise<void> {
    this.incoming.delete(id)
    if (this.disks.has(id)) return
    await rm(this.dir(id), { recursive: true, force: true })
  }

  /** A disk that came with its VM's migration: this peer owns it now, at the next epoch. */
  adopt (record: DiskRecordData): void {
    this.incoming.delete(record.id)
    this.disks.set(record.id, { ...record, epoch: record.epoch + 1 })
    this.save()
  }

  /** The disk's own written bytes, as its machine reports them; persisted with the next publish. */
  setWritten (id: string, writtenBytes: number): void {
    const d = this.disks.get(id)
    if (d === undefined || d.writtenBytes === writtenBytes) return
    this.disks.set(id, { ...d, writtenBytes })
    writeSecretSync(this.file, JSON.stringify({ version: VERSION, disks: this.records() }) + '\n')
  }

  /** Throws DiskBudgetError when `bytes` more would not fit this peer's disk budget. */
  reserve (bytes: number): void {
    const used = this.usage().bytes
    if (used + bytes > this.init.budgetBytes) throw new DiskBudgetError(`this peer has no room for a ${bytes / MiB} MiB disk: ${Math.round(used / MiB)} of its ${Math.round(this.init.budgetBytes / MiB)} MiB disk budget are in use`)
  }

  private put (record: DiskRecordData): void {
    this.disks.set(record.id, record)
    this.save()
  }

  private save (): void {
    writeSecretSync(this.file, JSON.stringify({ version: VERSION, disks: this.records() }) + '\n')
    this.c.changed()
  }
}

function onlyOne<T> (items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined
}
