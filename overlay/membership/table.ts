// The peer table: the newest signed descriptor of every member and its SWIM state. States move
// alive → suspect → dead on members' word, each about one incarnation of the peer; only the peer
// itself can undo them, with a descriptor of a higher incarnation (a refutation, or a restart).
// `left` comes from the peer's own signed descriptor.
import { createHash } from 'node:crypto'
import type { DescriptorData, OpenedDescriptor, SignedDescriptorMsg } from './descriptor.js'

export type PeerState = 'alive' | 'suspect' | 'dead' | 'left'

export interface PeerEntry {
  descriptor: DescriptorData
  signed: SignedDescriptorMsg
  /** When this peer last had evidence the member was up: an answer, a message, a newer descriptor. */
  lastHeardMs: number
  state: PeerState
  self: boolean
  /** The incarnation `state` is about. A suspicion or death of an older incarnation is void. */
  incarnation: number
}

export interface StateChange { id: string, from: PeerState | undefined, to: PeerState }

export type DescriptorResult = 'new' | 'updated' | 'stale'

/** What one peer's view says of one member: the digest entry compared in anti-entropy. */
export interface DigestEntry { id: string, state: PeerState, incarnation: number, seq: number }

export type ClaimResult = 'changed' | 'confirmed' | 'stale'

export class PeerTable {
  private readonly entries = new Map<string, PeerEntry>()
  private cachedHash: Uint8Array | undefined
  private readonly counts: Record<PeerState, number> = { alive: 0, suspect: 0, dead: 0, left: 0 }

  constructor (private readonly selfId: string) {}

  get (id: string): PeerEntry | undefined {
    return this.entries.get(id)
  }

  list (): PeerEntry[] {
    return [...this.entries.values()]
  }

  get size (): number {
    return this.entries.size
  }

  /** How many entries are in `state` (self included). */
  count (state: PeerState): number {
    return this.counts[state]
  }

  /** Members this peer may talk to: alive or suspect, not itself. */
  reachable (): PeerEntry[] {
    return this.list().filter(e => !e.self && (e.state === 'alive' || e.state === 'suspect'))
  }

  /** Applies a verified descriptor; an older or equal version is stale. */
  applyDescriptor ({ data, signed }: OpenedDescriptor, now: number): { result: DescriptorResult, change?: StateChange } {
    const existing = this.entries.get(data.id)
    if (existing !== undefined && existing.descriptor.seq >= data.seq) return { result: 'stale' }
    let state: PeerState
    let incarnation = data.incarnation
    if (data.left) {
      state = 'left'
      incarnation = Math.max(incarnation, existing?.incarnation ?? 0)
    } else if (existing !== undefined && (existing.state === 'suspect' || existing.state === 'dead') && data.incarnation <= existing.incarnation) {
      // A newer descriptor of the same incarnation (a change of load, of VMs) refutes nothing.
      state = existing.state
      incarnation = existing.incarnation
    } else {
      state = 'alive'
    }
    const self = data.id === this.selfId
    if (self) state = data.left ? 'left' : 'alive'
    this.set({ descriptor: data, signed, lastHeardMs: now, state, self, incarnation }, existing)
    const change = existing?.state !== state ? { id: data.id, from: existing?.state, to: state } : undefined
    return { result: existing === undefined ? 'new' : 'updated', change }
  }

  /** A member says `id` did not answer at `incarnation`. */
  suspect (id: string, incarnation: number): { result: ClaimResult, change?: StateChange } {
    const entry = this.entries.get(id)
    if (entry === undefined || entry.self || incarnation < entry.incarnation) return { result: 'stale' }
    if (entry.state === 'left' || entry.state === 'dead') return { result: 'stale' }
    if (entry.state === 'suspect' && incarnation === entry.incarnation) return { result: 'confirmed' }
    const from = entry.state
    this.set({ ...entry, state: 'suspect', incarnation }, entry)
    return { result: 'changed', change: from === 'suspect' ? undefined : { id, from, to: 'suspect' } }
  }

  /** A member (or this peer's own suspicion timer) declares `id` dead at `incarnation`. */
  dead (id: string, incarnation: number): { result: ClaimResult, change?: StateChange } {
    const entry = this.entries.get(id)
    if (entry === undefined || entry.self || incarnation < entry.incarnation || entry.state === 'left') return { result: 'stale' }
    if (entry.state === 'dead') {
      if (incarnation > entry.incarnation) this.set({ ...entry, incarnation }, entry)
      return { result: 'stale' }
    }
    const from = entry.state
    this.set({ ...entry, state: 'dead', incarnation }, entry)
    return { result: 'changed', change: { id, from, to: 'dead' } }
  }

  /** Direct evidence that `id` is up (it answered, or it spoke). */
  heard (id: string, now: number): void {
    const entry = this.entries.get(id)
    if (entry !== undefined) entry.lastHeardMs = now
  }

  /** This peer's whole view, for anti-entropy and the join table. */
  digest (): DigestEntry[] {
    return this.list().map(e => ({ id: e.descriptor.id, state: e.state, incarnation: e.incarnation, seq: e.descriptor.seq }))
  }

  /** A hash of the digest: two peers with the same view have the same hash (sorted by id). */
  hash (): Uint8Array {
    if (this.cachedHash === undefined) {
      const h = createHash('sha256')
      for (const e of this.digest().sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) {
        h.update(`${e.id} ${e.state} ${e.incarnation} ${e.seq}\n`)
      }
      this.cachedHash = h.digest()
    }
    return this.cachedHash
  }

  private set (entry: PeerEntry, previous: PeerEntry | undefined): void {
    if (previous !== undefined) this.counts[previous.state]--
    this.counts[entry.state]++
    this.entries.set(entry.descriptor.id, entry)
    this.cachedHash = undefined
  }
}
