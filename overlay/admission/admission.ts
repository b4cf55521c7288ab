// The join protocol: a peer with the swarm key but no membership presents a join token to any
// member; the member checks it (signed by a member, unexpired, unused), signs an admission, gossips
// it and answers with the whole table so the newcomer starts with the full picture.
import type { Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/wire.js'
import type { Logger } from '../../node/log.js'
import type { Membership } from '../membership/membership.js'
import { JOIN_PROTOCOL, MAX_REQUEST_BYTES, MAX_TABLE_BYTES, RPC_TIMEOUT_MS } from '../membership/constants.js'
import { rpcStreamHandler } from '../wire/rpc.js'
import { AdmissionError } from './errors.js'
import type { MemberList } from './members.js'
import { createJoinToken, parseJoinToken } from './tokens.js'

const { JoinRequest, JoinResponse } = supercloud.membership

export interface AdmissionComponents {
  libp2p: Libp2p
  privateKey: PrivateKey
  members: MemberList
  membership: Membership
  log: Logger
}

export class Admission {
  constructor (private readonly components: AdmissionComponents) {}

  async start (): Promise<void> {
    const { libp2p, log } = this.components
    await libp2p.handle(JOIN_PROTOCOL, rpcStreamHandler({ maxRequestBytes: MAX_REQUEST_BYTES, timeoutMs: RPC_TIMEOUT_MS }, log, async (req, conn) => {
      const { token } = JoinRequest.decode(req)
      try {
        const admission = await this.admit(conn.remotePeer, token)
        return JoinResponse.encode({ admission, table: this.components.membership.snapshot() }).finish()
      } catch (err) {
        log.warn({ peer: conn.remotePeer.toString(), err: (err as Error).message }, 'refused join')
        return JoinResponse.encode({ error: (err as Error).message }).finish()
      }
    }))
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(JOIN_PROTOCOL).catch(() => {})
  }

  async createToken (ttlMs: number): Promise<{ token: string, id: string, expiresAtMs: number }> {
    return await createJoinToken(this.components.privateKey, ttlMs)
  }

  private async admit (peer: PeerId, tokenText: string): Promise<supercloud.membership.ISignedAdmission> {
    const { members, privateKey, membership, log } = this.components
    const token = await parseJoinToken(tokenText)
    if (!members.isMember(token.issuer.toString())) throw new AdmissionError(`join token issuer ${token.issuer.toString()} is not a member`)
    const usedBy = members.tokenUsedBy(token.idHex)
    if (usedBy !== undefined && usedBy !== peer.toString()) throw new AdmissionError('join token was already used by another peer')
    // A retried join with the same token gets the same answer.
    const previous = usedBy === undefined ? undefined : members.recordOf(peer.toString())
    if (previous !== undefined) return previous
    if (members.isMember(peer.toString())) throw new AdmissionError(`peer ${peer.toString()} is already a member`)
    const admission = await members.admit(privateKey, peer, token.idHex)
    log.info({ peer: peer.toString(), issuer: token.issuer.toString() }, 'admitted peer')
    await membership.announceAdmission(admission).catch(err => { log.warn({ err }, 'gossiping admission failed') })
    return admission
  }

  /** Joins the cloud through `member` with a token; afterwards this peer holds the member's table. */
  async join (member: PeerId, token: string, options: { signal?: AbortSignal } = {}): Promise<void> {
    const { members, membership } = this.components
    const signal = options.signal ?? AbortSignal.timeout(RPC_TIMEOUT_MS)
    const response = JoinResponse.decode(await membership.request(member, JOIN_PROTOCOL, JoinRequest.encode({ token }).finish(), { signal, maxResponseBytes: MAX_TABLE_BYTES }))
    if (response.error !== '') throw new AdmissionError(`${member.toString()} refused to admit this peer: ${response.error}`)
    if (response.admission == null || response.table == null) throw new AdmissionError('join response carries no admission')
    // We chose to join this member's cloud: trust it and the roots it trusts.
    await members.addRoots([member.toString()])
    await members.accept(response.admission)
    await membership.applyTable(response.table, member)
  }
}
