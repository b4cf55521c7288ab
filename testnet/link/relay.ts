import { createServer, connect } from 'node:net'
import type { Server, Socket, AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { DelayPipe } from './delay-pipe.js'
import type { LinkPairStats } from './index.js'
import type { PairPolicy } from './rules.js'

/** What one relay needs from the link layer; read per connection (or per chunk for delays). */
export interface RelayComponents {
  logger: Logger
  host: string
  /** Port of the daemon behind this relay, read per connection so a restarted daemon is found. */
  targetPort: () => number
  /** Peer index for a dialer's remote IP, or the OUTSIDE index. */
  indexForIp: (ip: string) => number
  /** Source IP to bind when dialing the daemon on behalf of peer `index`, if it has one. */
  sourceIpFor: (index: number) => string | undefined
  policy: (from: number, to: number) => PairPolicy
  delayMs: (from: number, to: number) => number
  stats: (from: number, to: number) => LinkPairStats
  maxQueuedBytes?: number
}

/** A dialer's connection and the relay's connection on to the daemon, in both directions. */
class RelayedConnection {
  private readonly pipes: DelayPipe[] = []
  private closed = false

  constructor (
    readonly from: number,
    readonly to: number,
    private readonly inbound: Socket,
    private readonly outbound: Socket,
    private readonly components: RelayComponents,
    private readonly log: Logger,
    private readonly onClose: () => void
  ) {
    const { stats, delayMs, maxQueuedBytes } = components
    const pair = stats(from, to)
    this.pipes.push(new DelayPipe({
      source: inbound,
      sink: outbound,
      delayMs: () => delayMs(from, to),
      onDelivered: bytes => { pair.bytesFromTo += bytes },
      maxQueuedBytes
    }))
    this.pipes.push(new DelayPipe({
      source: outbound,
      sink: inbound,
      delayMs: () => delayMs(to, from),
      onDelivered: bytes => { pair.bytesToFrom += bytes },
      maxQueuedBytes
    }))
    // An error on either side (a reset, a refused dial to the daemon) resets the other, as the
    // peer on a direct connection would have seen it.
    inbound.on('error', err => { this.reset('inbound', err) })
    outbound.on('error', err => { this.reset('outbound', err) })
    inbound.on('close', this.onSocketClose)
    outbound.on('close', this.onSocketClose)
  }

  /** Cuts the connection as a partition would: queued data is lost and both ends see a reset. */
  reset (side?: string, err?: Error): void {
    if (this.closed) return
    if (err !== undefined) this.log.debug({ side, err: err.message }, 'connection error')
    for (const pipe of this.pipes) pipe.abort()
    resetSocket(this.inbound)
    resetSocket(this.outbound)
  }

  private readonly onSocketClose = (): void => {
    if (this.inbound.destroyed && this.outbound.destroyed && !this.closed) {
      this.closed = true
      for (const pipe of this.pipes) pipe.abort()
      this.onClose()
    }
  }
}

function resetSocket (socket: Socket): void {
  if (socket.destroyed) return
  try {
    socket.resetAndDestroy()
  } catch {
    // Not yet a TCP handle (still resolving) or already closing: a plain destroy does.
    socket.destroy()
  }
}

/**
 * The listener in front of one peer's daemon. Every accepted connection is attributed to the
 * dialing peer by its source IP and relayed under the rules for that ordered pair.
 */
export class Relay {
  private readonly server: Server
  private readonly connections = new Set<RelayedConnection>()
  private readonly log: Logger
  private nextId = 0

  constructor (readonly index: number, private readonly components: RelayComponents) {
    this.log = components.logger.child({ relay: index })
    this.server = createServer({ allowHalfOpen: true, noDelay: true }, this.accept)
    this.server.on('error', err => { this.log.error({ err }, 'relay listener error') })
  }

  get port (): number {
    const address = this.server.address() as AddressInfo | null
    return address?.port ?? 0
  }

  /** Binds the listener; port 0 picks a free one. Resolves with the bound port. */
  async start (port: number): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => { reject(err) }
      this.server.once('error', onError)
      this.server.listen({ host: this.components.host, port }, () => {
        this.server.off('error', onError)
        resolve()
      })
    })
    this.log.debug({ port: this.port }, 'relay listening')
    return this.port
  }

  async stop (): Promise<void> {
    for (const connection of this.connections) connection.reset()
    this.connections.clear()
    if (!this.server.listening) return
    await new Promise<void>(resolve => { this.server.close(() => { resolve() }) })
  }

  /** Applies the current rules to existing connections: a dropped pair loses them all. */
  enforce (): void {
    for (const connection of this.connections) {
      if (this.components.policy(connection.from, connection.to).drop) {
        this.components.stats(connection.from, connection.to).dropped++
        connection.reset()
      }
    }
  }

  private readonly accept = (inbound: Socket): void => {
    const { components } = this
    const from = components.indexForIp(inbound.remoteAddress ?? '')
    const to = this.index
    const stats = components.stats(from, to)
    const policy = components.policy(from, to)
    if (policy.drop || policy.refuse) {
      if (policy.drop) stats.dropped++
      else stats.refused++
      inbound.on('error', () => {})
      resetSocket(inbound)
      return
    }
    const outbound = connect({
      host: components.host,
      port: components.targetPort(),
      localAddress: components.sourceIpFor(from),
      allowHalfOpen: true,
      noDelay: true
    })
    const id = this.nextId++
    const connection = new RelayedConnection(from, to, inbound, outbound, components,
      this.log.child({ conn: id, from, to }), () => {
        this.connections.delete(connection)
        stats.active--
      })
    this.connections.add(connection)
    stats.connections++
    stats.active++
  }
}
