// The member list: founders (this peer and the configured allowed peers) plus every peer admitted by
// an admission record signed by a member. Records travel by gossip and in the join table; a record
// whose admitter is not yet known waits (bounded) until the admitter's own record arrives.
import { readFile } from 'node:fs/promises'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import type { Logger } from '../../node/log.js'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import { peerIdFromBytes, sign, verify } from '../signing/index.js'
import { writeSecret } from '../../node/identity.js'
import { AdmissionError } from './errors.js'

const { Admission, SignedAdmission } = supercloud.membership
type SignedAdmissionMsg = supercloud.membership.ISignedAdmission

const MAX_PENDING = 1024
const STATE_VERSION = 1

export type AcceptResult = 'added' | 'known' | 'pending'

interface Entry { signed: SignedAdmissionMsg, admittedBy: string, tokenId: string }

export interface MemberListInit {
  self: PeerId
  founders: string[]
  /** Where admissions persist across restarts; none in tests. */
  file?: string
  log: Logger
  onAdded?: (peerId: string) => void
}

export class MemberList {
  private readonly founders: Set<string>
  private readonly admitted = new Map<string, Entry>()
  private readonly pending = new Map<string, SignedAdmissionMsg>()
  private readonly tokensUsed = new Map<string, string>()

  constructor (private readonly init: MemberListInit) {
    this.founders = new Set([init.self.toString(), ...init.founders])
  }

  /** Peers trusted without an admission record. */
  roots (): string[] {
    return [...this.founders]
  }

  /** Adopts the roots of a member we trust (the one that admitted us, or any member's table). */
  async addRoots (peerIds: string[]): Promise<void> {
    let changed = false
    for (const id of peerIds) {
      if (!this.founders.has(id)) { this.founders.add(id); changed = true; this.init.onAdded?.(id) }
    }
    if (changed) {
      await this.retryPending()
      await this.save()
    }
  }

  isMember (peerId: string): boolean {
    return this.founders.has(peerId) || this.admitted.has(peerId)
  }

  members (): string[] {
    return [...new Set([...this.founders, ...this.admitted.keys()])]
  }

  /** Every admission record, for the join table and persistence. */
  records (): SignedAdmissionMsg[] {
    return [...this.admitted.values()].map(e => e.signed)
  }

  recordOf (peerId: string): SignedAdmissionMsg | undefined {
    return this.admitted.get(peerId)?.signed
  }

  tokenUsedBy (tokenIdHex: string): string | undefined {
    return this.tokensUsed.get(tokenIdHex)
  }

  /** Verifies and applies one admission record. Throws AdmissionError on a bad record. */
  async accept (signed: SignedAdmissionMsg): Promise<AcceptResult> {
    const payload = signed.admission ?? new Uint8Array()
    let record
    try {
      record = Admission.decode(payload)
    } catch (err) {
      throw new AdmissionError(`malformed admission: ${(err as Error).message}`)
    }
    const peer = peerIdFromBytes(record.peerId).toString()
    if (this.admitted.has(peer)) return 'known'
    let admitter: PeerId
    try {
      admitter = await verify(record.admittedBy, 'admission', payload, signed.signature ?? new Uint8Array())
    } catch (err) {
      throw new AdmissionError(`admission of ${peer}: ${(err as Error).message}`)
    }
    if (!this.isMember(admitter.toString())) {
      if (this.pending.size >= MAX_PENDING) throw new AdmissionError('too many pending admissions')
      this.pending.set(peer, signed)
      return 'pending'
    }
    const tokenId = Buffer.from(record.tokenId).toString('hex')
    this.admitted.set(peer, { signed, admittedBy: admitter.toString(), tokenId })
    if (tokenId !== '') this.tokensUsed.set(tokenId, peer)
    this.pending.delete(peer)
    this.init.onAdded?.(peer)
    await this.retryPending()
    return 'added'
  }

  /** Admits `peer` on this member's own authority (after checking its token). */
  async admit (key: PrivateKey, peer: PeerId, tokenIdHex: string): Promise<SignedAdmissionMsg> {
    const payload = Admission.encode({
      peerId: peer.toMultihash().bytes,
      admittedBy: peerIdFromPrivateKey(key).toMultihash().bytes,
      tokenId: Buffer.from(tokenIdHex, 'hex'),
      atMs: Date.now()
    }).finish()
    const signed = { admission: payload, signature: await sign(key, 'admission', payload) }
    await this.accept(signed)
    await this.save()
    return signed
  }

  private async retryPending (): Promise<void> {
    for (const [peer, signed] of [...this.pending]) {
      this.pending.delete(peer)
      await this.accept(signed).catch(() => {})
    }
  }

  async load (): Promise<void> {
    if (this.init.file === undefined) return
    let text: string
    try {
      text = await readFile(this.init.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
      throw err
    }
    const state = JSON.parse(text) as { version?: number, admissions?: string[], roots?: string[] }
    if (state.version !== STATE_VERSION) throw new AdmissionError(`${this.init.file}: unsupported state version ${state.version}`)
    for (const id of state.roots ?? []) this.founders.add(id)
    for (const b64 of state.admissions ?? []) {
      await this.accept(SignedAdmission.decode(Buffer.from(b64, 'base64'))).catch(err => {
        this.init.log.error({ err }, 'dropping a stored admission')
      })
    }
  }

  async save (): Promise<void> {
    if (this.init.file === undefined) return
    const admissions = this.records().map(s => Buffer.from(SignedAdmission.encode(s).finish()).toString('base64'))
    await writeSecret(this.init.file, JSON.stringify({ version: STATE_VERSION, roots: this.roots(), admissions }, null, 2) + '\n')
  }
}
