// A request/response protocol between members: every request is checked against the member list
// before it is dispatched (a non-member gets NotAdmittedError and nothing runs), requests and
// responses are bounded in size and time, and an error on the serving side comes back to the
// caller as a RemoteError carrying the remote error's name and status.
import type { Libp2p, PeerId } from '@libp2p/interface'
import type { Logger } from '../core/log.js'
import { CloudError, statusOf } from '../core/errors.js'
import { rpcStreamHandler } from './rpc.js'

/**
 * An error the remote peer answered with. It is not the remote's class (that lives in the remote's
 * process): it keeps the remote's name and HTTP status beside its own name, so that nothing takes
 * it for a local error of that name.
 */
export class RemoteError extends CloudError {
  override name = 'RemoteError'
  /** Peers before the status was carried answered without it: a failure elsewhere, 502. */
  constructor (readonly remoteName: string, message: string, readonly status = 502) {
    super(message)
  }
}

/** What a member-only protocol needs of membership: the check, and one request to a member. */
export interface MemberGate {
  assertMember: (peer: PeerId) => void
  /** `protocol`: one, or several in order of preference (the first the peer speaks is used). */
  request: (peer: PeerId, protocol: string | string[], request: Uint8Array, options: { signal: AbortSignal, maxResponseBytes: number }) => Promise<Uint8Array>
}

export interface MemberRpcComponents {
  libp2p: Libp2p
  membership: MemberGate
  log: Logger
}

export interface RpcError { name?: string | null, message?: string | null, status?: number | null }

/** An error as a peer answers it: by the name its caller can act on, with its HTTP status. */
export function wireError (err: Error): { name: string, message: string, status: number } {
  return { name: err instanceof RemoteError ? err.remoteName : err.name, message: err.message, status: statusOf(err) }
}

/** A remote's answer that is an error, as the error to throw here. */
export function remoteError (error: RpcError): RemoteError {
  return new RemoteError(error.name ?? 'RemoteError', error.message ?? '', error.status !== undefined && error.status !== null && error.status >= 400 && error.status < 600 ? error.status : 502)
}

/** How one protocol's messages are framed; `error` reads or makes the error form of a response. */
export interface MemberRpcCodec<Req, Res> {
  protocol: string
  /** Older versions served alike, and offered after `protocol` when dialling a peer that speaks no newer. */
  compatible?: string[]
  maxRequestBytes: number
  maxResponseBytes: number
  timeoutMs: number
  encodeRequest: (request: Req) => Uint8Array
  decodeRequest: (bytes: Uint8Array) => Req
  encodeResponse: (response: Res) => Uint8Array
  decodeResponse: (bytes: Uint8Array) => Res
  errorResponse: (error: { name: string, message: string, status: number }) => Res
  errorOf: (response: Res) => RpcError | null | undefined
}

/** A protobufjs message class, as pbjs generates them. */
export interface MessageClass<T> {
  encode: (message: T) => { finish: () => Uint8Array }
  decode: (bytes: Uint8Array) => T
}

/** The codec of a protocol whose messages are protobuf and whose responses carry an `error` field. */
export function protobufCodec<Req, Res extends { error?: RpcError | null }> (
  limits: Pick<MemberRpcCodec<Req, Res>, 'protocol' | 'compatible' | 'maxRequestBytes' | 'maxResponseBytes' | 'timeoutMs'>,
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
  /** The codec's protocol, then its compatible ones. */
  private readonly protocols: string[]

  constructor (private readonly components: MemberRpcComponents, private readonly codec: MemberRpcCodec<Req, Res>, private readonly dispatch: Dispatch<Req, Res>) {
    this.protocols = [codec.protocol, ...codec.compatible ?? []]
  }

  async start (): Promise<void> {
    const { libp2p, log, membership } = this.components
    const codec = this.codec
    await libp2p.handle(this.protocols, rpcStreamHandler({ maxRequestBytes: codec.maxRequestBytes, timeoutMs: codec.timeoutMs }, log, async (bytes, conn, signal) => {
      const response = await (async () => {
        membership.assertMember(conn.remotePeer)
        return await this.dispatch(conn.remotePeer, codec.decodeRequest(bytes), signal)
      })().catch((err: Error) => {
        log.warn({ protocol: codec.protocol, peer: conn.remotePeer.toString(), err: err.message, name: err.name }, 'request failed')
        return codec.errorResponse(wireError(err))
      })
      return codec.encodeResponse(response)
    }))
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(this.protocols).catch(() => {})
  }

  /** Sends one request to `peer`; a remote error is rethrown as RemoteError with its name. */
  async request (peer: PeerId, request: Req, options: { signal?: AbortSignal } = {}): Promise<Res> {
    const codec = this.codec
    const signal = options.signal ?? AbortSignal.timeout(codec.timeoutMs)
    const bytes = await this.components.membership.request(peer, this.protocols, codec.encodeRequest(request), { signal, maxResponseBytes: codec.maxResponseBytes })
    const response = codec.decodeResponse(bytes)
    const error = codec.errorOf(response)
    if (error != null) throw remoteError(error)
    return response
  }
}
