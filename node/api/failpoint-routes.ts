// Failpoint routes: arm and disarm fault injection on this peer (tests and chaos runs). They answer
// FailpointsDisabledError (403) unless the daemon runs with the failpoints option.
import type { FastifyInstance } from 'fastify'
import type { ApiServices } from './services.js'
import { parseFailpointAction } from '../failpoints.js'

export function registerFailpointRoutes (app: FastifyInstance, { failpoints }: Pick<ApiServices, 'failpoints'>): void {

  app.get('/v1/failpoints', async () => ({ enabled: failpoints.enabled, names: failpoints.names(), armed: failpoints.list() }))

  app.put<{ Params: { name: string }, Body: { action: string, count?: number } }>('/v1/failpoints/:name', {
    schema: {
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['action'],
        properties: { action: { type: 'string', maxLength: 32 }, count: { type: 'integer', minimum: 1, maximum: 1_000_000 } }
      }
    }
  }, async (request) => failpoints.arm(request.params.name, parseFailpointAction(request.body.action), request.body.count))

  app.delete<{ Params: { name: string } }>('/v1/failpoints/:name', async (request) => {
    failpoints.disarm(request.params.name)
    return { name: request.params.name, armed: false }
  })
}
