// A request/response protocol between members: every request is checked against the member list
// before it is dispatched (a non-member gets NotAdmittedError and nothing runs), requests and
// responses are bounded in size and time, and an error on the serving side comes back to the
// caller as a RemoteError carrying the remote error's name.
import type { Libp2p, PeerId } from '@libp2p/interface'
import type { Logger } from '../core/log.js'
import type { Membership } from '../membership/membership.js'
import { rpcStreamHandler } from '../wire/rpc.js'

/** An error reported by the remote peer, with the remote error's name. */
export class RemoteError extends Error {
  constructor (override readonly name: string, message: string) {
    super(message)
  }
}

export interface MemberRpcComponents {
  libp2p: Libp2p
  membership: Membership
  log: Logger
}

export interface RpcError { name?: string | null, message?: string | null }

/** How one protocol's messages are framed; `error` reads or makes the error form of a response. */
export interface MemberRpcCodec<Req, Res> {
  protocol: string
  maxRequestBytes: number
  maxResponseBytes: number
  timeoutMs: number
  encodeRequest: (request: Req) => Uint8Array
  decodeRequest: (bytes: Uint8Array) => Req
  encodeResponse: (response: Res) => Uint8Array
  decodeResponse: (bytes: Uint8Array) => Res
  errorResponse: (error: { name: string, message: string }) => Res
  errorOf: (response: Res) => RpcError | null | undefined
}

/** A protobufjs message class, as pbjs generates them. */
export interface MessageClass<T> {
  encode: (message: T) => { finish: () => Uint8Array }
  decode: (bytes: Uint8Array) => T
}

/** The codec of a protocol whose messages are protobuf and whose responses carry an `error` field. */
export function protobufCodec<Req, Res extends { error?: RpcError | null }> (
  limits: Pick<MemberRpcCodec<Req, Res>, 'protocol' | 'maxRequestBytes' | 'maxResponseBytes' | 'timeoutMs'>,
  request: MessageClass<Req>,
  response: MessageClass<Res>
): MemberRpcCodec<Req, Res> {
  return {
    ...limits,
    encodeRequest: r => request.encode(r).finish(),
    decodeRequest: b => request.decode(b),
    encodeResponse: r => response.encode(r).finish(),
    decodeResponse: b => response.decode(b),
    errorResponse: error => ({ error }) as Res,
    errorOf: r => r.error
  }
}

export type Dispatch<Req, Res> = (from: PeerId, request: Req, signal: AbortSignal) => Promise<Res>

export class MemberRpc<Req, Res> {
  constructor (private readonly components: MemberRpcComponents, private readonly codec: MemberRpcCodec<Req, Res>, private readonly dispatch: Dispatch<Req, Res>) {}

  async start (): Promise<void> {
    const { libp2p, log, membership } = this.components
    const codec = this.codec
    await libp2p.handle(codec.protocol, rpcStreamHandler({ maxRequestBytes: codec.maxRequestBytes, timeoutMs: codec.timeoutMs }, log, async (bytes, conn, signal) => {
      const response = await (async () => {
        membership.assertMember(conn.remotePeer)
        return await this.dispatch(conn.remotePeer, codec.decodeRequest(bytes), signal)
      })().catch((err: Error) => {
        log.warn({ protocol: codec.protocol, peer: conn.remotePeer.toString(), err: err.message, name: err.name }, 'request failed')
        return codec.errorResponse({ name: err.name, message: err.message })
      })
      return codec.encodeResponse(response)
    }))
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(this.codec.protocol).catch(() => {})
  }

  /** Sends one request to `peer`; a remote error is rethrown as RemoteError with its name. */
  async request (peer: PeerId, request: Req, options: { signal?: AbortSignal } = {}): Promise<Res> {
    const codec = this.codec
    const signal = options.signal ?? AbortSignal.timeout(codec.timeoutMs)
    const bytes = await this.components.membership.request(peer, codec.protocol, codec.encodeRequest(request), { signal, maxResponseBytes: codec.maxResponseBytes })
    const response = codec.decodeResponse(bytes)
    const error = codec.errorOf(response)
    if (error != null) throw new RemoteError(error.name ?? 'RemoteError', error.message ?? '')
    return response
  }
}
