// What v86's IDE controller reads and writes a hard disk through. v86 takes `hda: {buffer}` as a
// SyncBuffer holding the whole disk in memory, and save_state() would carry all of it; given an
// object with this interface (v86 0.5.462: `get`, `set` and `load` make it a "loadable") it calls
// that instead, and the disk stays in its files. Its state is only its size, so a v86 state with
// disks stays as small as one without, and restores only into a machine with the same disks.
import { DiskConfigError } from '../disks/errors.js'
import type { BlockDevice } from '../disks/types.js'

type DiskBufferState = [sizeBytes: number, blockBytes: number]

/** What the guest's controller read and wrote through one buffer: counts only, never reset. */
export interface GuestDiskIo { reads: number, readBytes: number, writes: number, writtenBytes: number }

export class IdeDiskBuffer {
  readonly byteLength: number
  private readonly blockBytes: number
  /** Set by v86 before it calls load(). */
  onload: ((event: object) => void) | undefined = undefined
  onprogress: undefined = undefined
  readonly io: GuestDiskIo = { reads: 0, readBytes: 0, writes: 0, writtenBytes: 0 }

  constructor (private readonly disk: BlockDevice, private readonly name: string) {
    const info = disk.info()
    this.byteLength = info.sizeBytes
    this.blockBytes = info.blockBytes
  }

  load (): void {
    this.onload?.({})
  }

  /** Synchronous: the controller's callback runs before it returns, as with v86's own SyncBuffer. */
  get (start: number, length: number, done: (data: Uint8Array) => void): void {
    this.io.reads++
    this.io.readBytes += length
    done(this.disk.read(start, length))
  }

  get_and_cache (start: number, length: number, done: (data: Uint8Array) => void): void {
    this.get(start, length, done)
  }

  /** v86 reads the first sector through this to guess the disk's geometry from a partition table. */
  get_from_cache (start: number, length: number): Uint8Array {
    return this.disk.read(start, length)
  }

  /** `data` may be a view into the controller's own buffer: it is written before this returns. */
  set (start: number, data: Uint8Array, done: () => void): void {
    this.io.writes++
    this.io.writtenBytes += data.byteLength
    this.disk.write(start, data)
    done()
  }

  get_state (): DiskBufferState {
    return [this.byteLength, this.blockBytes]
  }

  /** Called inside v86's restore_state: a state saved with another disk here is refused. */
  set_state (state: unknown): void {
    const [size, block] = Array.isArray(state) ? state as unknown[] : []
    if (size !== this.byteLength || block !== this.blockBytes) {
      throw new DiskConfigError(`the saved machine had ${describe(size, block)} as ${this.name}; this one has ${describe(this.byteLength, this.blockBytes)}`)
    }
  }
}

function describe (size: unknown, block: unknown): string {
  return typeof size === 'number' ? `a disk of ${size} bytes (${String(block)}-byte blocks)` : 'another kind of disk'
}
