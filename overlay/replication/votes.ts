// Failover votes. A standby that has not heard its primary for a lease asks every member to vote
// `takeover`, showing its grant; each member first probes the primary itself and votes for it only
// when it cannot reach it. A primary that lost its standby asks them to vote `keep` against every
// grant it signed that standby so far. Each member gives one side per grant, first come, so a
// majority for one side leaves none for the other: a minority side of a partition never takes
// over, and a primary that carries on without its standby knows that standby never will with the
// grants it holds (a new grant, signed after, may: the same peer can stand by again). And each gives
// one standby of a (VM, epoch, primary) its takeover, so that a new standby, given a copy before
// the old one is voted out, and the old one never both win. The majority is of every member that
// has not left, alive or not.
import type { Libp2p } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import type { Logger } from '../core/log.js'
import { MemberRpc, protobufCodec, type MemberGate } from '../wire/member-rpc.js'
import { peerIdFromBytes } from '../signing/index.js'
import { MalformedMessageError } from '../wire/errors.js'
import { expectHandoff, type SignedHandoffMsg } from '../records/handoff.js'
import { MAX_VOTE_BYTES, OLD_VOTE_PROTOCOLS, VOTE_PROTOCOL, VOTE_TIMEOUT_MS } from './constants.js'
import { Ballots, EVERY_GRANT, type Cast } from './ballots.js'

const { VoteRequest, VoteResponse } = supercloud.replication
type VoteRequestMsg = supercloud.replication.IVoteRequest
type VoteResponseMsg = supercloud.replication.IVoteResponse

/** `withdraw`: a standby that gave up (its replica dropped first) frees the takeover votes it got. */
export type VoteSide = 'takeover' | 'keep' | 'withdraw'

export interface Ballot {
  vmId: string
  /** The VM record's epoch the grant follows (the standby would take epoch + 1). */
  epoch: number
  primary: string
  standby: string
  /** `takeover`: the standby's grant, which the members check (without it: the oldest grant). */
  grant?: SignedHandoffMsg
  /** `keep`: every grant of the ballot signed at or before this (the grants' atMs) is void; without it, all. */
  keepBefore?: number
}

export interface VotesComponents {
  libp2p: Libp2p
  membership: MemberGate & { peers: () => Array<{ id: string, state: string, self: boolean }> }
  /** Whether this peer reaches `peer` now (a fresh probe, not membership's last word). */
  probe: (peer: string, signal: AbortSignal) => Promise<boolean>
  /**
   * False when the cloud's records show that `primary` no longer runs the VM at `epoch` (a primary
   * killed and restarted records its VMs lost): a primary that answers but holds nothing is no
   * reason to refuse its standby. Without it, a reachable primary always counts as running it.
   */
  runs?: (vmId: string, epoch: number, primary: string) => boolean
  /**
   * Why a takeover at `epoch` is refused outright, if it is: the cloud's records show the VM at a
   * newer epoch (it moved, or failed over, since), so a copy run at epoch + 1 would fork it.
   */
  movedOn?: (vmId: string, epoch: number) => string | undefined
  /** The votes this member cast (ballots.ts): in a file, so that a restart forgets none. Default: in memory. */
  ballots?: Ballots
  log: Logger
}

export interface Tally { granted: number, needed: number, members: number, refusals: string[] }

export class Votes {
  private readonly rpc: MemberRpc<VoteRequestMsg, VoteResponseMsg>
  private readonly cast: Ballots
  private readonly selfId: string

  constructor (private readonly c: VotesComponents) {
    this.selfId = c.libp2p.peerId.toString()
    this.cast = c.ballots ?? new Ballots()
    // 1.0.0 is served alike and dialled when a member speaks no newer: it reads the ballot without
    // its grant or cutoff (the safe side, see answer()).
    this.rpc = new MemberRpc(c, protobufCodec<VoteRequestMsg, VoteResponseMsg>({ protocol: VOTE_PROTOCOL, compatible: OLD_VOTE_PROTOCOLS, maxRequestBytes: MAX_VOTE_BYTES, maxResponseBytes: MAX_VOTE_BYTES, timeoutMs: VOTE_TIMEOUT_MS }, VoteRequest, VoteResponse),
      async (from, request, signal) => await this.answer(from.toString(), request, signal))
  }

