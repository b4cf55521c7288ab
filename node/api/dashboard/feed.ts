// The dashboard's live feed: polls the source while any page watches, and sends each page the rows
// that changed (a keyed diff per topic; the whole set when it joins). One serialized message goes to
// every page. A page that does not read is dropped: before each send, a socket holding more than
// maxBufferedBytes unsent is terminated, so a stalled client never holds more than that (plus one
// message) of the daemon's memory; one that does not answer a ping within a heartbeat is dropped too.
import type { WebSocket } from 'ws'
import type { Logger } from '../../log.js'
import type { DashboardSource, DashMigration, FeedMessage, ListTopic, Topic, TopicRows } from './types.js'
import { DashboardBusyError } from './errors.js'

export interface FeedOptions {
  /** How often each topic is read while a page watches. */
  intervalsMs: Record<Topic, number>
  /** Migrations while one is in flight. */
  activeMigrationsMs: number
  /** A read that takes longer is given up (and shown as the topic's error). */
  pollTimeoutMs: number
  maxClients: number
  maxBufferedBytes: number
  heartbeatMs: number
  /** Ended migrations kept on show, newest first. */
  recentMigrations: number
}

export const DEFAULT_FEED_OPTIONS: Readonly<FeedOptions> = {
  // Guest counters and liveness change every second; VNet counters and cost need no more than
  // every few seconds (each VNet read asks every peer for its switch counters).
  intervalsMs: { peers: 1000, vms: 1000, migrations: 1000, nets: 2000, cost: 5000 },
  // A 64 MiB pre-copy across providers takes ~1-2 s (bench:migration): 250 ms shows its rounds.
  activeMigrationsMs: 250,
  pollTimeoutMs: 5000,
  maxClients: 16,
  // A full VM list of 1,000 VMs is ~0.4 MB of JSON: 4 MiB is ten of them unread.
  maxBufferedBytes: 4 << 20,
  heartbeatMs: 15_000,
  recentMigrations: 50
}

const LIST_TOPICS: readonly ListTopic[] = ['peers', 'vms', 'migrations', 'nets']
const keyOf: { [T in ListTopic]: (row: TopicRows[T]) => string } = {
  peers: r => r.id,
  vms: r => r.id,
  migrations: r => r.id,
  nets: r => String(r.id)
}

interface Client { socket: WebSocket, session: string, alive: boolean }
interface Cached { json: string, row: unknown }

export class Feed {
  private readonly o: FeedOptions
  private readonly clients = new Set<Client>()
  private readonly cache = new Map<ListTopic, Map<string, Cached>>()
  /** The last cost message, serialized, and its report's JSON. */
  private cost: string | undefined
  private costJson = ''
  /** Topics whose last read failed: their next read is sent even if nothing changed (it clears the error). */
  private readonly failing = new Set<Topic>()
  private polling: AbortController | undefined
  private heartbeat: NodeJS.Timeout | undefined
  private migrationsActive = false
  /** Per topic: reads started, and the newest whose answer was applied (an older answer that lands later is dropped). */
  private readonly started = new Map<Topic, number>()
  private readonly applied = new Map<Topic, number>()
  readonly stats = { dropped: 0, sent: 0 }

  constructor (private readonly source: DashboardSource, private readonly log: Logger, options: Partial<FeedOptions> = {}) {
    this.o = { ...DEFAULT_FEED_OPTIONS, ...options, intervalsMs: { ...DEFAULT_FEED_OPTIONS.intervalsMs, ...options.intervalsMs } }
  }

  get clientCount (): number {
    return this.clients.size
  }

  /** A page that joined: it gets what is known at once, then the changes. */
  add (socket: WebSocket, session: string): void {
    if (this.clients.size >= this.o.maxClients) {
      socket.close(1013, 'too many dashboards')
      throw new DashboardBusyError(`${this.o.maxClients} dashboards watch this peer already`)
    }
    const client: Client = { socket, session, alive: true }
    this.clients.add(client)
    socket.on('pong', () => { client.alive = true })
    socket.on('close', () => { this.remove(client) })
    socket.on('error', () => { this.remove(client) })
    this.send(client, JSON.stringify({ type: 'hello', self: this.source.self(), at: Date.now() } satisfies FeedMessage))
    for (const topic of LIST_TOPICS) {
      const rows = this.cache.get(topic)
      if (rows !== undefined) this.send(client, this.patch(topic, true, [...rows.values()].map(c => c.row), []))
    }
    if (this.cost !== undefined) this.send(client, this.cost)
    this.startPolling()
  }

  /** Reads `topic` now, besides its loop (after an action, so the page shows its effect at once). */
  refresh (topic: Topic): void {
    const signal = this.polling?.signal
    if (signal !== undefined) void this.poll(topic, signal)
  }

  /** Closes the feeds of a session that ended. */
  endSession (session: string): void {
    for (const c of this.clients) {
      if (c.session === session) {
        c.socket.close(4001, 'the dashboard session ended')
        this.remove(c)
      }
    }
  }

  stop (): void {
    for (const c of [...this.clients]) {
      c.socket.close(1001, 'the peer is stopping')
      this.remove(c)
    }
    this.stopPolling()
  }

  private remove (client: Client): void {
    if (!this.clients.delete(client)) return
    if (this.clients.size === 0) this.stopPolling()
  }

