// Positioned, whole-buffer reads and writes on a descriptor, and the atomic replacement of a small
// file. Reads and writes are synchronous because the emulator's IDE controller calls them inside an
// instruction; they go to the page cache (measured: a 4 KiB pwrite 2.9 µs). fsync never is.
import { readSync, writeSync } from 'node:fs'
import { open, rename, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import { DiskIoError } from './errors.js'

/** Fills `out` from `position`; what lies past the end of the file stays as it is (zeros, in a fresh buffer). */
export function readAt (fd: number, out: Uint8Array, position: number): void {
  let done = 0
  while (done < out.byteLength) {
    let n: number
    try {
      n = readSync(fd, out, done, out.byteLength - done, position + done)
    } catch (err) {
      throw new DiskIoError(`disk read at ${position + done} failed: ${(err as Error).message}`)
    }
    if (n === 0) return
    done += n
  }
}

export function writeAt (fd: number, data: Uint8Array, position: number): void {
  let done = 0
  while (done < data.byteLength) {
    try {
      done += writeSync(fd, data, done, data.byteLength - done, position + done)
    } catch (err) {
      throw new DiskIoError(`disk write at ${position + done} failed: ${(err as Error).message}`)
    }
  }
}

/**
 * Replaces `path` by `bytes` so that a crash at any point leaves the old file or the new one:
 * a temporary file written and fsynced, renamed over it, then the directory fsynced (the rename
 * itself is durable only then).
 */
export async function replaceFile (path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.tmp`
  try {
    const handle = await open(tmp, 'w', 0o600)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, path)
    await syncDir(dirname(path))
  } catch (err) {
    await unlink(tmp).catch(() => {})
    throw new DiskIoError(`cannot persist ${path}: ${(err as Error).message}`)
  }
}

export async function syncDir (dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
