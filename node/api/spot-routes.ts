// Spot market routes: this peer's market facts, and a termination notice given by hand
// (`supercloud node notice --in 120s`), which evacuates the peer and answers with the report.
import type { FastifyInstance } from 'fastify'
import type { ApiServices } from './services.js'
import { NoticeError } from '../spot/errors.js'

/** A notice more than a day out is a typo, not a notice. */
const MAX_NOTICE_MS = 86_400_000

export function registerSpotRoutes (app: FastifyInstance, { peer, membership, spot }: Pick<ApiServices, 'peer' | 'membership' | 'spot'>): void {
  app.get('/v1/market', async () => ({ id: peer.peerId.toString(), ...spot.market.facts(), schedulable: membership.entry(peer.peerId.toString())?.descriptor.schedulable ?? true, evacuating: spot.evacuator.current !== undefined }))

  app.get('/v1/cost', async () => spot.costs.report())

  app.post<{ Body: { inMs?: number, deadline?: string } }>('/v1/notice', {
    schema: {
      body: {
        type: 'object',
        additionalProperties: false,
        properties: { inMs: { type: 'integer', minimum: 0, maximum: MAX_NOTICE_MS }, deadline: { type: 'string', maxLength: 64 } }
      }
    }
  }, async (request) => {
    const { inMs, deadline } = request.body
    if ((inMs === undefined) === (deadline === undefined)) throw new NoticeError('give the notice one of inMs or deadline (ISO-8601)')
    const deadlineMs = inMs !== undefined ? Date.now() + inMs : Date.parse(deadline ?? '')
    if (!Number.isFinite(deadlineMs)) throw new NoticeError(`deadline ${deadline ?? ''} is not an ISO-8601 time`)
    if (deadlineMs > Date.now() + MAX_NOTICE_MS) throw new NoticeError('a notice more than a day ahead is not a termination notice')
    return await spot.notice({ source: 'manual', deadlineMs, detail: inMs !== undefined ? `manual notice, ${inMs} ms` : `manual notice, deadline ${deadline ?? ''}` })
  })
}
