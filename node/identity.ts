// The peer's persistent identity and the other secrets kept in its data dir (all mode 0600).
import { CloudError } from '../overlay/core/errors.js'
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { chmodSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'

export const IDENTITY_FILE = 'identity.key'
export const API_TOKEN_FILE = 'api.token'
export const API_ENDPOINT_FILE = 'api.json'

export class IdentityError extends CloudError {
  override name = 'IdentityError'
  readonly status = 500
}

export async function ensureDataDir (dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
}

/** Writes a secret atomically with mode 0600. */
export async function writeSecret (file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`
  await writeFile(tmp, data, { mode: 0o600 })
  await chmod(tmp, 0o600)
  await rename(tmp, file)
}

/** writeSecret, synchronously: for small files on a path where every millisecond counts. */
export function writeSecretSync (file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, data, { mode: 0o600 })
  chmodSync(tmp, 0o600)
  renameSync(tmp, file)
}

async function readSecret (file: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(file)
    if ((info.mode & 0o077) !== 0) await chmod(file, 0o600)
    return await readFile(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

/** Loads the Ed25519 identity from the data dir, creating it on first start. */
export async function loadOrCreateIdentity (dataDir: string): Promise<PrivateKey> {
  const file = join(dataDir, IDENTITY_FILE)
  const existing = await readSecret(file)
  if (existing !== undefined) {
    try {
      const key = privateKeyFromProtobuf(existing)
      if (key.type !== 'Ed25519') throw new Error(`key type ${key.type}`)
      return key
    } catch (err) {
      throw new IdentityError(`${file} does not hold an Ed25519 private key: ${(err as Error).message}`)
    }
  }
  const key = await generateKeyPair('Ed25519')
  await writeSecret(file, privateKeyToProtobuf(key))
  return key
}

/** The bearer token of the control API, created on first start. */
export async function loadOrCreateApiToken (dataDir: string): Promise<string> {
  const file = join(dataDir, API_TOKEN_FILE)
  const existing = await readSecret(file)
  if (existing !== undefined && existing.toString('utf8').trim() !== '') return existing.toString('utf8').trim()
  const token = randomBytes(32).toString('hex')
  await writeSecret(file, token + '\n')
  return token
}
