// Failover votes. A standby that has not heard its primary for a lease asks every member to vote
// `takeover`; each member first probes the primary itself and votes for it only when it cannot
// reach it. A primary that lost its standby asks them to vote `keep`. Each member votes once per
// (VM, epoch, standby), first come, so a majority for one side leaves none for the other: a
// minority side of a partition never takes over, and a primary that carries on without its standby
// knows that standby never will. The majority is of every member that has not left, alive or not.
import type { Libp2p } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import type { Logger } from '../core/log.js'
import { MemberRpc, protobufCodec, type MemberGate } from '../wire/member-rpc.js'
import { peerIdFromBytes } from '../signing/index.js'
import { MalformedMessageError } from '../wire/errors.js'
import { MAX_VOTE_BYTES, VOTE_PROTOCOL, VOTE_TIMEOUT_MS } from './constants.js'
import { Ballots } from './ballots.js'

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
    this.rpc = new MemberRpc(c, protobufCodec<VoteRequestMsg, VoteResponseMsg>({ protocol: VOTE_PROTOCOL, maxRequestBytes: MAX_VOTE_BYTES, maxResponseBytes: MAX_VOTE_BYTES, timeoutMs: VOTE_TIMEOUT_MS }, VoteRequest, VoteResponse),
      async (from, request, signal) => await this.answer(from.toString(), request, signal))
  }

  async start (): Promise<void> { await this.rpc.start() }
  async stop (): Promise<void> { await this.rpc.stop() }

  /**
   * The takeovers this peer asked for as a standby: it votes for its own first, and its votes are
   * kept across restarts (Ballots), so a restarted standby finds those it may have left behind.
   */
  ownTakeovers (): Ballot[] {
    return this.cast.list().flatMap(({ ballot, side }) => {
      const b = parseBallotKey(ballot)
      return side === 'takeover' && b?.standby === this.selfId ? [b] : []
    })
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
    const request: VoteRequestMsg = { vmId: ballot.vmId, epoch: ballot.epoch, primary: peerIdFromString(ballot.primary).toMultihash().bytes, standby: peerIdFromString(ballot.standby).toMultihash().bytes, side }
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

  /** This member's vote: once per ballot, first come; `takeover` only for a primary it cannot reach. */
  private async answer (from: string, request: VoteRequestMsg, signal: AbortSignal): Promise<VoteResponseMsg> {
    const side = request.side
    if (side !== 'takeover' && side !== 'keep' && side !== 'withdraw') throw new MalformedMessageError(`vote for ${String(side)}: takeover, keep or withdraw`)
    const primary = peerIdFromBytes(request.primary ?? new Uint8Array()).toString()
    const standby = peerIdFromBytes(request.standby ?? new Uint8Array()).toString()
    // Only the parties ask: a standby for takeover, its primary for keep.
    if ((side === 'keep' ? primary : standby) !== from) throw new MalformedMessageError(`peer ${from} is not the ${side === 'takeover' ? 'standby' : 'primary'} of this ballot`)
    const key = ballotKey({ vmId: request.vmId ?? '', epoch: request.epoch ?? 0, primary, standby })
    const earlier = this.cast.get(key)
    if (side === 'withdraw') {
      if (earlier === 'takeover') this.cast.delete(key)
      return { granted: true, reason: '' }
    }
    if (earlier !== undefined) return { granted: earlier === side, reason: `voted ${earlier} already` }
    const movedOn = side === 'takeover' ? this.c.movedOn?.(request.vmId ?? '', request.epoch ?? 0) : undefined
    if (movedOn !== undefined) return { granted: false, reason: movedOn }
    const runs = side === 'takeover' && (this.c.runs?.(request.vmId ?? '', request.epoch ?? 0, primary) ?? true)
    if (runs && primary !== this.selfId && await this.c.probe(primary, signal)) {
      return { granted: false, reason: 'this member reaches the primary' }
    }
    // A standby asks for takeover of this peer's own VM, which it still runs.
    if (runs && primary === this.selfId) return { granted: false, reason: 'the primary is alive (it is this peer)' }
    this.cast.set(key, side)
    this.c.log.info({ vm: request.vmId, epoch: request.epoch, side, primary, standby }, 'voted on a failover')
    return { granted: true, reason: '' }
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
