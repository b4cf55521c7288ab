// VM routes: each maps one request to one operation of the cloud-wide VM service, which runs it on
// the VM's owner. Snapshots travel as raw bytes; the console is a WebSocket (binary frames are
// console bytes, text frames JSON notices).
import type { FastifyInstance } from 'fastify'
import type { WebSocket } from 'ws'
import type { ApiServices } from './services.js'
import { BadRequestError } from '../errors.js'
import { MAX_SNAPSHOT_BYTES } from '../hypervisor/snapshot/format.js'
import { MAX_CONSOLE_WRITE } from '../hypervisor/devices/serial.js'

/** Console output waiting for a slow WebSocket reader beyond this is dropped. */
const MAX_WS_BACKLOG = 1 << 20

const protectBody = {
  type: 'object',
  additionalProperties: false,
  properties: { standby: { type: 'string' }, checkpointIntervalMs: { type: 'integer', minimum: 1 } }
} as const

interface ProtectBody { standby?: string, checkpointIntervalMs?: number }

const createBody = {
  type: 'object',
  additionalProperties: false,
  required: ['image'],
  properties: {
    image: { type: 'string' },
    memoryBytes: { type: 'integer', minimum: 1 },
    name: { type: 'string' },
    nic: { type: 'string' },
    on: { type: 'string' },
    net: { type: 'string' },
    pinned: { type: 'boolean' },
    ha: protectBody,
    disks: { type: 'array', maxItems: 2, items: { type: 'string' } },
    tiny: {
      type: 'object',
      additionalProperties: false,
      properties: { busy: { type: 'boolean' }, dirtyPagesPerSec: { type: 'integer', minimum: 0 }, dirtyPercent: { type: 'integer', minimum: 1, maximum: 100 }, fillRam: { type: 'boolean' } }
    }
  }
} as const

interface CreateBody { ha?: ProtectBody, image: string, memoryBytes?: number, name?: string, nic?: 'ne2k' | 'virtio', on?: string, net?: string, pinned?: boolean, disks?: string[], tiny?: Record<string, number | boolean> }

export function registerVmRoutes (app: FastifyInstance, { cloud }: Pick<ApiServices, 'cloud'>): void {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_SNAPSHOT_BYTES }, (_request, body, done) => { done(null, body) })

  app.get<{ Querystring: { here?: boolean } }>('/v1/vms', {
    schema: { querystring: { type: 'object', additionalProperties: false, properties: { here: { type: 'boolean' } } } }
  }, async (request) => request.query.here === true ? await cloud.listHere() : await cloud.list())

  app.post<{ Body: CreateBody }>('/v1/vms', { schema: { body: createBody } }, async (request) => {
    const { on, ha, ...rest } = request.body
    return await cloud.create(rest, on, ha === undefined ? undefined : protectRequest(ha))
  })

  app.post<{ Querystring: { on?: string, name?: string }, Body: Buffer }>('/v1/vms/restore', {
    bodyLimit: MAX_SNAPSHOT_BYTES,
    schema: { querystring: { type: 'object', additionalProperties: false, properties: { on: { type: 'string' }, name: { type: 'string' } } } }
  }, async (request) => {
    if (!Buffer.isBuffer(request.body)) throw new BadRequestError('send the snapshot file as application/octet-stream')
    return await cloud.restore(request.body, request.query)
  })

  app.get<{ Params: { ref: string } }>('/v1/vms/:ref', async (request) => await cloud.show(request.params.ref))

  app.post<{ Params: { ref: string }, Body: ProtectBody | undefined }>('/v1/vms/:ref/protect', { schema: { body: protectBody } }, async (request) => await cloud.protect(request.params.ref, protectRequest(request.body ?? {})))
  app.post<{ Params: { ref: string } }>('/v1/vms/:ref/unprotect', async (request) => await cloud.unprotect(request.params.ref))

  app.post<{ Params: { ref: string, action: string } }>('/v1/vms/:ref/:action', async (request, reply) => {
    const vm = await cloud.act(request.params.ref, request.params.action)
    return vm ?? await reply.code(204).send()
  })

  app.delete<{ Params: { ref: string }, Querystring: { withDisks?: boolean } }>('/v1/vms/:ref', {
    schema: { querystring: { type: 'object', additionalProperties: false, properties: { withDisks: { type: 'boolean' } } } }
  }, async (request, reply) => {
    await cloud.act(request.params.ref, 'destroy', { withDisks: request.query.withDisks === true })
    await reply.code(204).send()
  })

  app.get<{ Params: { ref: string } }>('/v1/vms/:ref/snapshot', async (request, reply) => {
    const bytes = await cloud.snapshot(request.params.ref)
    await reply.header('content-type', 'application/octet-stream').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  })

  app.get<{ Params: { ref: string } }>('/v1/vms/:ref/logs', async (request, reply) => {
    const bytes = await cloud.logs(request.params.ref)
    await reply.header('content-type', 'application/octet-stream').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  })

  app.get<{ Params: { ref: string } }>('/v1/vms/:ref/console', { websocket: true }, (socket: WebSocket, request) => {
    const notice = (value: object): void => { socket.send(JSON.stringify(value)) }
    cloud.console(request.params.ref).then(session => {
      notice({ type: 'attached', vm: request.params.ref })
      const off = session.onOutput(bytes => {
        if (socket.bufferedAmount < MAX_WS_BACKLOG) socket.send(bytes, { binary: true })
      })
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) return
        try {
          session.write(data.byteLength > MAX_CONSOLE_WRITE ? data.subarray(0, MAX_CONSOLE_WRITE) : data)
        } catch (err) {
          notice({ type: 'error', name: (err as Error).name, error: (err as Error).message })
        }
      })
      socket.on('close', () => { off(); session.close() })
      void session.closed.then(() => {
        notice({ type: 'closed', reason: 'the console ended (the VM stopped or its peer went away)' })
        socket.close(1000, 'console closed')
      })
    }, (err: Error) => {
      notice({ type: 'error', name: err.name, error: err.message })
      socket.close(1011, err.message.slice(0, 100))
    })
  })
}

function protectRequest (body: ProtectBody): { standby?: string, intervalMs?: number } {
  return { ...(body.standby === undefined ? {} : { standby: body.standby }), ...(body.checkpointIntervalMs === undefined ? {} : { intervalMs: body.checkpointIntervalMs }) }
}
