// The peer table: the newest descriptor of every member and its liveness, derived from how long ago
// this peer last heard from it: alive → suspect → dead on missed heartbeats; left after a leave.
import type { DescriptorData, SignedDescriptorMsg } from './descriptor.js'

export type PeerState = 'alive' | 'suspect' | 'dead' | 'left'

export interface PeerEntry {
  descriptor: DescriptorData
  signed: SignedDescriptorMsg
  lastHeardMs: number
  state: PeerState
  self: boolean
}

export interface LivenessSettings {
  heartbeatMs: number
  suspectAfterMs: number
  deadAfterMs: number
}

export type UpdateResult = 'new' | 'updated' | 'stale'

export interface StateChange { id: string, from: PeerState | undefined, to: PeerState }

export class PeerTable {
  private readonly entries = new Map<string, PeerEntry>()

  constructor (private readonly selfId: string, private readonly settings: LivenessSettings) {}

  get (id: string): PeerEntry | undefined {
    return this.entries.get(id)
  }

  list (): PeerEntry[] {
    return [...this.entries.values()]
  }

  get size (): number {
    return this.entries.size
  }

  /** Applies a verified descriptor; older or equal sequence numbers are stale. */
  update (descriptor: DescriptorData, signed: SignedDescriptorMsg, now: number): { result: UpdateResult, change?: StateChange } {
    const existing = this.entries.get(descriptor.id)
    if (existing !== undefined && existing.descriptor.seq >= descriptor.seq) return { result: 'stale' }
    const state: PeerState = descriptor.left ? 'left' : 'alive'
    this.entries.set(descriptor.id, { descriptor, signed, lastHeardMs: now, state, self: descriptor.id === this.selfId })
    const change = existing?.state !== state ? { id: descriptor.id, from: existing?.state, to: state } : undefined
    return { result: existing === undefined ? 'new' : 'updated', change }
  }

  /**
   * Re-derives liveness from silence; returns the transitions. `stalledMs` is how long this peer's
   * own event loop was starved since the last tick: that time is not held against others (a
   * CPU-starved peer otherwise declares everyone dead; the idea is Lifeguard's local health).
   */
  tick (now: number, stalledMs = 0): StateChange[] {
    const changes: StateChange[] = []
    for (const entry of this.entries.values()) {
      if (entry.self || entry.state === 'left') continue
      if (stalledMs > 0) entry.lastHeardMs = Math.min(now, entry.lastHeardMs + stalledMs)
      const silence = now - entry.lastHeardMs
      // A peer that announces a slower heartbeat (a large cloud) gets proportionally more time.
      const stretch = Math.max(1, entry.descriptor.heartbeatMs / this.settings.heartbeatMs)
      const next: PeerState = silence >= this.settings.deadAfterMs * stretch ? 'dead' : silence >= this.settings.suspectAfterMs * stretch ? 'suspect' : 'alive'
      if (next !== entry.state) {
        changes.push({ id: entry.descriptor.id, from: entry.state, to: next })
        entry.state = next
      }
    }
    return changes
  }
}
