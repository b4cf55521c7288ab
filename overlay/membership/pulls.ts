// Descriptor pulls: news says a member is alive (or left) at a descriptor version this peer does
// not hold; the descriptor is pulled from whoever told it (who holds that version, or it would not
// have passed the news on), batched per informer. A descriptor thus crosses each link once, only
// when it changed, instead of every peer receiving every descriptor on every heartbeat.
import type { Clock, TimerHandle } from './types.js'
import { MAX_PULL_IDS, MAX_WANTED } from './constants.js'

interface Wanted { seq: number, informers: string[] }

/** Informers remembered per wanted descriptor: enough to try another when one fails. */
const MAX_INFORMERS = 4

export interface PullHost {
  clock: Clock
  /** The version held now (0 when none). */
  heldSeq: (id: string) => number
  /** Pulls `ids` from `informer` and applies what comes back. */
  pull: (informer: string, ids: string[]) => Promise<void>
}

export class Pulls {
  private readonly wanted = new Map<string, Wanted>()
  private readonly busy = new Set<string>()
  private timer: TimerHandle | undefined
  private stopped = false

  constructor (private readonly host: PullHost) {}

  get size (): number {
    return this.wanted.size
  }

  /** `informer` holds `id`'s descriptor at `seq`, newer than ours. */
  want (id: string, seq: number, informer: string): void {
    if (seq <= this.host.heldSeq(id)) return
    let w = this.wanted.get(id)
    if (w === undefined) {
      if (this.wanted.size >= MAX_WANTED) return
      w = { seq, informers: [] }
      this.wanted.set(id, w)
    }
    if (seq > w.seq) w.seq = seq
    if (!w.informers.includes(informer)) {
      w.informers.unshift(informer)
      w.informers.length = Math.min(w.informers.length, MAX_INFORMERS)
    }
    this.schedule()
  }

  stop (): void {
    this.stopped = true
    if (this.timer !== undefined) this.host.clock.clearTimeout(this.timer)
  }

  /** Batches what became wanted in this turn into one pull per informer. */
  private schedule (): void {
    if (this.timer !== undefined || this.stopped) return
    this.timer = this.host.clock.setTimeout(() => {
      this.timer = undefined
      this.flush()
    }, 0)
  }

  private flush (): void {
    const batches = new Map<string, string[]>()
    for (const [id, w] of this.wanted) {
      if (w.seq <= this.host.heldSeq(id)) {
        this.wanted.delete(id)
        continue
      }
      const informer = w.informers.find(i => !this.busy.has(i))
      if (informer === undefined) continue
      const batch = batches.get(informer) ?? []
      if (batch.length >= MAX_PULL_IDS) continue
      batch.push(id)
      batches.set(informer, batch)
    }
    for (const [informer, ids] of batches) {
      this.busy.add(informer)
      this.host.pull(informer, ids)
        .catch(() => {
          // That informer is gone or slow: forget it for these ids; another news item brings others.
          for (const id of ids) {
            const w = this.wanted.get(id)
            if (w === undefined) continue
            w.informers = w.informers.filter(i => i !== informer)
            if (w.informers.length === 0) this.wanted.delete(id)
          }
        })
        .finally(() => {
          this.busy.delete(informer)
          for (const id of ids) {
            const w = this.wanted.get(id)
            if (w !== undefined && w.seq <= this.host.heldSeq(id)) this.wanted.delete(id)
            // An informer that answered without the version it announced is not asked again.
            else if (w !== undefined) w.informers = w.informers.filter(i => i !== informer)
            if (w !== undefined && w.informers.length === 0) this.wanted.delete(id)
          }
          if (this.wanted.size > 0) this.schedule()
        })
    }
  }
}
