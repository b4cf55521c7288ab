// Base images: read-only files known by the SHA-256 of their content, shared by every disk made
// from them. A disk keeps the hash; each peer says where its copy is. The hash is checked through
// the descriptor the disk then reads from, so the file cannot be swapped between check and use.
import { createHash } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { BaseImageError } from './errors.js'
import type { BaseImageRef } from './types.js'

/** Read in 1 MiB pieces: each hashes in ~2 ms, so the VM worker's other guests keep running between. */
const HASH_CHUNK_BYTES = 1 << 20

export interface OpenBase {
  handle: FileHandle
  sizeBytes: number
}

/** SHA-256 of a whole file, by reading it through `handle` from the start. */
export async function hashHandle (handle: FileHandle, sizeBytes: number, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256')
  const chunk = Buffer.allocUnsafe(Math.min(HASH_CHUNK_BYTES, Math.max(1, sizeBytes)))
  let at = 0
  while (at < sizeBytes) {
    signal?.throwIfAborted()
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.byteLength, sizeBytes - at), at)
    if (bytesRead === 0) break
    hash.update(chunk.subarray(0, bytesRead))
    at += bytesRead
  }
  if (at !== sizeBytes) throw new BaseImageError(`the base image shrank while it was read (${at} of ${sizeBytes} bytes)`)
  return hash.digest('hex')
}

/** Hashes a file: what an image store records on import, and what createDisk takes a base's identity from. */
export async function hashFile (path: string, signal?: AbortSignal): Promise<{ sha256: string, sizeBytes: number }> {
  const base = await openBase(path)
  try {
    return { sha256: await hashHandle(base.handle, base.sizeBytes, signal), sizeBytes: base.sizeBytes }
  } finally {
    await base.handle.close()
  }
}

async function openBase (path: string): Promise<OpenBase> {
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch (err) {
    throw new BaseImageError(`base image ${path} cannot be opened: ${(err as Error).message}`)
  }
  const stat = await handle.stat()
  if (!stat.isFile()) {
    await handle.close()
    throw new BaseImageError(`base image ${path} is not a regular file`)
  }
  return { handle, sizeBytes: stat.size }
}

/**
 * Opens a disk's base image and checks it is the one the disk was made from: its size, then
 * (unless the caller checked it already) its hash. A missing, truncated or corrupted file is a
 * BaseImageError.
 */
export async function openVerifiedBase (ref: BaseImageRef, expect: { sha256: string, sizeBytes: number }, signal?: AbortSignal): Promise<OpenBase> {
  if (ref.sha256 !== expect.sha256) throw new BaseImageError(`the disk was made from base image ${expect.sha256}, not ${ref.sha256}`)
  const base = await openBase(ref.path)
  try {
    if (base.sizeBytes !== expect.sizeBytes) {
      throw new BaseImageError(`base image ${ref.path} has ${base.sizeBytes} bytes, ${expect.sha256.slice(0, 12)}… has ${expect.sizeBytes}: truncated or another file`)
    }
    if (ref.verified !== true) {
      const got = await hashHandle(base.handle, base.sizeBytes, signal)
      if (got !== expect.sha256) throw new BaseImageError(`base image ${ref.path} hashes to ${got}, not ${expect.sha256}: corrupted or another file`)
    }
    return base
  } catch (err) {
    await base.handle.close()
    throw err
  }
}
