// What the page knows: the feed's rows by key, and which of them changed since the last render.
import type { DashCost, DashMigration, DashNet, DashPeer, DashSelf, DashVm, FeedMessage, ListTopic, Topic, TopicRows } from '../types.js'

/** Per topic: the keys that changed (upserted or removed), or 'all'. */
export type Dirty = Map<Topic, Set<string> | 'all'>

export class Store {
  self: DashSelf | undefined
  readonly peers = new Map<string, DashPeer>()
  readonly vms = new Map<string, DashVm>()
  readonly migrations = new Map<string, DashMigration>()
  readonly nets = new Map<string, DashNet>()
  cost: DashCost | undefined
  /** A topic's last read error, until it reads again. */
  readonly errors = new Map<Topic, string>()
  dirty: Dirty = new Map()

  apply (m: FeedMessage): void {
    switch (m.type) {
      case 'hello':
        this.self = m.self
        this.mark('peers', 'all')
        return
      case 'cost':
        this.cost = m.cost
        this.errors.delete('cost')
        this.mark('cost', 'all')
        this.mark('vms', 'all')
        return
      case 'error':
        this.errors.set(m.topic, `${m.name}: ${m.message}`)
        this.mark(m.topic, new Set())
        return
      case 'patch': {
        const map = this.map(m.topic)
        this.errors.delete(m.topic)
        if (m.full) {
          map.clear()
          this.mark(m.topic, 'all')
        }
        const keys = new Set<string>()
        for (const row of m.upsert) {
          const key = m.topic === 'nets' ? String((row as DashNet).id) : (row as { id: string }).id
          map.set(key, row)
          keys.add(key)
        }
        for (const key of m.remove) {
          map.delete(key)
          keys.add(key)
        }
        this.mark(m.topic, keys)
      }
    }
  }

  /** Takes the changes since the last call. */
  take (): Dirty {
    const d = this.dirty
    this.dirty = new Map()
    return d
  }

  mark (topic: Topic, keys: Set<string> | 'all'): void {
    const had = this.dirty.get(topic)
    if (had === 'all' || keys === 'all') this.dirty.set(topic, 'all')
    else this.dirty.set(topic, new Set([...(had ?? []), ...keys]))
  }

  private map<T extends ListTopic> (topic: T): Map<string, TopicRows[T]> {
    return this[topic] as unknown as Map<string, TopicRows[T]>
  }
}
