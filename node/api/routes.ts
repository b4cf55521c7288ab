// API routes: each maps one request to one daemon action.
import type { FastifyInstance } from 'fastify'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Daemon } from '../daemon.js'
import { BadRequestError, NotFoundError } from '../errors.js'

const DEFAULT_TOKEN_TTL_MS = 3_600_000

export function registerRoutes (app: FastifyInstance, daemon: Daemon): void {
  app.get('/healthz', async () => ({ ok: true, id: daemon.peerId.toString() }))

  app.get('/v1/status', async () => daemon.status())

  app.get('/v1/peers', async () => daemon.membership.peers())

  app.get<{ Params: { id: string } }>('/v1/peers/:id/status', async (request) => {
    const id = request.params.id
    if (id === daemon.peerId.toString()) return daemon.status()
    let peer
    try {
      peer = peerIdFromString(id)
    } catch {
      throw new BadRequestError(`not a peer id: ${id}`)
    }
    const connected = daemon.host.getConnections(peer).length > 0
    if (daemon.membership.entry(id) === undefined && !connected) throw new NotFoundError(`unknown peer ${id}`)
    const response = await daemon.control.request(peer, { status: {} })
    return response.status
  })

  app.post<{ Body: { ttlMs?: number } | null }>('/v1/tokens', {
    schema: { body: { anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, properties: { ttlMs: { type: 'integer', minimum: 1000, maximum: 30 * 86_400_000 } } }] } }
  }, async (request) => {
    const created = await daemon.admission.createToken(request.body?.ttlMs ?? DEFAULT_TOKEN_TTL_MS)
    return { token: created.token, id: created.id, expiresAt: new Date(created.expiresAtMs).toISOString(), issuer: daemon.peerId.toString() }
  })

  app.post('/v1/leave', async (_request, reply) => {
    await reply.send({ id: daemon.peerId.toString(), state: 'left' })
    // Leave after answering, so the client sees the reply before the API goes away.
    setImmediate(() => { daemon.leave().catch(err => { daemon.log.error({ err }, 'leave failed') }) })
  })
}
