// VNet routes, and plugging VMs into VNets. Changes answer once every alive peer knows them (or
// after a bounded wait, listing in `pending` the peers that do not yet).
import type { FastifyInstance } from 'fastify'
import type { ApiServices } from './services.js'
import { parseRule } from '../../overlay/networks/rules.js'
import { MAX_BULK_FRAMES } from '../../overlay/switch/bulk.js'
import { BENCH_STREAM_MAX_BYTES } from '../net/bench-stream.js'
import { peerIdFromString } from '@libp2p/peer-id'
import { BadRequestError } from '../errors.js'

const MAX_PING_COUNT = 10_000
/** Smallest bulk frame: Ethernet, IPv4 and UDP headers and the 4-byte sequence number. */
const MIN_BULK_FRAME_BYTES = 14 + 20 + 8 + 4

export function registerNetRoutes (app: FastifyInstance, { net, cloud }: Pick<ApiServices, 'net' | 'cloud'>): void {

  app.get('/v1/nets', async () => net.list())

  app.post<{ Body: { name: string, cidr: string, mtu?: number } }>('/v1/nets', {
    schema: { body: { type: 'object', additionalProperties: false, required: ['name', 'cidr'], properties: { name: { type: 'string' }, cidr: { type: 'string' }, mtu: { type: 'integer' } } } }
  }, async (request) => await net.create(request.body))

  app.get<{ Params: { ref: string } }>('/v1/nets/:ref', async (request) => await net.show(request.params.ref))

  app.delete<{ Params: { ref: string } }>('/v1/nets/:ref', async (request) => await net.remove(request.params.ref))

  app.put<{ Params: { ref: string }, Body: { rules: string[] } }>('/v1/nets/:ref/rules', {
    schema: { body: { type: 'object', additionalProperties: false, required: ['rules'], properties: { rules: { type: 'array', maxItems: 256, items: { type: 'string', maxLength: 200 } } } } }
  }, async (request) => await net.setRules(request.params.ref, request.body.rules.map(parseRule)))

  app.post<{ Params: { ref: string }, Body: { ip: string, count?: number, intervalMs?: number, timeoutMs?: number, payloadBytes?: number } }>('/v1/nets/:ref/ping', {
    schema: {
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['ip'],
        properties: {
          ip: { type: 'string', format: 'ipv4' },
          count: { type: 'integer', minimum: 1, maximum: MAX_PING_COUNT },
          intervalMs: { type: 'number', minimum: 0, maximum: 60_000 },
          timeoutMs: { type: 'number', minimum: 1, maximum: 60_000 },
          payloadBytes: { type: 'integer', minimum: 0, maximum: 1472 }
        }
      }
    }
  }, async (request) => {
    const b = request.body
    return await net.ping(request.params.ref, b.ip, { count: b.count ?? 3, intervalMs: b.intervalMs ?? 10, timeoutMs: b.timeoutMs ?? 1000, payloadBytes: b.payloadBytes ?? 56 })
  })

  // bench:switch only (403 unless the daemon runs with failpoints, as testing peers do): bulk frames
  // between host ports, and one raw libp2p stream to set them against.
  app.put<{ Params: { ref: string } }>('/v1/nets/:ref/bench/sink', async (request) => await net.bulkSink(request.params.ref, true))

  app.get<{ Params: { ref: string } }>('/v1/nets/:ref/bench/sink', async (request) => await net.bulkSink(request.params.ref, false))

  app.post<{ Params: { ref: string }, Body: { ip: string, frames: number, frameBytes?: number, timeoutMs?: number } }>('/v1/nets/:ref/bench/send', {
    schema: {
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['ip', 'frames'],
        properties: {
          ip: { type: 'string', format: 'ipv4' },
          frames: { type: 'integer', minimum: 1, maximum: MAX_BULK_FRAMES },
          frameBytes: { type: 'integer', minimum: MIN_BULK_FRAME_BYTES, maximum: 65_535 },
          timeoutMs: { type: 'integer', minimum: 1, maximum: 600_000 }
        }
      }
    }
  }, async (request) => {
    const b = request.body
    return await net.bulkSend(request.params.ref, b.ip, { frames: b.frames, frameBytes: b.frameBytes ?? 1500, timeoutMs: b.timeoutMs ?? 120_000 })
  })

  app.put('/v1/bench/stream/sink', async () => await net.benchStreams.arm())

  app.get('/v1/bench/stream/sink', async () => net.benchStreams.counts())

  app.post<{ Body: { peer: string, bytes: number } }>('/v1/bench/stream', {
    schema: {
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['peer', 'bytes'],
        properties: { peer: { type: 'string', maxLength: 128 }, bytes: { type: 'integer', minimum: 1, maximum: BENCH_STREAM_MAX_BYTES } }
      }
    }
  }, async (request) => {
    let peer
    try {
      peer = peerIdFromString(request.body.peer)
    } catch {
      throw new BadRequestError(`not a peer id: ${request.body.peer}`)
    }
    return await net.benchStreams.send(peer, request.body.bytes)
  })

  app.post<{ Params: { ref: string }, Body: { net: string } }>('/v1/vms/:ref/attach', {
    schema: { body: { type: 'object', additionalProperties: false, required: ['net'], properties: { net: { type: 'string' } } } }
  }, async (request) => await cloud.attach(request.params.ref, request.body.net))

  app.post<{ Params: { ref: string } }>('/v1/vms/:ref/detach', async (request) => await cloud.detach(request.params.ref))
}
