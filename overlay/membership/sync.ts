// Anti-entropy (memberlist's push-pull, made cheap): now and then a peer sends one random member a
// hash of its whole view. Equal hashes, the usual case once a cloud has converged, end it there: a
// few dozen bytes. Different ones bring back the other's digest (id, state, incarnation, version
// per member), which is merged like news, missing descriptors pulled; if the other was behind on
// anything, this peer pushes its own digest too. It repairs what piggybacked news missed (a lost
// message, a peer that was away) without any descriptor crossing a link unless it changed.
import { timingSafeEqual } from 'node:crypto'
import type { supercloud } from '../../proto/gen/wire.js'
import { fromWire, toWire, type News, type PeerIds } from './codec.js'
import { MAX_DIGEST_ENTRIES } from './constants.js'
import type { DigestEntry, PeerState, PeerTable } from './table.js'
import type { SwimResponse, WireUpdate } from './types.js'

export type SyncMsg = supercloud.membership.ISync

export interface SyncHost {
  table: PeerTable
  ids: PeerIds
  send: (to: string, request: { sync: SyncMsg }, timeoutMs: number) => Promise<SwimResponse>
  /** Applies one item of another peer's digest, as news from it. */
  learn: (news: News, from: string) => void
}

const RANK: Record<PeerState, number> = { alive: 0, suspect: 1, dead: 2, left: 3 }

/** Whether `a` (this peer's entry) knows more than `b` (another's) about the same member. */
export function ahead (a: DigestEntry, b: Pick<DigestEntry, 'state' | 'incarnation' | 'seq'>): boolean {
  if (a.seq !== b.seq) return a.seq > b.seq
  if (a.incarnation !== b.incarnation) return a.incarnation > b.incarnation
  return RANK[a.state] > RANK[b.state]
}

export function digestOf (host: Pick<SyncHost, 'table' | 'ids'>): WireUpdate[] {
  return host.table.digest().map(e => toWire(host.ids, e))
}

/** One push-pull with `peer`, started by this peer. */
export async function syncWith (host: SyncHost, peer: string, timeoutMs: number): Promise<void> {
  const response = await host.send(peer, { sync: { hash: host.table.hash() } }, timeoutMs)
  const theirs = response.sync
  if (theirs == null || sameHash(theirs.hash, host.table.hash()) || (theirs.digest ?? []).length === 0) return
  if (merge(host, peer, theirs.digest ?? [])) {
    await host.send(peer, { sync: { hash: host.table.hash(), digest: digestOf(host) } }, timeoutMs)
  }
}

/** The answer to a sync request from `from`. */
export function answerSync (host: SyncHost, from: string, request: SyncMsg): SyncMsg {
  const pushed = request.digest ?? []
  if (pushed.length > 0) {
    merge(host, from, pushed)
    return { hash: host.table.hash() }
  }
  const hash = host.table.hash()
  return sameHash(request.hash, hash) ? { hash } : { hash, digest: digestOf(host) }
}

/** Merges a digest (bounded); true when its sender is behind this peer on some member. */
function merge (host: SyncHost, from: string, digest: WireUpdate[]): boolean {
  const listed = new Set<string>()
  let behind = false
  for (const update of digest.slice(0, MAX_DIGEST_ENTRIES)) {
    const news = fromWire(host.ids, update)
    if (news === undefined) continue
    listed.add(news.id)
    const mine = host.table.get(news.id)
    if (mine !== undefined && ahead({ id: news.id, state: mine.state, incarnation: mine.incarnation, seq: mine.descriptor.seq }, news)) behind = true
    host.learn(news, from)
  }
  if (host.table.size > listed.size) behind = true
  return behind
}

function sameHash (a: Uint8Array | null | undefined, b: Uint8Array): boolean {
  return a != null && a.byteLength === b.byteLength && timingSafeEqual(a, b)
}
