// The control API: HTTP + JSON on 127.0.0.1, bearer token from the data dir, JSON errors with the
// right status code. Routes live in routes.ts; this file owns the server's life and its guards.
import { timingSafeEqual } from 'node:crypto'
import Fastify, { type FastifyInstance } from 'fastify'
import websocket from '@fastify/websocket'
import type { Logger } from '../log.js'
import { statusOf } from '../../overlay/core/errors.js'
import { wireError } from '../../overlay/wire/member-rpc.js'
import type { ApiServices } from './services.js'
import { registerRoutes } from './routes.js'
import { registerVmRoutes } from './vm-routes.js'
import { registerGuestTraceRoutes } from './guest-trace-routes.js'
import { registerDiskRoutes } from './disk-routes.js'
import { registerNetRoutes } from './net-routes.js'
import { registerMigrationRoutes } from './migration-routes.js'
import { registerFailpointRoutes } from './failpoint-routes.js'
import { registerSpotRoutes } from './spot-routes.js'
import { MAX_CONSOLE_MESSAGE_BYTES } from '../../overlay/control/constants.js'
import { isDashboardRoute, registerDashboard, type Dashboard, type DashboardInit, type DashboardSource } from './dashboard/index.js'
import { dashboardSource } from './dashboard-source.js'

export interface ApiServerInit {
  port: number
  token: string
  log: Logger
}

export class ApiServer {
  private readonly app: FastifyInstance
  private address = ''
  /** Set once the server is ready (its plugins registered). */
  dashboard: Dashboard | undefined

  constructor (private readonly init: ApiServerInit) {
    // Fastify's own request logging stays off: errors are logged by the handler below.
    this.app = Fastify({ logger: false, bodyLimit: 1 << 20 })
    this.app.addHook('onRequest', async (request, reply) => {
      if (request.url === '/healthz') return
      // The dashboard's own routes check its session cookie, Origin and Host instead; nothing else does.
      if (isDashboardRoute(request)) return
      if (!this.authorized(request.headers.authorization)) {
        await reply.code(401).send({ error: 'missing or wrong bearer token', name: 'UnauthorizedError' })
      }
    })
    // A WebSocket upgrade refused by the hook above gets its answer, but then nothing ends its socket
    // (@fastify/websocket ends it only once its own hook ran, which the refusal skipped): it stayed
    // half-open and held the server's close until the client went away.
    this.app.addHook('onResponse', async (request) => {
      if (request.headers.upgrade?.toLowerCase() === 'websocket') request.raw.socket.destroy()
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
    void this.app.register(websocket, { options: { maxPayload: MAX_CONSOLE_MESSAGE_BYTES } })
  }

  get url (): string {
    return this.address
  }

  attach (services: ApiServices): void {
    // Inside a plugin, so that the routes see the websocket plugin registered before them.
    void this.app.register(async app => {
      registerRoutes(app, services)
      registerVmRoutes(app, services)
      registerGuestTraceRoutes(app, services)
      registerDiskRoutes(app, services)
      registerNetRoutes(app, services)
      registerMigrationRoutes(app, services)
      registerFailpointRoutes(app, services)
      registerSpotRoutes(app, services)
    })
    this.attachDashboard(dashboardSource(services))
  }

  /** The dashboard, reading and acting through `source` (the daemon's, but for tests of the dashboard itself). */
  attachDashboard (source: DashboardSource, options: Pick<DashboardInit, 'feed' | 'sessions'> = {}): void {
    void this.app.register(async app => {
      this.dashboard = registerDashboard(app, { ...options, source, log: this.init.log.child({ component: 'dashboard' }) })
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
