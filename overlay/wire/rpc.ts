// Server side of a one-shot request/response protocol, bounded in size and time. Bad input aborts
// the stream and is logged with context; it never escapes as an unhandled rejection.
import type { Connection, Stream } from '@libp2p/interface'
import type { Logger } from '../core/log.js'
import { LpReader } from './lp-reader.js'
import { readOne, writeMessage } from './lp.js'

export interface RpcLimits {
  maxRequestBytes: number
  timeoutMs: number
}

export type RpcHandler = (request: Uint8Array, connection: Connection, signal: AbortSignal) => Promise<Uint8Array>

export function rpcStreamHandler (limits: RpcLimits, log: Logger, handler: RpcHandler): (stream: Stream, connection: Connection) => Promise<void> {
  return async (stream, connection) => {
    const signal = AbortSignal.timeout(limits.timeoutMs)
    try {
      const request = await readOne(new LpReader(stream, limits.maxRequestBytes), { signal })
      const response = await handler(request, connection, signal)
      await writeMessage(stream, response, { signal })
      await stream.close({ signal })
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err))
      log.warn({ protocol: stream.protocol, peer: connection.remotePeer.toString(), err: error.name, reason: error.message }, 'rejected request')
      stream.abort(error)
    }
  }
}
