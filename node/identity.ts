// The peer's persistent identity and the other secrets kept in its data dir (all mode 0600).
import { CloudError } from '../overlay/core/errors.js'
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, stat } from 'node:fs/promises'
import { writeSecret } from '../overlay/core/secret-file.js'
import { join } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { decodeSwarmKey, generateSwarmKey } from '../overlay/pnet/index.js'
import type { NodeOptions } from './config/options.js'
import { SwarmKeyMissingError } from './errors.js'
import type { Logger } from './log.js'

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

export { writeSecret, writeSecretSync } from '../overlay/core/secret-file.js'

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

/** Reads the swarm key; a founder (no bootstrap) without one creates it. */
export async function loadSwarmKey (options: NodeOptions, log: Logger): Promise<Uint8Array> {
  try {
    return decodeSwarmKey(await readFile(options.swarmKey))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    if (options.bootstrap.length > 0) {
      throw new SwarmKeyMissingError(`no swarm key at ${options.swarmKey}: a peer joining a cloud needs the cloud's key (--swarm-key FILE)`)
    }
    const file = generateSwarmKey()
    await writeSecret(options.swarmKey, file)
    log.info({ file: options.swarmKey }, 'created a swarm key for a new cloud')
    return decodeSwarmKey(file)
  }
}
