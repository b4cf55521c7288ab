// Control: typed operations one member asks of another. Every request is checked against the
// member list before dispatch; a non-member gets NotAdmittedError and nothing runs.
import type { Libp2p, PeerId } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/control.js'
import type { Logger } from '../../node/log.js'
import type { Membership } from '../membership/membership.js'
import { rpcStreamHandler } from '../wire/rpc.js'
import { CONTROL_PROTOCOL, CONTROL_TIMEOUT_MS, MAX_CONTROL_REQUEST_BYTES, MAX_CONTROL_RESPONSE_BYTES } from './constants.js'

const { ControlRequest, ControlResponse } = supercloud.control
export type ControlRequestMsg = supercloud.control.IControlRequest
export type ControlResponseMsg = supercloud.control.IControlResponse

/** An error reported by the remote peer, with the remote error's name. */
export class RemoteError extends Error {
  constructor (override readonly name: string, message: string) {
    super(message)
  }
}

export interface ControlHandlers {
  status: () => Promise<supercloud.control.IStatusResponse>
}

export interface ControlComponents {
  libp2p: Libp2p
  membership: Membership
  log: Logger
}

export class Control {
  constructor (private readonly components: ControlComponents, private readonly handlers: ControlHandlers) {}

  async start (): Promise<void> {
    const { libp2p, log } = this.components
    await libp2p.handle(CONTROL_PROTOCOL, rpcStreamHandler({ maxRequestBytes: MAX_CONTROL_REQUEST_BYTES, timeoutMs: CONTROL_TIMEOUT_MS }, log, async (req, conn) => {
      const response = await this.dispatch(conn.remotePeer, req).catch((err: Error) => {
        log.warn({ peer: conn.remotePeer.toString(), err: err.message }, 'refused control request')
        return { error: { name: err.name, message: err.message } }
      })
      return ControlResponse.encode(response).finish()
    }))
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(CONTROL_PROTOCOL).catch(() => {})
  }

  private async dispatch (from: PeerId, bytes: Uint8Array): Promise<ControlResponseMsg> {
    this.components.membership.assertMember(from)
    const request = ControlRequest.decode(bytes)
    switch (request.op) {
      case 'status': return { status: await this.handlers.status() }
      default: throw new RemoteError('UnknownOperationError', 'unknown control operation')
    }
  }

  /** Sends one request to `peer`; a remote error is rethrown as RemoteError with its name. */
  async request (peer: PeerId, request: ControlRequestMsg, options: { signal?: AbortSignal } = {}): Promise<ControlResponseMsg> {
    const signal = options.signal ?? AbortSignal.timeout(CONTROL_TIMEOUT_MS)
    const response = ControlResponse.decode(await this.components.membership.request(peer, CONTROL_PROTOCOL, ControlRequest.encode(request).finish(), { signal, maxResponseBytes: MAX_CONTROL_RESPONSE_BYTES }))
    if (response.error != null) throw new RemoteError(response.error.name ?? 'RemoteError', response.error.message ?? '')
    return response
  }
}
