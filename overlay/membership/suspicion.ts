// Suspicion timers with Lifeguard's independent confirmations: a suspected member has a while to
// refute before it is declared dead, and that while shrinks as other members suspect it too, from
// `maxMs` with nobody else down to `minMs` once `expected` others agree (logarithmically, as in
// Lifeguard §IV-B). A lone peer with a bad link thus waits longest before it accuses anyone, and
// a peer that really crashed is declared dead fast, because everyone who probes it agrees. Both
// bounds grow with log10 of the cloud's size past 10 members, as memberlist's do: a refutation
// spreads by gossip in a number of rounds that grows with log n, and a timeout that does not grow
// with it declares dead, in a large cloud, members whose refutation is still on its way.
import type { Clock, TimerHandle } from './types.js'

export interface SuspicionSettings {
  minMs: number
  maxMs: number
  /** Confirmations at which the timeout reaches minMs (Lifeguard's K), capped by the cloud's size. */
  expected: number
}

interface Suspicion {
  incarnation: number
  startedMs: number
  suspecters: Set<string>
  expected: number
  /** The cloud's size when the suspicion began: the timeouts grow with it. */
  members: number
  timer: TimerHandle | undefined
}

/** memberlist's node scale: 1 up to 10 members, 1.5 at 32, 1.8 at 64, 3 at 1,000. */
function sizeScale (members: number): number {
  return Math.max(1, Math.log10(Math.max(1, members)))
}

/** Keeps one suspicion per member; `onTimeout` declares it dead. */
export class Suspicions {
  private readonly active = new Map<string, Suspicion>()

  /**
   * `scale` stretches every timeout as it is armed: this peer's local health (Lifeguard's
   * multiplier), so that a peer that is itself starved gives those it suspects longer to refute.
   */
  constructor (private readonly clock: Clock, private readonly settings: SuspicionSettings, private readonly onTimeout: (id: string, incarnation: number) => void,
    private readonly scale: (ms: number) => number = ms => ms) {}

  /**
   * Starts (or restarts, for a newer incarnation) the suspicion of `id`, first raised by `from`.
   * `members` is the cloud's size: fewer can confirm in a small cloud.
   */
  start (id: string, incarnation: number, from: string, members: number): void {
    this.cancel(id)
    const expected = Math.max(0, Math.min(this.settings.expected, members - 2))
    const suspicion: Suspicion = { incarnation, startedMs: this.clock.now(), suspecters: new Set([from]), expected, members, timer: undefined }
    this.active.set(id, suspicion)
    this.arm(id, suspicion)
  }

  /** Another member suspects `id` at the same incarnation. True when it is a new, independent voice. */
  confirm (id: string, incarnation: number, from: string): boolean {
    const suspicion = this.active.get(id)
    if (suspicion === undefined || suspicion.incarnation !== incarnation || suspicion.suspecters.has(from)) return false
    // Bounded: confirmations beyond `expected` change nothing.
    if (suspicion.suspecters.size > suspicion.expected) return false
    suspicion.suspecters.add(from)
    if (suspicion.timer !== undefined) this.clock.clearTimeout(suspicion.timer)
    this.arm(id, suspicion)
    return true
  }

  cancel (id: string): void {
    const suspicion = this.active.get(id)
    if (suspicion === undefined) return
    if (suspicion.timer !== undefined) this.clock.clearTimeout(suspicion.timer)
    this.active.delete(id)
  }

  has (id: string): boolean {
    return this.active.has(id)
  }

  stop (): void {
    for (const id of [...this.active.keys()]) this.cancel(id)
  }

  /**
   * The timeout with `confirmations` independent confirmations (the first suspecter not counted),
   * in a cloud of `members` (10 or fewer: the settings' bounds as they are).
   */
  timeoutMs (confirmations: number, expected: number, members = 10): number {
    const scale = sizeScale(members)
    const [minMs, maxMs] = [this.settings.minMs * scale, this.settings.maxMs * scale]
    if (expected <= 0) return Math.floor(minMs)
    const fraction = Math.log(confirmations + 1) / Math.log(expected + 1)
    return Math.floor(Math.max(minMs, maxMs - (maxMs - minMs) * Math.min(1, fraction)))
  }

  private arm (id: string, suspicion: Suspicion): void {
    const due = suspicion.startedMs + this.scale(this.timeoutMs(suspicion.suspecters.size - 1, suspicion.expected, suspicion.members))
    suspicion.timer = this.clock.setTimeout(() => {
      if (this.active.get(id) !== suspicion) return
      this.active.delete(id)
      this.onTimeout(id, suspicion.incarnation)
    }, Math.max(0, due - this.clock.now()))
  }
}
