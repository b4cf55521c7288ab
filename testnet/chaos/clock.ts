// One of a VM's guest clocks as the checker follows it across its copies: the guest's millisecond
// counter, or the sequence number of the last record its disk mode made durable. Each copy (a
// peer's pid) is a chain of samples; the stretches of the clock a copy was seen advancing through are
// its segments. A chain whose value goes down went back; a stretch that overlaps another copy's was
// run twice: two live copies (seen in the same rounds) or a fork (one resumed from the past).

/** A stretch of the clock one copy was seen advancing through: values (lo, hi) on `peer`. */
export interface Segment { peer: number, pid: number, lo: number, hi: number, firstRound: number, lastRound: number }

interface Chain { pid: number, value: number, segment: Segment, lastAdvanceRound: number }

export type ClockFinding =
  | { kind: 'backwards', from: number, to: number }
  | { kind: 'overlap', sameTime: boolean, from: number, to: number, other: Segment }

export class GuestClock {
  private readonly chains = new Map<number, Chain>()
  private readonly segments: Segment[] = []

  /**
   * A sample of the copy on `peer` (pid `pid`) in `round`: what it shows wrong, and whether it
   * advanced (`started`: the first sample of a copy).
   */
  observe (peer: number, pid: number, round: number, value: number): { findings: ClockFinding[], advanced: boolean, started: boolean } {
    const chain = this.chains.get(peer)
    if (chain === undefined || chain.pid !== pid) {
      const segment: Segment = { peer, pid, lo: value, hi: value, firstRound: round, lastRound: round }
      this.segments.push(segment)
      this.chains.set(peer, { pid, value, segment, lastAdvanceRound: 0 })
      return { findings: [], advanced: false, started: true }
    }
    const findings: ClockFinding[] = []
    let advanced = false
    if (value < chain.value) {
      findings.push({ kind: 'backwards', from: chain.value, to: value })
    } else if (value > chain.value) {
      for (const other of this.segments) {
        if (other === chain.segment || !(chain.value < other.hi && other.lo < value)) continue
        findings.push({ kind: 'overlap', sameTime: other.peer !== peer && other.lastRound >= round - 1, from: chain.value, to: value, other })
      }
      chain.segment.hi = value
      chain.segment.lastRound = round
      chain.lastAdvanceRound = round
      advanced = true
    }
    chain.value = value
    return { findings, advanced, started: false }
  }

  /** Nothing is known of the copy on `peer` now (it did not answer, or does not hold the VM). */
  forget (peer: number): void {
    this.chains.delete(peer)
  }

  /** Peers whose copy advanced at or after `round`. */
  advancedSince (round: number): number[] {
    return [...this.chains].filter(([, c]) => c.lastAdvanceRound > 0 && c.lastAdvanceRound >= round).map(([peer]) => peer).sort((a, b) => a - b)
  }

  has (peer: number): boolean {
    return this.chains.has(peer)
  }

  /** The highest value any copy was seen at. */
  highest (): number | undefined {
    return this.segments.length === 0 ? undefined : Math.max(...this.segments.map(s => s.hi))
  }
}
