// Local health (Lifeguard §IV-A): a peer that misses acks because it is itself slow (starved of
// CPU, its event loop blocked) must not accuse others. Its health score rises with every sign of
// trouble on its side (a probe that failed with no nack from the helpers, having to refute a
// suspicion of itself, a timer that fired late) and falls with every probe answered; its probe
// interval and timeouts are stretched by (score + 1).
export class Awareness {
  private score = 0

  constructor (private readonly max: number) {}

  get health (): number {
    return this.score
  }

  /** Raises (positive) or lowers (negative) the score, within [0, max - 1]. */
  apply (delta: number): void {
    this.score = Math.min(this.max - 1, Math.max(0, this.score + delta))
  }

  scale (ms: number): number {
    return ms * (this.score + 1)
  }
}
