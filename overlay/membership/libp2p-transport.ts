// The membership protocol over libp2p: one stream per request, one bounded request read in bounded
// time, one response. The admission gate resets a non-member's stream before this handler runs;
// the handler checks again (a gate is a policy, this is the protocol's own guarantee).
import type { Connection, Libp2p, PeerId, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { RateLimitedLog } from '../../node/log.js'
import { LpReader } from '../wire/lp-reader.js'
import { exchange, readOne, writeMessage } from '../wire/lp.js'
import { decodeRequest, decodeResponse, encodeRequest, encodeResponse, requestKind } from './codec.js'
import { MAX_INBOUND_STREAMS, MAX_SWIM_REQUEST_BYTES, MAX_TABLE_BYTES, MEMBERSHIP_PROTOCOL, RPC_TIMEOUT_MS } from './constants.js'
import type { SwimHandler, SwimRequest, SwimResponse, SwimTransport } from './types.js'

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

  constructor (private readonly c: Libp2pTransportComponents) {}

  async start (): Promise<void> {
    await this.c.libp2p.handle(MEMBERSHIP_PROTOCOL, (stream, connection) => { void this.serveStream(stream, connection) },
      { maxInboundStreams: MAX_INBOUND_STREAMS, maxOutboundStreams: MAX_INBOUND_STREAMS * 4 })
    this.c.libp2p.addEventListener('peer:disconnect', this.onPeerDisconnect)
  }

  async stop (): Promise<void> {
    this.c.libp2p.removeEventListener('peer:disconnect', this.onPeerDisconnect)
    await this.c.libp2p.unhandle(MEMBERSHIP_PROTOCOL).catch(() => {})
  }

  serve (handler: SwimHandler): void {
    this.handler = handler
  }

  async request (to: string, request: SwimRequest, options: { signal: AbortSignal }): Promise<SwimResponse> {
    const stream = await this.c.libp2p.dialProtocol(this.peerId(to), MEMBERSHIP_PROTOCOL, { signal: options.signal })
    const maxResponseBytes = request.table != null ? MAX_TABLE_BYTES : MAX_SWIM_REQUEST_BYTES
    return decodeResponse(await exchange(stream, encodeRequest(request), { signal: options.signal, maxResponseBytes }))
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

  /** One request in, one response out, bounded in size and time; bad input aborts the stream. */
  private async serveStream (stream: Stream, connection: Connection): Promise<void> {
    const from = connection.remotePeer.toString()
    const signal = AbortSignal.timeout(RPC_TIMEOUT_MS)
    let kind = 'unread'
    try {
      if (!this.c.isMember(from)) throw new NotMemberError(`${from} is not a member`)
      const request = decodeRequest(await readOne(new LpReader(stream, MAX_SWIM_REQUEST_BYTES), { signal }))
      kind = requestKind(request)
      const handler = this.handler
      if (handler === undefined) throw new NotMemberError('membership is not running')
      await writeMessage(stream, encodeResponse(await handler(from, request, signal)), { signal })
      await stream.close({ signal })
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err))
      this.c.warn(`swim:${from}:${error.name}`, { peer: from, kind, err: error.name, reason: error.message }, 'refused a membership request')
      stream.abort(error)
    }
  }
}

class NotMemberError extends Error {
  override name = 'NotMemberError'
}
