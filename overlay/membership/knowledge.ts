// What one peer knows of the cloud, and how messages change it: the table, the news queued for
// others, the suspicions running, the descriptors wanted. Every message in brings admissions, the
// sender's own descriptor and news (incoming); every message out takes news (outgoing). Only a
// member's own signed descriptor can say it is alive or left; suspect and dead are members' word
// about an incarnation, and this peer refutes any such word about itself.
import type { Logger } from '../core/log.js'
import type { RateLimitedLog } from '../core/rate-limited-log.js'
import type { supercloud } from '../../proto/gen/wire.js'
import type { MemberList } from '../admission/members.js'
import type { Awareness } from './awareness.js'
import type { MembershipStats } from './stats.js'
import { fromWire, toWire, type News, type PeerIds } from './codec.js'
import { MAX_ADMISSIONS, MAX_PIGGYBACK, MAX_PULL_IDS, type SwimSettings } from './constants.js'
import { peekDescriptor, type DescriptorData, type DescriptorOpener, type OpenedDescriptor } from './descriptor.js'
import { Broadcasts } from './dissemination.js'
import { Pulls } from './pulls.js'
import type { SelfDescriptor } from './self.js'
import { Suspicions } from './suspicion.js'
import { PeerTable, type StateChange } from './table.js'
import type { Clock, SwimRequest, WireUpdate } from './types.js'

/** Gossip rounds a piece of news stays queued at most (25 × 200 ms = 5 s). */
const NEWS_AGE_ROUNDS = 25

export type Piggyback = Pick<SwimRequest, 'updates' | 'own' | 'admissions'>

export interface KnowledgeHost {
  selfId: string
  clock: Clock
  settings: SwimSettings
  members: MemberList
  open: DescriptorOpener
  ids: PeerIds
  awareness: Awareness
  own: SelfDescriptor
  log: Logger
  warn: RateLimitedLog
  /** Asks `informer` for the descriptors of `ids` (applyPulled gets the answer). */
  pull: (informer: string, ids: string[]) => Promise<void>
  incompatible?: (data: DescriptorData) => string | undefined
  onDescriptor?: (data: DescriptorData) => void
  stats: MembershipStats
}

export class Knowledge {
  readonly table: PeerTable
  readonly broadcasts: Broadcasts<WireUpdate>
  /** Admissions made or learned lately, spread like news so that every member opens its gate to the newcomer. */
  private readonly admissions: Broadcasts<supercloud.membership.ISignedAdmission>
  readonly suspicions: Suspicions
  readonly pulls: Pulls
  private readonly listeners = new Set<(change: StateChange) => void>()
  /** Messages that still carry this peer's own new descriptor inline (saves every receiver a pull). */
  private ownInline = 0

  constructor (private readonly c: KnowledgeHost) {
    const { clock, settings } = c
    this.table = new PeerTable(c.selfId)
    // News lives at most a few seconds here: long enough to reach every neighbour, however many.
    const newsAgeMs = settings.gossipIntervalMs * NEWS_AGE_ROUNDS
    this.broadcasts = new Broadcasts(settings.retransmitMult, clock, newsAgeMs)
    this.admissions = new Broadcasts(settings.retransmitMult, clock, newsAgeMs)
    this.suspicions = new Suspicions(clock, { minMs: settings.suspicionMinMs, maxMs: settings.suspicionMaxMs, expected: settings.suspicionExpected },
      (id, incarnation) => { this.declareDead(id, incarnation) }, ms => c.awareness.scale(ms))
    this.pulls = new Pulls({ clock, heldSeq: id => this.table.get(id)?.descriptor.seq ?? 0, pull: c.pull })
  }

