// Signed envelopes: a payload signed by a peer's Ed25519 key, with a domain string so that a
// signature made for one purpose (a descriptor) can never be replayed as another (an admission).
import { CloudError } from '../core/errors.js'
import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import { peerIdFromMultihash } from '@libp2p/peer-id'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import * as Digest from 'multiformats/hashes/digest'

export class BadSignatureError extends CloudError {
  override name = 'BadSignatureError'
  readonly status = 400
}

export type SigningDomain = 'descriptor' | 'admission' | 'join-token' | 'inventory' | 'vnet' | 'handoff'

function signedBytes (domain: SigningDomain, payload: Uint8Array): Uint8Array {
  const prefix = new TextEncoder().encode(`supercloud/${domain}/1:`)
  const out = new Uint8Array(prefix.length + payload.length)
  out.set(prefix, 0)
  out.set(payload, prefix.length)
  return out
}

export async function sign (key: PrivateKey, domain: SigningDomain, payload: Uint8Array): Promise<Uint8Array> {
  return await key.sign(signedBytes(domain, payload))
}

/** The peer id encoded as multihash bytes (what the wire messages carry). */
export function peerIdFromBytes (bytes: Uint8Array): PeerId {
  try {
    return peerIdFromMultihash(Digest.decode(bytes))
  } catch (err) {
    throw new BadSignatureError(`not a peer id: ${(err as Error).message}`)
  }
}

// Importing a public key costs more than the verification itself (measured: a third of a
// membership peer's idle CPU went to re-importing keys), so imported keys are kept per peer.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')
const MAX_CACHED_KEYS = 4096
const keyCache = new Map<string, KeyObject>()

function publicKeyObject (peerId: PeerId): KeyObject {
  const id = peerId.toString()
  let key = keyCache.get(id)
  if (key === undefined) {
    if (peerId.type !== 'Ed25519' || peerId.publicKey === undefined) throw new BadSignatureError(`peer id ${id} is not an Ed25519 key`)
    key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, peerId.publicKey.raw]), format: 'der', type: 'spki' })
    if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear()
    keyCache.set(id, key)
  }
  return key
}

/** Verifies that `signer` (multihash bytes of an Ed25519 peer id) signed `payload`; returns the peer id. */
export async function verify (signer: Uint8Array, domain: SigningDomain, payload: Uint8Array, signature: Uint8Array): Promise<PeerId> {
  const peerId = peerIdFromBytes(signer)
  const ok = signature.byteLength === 64 && cryptoVerify(null, signedBytes(domain, payload), publicKeyObject(peerId), signature)
  if (!ok) throw new BadSignatureError(`${domain} not signed by ${peerId.toString()}`)
  return await Promise.resolve(peerId)
}
