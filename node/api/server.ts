// The control API: HTTP + JSON on 127.0.0.1, bearer token from the data dir, JSON errors with the
// right status code. Routes live in routes.ts; this file owns the server's life and its guards.
import { timingSafeEqual } from 'node:crypto'
import Fastify, { type FastifyInstance } from 'fastify'
import websocket from '@fastify/websocket'
import type { Logger } from '../log.js'
import { statusOf } from '../../overlay/core/errors.js'
import { wireError } from '../../overlay/wire/member-rpc.js'
import type { Daemon } from '../daemon.js'
import { registerRoutes } from './routes.js'
import { registerVmRoutes } from './vm-routes.js'
import { registerDiskRoutes } from './disk-routes.js'
import { registerNetRoutes } from './net-routes.js'
import { registerMigrationRoutes } from './migration-routes.js'
import { registerFailpointRoutes } from './failpoint-routes.js'
import { registerSpotRoutes } from './spot-routes.js'
import { MAX_CONSOLE_MESSAGE_BYTES } from '../../overlay/control/constants.js'

export interface ApiServerInit {
  port: number
  token: string
  log: Logger
}

export class ApiServer {
  private readonly app: FastifyInstance
  private address = ''

  constructor (private readonly init: ApiServerInit) {
    // Fastify's own request logging stays off: errors are logged by the handler below.
    this.app = Fastify({ logger: false, bodyLimit: 1 << 20 })
    this.app.addHook('onRequest', async (request, reply) => {
      if (request.url === '/healthz') return
      if (!this.authorized(request.headers.authorization)) {
        await reply.code(401).send({ error: 'missing or wrong bearer token', name: 'UnauthorizedError' })
      }
    })
    this.app.setErrorHandler(async (err: Error & { statusCode?: number, validation?: unknown }, _request, reply) => {
      const status = err.validation !== undefined ? 400 : (err.statusCode ?? statusOf(err))
      if (status >= 500) init.log.error({ err }, 'API request failed')
      // A peer's error keeps the name it had there: that is the one a caller can act on.
      await reply.code(status).send({ error: err.message, name: wireError(err).name })
    })
    this.app.setNotFoundHandler(async (request, reply) => {
      await reply.code(404).send({ error: `no route ${request.method} ${request.url}`, name: 'NotFoundError' })
    })
  }

  get url (): string {
    return this.address
  }

  attach (daemon: Daemon): void {
    void this.app.register(websocket, { options: { maxPayload: MAX_CONSOLE_MESSAGE_BYTES } })
    // Inside a plugin, so that the routes see the websocket plugin registered before them.
    void this.app.register(async app => {
      registerRoutes(app, daemon)
      registerVmRoutes(app, daemon)
      registerDiskRoutes(app, daemon)
      registerNetRoutes(app, daemon)
      registerMigrationRoutes(app, daemon)
      registerFailpointRoutes(app, daemon)
      registerSpotRoutes(app, daemon)
    })
  }

  async start (): Promise<string> {
    const address = await this.app.listen({ host: '127.0.0.1', port: this.init.port })
    this.address = address
    return address
  }

  async stop (): Promise<void> {
    await this.app.close()
  }

  private authorized (header: string | undefined): boolean {
    const expected = Buffer.from(`Bearer ${this.init.token}`)
    const given = Buffer.from(header ?? '')
    return given.length === expected.length && timingSafeEqual(given, expected)
  }
}