  onChange (listener: (change: StateChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  stop (): void {
    this.suspicions.stop()
    this.pulls.stop()
  }

  /** Whether any news is queued; drops what is too old first. */
  hasNews (now: number): boolean {
    this.broadcasts.expire(now)
    this.admissions.expire(now)
    return this.broadcasts.size > 0 || this.admissions.size > 0
  }

  /** Spreads an admission this peer made or learned. */
  announceAdmission (admission: supercloud.membership.ISignedAdmission): void {
    this.admissions.queue(admissionKey(admission), admission)
  }

  /** News for a message to `to`: queued news, this peer's own new descriptor, and `to`'s own state if it is in doubt. */
  outgoing (to: string): Piggyback {
    const members = this.table.size
    const updates = this.broadcasts.take(MAX_PIGGYBACK, members, to)
    const admissions = this.admissions.size === 0 ? [] : this.admissions.take(MAX_ADMISSIONS, members, to)
    const theirs = this.table.get(to)
    // Tell a suspected or dead member so, whatever the queue holds: it refutes at once.
    if (theirs !== undefined && (theirs.state === 'suspect' || theirs.state === 'dead')) {
      updates.unshift(toWire(this.c.ids, { id: to, state: theirs.state, incarnation: theirs.incarnation, seq: theirs.descriptor.seq, from: this.c.selfId }))
    }
    const own = this.c.own.signed
    if (own !== undefined && this.ownInline > 0) {
      this.ownInline--
      return { updates, admissions, own: own.signed }
    }
    return { updates, admissions }
  }

  /** Applies what a message from a member carries: admissions, its own descriptor, then the news. */
  async incoming (from: string, message: Piggyback): Promise<void> {
    this.table.heard(from, this.c.clock.now())
    let added = false
    for (const admission of (message.admissions ?? []).slice(0, MAX_ADMISSIONS)) {
      const result = await this.c.members.accept(admission).catch((err: unknown) => {
        this.c.warn(`admission:${from}`, { from, err: (err as Error).message }, 'dropping an admission a member sent')
        return 'known' as const
      })
      if (result === 'added') {
        added = true
        this.announceAdmission(admission)
      }
    }
    if (added) await this.c.members.save()
    if (message.own != null) {
      await this.applySigned(message.own, from, from).catch((err: unknown) => { this.c.warn(`own:${from}`, { from, err: (err as Error).message }, 'dropping a descriptor a member sent') })
    }
    for (const update of (message.updates ?? []).slice(0, MAX_PIGGYBACK + 1)) {
      const news = fromWire(this.c.ids, update)
      if (news === undefined) {
        this.c.warn(`update:${from}`, { from }, 'dropping a malformed update')
        continue
      }
      this.learn(news, from)
    }
  }

  /** Merges one item of news heard from `from`. */
  learn (news: News, from: string): void {
    const { id } = news
    if (id === this.c.selfId) {
      if ((news.state === 'suspect' || news.state === 'dead') && news.incarnation >= this.c.own.incarnation && !this.c.own.left) {
        this.c.awareness.apply(1)
        this.c.log.info({ by: from, state: news.state }, 'refuting a suspicion of this peer')
        this.c.stats.refutations++
        this.c.own.refute(news.incarnation).catch((err: unknown) => { this.c.log.warn({ err }, 'refuting failed') })
      }
      return
    }
    const entry = this.table.get(id)
    if (news.state === 'alive' || news.state === 'left') {
      // The sender holds this version: if it is ours too, our news of it need not go back there.
      if (entry !== undefined && entry.descriptor.seq === news.seq) this.broadcasts.known(id, from)
      else this.pulls.want(id, news.seq, from)
      return
    }
    const suspecter = news.from ?? from
    if (entry !== undefined && entry.state === news.state && entry.incarnation === news.incarnation) this.broadcasts.known(id, from)
    if (news.state === 'suspect') this.suspect(id, news.incarnation, suspecter)
    else this.declareDead(id, news.incarnation, from)
  }

  suspect (id: string, incarnation: number, suspecter: string): void {
    const { result, change } = this.table.suspect(id, incarnation)
    const news = { id, state: 'suspect' as const, incarnation, seq: this.table.get(id)?.descriptor.seq ?? 0, from: suspecter }
    if (result === 'changed') {
      this.suspicions.start(id, incarnation, suspecter, this.table.count('alive') + this.table.count('suspect'))
      this.broadcasts.queue(id, toWire(this.c.ids, news), [suspecter])
      if (change !== undefined) this.emit(change)
    } else if (result === 'confirmed' && this.suspicions.confirm(id, incarnation, suspecter)) {
      // Lifeguard: re-gossip only what adds an independent voice.
      this.broadcasts.queue(id, toWire(this.c.ids, news), [suspecter])
    }
  }

  declareDead (id: string, incarnation: number, from?: string): void {
    const { result, change } = this.table.dead(id, incarnation)
    if (result !== 'changed') return
    this.suspicions.cancel(id)
    this.broadcasts.queue(id, toWire(this.c.ids, { id, state: 'dead', incarnation, seq: this.table.get(id)?.descriptor.seq ?? 0 }), from === undefined ? [] : [from])
    // Its connections stay: a crashed peer's close by themselves, and a peer that was only stopped
    // (or starved) is reachable on them the moment it runs again, without a handshake.
    if (change !== undefined) this.emit(change)
  }

  /** Verifies and applies a signed descriptor; `sender` set means it must be the sender's own. */
  async applySigned (signed: supercloud.membership.ISignedDescriptor, informer: string, sender?: string): Promise<boolean> {
    // A version already held (a table, a sender's own descriptor sent again) is not verified again.
    const claim = peekDescriptor(signed)
    if (claim !== undefined) {
      const held = this.table.get(this.c.ids.string(claim.peerId))
      if (held !== undefined && held.descriptor.seq >= claim.seq) return false
    }
    const opened = await this.c.open(signed)
    if (sender !== undefined && opened.data.id !== sender) throw new Error(`${sender} sent a descriptor of ${opened.data.id} as its own`)
    return this.applyOpened(opened, informer)
  }

  private applyOpened (opened: OpenedDescriptor, informer: string): boolean {
    const { data } = opened
    if (data.id === this.c.selfId) return false
    if (!this.c.members.isMember(data.id)) {
      this.c.warn(`nonmember:${informer}`, { from: informer, about: data.id }, 'dropping the descriptor of a non-member')
      return false
    }
    const reason = this.c.incompatible?.(data)
    if (reason !== undefined) return false
    const { result, change } = this.table.applyDescriptor(opened, this.c.clock.now())
    if (result === 'stale') return false
    const entry = this.table.get(data.id)
    if (entry?.state === 'alive' || entry?.state === 'left') this.suspicions.cancel(data.id)
    // A new version is news: pass it on (as a digest; those who lack it pull it), not back to where it came from.
    this.broadcasts.queue(data.id, toWire(this.c.ids, { id: data.id, state: entry?.state === 'left' ? 'left' : 'alive', incarnation: data.incarnation, seq: data.seq }), [informer, data.id])
    this.c.onDescriptor?.(data)
    if (change !== undefined) this.emit(change)
    return true
  }

  announceOwn (opened: OpenedDescriptor): void {
    this.table.applyDescriptor(opened, this.c.clock.now())
    const { data } = opened
    this.broadcasts.queue(data.id, toWire(this.c.ids, { id: data.id, state: data.left ? 'left' : 'alive', incarnation: data.incarnation, seq: data.seq }))
    this.ownInline = this.broadcasts.limit(this.table.size)
  }

  private emit (change: StateChange): void {
    this.c.log.info({ peer: change.id, from: change.from, to: change.to }, 'peer state')
    this.c.stats.transitions[change.to]++
    for (const listener of this.listeners) listener(change)
  }

  descriptorsFor (from: string, peerIds: Uint8Array[]): supercloud.membership.IDescriptors {
    const descriptors: supercloud.membership.ISignedDescriptor[] = []
    const admissions: supercloud.membership.ISignedAdmission[] = []
    for (const bytes of peerIds.slice(0, MAX_PULL_IDS)) {
      let id: string
      try {
        id = this.c.ids.string(bytes)
      } catch {
        continue
      }
      const entry = this.table.get(id)
      if (entry === undefined) continue
      descriptors.push(entry.signed)
      this.broadcasts.known(id, from)
      const admission = this.c.members.recordOf(id)
      if (admission !== undefined) admissions.push(admission)
    }
    return { descriptors, admissions }
  }

  /** Applies what a pull from `informer` brought: admissions first, then descriptors. */
  async applyPulled (informer: string, response: supercloud.membership.IDescriptors | null | undefined): Promise<void> {
    let added = false
    for (const admission of response?.admissions ?? []) {
      const result = await this.c.members.accept(admission).catch((err: unknown) => {
        this.c.warn(`admission:${informer}`, { from: informer, err: (err as Error).message }, 'dropping an admission a member sent')
        return 'known' as const
      })
      if (result === 'added') added = true
    }
    if (added) await this.c.members.save()
    for (const signed of (response?.descriptors ?? []).slice(0, MAX_PULL_IDS)) {
      await this.applySigned(signed, informer).catch((err: unknown) => {
        this.c.warn(`pulled:${informer}`, { from: informer, err: (err as Error).message }, 'dropping a descriptor a member sent')
      })
    }
  }
}

/** Admissions are news about the admitted peer; its signature tells two admissions apart. */
function admissionKey (admission: supercloud.membership.ISignedAdmission): string {
  return Buffer.from(admission.signature ?? new Uint8Array()).toString('base64')
}
