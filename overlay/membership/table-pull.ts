// The join pull: a joining (or restarted) peer pulls the whole table from a member once: every
// signed descriptor, the admission records that make their peers members, the member's roots, and
// its view of each peer (suspect, dead), so the joiner starts with the full picture.
import { peerIdFromString } from '@libp2p/peer-id'
import type { RateLimitedLog } from '../core/rate-limited-log.js'
import type { supercloud } from '../../proto/gen/wire.js'
import type { MemberList } from '../admission/members.js'
import { peerIdFromBytes } from '../signing/index.js'
import { fromWire, toWire, type News, type PeerIds } from './codec.js'
import { MAX_DIGEST_ENTRIES } from './constants.js'
import type { PeerTable } from './table.js'

export type TableMsg = supercloud.membership.ITableResponse

export function tableOf (table: PeerTable, members: MemberList, ids: PeerIds): TableMsg {
  const entries = table.list()
  return {
    descriptors: entries.map(e => e.signed),
    admissions: members.records(),
    founders: members.roots().map(id => peerIdFromString(id).toMultihash().bytes),
    states: entries.filter(e => e.state === 'suspect' || e.state === 'dead')
      .map(e => toWire(ids, { id: e.descriptor.id, state: e.state, incarnation: e.incarnation, seq: e.descriptor.seq }))
  }
}

export interface ApplyTableHost {
  members: MemberList
  ids: PeerIds
  warn: RateLimitedLog
  /** Verifies and applies one descriptor; true when it was new. */
  apply: (signed: supercloud.membership.ISignedDescriptor) => Promise<boolean>
  learn: (news: News) => void
}

/** Applies a table from `from`; returns how many descriptors were new. */
export async function applyTable (table: TableMsg, from: string, host: ApplyTableHost): Promise<number> {
  const { members, warn } = host
  if (members.isMember(from)) {
    const roots: string[] = []
    for (const bytes of table.founders ?? []) {
      try {
        roots.push(peerIdFromBytes(bytes).toString())
      } catch {
        warn(`root:${from}`, { from }, 'dropping a malformed root from a table')
      }
    }
    await members.addRoots(roots)
  }
  for (const admission of table.admissions ?? []) {
    await members.accept(admission).catch((err: unknown) => { warn(`adm:${from}`, { err: (err as Error).message, from }, 'dropping an admission from a table') })
  }
  await members.save()
  let applied = 0
  for (const signed of table.descriptors ?? []) {
    const fresh = await host.apply(signed).catch((err: unknown) => {
      warn(`desc:${from}`, { err: (err as Error).message, from }, 'dropping a descriptor from a table')
      return false
    })
    if (fresh) applied++
  }
  for (const update of (table.states ?? []).slice(0, MAX_DIGEST_ENTRIES)) {
    const news = fromWire(host.ids, update)
    if (news !== undefined) host.learn(news)
  }
  return applied
}
