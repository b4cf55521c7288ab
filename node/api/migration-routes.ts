// Migration routes, and the Prometheus metrics. A migration runs at the VM's owner; these start,
// follow and cancel it from any peer.
import type { FastifyInstance } from 'fastify'
import type { Daemon } from '../daemon.js'

interface MigrateBody { to: string, mode?: 'precopy' | 'stopcopy', downtimeTargetMs?: number }

export function registerMigrationRoutes (app: FastifyInstance, daemon: Daemon): void {
  const cloud = daemon.cloud

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

  app.get('/metrics', async (_request, reply) => {
    const registry = daemon.metrics.registry
    await reply.header('content-type', registry.contentType).send(await registry.metrics())
  })
}
