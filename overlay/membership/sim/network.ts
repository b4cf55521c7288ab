// The simulation's network: every simulated peer gets a SwimTransport that behaves like a daemon's
// libp2p one, with seeded one-way delays, optional message loss, connections (a dial costs a round
// trip more, and each peer keeps at most maxConnections, closing its oldest beyond), and the faults
// the tests and benchmarks inject: a crash (the kernel refuses connections; every connection of the
// peer closes), a pause (SIGSTOP: nothing it receives is handled, none of its timers fire, until it
// resumes), a partition (links across are cut and dials across refused, as the testnet's link
// layer does), a slow connection (a bulk transfer queued ahead of every message on it) and a
// broken one (half-open: what is sent on it vanishes, until either side closes it). Every message
// is encoded and decoded as on the wire, and counted.
import { CloudError } from '../../core/errors.js'
import { decodeRequest, decodeResponse, encodeRequest, encodeResponse, requestKind } from '../codec.js'
import type { Random, SwimHandler, SwimRequest, SwimResponse, SwimTransport } from '../types.js'
import type { EventQueue, PeerClock } from './virtual-time.js'

export interface LinkModel {
  /** One-way delay, uniform in [min, max] ms. */
  delayMinMs: number
  delayMaxMs: number
  /** Probability that one message (a request or a response) is lost. */
  loss: number
  maxConnections: number
}

export interface Traffic { messages: number, bytes: number }

export class ConnectionRefusedError extends CloudError {
  override name = 'ConnectionRefusedError'
  readonly status = 503
}

interface Node {
  id: string
  clock: PeerClock
  handler?: SwimHandler
  up: boolean
  group: number
  /** Open connections, oldest first. */
  connections: Set<string>
  disconnectListeners: Set<(id: string) => void>
  sent: Traffic
  received: Traffic
}

export class SimNetwork {
  private readonly nodes = new Map<string, Node>()
  /** Requests sent, by kind (ping, gossip, ping-req, pull, sync, table). */
  readonly kinds = new Map<string, number>()
  /** Connections opened, and closed by pruning (over maxConnections) or by a peer's hang-up. */
  readonly churn = { opened: 0, pruned: 0, hungUp: 0 }
  /** Requests in flight per pair of peers: libp2p never prunes a connection with an open stream. */
  private readonly inFlight = new Map<string, number>()
  /** Extra one-way delay on the connection between a pair of peers. */
  private readonly slowPairs = new Map<string, number>()
  /** Pairs whose current connection is half-open. */
  private readonly brokenPairs = new Set<string>()

  constructor (private readonly queue: EventQueue, private readonly random: Random, private readonly link: LinkModel) {}

  /** Adds a peer; its transport is what its SwimNode talks through. */
  add (id: string, clock: PeerClock): SwimTransport {
    const node: Node = { id, clock, up: true, group: 0, connections: new Set(), disconnectListeners: new Set(), sent: { messages: 0, bytes: 0 }, received: { messages: 0, bytes: 0 } }
    this.nodes.set(id, node)
    return {
      request: async (to, request, options) => await this.request(node, to, request, options.signal),
      serve: handler => { node.handler = handler },
      isConnected: other => node.connections.has(other),
      connected: () => [...node.connections],
      dial: async (other, options) => { await this.dial(node, other, options.signal) },
      hangUp: other => {
        if (node.connections.has(other)) this.churn.hungUp++
        this.disconnect(node.id, other)
      },
      onDisconnect: listener => {
        node.disconnectListeners.add(listener)
        return () => node.disconnectListeners.delete(listener)
      }
    }
  }

  /** The process dies: connections to it close, dials to it are refused. */
  crash (id: string): void {
    const node = this.node(id)
    node.up = false
    for (const other of [...node.connections]) this.disconnect(id, other)
  }

  /** Splits the cloud: peers talk only within their group. */
  partition (groups: string[][]): void {
    groups.forEach((ids, g) => { for (const id of ids) this.node(id).group = g + 1 })
    for (const node of this.nodes.values()) {
      for (const other of [...node.connections]) if (!this.linked(node, this.node(other))) this.disconnect(node.id, other)
    }
  }

  /** Every message between `a` and `b` takes `extraMs` longer each way (0: as the link model). */
  slow (a: string, b: string, extraMs: number): void {
    if (extraMs > 0) this.slowPairs.set(pairKey(a, b), extraMs)
    else this.slowPairs.delete(pairKey(a, b))
  }

  /** The connection between `a` and `b` goes half-open: messages on it vanish until it closes; a new one works. */
  breakConnection (a: string, b: string): void {
    if (this.node(a).connections.has(b)) this.brokenPairs.add(pairKey(a, b))
  }

  heal (): void {
    for (const node of this.nodes.values()) node.group = 0
  }

  /** Messages and bytes every peer sent and received so far. */
  traffic (): { sent: Traffic, received: Traffic } {
    const sent = { messages: 0, bytes: 0 }
    const received = { messages: 0, bytes: 0 }
    for (const n of this.nodes.values()) {
      sent.messages += n.sent.messages
      sent.bytes += n.sent.bytes
      received.messages += n.received.messages
      received.bytes += n.received.bytes
    }
    return { sent, received }
  }

  connected (a: string, b: string): boolean {
    return this.node(a).connections.has(b)
  }

  connectionCount (): number {
    let count = 0
    for (const n of this.nodes.values()) count += n.connections.size
    return count / 2
  }

  private node (id: string): Node {
    const node = this.nodes.get(id)
    if (node === undefined) throw new Error(`no simulated peer ${id}`)
    return node
  }