  async start (): Promise<void> { await this.rpc.start() }
  async stop (): Promise<void> { await this.rpc.stop() }

  /**
   * The takeovers this peer asked for as a standby: it votes for its own first, and its votes are
   * kept across restarts (Ballots), so a restarted standby finds those it may have left behind.
   */
  ownTakeovers (): Ballot[] {
    return this.cast.list().flatMap(({ ballot, cast }) => {
      const b = parseBallotKey(ballot)
      return cast.takeoverFrom !== undefined && b?.standby === this.selfId ? [b] : []
    })
  }

  /**
   * Whether every other member speaks this version (identify told this peer): each of them then
   * gives one standby of an epoch its takeover, and a new standby may be armed before the old one
   * is voted out. A 1.0.0 member votes per standby: it could give both.
   */
  async everyMemberSpeaksCurrent (): Promise<boolean> {
    for (const id of this.electorate()) {
      if (id === this.selfId) continue
      const peer = await this.c.libp2p.peerStore.get(peerIdFromString(id)).catch(() => undefined)
      if (peer?.protocols.includes(VOTE_PROTOCOL) !== true) return false
    }
    return true
  }

  /** Members whose votes count: every one that has not left, this peer included. */
  electorate (): string[] {
    return this.c.membership.peers().filter(p => p.state !== 'left').map(p => p.id)
  }

  /** Asks every member (this peer too) for `side`; resolves with the tally once all answered or timed out. */
  async ask (side: VoteSide, ballot: Ballot, options: { signal?: AbortSignal } = {}): Promise<Tally> {
    const members = this.electorate()
    const needed = Math.floor(members.length / 2) + 1
    const signal = options.signal ?? AbortSignal.timeout(VOTE_TIMEOUT_MS)
    const request: VoteRequestMsg = {
      vmId: ballot.vmId,
      epoch: ballot.epoch,
      primary: peerIdFromString(ballot.primary).toMultihash().bytes,
      standby: peerIdFromString(ballot.standby).toMultihash().bytes,
      side,
      ...(ballot.grant === undefined ? {} : { grant: ballot.grant }),
      ...(ballot.keepBefore === undefined ? {} : { keepBeforeMs: ballot.keepBefore })
    }
    const refusals: string[] = []
    const answers = await Promise.all(members.map(async id => {
      try {
        const r = id === this.selfId ? await this.answer(id, request, signal) : await this.rpc.request(peerIdFromString(id), request, { signal })
        if (r.granted !== true) refusals.push(`${id.slice(-6)}: ${r.reason ?? 'refused'}`)
        return r.granted === true
      } catch (err) {
        refusals.push(`${id.slice(-6)}: ${(err as Error).message}`)
        return false
      }
    }))
    return { granted: answers.filter(Boolean).length, needed, members: members.length, refusals }
  }

