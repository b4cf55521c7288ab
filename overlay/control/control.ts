// Control: typed operations one member asks of another (status, for now), over a member-only
// request/response protocol.
import type { PeerId } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/wire.js'
import { CONTROL_PROTOCOL, CONTROL_TIMEOUT_MS, MAX_CONTROL_REQUEST_BYTES, MAX_CONTROL_RESPONSE_BYTES } from './constants.js'
import { MemberRpc, protobufCodec, type MemberRpcComponents } from '../wire/member-rpc.js'
import { UnknownOperationError } from './errors.js'

const { ControlRequest, ControlResponse } = supercloud.control
export type ControlRequestMsg = supercloud.control.IControlRequest
export type ControlResponseMsg = supercloud.control.IControlResponse

export interface ControlHandlers {
  status: () => Promise<supercloud.control.IStatusResponse>
}

export type ControlComponents = MemberRpcComponents

export class Control {
  private readonly rpc: MemberRpc<ControlRequestMsg, ControlResponseMsg>

  constructor (components: ControlComponents, private readonly handlers: ControlHandlers) {
    this.rpc = new MemberRpc(components, protobufCodec<ControlRequestMsg, ControlResponseMsg>({
      protocol: CONTROL_PROTOCOL,
      maxRequestBytes: MAX_CONTROL_REQUEST_BYTES,
      maxResponseBytes: MAX_CONTROL_RESPONSE_BYTES,
      timeoutMs: CONTROL_TIMEOUT_MS
    }, ControlRequest, ControlResponse), async (_from, request) => await this.dispatch(request))
  }

  async start (): Promise<void> {
    await this.rpc.start()
  }

  async stop (): Promise<void> {
    await this.rpc.stop()
  }

  private async dispatch (request: ControlRequestMsg): Promise<ControlResponseMsg> {
    if (request.status != null) return { status: await this.handlers.status() }
    throw new UnknownOperationError('unknown control operation')
  }

  /** Sends one request to `peer`; a remote error is rethrown as RemoteError with its name. */
  async request (peer: PeerId, request: ControlRequestMsg, options: { signal?: AbortSignal } = {}): Promise<ControlResponseMsg> {
    return await this.rpc.request(peer, request, options)
  }
}
