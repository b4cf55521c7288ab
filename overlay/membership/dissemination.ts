// Dissemination: membership news (a member alive at a new version, suspect, dead, left) rides on
// the messages peers exchange anyway, and is pushed to a few connected members while any is
// queued. Each item is sent at most retransmitMult × ⌈log10(n + 1)⌉ times (memberlist's
// TransmitLimitedQueue), what an epidemic needs to reach all n peers with high probability; the
// newest news goes first, and news about a member replaces older news about it, so the queue holds
// at most one item per member. An item is never sent to a peer known to have it already (the one
// it came from, one that pulled it, one it was sent to): such sends would use up its transmissions
// on peers that need nothing while those that do went without. News older than maxAgeMs is dropped.
interface Item<T> { key: string, update: T, transmits: number, knownBy: Set<string>, queuedMs: number }

/** Items looked at per wanted item in one take: a bound on the work per message when most are known. */
const SCAN_FACTOR = 2

export class Broadcasts<T> {
  private readonly items = new Map<string, Item<T>>()
  /** Items in the order queued (newest last); removed items are skipped and compacted away. */
  private order: Array<Item<T>> = []

  /** `maxAgeMs`: news still queued by then is dropped (every peer connected here already has it). */
  constructor (private readonly retransmitMult: number, private readonly clock: { now: () => number }, private readonly maxAgeMs: number) {}

  get size (): number {
    return this.items.size
  }

  /** Queues news about `key` (a member), replacing older news about it; `knownBy` already have it. */
  queue (key: string, update: T, knownBy: string[] = []): void {
    this.items.delete(key)
    const item = { key, update, transmits: 0, knownBy: new Set(knownBy), queuedMs: this.clock.now() }
    this.items.set(key, item)
    this.order.push(item)
    if (this.order.length > 2 * this.items.size + 64) this.compact()
  }

  remove (key: string): void {
    this.items.delete(key)
  }

  /** `peer` has the news about `key` (it pulled it, or sent it). */
  known (key: string, peer: string): void {
    this.items.get(key)?.knownBy.add(peer)
  }

  expire (now: number): void {
    for (const [key, item] of this.items) if (now - item.queuedMs > this.maxAgeMs) this.items.delete(key)
    if (this.order.length > this.items.size + 32) this.compact()
  }

  /** Up to `max` items for one message to `to`, newest first; each counts as sent once. */
  take (max: number, members: number, to: string): T[] {
    if (this.items.size === 0) return []
    const limit = this.limit(members)
    const out: T[] = []
    let scanned = 0
    for (let i = this.order.length - 1; i >= 0 && out.length < max && scanned < max * SCAN_FACTOR; i--) {
      const item = this.order[i] as Item<T>
      if (this.items.get(item.key) !== item) continue
      scanned++
      if (item.knownBy.has(to) || item.key === to) continue
      out.push(item.update)
      item.transmits++
      item.knownBy.add(to)
      if (item.transmits >= limit) this.items.delete(item.key)
    }
    return out
  }

  /** How many times an item is sent in a cloud of `members`. */
  limit (members: number): number {
    return this.retransmitMult * Math.max(1, Math.ceil(Math.log10(members + 1)))
  }

  private compact (): void {
    this.order = this.order.filter(item => this.items.get(item.key) === item)
  }
}
