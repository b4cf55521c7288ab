// Join tokens: a member signs {id, issuer, expiry}; the string is handed out of band and presented
// once by the joining peer to any member, which checks the issuer is a member and the token unused.
import { randomBytes } from 'node:crypto'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import { sign, verify } from '../signing/index.js'
import { AdmissionError } from './errors.js'

const { JoinToken, SignedJoinToken } = supercloud.membership
const MAX_TOKEN_CHARS = 1024

export interface ParsedToken {
  id: Uint8Array
  idHex: string
  issuer: PeerId
  expiresAtMs: number
}

export async function createJoinToken (key: PrivateKey, ttlMs: number, now = Date.now()): Promise<{ token: string, id: string, expiresAtMs: number }> {
  const id = randomBytes(16)
  const expiresAtMs = now + ttlMs
  const payload = JoinToken.encode({ id, issuer: peerIdFromPrivateKey(key).toMultihash().bytes, expiresAtMs }).finish()
  const signature = await sign(key, 'join-token', payload)
  const token = Buffer.from(SignedJoinToken.encode({ token: payload, signature }).finish()).toString('base64url')
  return { token, id: id.toString('hex'), expiresAtMs }
}

/** Decodes and checks the signature and expiry; membership of the issuer is the caller's check. */
export async function parseJoinToken (text: string, now = Date.now()): Promise<ParsedToken> {
  if (text.length === 0 || text.length > MAX_TOKEN_CHARS || !/^[A-Za-z0-9_-]+$/.test(text)) {
    throw new AdmissionError('join token is not a base64url string of a sane length')
  }
  let signed, token
  try {
    signed = SignedJoinToken.decode(Buffer.from(text, 'base64url'))
    token = JoinToken.decode(signed.token)
  } catch (err) {
    throw new AdmissionError(`join token is malformed: ${(err as Error).message}`)
  }
  if (token.id.length !== 16) throw new AdmissionError('join token has no valid id')
  let issuer: PeerId
  try {
    issuer = await verify(token.issuer, 'join-token', signed.token, signed.signature)
  } catch (err) {
    throw new AdmissionError(`join token signature is invalid: ${(err as Error).message}`)
  }
  if (token.expiresAtMs <= now) throw new AdmissionError(`join token expired at ${new Date(token.expiresAtMs).toISOString()}`)
  return { id: token.id, idHex: Buffer.from(token.id).toString('hex'), issuer, expiresAtMs: token.expiresAtMs }
}
