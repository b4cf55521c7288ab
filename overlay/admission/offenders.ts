// Offenders: peers (by peer id, never by address: members may share one behind a NAT) that keep
// trying what a non-member may not, counted over a sliding window and kept out for a while once
// they pass a threshold. Pure bookkeeping with an injected clock; bounded in the peers it tracks.
export interface OffenderSettings {
  /** Offences within `windowMs` that get a peer banned. */
  threshold: number
  windowMs: number
  /** How long a ban lasts. */
  banMs: number
  /** Peers tracked at most (a peer can mint ids for free): the oldest records are forgotten first. */
  maxTracked: number
}

interface Record { count: number, since: number }

export class Offenders {
  private readonly offences = new Map<string, Record>()
  private readonly bans = new Map<string, number>()

  constructor (private readonly settings: OffenderSettings, private readonly now: () => number = Date.now) {}

  /** Counts one offence; true when it gets the peer banned (just now). */
  offend (peer: string): boolean {
    if (this.banned(peer)) return false
    const t = this.now()
    let record = this.offences.get(peer)
    if (record === undefined || t - record.since > this.settings.windowMs) {
      record = { count: 0, since: t }
      this.offences.delete(peer)
      if (this.offences.size >= this.settings.maxTracked) this.offences.delete(this.offences.keys().next().value as string)
      this.offences.set(peer, record)
    }
    record.count++
    if (record.count < this.settings.threshold) return false
    this.offences.delete(peer)
    if (this.bans.size >= this.settings.maxTracked) this.bans.delete(this.bans.keys().next().value as string)
    this.bans.set(peer, t + this.settings.banMs)
    return true
  }

  banned (peer: string): boolean {
    const until = this.bans.get(peer)
    if (until === undefined) return false
    if (this.now() < until) return true
    this.bans.delete(peer)
    return false
  }

  /** Forgets a peer (it was admitted: its offences were those of a newcomer). */
  pardon (peer: string): void {
    this.offences.delete(peer)
    this.bans.delete(peer)
  }

  get bannedCount (): number {
    return this.bans.size
  }
}
