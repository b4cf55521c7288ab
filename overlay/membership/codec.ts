// Membership messages on the wire: requests and responses as protobuf, and the news items (updates)
// they carry, converted to and from the table's terms. Peer ids travel as multihash bytes; their
// string forms are cached both ways (a peer id is re-encoded for every update otherwise).
import { peerIdFromString } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import { peerIdFromBytes } from '../signing/index.js'
import type { PeerState } from './table.js'
import type { SwimRequest, SwimResponse, WireUpdate } from './types.js'

const { Request, Response, Update } = supercloud.membership
const WireState = Update.State

/** A news item in the table's terms. */
export interface News {
  id: string
  state: PeerState
  incarnation: number
  /** alive/left: the descriptor version that proves it. */
  seq: number
  /** suspect: who suspects. */
  from?: string
}

const MAX_CACHED_IDS = 50_000

/** Peer id ⇄ multihash bytes, cached (bounded; cleared when full). */
export class PeerIds {
  private readonly toBytesCache = new Map<string, Uint8Array>()
  private readonly toStringCache = new Map<string, string>()

  bytes (id: string): Uint8Array {
    let bytes = this.toBytesCache.get(id)
    if (bytes === undefined) {
      bytes = peerIdFromString(id).toMultihash().bytes
      if (this.toBytesCache.size >= MAX_CACHED_IDS) this.toBytesCache.clear()
      this.toBytesCache.set(id, bytes)
    }
    return bytes
  }

  /** The id of untrusted bytes; throws BadSignatureError when they are not a peer id. */
  string (bytes: Uint8Array): string {
    const key = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
    let id = this.toStringCache.get(key)
    if (id === undefined) {
      id = peerIdFromBytes(bytes).toString()
      if (this.toStringCache.size >= MAX_CACHED_IDS) this.toStringCache.clear()
      this.toStringCache.set(key, id)
    }
    return id
  }
}

const TO_WIRE: Record<PeerState, supercloud.membership.Update.State> = {
  alive: WireState.ALIVE, suspect: WireState.SUSPECT, dead: WireState.DEAD, left: WireState.LEFT
}
const FROM_WIRE: Record<number, PeerState> = {
  [WireState.ALIVE]: 'alive', [WireState.SUSPECT]: 'suspect', [WireState.DEAD]: 'dead', [WireState.LEFT]: 'left'
}

export function toWire (ids: PeerIds, news: News): WireUpdate {
  return {
    peerId: ids.bytes(news.id),
    state: TO_WIRE[news.state],
    incarnation: news.incarnation,
    seq: news.seq,
    ...(news.from === undefined ? {} : { from: ids.bytes(news.from) })
  }
}

/** A news item from the wire, or undefined when it is malformed (an unknown state, a bad id). */
export function fromWire (ids: PeerIds, update: WireUpdate): News | undefined {
  const state = FROM_WIRE[update.state ?? WireState.ALIVE]
  const incarnation = update.incarnation ?? 0
  const seq = update.seq ?? 0
  if (state === undefined || !Number.isFinite(incarnation) || !Number.isFinite(seq) || update.peerId == null) return undefined
  try {
    const id = ids.string(update.peerId)
    const from = update.from != null && update.from.byteLength > 0 ? ids.string(update.from) : undefined
    return { id, state, incarnation, seq, ...(from === undefined ? {} : { from }) }
  } catch {
    return undefined
  }
}

export function encodeRequest (request: SwimRequest): Uint8Array {
  return Request.encode(request).finish()
}

export function decodeRequest (bytes: Uint8Array): SwimRequest {
  return Request.decode(bytes)
}

export function encodeResponse (response: SwimResponse): Uint8Array {
  return Response.encode(response).finish()
}

export function decodeResponse (bytes: Uint8Array): SwimResponse {
  return Response.decode(bytes)
}

/** The kind of a request, for logs and counters. */
export function requestKind (request: SwimRequest): string {
  if (request.ping != null) return request.ping.gossip === true ? 'gossip' : 'ping'
  if (request.pingReq != null) return 'ping-req'
  if (request.pull != null) return 'pull'
  if (request.sync != null) return 'sync'
  if (request.table != null) return 'table'
  return 'unknown'
}