  /**
   * This member's vote: one side per grant, first come; `takeover` only for a primary it cannot
   * reach. A 1.0.0 ballot (no grant, no keepBefore) is the widest of its side: its `keep` voids
   * every grant, and its `takeover` stands for the oldest, so that it conflicts with any keep.
   */
  private async answer (from: string, request: VoteRequestMsg, signal: AbortSignal): Promise<VoteResponseMsg> {
    const side = request.side
    if (side !== 'takeover' && side !== 'keep' && side !== 'withdraw') throw new MalformedMessageError(`vote for ${String(side)}: takeover, keep or withdraw`)
    const primary = peerIdFromBytes(request.primary ?? new Uint8Array()).toString()
    const standby = peerIdFromBytes(request.standby ?? new Uint8Array()).toString()
    // Only the parties ask: a standby for takeover, its primary for keep.
    if ((side === 'keep' ? primary : standby) !== from) throw new MalformedMessageError(`peer ${from} is not the ${side === 'takeover' ? 'standby' : 'primary'} of this ballot`)
    const vmId = request.vmId ?? ''
    const epoch = request.epoch ?? 0
    const key = ballotKey({ vmId, epoch, primary, standby })
    const earlier: Cast = this.cast.get(key) ?? {}
    if (side === 'withdraw') {
      if (earlier.takeoverFrom !== undefined) this.cast.set(key, { ...(earlier.keepBefore === undefined ? {} : { keepBefore: earlier.keepBefore }) })
      return { granted: true, reason: '' }
    }
    if (side === 'keep') {
      const before = (request.keepBeforeMs ?? 0) > 0 ? Number(request.keepBeforeMs) : EVERY_GRANT
      if (earlier.takeoverFrom !== undefined && earlier.takeoverFrom <= before) return { granted: false, reason: 'voted takeover already' }
      if (earlier.keepBefore !== undefined && earlier.keepBefore >= before) return { granted: true, reason: '' }
      this.cast.set(key, { ...earlier, keepBefore: before })
      if (earlier.keepBefore === undefined) this.c.log.info({ vm: vmId, epoch, side, primary, standby }, 'voted on a failover')
      return { granted: true, reason: '' }
    }
    // The grant's own time, checked: the standby cannot claim a newer one than its primary signed.
    const at = request.grant == null ? 0 : (await expectHandoff(request.grant, { vmId, epoch: epoch + 1, from: primary, to: standby }, 'the grant')).atMs
    if (earlier.keepBefore !== undefined && at <= earlier.keepBefore) return { granted: false, reason: 'voted keep already' }
    if (earlier.takeoverFrom !== undefined) {
      if (at < earlier.takeoverFrom) this.cast.set(key, { ...earlier, takeoverFrom: at })
      return { granted: true, reason: '' }
    }
    // One standby per epoch of a primary: a new standby may hold a copy before the old one is
    // voted out (protection.ts), and at most one of them may run it.
    const rival = this.rivalTakeover(key)
    if (rival !== undefined) return { granted: false, reason: `voted takeover for another standby (${rival.slice(-6)})` }
    const movedOn = this.c.movedOn?.(vmId, epoch)
    if (movedOn !== undefined) return { granted: false, reason: movedOn }
    const runs = this.c.runs?.(vmId, epoch, primary) ?? true
    if (runs && primary !== this.selfId && await this.c.probe(primary, signal)) {
      return { granted: false, reason: 'this member reaches the primary' }
    }
    // A standby asks for takeover of this peer's own VM, which it still runs.
    if (runs && primary === this.selfId) return { granted: false, reason: 'the primary is alive (it is this peer)' }
    this.cast.set(key, { ...earlier, takeoverFrom: at })
    this.c.log.info({ vm: vmId, epoch, side, primary, standby }, 'voted on a failover')
    return { granted: true, reason: '' }
  }

  /** Another standby of the same VM, epoch and primary that this member voted takeover for, if any. */
  private rivalTakeover (key: string): string | undefined {
    const prefix = key.slice(0, key.lastIndexOf(':') + 1)
    for (const { ballot, cast } of this.cast.list()) {
      if (cast.takeoverFrom !== undefined && ballot.startsWith(prefix) && ballot !== key) return ballot.slice(prefix.length)
    }
    return undefined
  }
}

function ballotKey (b: Ballot): string {
  return `${b.vmId}:${b.epoch}:${b.primary}:${b.standby}`
}

function parseBallotKey (key: string): Ballot | undefined {
  const [vmId, epoch, primary, standby, ...rest] = key.split(':')
  if (vmId === undefined || primary === undefined || standby === undefined || rest.length > 0 || !Number.isFinite(Number(epoch))) return undefined
  return { vmId, epoch: Number(epoch), primary, standby }
}
