// The part of libsodium (through `sodium-native`, whose prebuilt binaries ship inside the npm
// package) that the protector uses: XSalsa20 as a stream cipher that continues across calls.
// sodium-native has no type declarations, so the few functions used are typed here; a native
// assertion aborts the whole process on bad arguments, so Keystream checks them first.
import { CloudError } from '../core/errors.js'
import { createRequire } from 'node:module'

interface SodiumStream {
  /** The primitive behind `crypto_stream_*`: pnet needs `xsalsa20`. */
  crypto_stream_PRIMITIVE: string
  crypto_stream_KEYBYTES: number
  crypto_stream_NONCEBYTES: number
  crypto_stream_xor_STATEBYTES: number
  crypto_stream_xor_init: (state: Uint8Array, nonce: Uint8Array, key: Uint8Array) => void
  /** XORs `m` with the next `m.byteLength` keystream bytes into `c` (same length; may be `m`). */
  crypto_stream_xor_update: (state: Uint8Array, c: Uint8Array, m: Uint8Array) => void
  /** Wipes the key, nonce and buffered keystream from `state`. */
  crypto_stream_xor_final: (state: Uint8Array) => void
}

export const sodium = createRequire(import.meta.url)('sodium-native') as SodiumStream

/** The libsodium found does not provide what the pnet spec needs. */
export class UnsupportedSodiumError extends CloudError {
  override name = 'UnsupportedSodiumError'
  readonly status = 500
}

if (sodium.crypto_stream_PRIMITIVE !== 'xsalsa20' || sodium.crypto_stream_KEYBYTES !== 32 || sodium.crypto_stream_NONCEBYTES !== 24) {
  throw new UnsupportedSodiumError(`libsodium's crypto_stream is ${sodium.crypto_stream_PRIMITIVE}, with ${sodium.crypto_stream_KEYBYTES}-byte keys and ${sodium.crypto_stream_NONCEBYTES}-byte nonces, but pnet needs xsalsa20 (32, 24)`)
}
