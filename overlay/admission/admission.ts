// The join protocol: a peer with the swarm key but no membership presents a join token to any
// member; the member checks it (signed by a member, unexpired, unused), signs an admission, spreads
// it and answers with the whole table so the newcomer starts with the full picture. It is the one
// supercloud protocol a non-member may speak, so its handler is bounded in streams per connection,
// bytes and time, logs refusals at a bounded rate, and reports each refusal to the gate.
import type { Connection, Libp2p, PeerId, PrivateKey, Stream } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/wire.js'
import type { Logger } from '../core/log.js'
import type { RateLimitedLog } from '../core/rate-limited-log.js'
import { LpReader } from '../wire/lp-reader.js'
import { readOne, writeMessage } from '../wire/lp.js'
import { JOIN_PROTOCOL, JOIN_TIMEOUT_MS, MAX_JOIN_RESPONSE_BYTES, MAX_JOIN_STREAMS, MAX_REQUEST_BYTES } from './constants.js'
import { AdmissionError } from './errors.js'
import type { MemberList } from './members.js'
import { createJoinToken, parseJoinToken } from './tokens.js'

const { JoinRequest, JoinResponse } = supercloud.membership

/**
 * What a join needs of membership, declared here so that admission does not import membership
 * (membership imports the member list from admission; the daemon passes its Membership in).
 */
export interface JoinMembership {
  /** The table a newcomer starts from. */
  snapshot: () => supercloud.membership.ITableResponse
  /** Spreads a new member's admission record. */
  announceAdmission: (admission: supercloud.membership.ISignedAdmission) => Promise<void>
  /** One request and its answer on `protocol`, with refusals explained. */
  request: (peer: PeerId, protocol: string, request: Uint8Array, options: { signal: AbortSignal, maxResponseBytes: number }) => Promise<Uint8Array>
  /** Applies the table a member answered a join with. */
  applyTable: (table: supercloud.membership.ITableResponse, from: PeerId) => Promise<number>
}

export interface AdmissionComponents {
  libp2p: Libp2p
  privateKey: PrivateKey
  members: MemberList
  membership: JoinMembership
  log: Logger
  /** Bounded log of refusals. */
  warn: RateLimitedLog
  /** A non-member's join was refused (the gate counts it as an offence). */
  onRefused?: (peer: string) => void
}

export class Admission {
  constructor (private readonly components: AdmissionComponents) {}

  async start (): Promise<void> {
    await this.components.libp2p.handle(JOIN_PROTOCOL, (stream, connection) => { void this.serve(stream, connection) },
      { maxInboundStreams: MAX_JOIN_STREAMS, maxOutboundStreams: MAX_JOIN_STREAMS })
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(JOIN_PROTOCOL).catch(() => {})
  }

  async createToken (ttlMs: number): Promise<{ token: string, id: string, expiresAtMs: number }> {
    return await createJoinToken(this.components.privateKey, ttlMs)
  }

  /** One join request, bounded in size and time; any refusal is logged (bounded) and reported. */
  private async serve (stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer
    const signal = AbortSignal.timeout(JOIN_TIMEOUT_MS)
    try {
      const { token } = JoinRequest.decode(await readOne(new LpReader(stream, MAX_REQUEST_BYTES), { signal }))
      let response: supercloud.membership.IJoinResponse
      try {
        const admission = await this.admit(peer, token)
        response = { admission, table: this.components.membership.snapshot() }
      } catch (err) {
        this.refused(peer.toString(), err)
        response = { error: (err as Error).message }
      }
      await writeMessage(stream, JoinResponse.encode(response).finish(), { signal })
      await stream.close({ signal })
    } catch (err) {
      this.refused(peer.toString(), err)
      stream.abort(err instanceof Error ? err : new Error(String(err)))
    }
  }

  private refused (peer: string, err: unknown): void {
    const error = err instanceof Error ? err : new Error(String(err))
    this.components.warn(`join:${peer}:${error.name}`, { peer, err: error.name, reason: error.message }, 'refused join')
    if (!this.components.members.isMember(peer)) this.components.onRefused?.(peer)
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
    await membership.announceAdmission(admission)
    return admission
  }

  /** Joins the cloud through `member` with a token; afterwards this peer holds the member's table. */
  async join (member: PeerId, token: string, options: { signal?: AbortSignal } = {}): Promise<void> {
    const { members, membership } = this.components
    const signal = options.signal ?? AbortSignal.timeout(JOIN_TIMEOUT_MS)
    const response = JoinResponse.decode(await membership.request(member, JOIN_PROTOCOL, JoinRequest.encode({ token }).finish(), { signal, maxResponseBytes: MAX_JOIN_RESPONSE_BYTES }))
    if (response.error !== '') throw new AdmissionError(`${member.toString()} refused to admit this peer: ${response.error}`)
    if (response.admission == null || response.table == null) throw new AdmissionError('join response carries no admission')
    // We chose to join this member's cloud: trust it and the roots it trusts.
    await members.addRoots([member.toString()])
    await members.accept(response.admission)
    await membership.applyTable(response.table, member)
  }
}
