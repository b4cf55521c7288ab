// Migration routes, and the Prometheus metrics. A migration runs at the VM's owner; these start,
// follow and cancel it from any peer. A VNet's move and a drain run at the peer asked, and answer
// once every VM has moved (or failed to), with a report per VM.
import type { FastifyInstance } from 'fastify'
import type { ApiServices } from './services.js'

interface MigrateBody { to: string, mode?: 'precopy' | 'stopcopy', downtimeTargetMs?: number }

export function registerMigrationRoutes (app: FastifyInstance, { cloud, moves, metrics }: Pick<ApiServices, 'cloud' | 'moves' | 'metrics'>): void {

  app.post<{ Params: { ref: string }, Body: MigrateBody }>('/v1/vms/:ref/migrate', {
    schema: {
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['to'],
        properties: { to: { type: 'string' }, mode: { type: 'string', enum: ['precopy', 'stopcopy'] }, downtimeTargetMs: { type: 'number', minimum: 1, maximum: 60_000 } }
      }
    }
  }, async (request) => {
    const { to, ...options } = request.body
    return await cloud.migrate(request.params.ref, to, options)
  })

  app.delete<{ Params: { ref: string } }>('/v1/vms/:ref/migrate', async (request) => await cloud.cancelMigration(request.params.ref))

  app.get('/v1/migrations', async () => await cloud.allMigrations())

  app.get<{ Params: { id: string } }>('/v1/migrations/:id', async (request) => await cloud.migration(request.params.id))

  const modeBody = { type: 'object', additionalProperties: false, properties: { mode: { type: 'string', enum: ['precopy', 'stopcopy'] } } }

  app.post<{ Params: { net: string }, Body: { to: string, mode?: 'precopy' | 'stopcopy' } }>('/v1/nets/:net/migrate', {
    schema: { body: { ...modeBody, required: ['to'], properties: { ...modeBody.properties, to: { type: 'string', maxLength: 200 } } } }
  }, async (request) => await moves.migrateNet(request.params.net, request.body.to, { mode: request.body.mode }))

  app.post<{ Body: { mode?: 'precopy' | 'stopcopy' } | null }>('/v1/drain', {
    schema: { body: { anyOf: [{ type: 'null' }, modeBody] } }
  }, async (request) => await moves.drain({ mode: request.body?.mode }))

  app.post('/v1/undrain', async () => await moves.undrain())

  app.get('/metrics', async (_request, reply) => {
    const registry = metrics.registry
    await reply.header('content-type', registry.contentType).send(await registry.metrics())
  })
}