  private linked (a: Node, b: Node): boolean {
    return a.group === 0 || b.group === 0 || a.group === b.group
  }

  private delay (): number {
    return this.link.delayMinMs + this.random() * (this.link.delayMaxMs - this.link.delayMinMs)
  }

  private lost (): boolean {
    return this.link.loss > 0 && this.random() < this.link.loss
  }

  /** Resolves after `ms` of virtual time, or rejects when `signal` aborts first. */
  private async after (ms: number, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted()
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => { event.cancelled = true; reject(abortReason(signal)) }
      const event = this.queue.schedule(() => { signal.removeEventListener('abort', onAbort); resolve() }, ms)
      signal.addEventListener('abort', onAbort, { once: true })
    })
  }

  /** Waits until `signal` aborts: a message lost, or sent into a partition or a stopped process. */
  private async never (signal: AbortSignal): Promise<never> {
    signal.throwIfAborted()
    return await new Promise<never>((_resolve, reject) => { signal.addEventListener('abort', () => { reject(abortReason(signal)) }, { once: true }) })
  }

  private async dial (from: Node, to: string, signal: AbortSignal): Promise<void> {
    if (from.connections.has(to)) return
    const target = this.nodes.get(to)
    // A TCP handshake and the secure channel's: a round trip, and a refusal comes back as fast.
    await this.after(this.delay() + this.delay(), signal)
    if (target === undefined || !target.up || !this.linked(from, target)) throw new ConnectionRefusedError(`${to} refused the connection`)
    // A stopped process's kernel completes TCP's handshake, but nobody runs the secure channel's.
    if (target.clock.isPaused) await this.never(signal)
    this.connect(from, target)
  }

  /**
   * Over maxConnections a peer closes connections as libp2p's pruner does: newest first, and never
   * one with a stream open (a request in flight).
   */
  private connect (a: Node, b: Node): void {
    if (a.connections.has(b.id)) return
    a.connections.add(b.id)
    b.connections.add(a.id)
    this.churn.opened++
    for (const node of [a, b]) {
      let excess = node.connections.size - this.link.maxConnections
      if (excess <= 0) continue
      for (const other of [...node.connections].reverse()) {
        if (excess <= 0) break
        if ((this.inFlight.get(pairKey(node.id, other)) ?? 0) > 0) continue
        this.churn.pruned++
        excess--
        this.disconnect(node.id, other)
      }
    }
  }

  private busy (a: string, b: string, delta: number): void {
    const key = pairKey(a, b)
    const n = (this.inFlight.get(key) ?? 0) + delta
    if (n <= 0) this.inFlight.delete(key)
    else this.inFlight.set(key, n)
  }

  private disconnect (a: string, b: string): void {
    const na = this.nodes.get(a)
    const nb = this.nodes.get(b)
    if (na === undefined || nb === undefined || !na.connections.has(b)) return
    na.connections.delete(b)
    nb.connections.delete(a)
    this.brokenPairs.delete(pairKey(a, b))
    // Each side learns of the close after a one-way delay (a crashed side never does).
    for (const [node, other] of [[na, b], [nb, a]] as const) {
      if (!node.up) continue
      this.queue.schedule(() => { node.clock.run(() => { for (const l of node.disconnectListeners) l(other) }) }, this.delay())
    }
  }

  private async request (from: Node, to: string, request: SwimRequest, signal: AbortSignal): Promise<SwimResponse> {
    this.busy(from.id, to, 1)
    try {
      return await this.exchange(from, to, request, signal)
    } finally {
      this.busy(from.id, to, -1)
    }
  }

  private async exchange (from: Node, to: string, request: SwimRequest, signal: AbortSignal): Promise<SwimResponse> {
    await this.dial(from, to, signal)
    const target = this.node(to)
    const requestBytes = encodeRequest(request)
    const kind = requestKind(request)
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1)
    from.sent.messages++
    from.sent.bytes += requestBytes.byteLength
    const pair = pairKey(from.id, to)
    if (this.lost() || this.brokenPairs.has(pair)) return await this.never(signal)
    await this.after(this.delay() + (this.slowPairs.get(pair) ?? 0), signal)
    if (!target.up || !target.connections.has(from.id)) throw new ConnectionRefusedError(`the connection to ${to} closed`)
    // The target handles it when it runs: at once, or when it resumes from a pause.
    const responseBytes = await new Promise<Uint8Array>((resolve, reject) => {
      target.clock.run(() => {
        target.received.messages++
        target.received.bytes += requestBytes.byteLength
        const handler = target.handler
        if (handler === undefined) {
          reject(new ConnectionRefusedError(`${to} does not serve membership`))
          return
        }
        handler(from.id, decodeRequest(requestBytes), target.clock.timeout(10_000)).then(response => {
          const bytes = encodeResponse(response)
          target.sent.messages++
          target.sent.bytes += bytes.byteLength
          resolve(bytes)
        }, reject)
      })
      signal.addEventListener('abort', () => { reject(abortReason(signal)) }, { once: true })
    })
    if (this.lost() || this.brokenPairs.has(pair)) return await this.never(signal)
    await this.after(this.delay() + (this.slowPairs.get(pair) ?? 0), signal)
    if (!from.up) return await this.never(signal)
    // The answer reaches a paused requester only when it resumes.
    await new Promise<void>(resolve => { from.clock.run(resolve) })
    from.received.messages++
    from.received.bytes += responseBytes.byteLength
    return decodeResponse(responseBytes)
  }
}

function pairKey (a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`
}

function abortReason (signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted')
}
