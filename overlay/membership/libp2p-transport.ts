// The membership protocol over libp2p: a session stream per peer this one talks to, carrying its
// requests and their answers (session.ts); the table pull, whose answer is large, on a stream of
// its own. The admission gate resets a non-member's stream before this handler runs; the handler
// checks again (a gate is a policy, this is the protocol's own guarantee).
import type { Connection, Libp2p, PeerId, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { RateLimitedLog } from '../core/rate-limited-log.js'
import { NotAdmittedError } from '../admission/errors.js'
import { MAX_INBOUND_STREAMS, MAX_SWIM_REQUEST_BYTES, MAX_TABLE_BYTES, MEMBERSHIP_PROTOCOL, RPC_TIMEOUT_MS } from './constants.js'
import { OutboundSession, serveSession, type SessionLimits } from './session.js'
import type { SwimHandler, SwimRequest, SwimResponse, SwimTransport } from './types.js'

/** Sessions: requests in flight each way, and how long one may sit idle before it is closed. */
const SESSION: SessionLimits = { maxFrameBytes: MAX_SWIM_REQUEST_BYTES, maxInFlight: 64, idleMs: 60_000 }
const TABLE_STREAM: SessionLimits = { maxFrameBytes: MAX_TABLE_BYTES, maxInFlight: 1, idleMs: RPC_TIMEOUT_MS }

export interface Libp2pTransportComponents {
  libp2p: Libp2p
  isMember: (id: string) => boolean
  warn: RateLimitedLog
}

const MAX_CACHED_PEER_IDS = 10_000

export class Libp2pTransport implements SwimTransport {
  private handler: SwimHandler | undefined
  private readonly disconnectListeners = new Set<(id: string) => void>()
  private readonly peerIds = new Map<string, PeerId>()
  private readonly sessions = new Map<string, OutboundSession>()
  private readonly opening = new Map<string, Promise<OutboundSession>>()

  constructor (private readonly c: Libp2pTransportComponents) {}

  async start (): Promise<void> {
    await this.c.libp2p.handle(MEMBERSHIP_PROTOCOL, (stream, connection) => { void this.serveStream(stream, connection) },
      { maxInboundStreams: MAX_INBOUND_STREAMS, maxOutboundStreams: MAX_INBOUND_STREAMS * 4 })
    this.c.libp2p.addEventListener('peer:disconnect', this.onPeerDisconnect)
  }

  async stop (): Promise<void> {
    for (const session of this.sessions.values()) session.close()
    this.c.libp2p.removeEventListener('peer:disconnect', this.onPeerDisconnect)
    await this.c.libp2p.unhandle(MEMBERSHIP_PROTOCOL).catch(() => {})
  }

  serve (handler: SwimHandler): void {
    this.handler = handler
  }

  async request (to: string, request: SwimRequest, options: { signal: AbortSignal }): Promise<SwimResponse> {
    if (request.table != null) {
      // A table can be megabytes: its own stream, so it holds up no probe.
      const stream = await this.c.libp2p.dialProtocol(this.peerId(to), MEMBERSHIP_PROTOCOL, { signal: options.signal })
      const once = new OutboundSession(stream, TABLE_STREAM, () => {})
      try {
        return await once.call(request, options.signal)
      } finally {
        once.close()
      }
    }
    return await (await this.session(to, options.signal)).call(request, options.signal)
  }

  /** The open session to `to`, or a new one (one at a time per peer). */
  private async session (to: string, signal: AbortSignal): Promise<OutboundSession> {
    const open = this.sessions.get(to)
    if (open?.usable === true) return open
    let opening = this.opening.get(to)
    if (opening === undefined) {
      opening = this.c.libp2p.dialProtocol(this.peerId(to), MEMBERSHIP_PROTOCOL, { signal })
        .then(stream => {
          const session: OutboundSession = new OutboundSession(stream, SESSION, () => { if (this.sessions.get(to) === session) this.sessions.delete(to) })
          this.sessions.get(to)?.close()
          this.sessions.set(to, session)
          return session
        })
        .finally(() => this.opening.delete(to))
      this.opening.set(to, opening)
    }
    return await opening
  }

  isConnected (id: string): boolean {
    return this.c.libp2p.getConnections(this.peerId(id)).length > 0
  }

  connected (): string[] {
    return [...new Set(this.c.libp2p.getConnections().map(c => c.remotePeer.toString()))]
  }

  async dial (id: string, options: { signal: AbortSignal }): Promise<void> {
    await this.c.libp2p.dial(this.peerId(id), options)
  }

  hangUp (id: string): void {
    this.sessions.get(id)?.close()
    this.c.libp2p.hangUp(this.peerId(id)).catch(() => {})
  }

  onDisconnect (listener: (id: string) => void): () => void {
    this.disconnectListeners.add(listener)
    return () => this.disconnectListeners.delete(listener)
  }

  private readonly onPeerDisconnect = (evt: CustomEvent<PeerId>): void => {
    const id = evt.detail.toString()
    for (const listener of this.disconnectListeners) listener(id)
  }

  private peerId (id: string): PeerId {
    let peerId = this.peerIds.get(id)
    if (peerId === undefined) {
      peerId = peerIdFromString(id)
      if (this.peerIds.size >= MAX_CACHED_PEER_IDS) this.peerIds.clear()
      this.peerIds.set(id, peerId)
    }
    return peerId
  }

  /** Serves a session (or a table pull): bounded frames, requests in flight, time; bad input aborts it. */
  private async serveStream (stream: Stream, connection: Connection): Promise<void> {
    const from = connection.remotePeer.toString()
    try {
      if (!this.c.isMember(from)) throw new NotAdmittedError(`${from} is not a member`)
      const handler = this.handler
      if (handler === undefined) throw new NotAdmittedError('membership is not running')
      await serveSession(stream, { ...SESSION, serveMs: RPC_TIMEOUT_MS }, async (request, signal) => await handler(from, request, signal))
      await stream.close({ signal: AbortSignal.timeout(RPC_TIMEOUT_MS) }).catch(() => {})
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err))
      // A session that idles out, or a peer that went away, is no news.
      if (!['WireTimeoutError', 'TimeoutError', 'StreamResetError', 'SessionClosedError'].includes(error.name)) {
        this.c.warn(`swim:${from}:${error.name}`, { peer: from, err: error.name, reason: error.message }, 'closed a membership session')
      }
      stream.abort(error)
    }
  }
}