  private startPolling (): void {
    if (this.polling !== undefined) return
    const controller = new AbortController()
    this.polling = controller
    for (const topic of [...LIST_TOPICS, 'cost'] as const) void this.loop(topic, controller.signal)
    this.heartbeat = setInterval(() => { this.beat() }, this.o.heartbeatMs)
    this.heartbeat.unref()
  }

  private stopPolling (): void {
    this.polling?.abort()
    this.polling = undefined
    clearInterval(this.heartbeat)
  }

  private beat (): void {
    for (const c of [...this.clients]) {
      if (!c.alive) {
        this.drop(c, 'no pong within a heartbeat')
        continue
      }
      c.alive = false
      c.socket.ping()
    }
  }

  private async loop (topic: Topic, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await this.poll(topic, signal)
      const ms = topic === 'migrations' && this.migrationsActive ? this.o.activeMigrationsMs : this.o.intervalsMs[topic]
      await new Promise<void>(resolve => {
        const t = setTimeout(done, ms)
        function done (): void { clearTimeout(t); signal.removeEventListener('abort', done); resolve() }
        signal.addEventListener('abort', done, { once: true })
      })
    }
  }

  private async poll (topic: Topic, signal: AbortSignal): Promise<void> {
    const read = AbortSignal.any([signal, AbortSignal.timeout(this.o.pollTimeoutMs)])
    const seq = (this.started.get(topic) ?? 0) + 1
    this.started.set(topic, seq)
    const newest = (): boolean => {
      if (signal.aborted || seq < (this.applied.get(topic) ?? 0)) return false
      this.applied.set(topic, seq)
      return true
    }
    try {
      if (topic === 'cost') {
        // Raced with the signal: a source that ignores it still cannot hold the loop.
        const cost = await Promise.race([this.source.cost({ signal: read }), aborted(read)])
        const json = JSON.stringify(cost)
        if (!newest() || (json === this.costJson && !this.failing.delete(topic))) return
        this.costJson = json
        this.cost = JSON.stringify({ type: 'cost', cost, at: Date.now() } satisfies FeedMessage)
        this.broadcast(this.cost)
        return
      }
      const rows = await Promise.race([this.read(topic, read), aborted(read)])
      if (newest()) this.update(topic, rows)
    } catch (err) {
      if (!newest()) return
      const e = err instanceof Error ? err : new Error(String(err))
      this.failing.add(topic)
      this.log.debug({ err: e, topic }, 'a dashboard read failed')
      this.broadcast(JSON.stringify({ type: 'error', topic, name: e.name, message: e.message, at: Date.now() } satisfies FeedMessage))
    }
  }

  private async read (topic: ListTopic, signal: AbortSignal): Promise<unknown[]> {
    switch (topic) {
      case 'peers': return await this.source.peers({ signal })
      case 'vms': return await this.source.vms({ signal })
      case 'nets': return await this.source.nets({ signal })
      case 'migrations': return this.shownMigrations(await this.source.migrations({ signal }))
    }
  }

  /** Every migration in flight, and the newest ended ones. */
  private shownMigrations (all: DashMigration[]): DashMigration[] {
    const ended = (m: DashMigration): boolean => m.endedAt !== undefined
    const live = all.filter(m => !ended(m))
    this.migrationsActive = live.length > 0
    const recent = all.filter(ended).sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, this.o.recentMigrations)
    return [...live, ...recent]
  }

  private update (topic: ListTopic, rows: unknown[]): void {
    const before = this.cache.get(topic) ?? new Map<string, Cached>()
    const after = new Map<string, Cached>()
    const upsert: unknown[] = []
    const key = keyOf[topic] as (row: unknown) => string
    for (const row of rows) {
      const k = key(row)
      const json = JSON.stringify(row)
      after.set(k, { json, row })
      if (before.get(k)?.json !== json) upsert.push(row)
    }
    const remove = [...before.keys()].filter(k => !after.has(k))
    const first = !this.cache.has(topic)
    this.cache.set(topic, after)
    if (upsert.length > 0 || remove.length > 0 || first || this.failing.delete(topic)) this.broadcast(this.patch(topic, first, upsert, remove))
  }

  private patch (topic: ListTopic, full: boolean, upsert: unknown[], remove: string[]): string {
    return JSON.stringify({ type: 'patch', topic, full, upsert, remove, at: Date.now() })
  }

  private broadcast (message: string): void {
    for (const c of [...this.clients]) this.send(c, message)
  }

  private send (client: Client, message: string): void {
    if (client.socket.bufferedAmount > this.o.maxBufferedBytes) {
      this.drop(client, `${client.socket.bufferedAmount} bytes unread`)
      return
    }
    client.socket.send(message)
    this.stats.sent++
  }

  private drop (client: Client, why: string): void {
    this.stats.dropped++
    this.log.info({ why }, 'dropped a stalled dashboard feed')
    client.socket.terminate()
    this.remove(client)
  }
}

async function aborted (signal: AbortSignal): Promise<never> {
  return await new Promise<never>((_resolve, reject) => {
    const fail = (): void => { reject(signal.reason instanceof Error ? signal.reason : new Error('aborted')) }
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail, { once: true })
  })
}
