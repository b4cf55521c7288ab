// Signed envelopes: a payload signed by a peer's Ed25519 key, with a domain string so that a
// signature made for one purpose (a descriptor) can never be replayed as another (an admission).
import { peerIdFromMultihash } from '@libp2p/peer-id'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import * as Digest from 'multiformats/hashes/digest'

export class BadSignatureError extends Error {
  override name = 'BadSignatureError'
}

export type SigningDomain = 'descriptor' | 'admission' | 'join-token'

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

/** Verifies that `signer` (multihash bytes of an Ed25519 peer id) signed `payload`; returns the peer id. */
export async function verify (signer: Uint8Array, domain: SigningDomain, payload: Uint8Array, signature: Uint8Array): Promise<PeerId> {
  const peerId = peerIdFromBytes(signer)
  if (peerId.publicKey === undefined) throw new BadSignatureError(`peer id ${peerId.toString()} does not embed a public key`)
  const ok = await peerId.publicKey.verify(signedBytes(domain, payload), signature)
  if (!ok) throw new BadSignatureError(`${domain} not signed by ${peerId.toString()}`)
  return peerId
}
