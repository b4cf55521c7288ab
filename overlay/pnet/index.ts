/**
 * Private network (pnet) connection protector for libp2p 3, wire-compatible with go-libp2p's and
 * js-libp2p's pnet: each side sends a random 24-byte nonce in clear, then every byte is XORed with
 * XSalsa20(swarm key, sender's nonce). Peers without the swarm key cannot complete the encryption
 * handshake that follows.
 *
 * It replaces `@libp2p/pnet`, whose WebAssembly XSalsa20 shares one memory between all ciphers and
 * crashes the process once large transfers have grown it; this one uses libsodium's XSalsa20
 * (`sodium-native`, native code in its own memory: ~9x the pure-JS `@noble/ciphers` it replaced).
 *
 * @example
 * ```ts
 * const node = await createLibp2p({
 *   connectionProtector: privateNetwork({ swarmKey: await readFile('swarm.key') }),
 *   // ...
 * })
 * ```
 */
import { randomBytes } from '@libp2p/crypto'
import { InvalidParametersError } from '@libp2p/interface'
import {
  DEFAULT_HANDSHAKE_TIMEOUT_MS, KEY_LENGTH, MAX_SWARM_KEY_FILE_BYTES, SWARM_KEY_ENCODING, SWARM_KEY_HEADER
} from './constants.js'
import { InvalidSwarmKeyError, PrivateNetworkProtector } from './pnet.js'
import type { ComponentLogger, ConnectionProtector } from '@libp2p/interface'

export { InvalidSwarmKeyError, KeystreamExhaustedError, PrivateNetworkHandshakeError } from './pnet.js'

export interface PrivateNetworkInit {
  /**
   * The swarm key: the bytes of a swarm key file (see `generateSwarmKey`), or the decoded 32-byte
   * key. Every peer of the network must have the same one.
   */
  swarmKey: Uint8Array
  /**
   * How long the remote may take to send its nonce before the connection is dropped.
   *
   * @default 5000
   */
  timeoutMs?: number
}

export interface PrivateNetworkComponents {
  logger: ComponentLogger
}

/**
 * The `connectionProtector` for `createLibp2p`. The key is checked here, so a bad key file fails
 * when the node is configured rather than on its first connection.
 */
export function privateNetwork (init: PrivateNetworkInit): (components: PrivateNetworkComponents) => ConnectionProtector {
  const key = init.swarmKey.byteLength === KEY_LENGTH ? init.swarmKey.slice() : decodeSwarmKey(init.swarmKey)
  const timeoutMs = init.timeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new InvalidParametersError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`)
  }
  return (components) => new PrivateNetworkProtector({
    key, timeoutMs, log: components.logger.forComponent('supercloud:pnet')
  })
}

/** A new random swarm key, as the bytes of a swarm key file (`/key/swarm/psk/1.0.0/`, base16). */
export function generateSwarmKey (): Uint8Array {
  const hex = Array.from(randomBytes(KEY_LENGTH), (b) => b.toString(16).padStart(2, '0')).join('')
  return new TextEncoder().encode(`${SWARM_KEY_HEADER}\n${SWARM_KEY_ENCODING}\n${hex}\n`)
}

/**
 * The 32-byte key in a swarm key file: three lines, `/key/swarm/psk/1.0.0/`, `/base16/` and 64 hex
 * digits (CRLF line ends, surrounding blanks and a final newline are accepted).
 *
 * @throws InvalidSwarmKeyError on anything else
 */
export function decodeSwarmKey (fileBytes: Uint8Array): Uint8Array {
  if (!(fileBytes instanceof Uint8Array)) {
    throw new InvalidSwarmKeyError('swarm key file must be given as bytes (Uint8Array)')
  }
  if (fileBytes.byteLength > MAX_SWARM_KEY_FILE_BYTES) {
    throw new InvalidSwarmKeyError(`swarm key file is ${fileBytes.byteLength} bytes; a key file is about 95 bytes`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fileBytes)
  } catch {
    throw new InvalidSwarmKeyError('swarm key file is not text')
  }
  const lines = text.split(/\r?\n/).map((line) => line.trim())
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  const [header, encoding, hex] = lines
  if (header !== SWARM_KEY_HEADER) {
    throw new InvalidSwarmKeyError(`swarm key file must start with the line ${SWARM_KEY_HEADER}, found ${quote(header)}`)
  }
  if (encoding !== SWARM_KEY_ENCODING) {
    throw new InvalidSwarmKeyError(`swarm key encoding must be ${SWARM_KEY_ENCODING} (the only one supported), found ${quote(encoding)}`)
  }
  if (lines.length !== 3 || hex == null) {
    throw new InvalidSwarmKeyError(`swarm key file must have 3 lines (header, encoding, key), found ${lines.length}`)
  }
  // the key line itself is never echoed: it may be most of a real key
  if (!/^[0-9a-fA-F]*$/.test(hex)) {
    throw new InvalidSwarmKeyError('swarm key is not hexadecimal')
  }
  if (hex.length !== KEY_LENGTH * 2) {
    throw new InvalidSwarmKeyError(`swarm key must be ${KEY_LENGTH * 2} hex digits (${KEY_LENGTH} bytes), found ${hex.length}`)
  }
  const key = new Uint8Array(KEY_LENGTH)
  for (let i = 0; i < KEY_LENGTH; i++) key[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16)
  return key
}

function quote (line: string | undefined): string {
  if (line == null) return 'nothing'
  return JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}…` : line)
}
