// The dashboard: one page served by a peer's API on loopback, fed live over a WebSocket, acting
// through the same operations as the CLI. Everything it reads and does goes through one
// DashboardSource (types.ts); the API builds that from the daemon in one place.
//
// Routes (all but the link under /dashboard, each checked for Host and Origin — guard.ts):
//   GET  /v1/dashboard/link     WebSocket for `supercloud dashboard`, with the API's bearer token
//                               (the API's own check): a login code while it stays open
//   GET  /dashboard/login?code  the code, once, within 60 s → session cookie → the page
//   GET  /dashboard/            the page; /dashboard/assets/NAME its files
//   GET  /dashboard/ws          the live feed (WebSocket)
//   POST /dashboard/api/actions one action (migrate, drain, pause, resume)
// The session cookie opens these routes only: every other route still wants the bearer token.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { WebSocket } from 'ws'
import type { Logger } from '../../log.js'
import { loadAssets, securityHeaders } from './assets.js'
import { DashboardActionError } from './errors.js'
import { Feed, type FeedOptions } from './feed.js'
import { checkHost, checkRequest } from './guard.js'
import { Sessions, type SessionOptions } from './sessions.js'
import type { ActionRequest, DashboardSource } from './types.js'
import { cookieName, LINK_ROUTE, type LinkMessage } from './constants.js'

export type { DashboardSource } from './types.js'
export { DashboardSessionError, DashboardCodeError, DashboardOriginError, DashboardBusyError, DashboardActionError } from './errors.js'

export { cookieName, LINK_ROUTE, type LinkMessage } from './constants.js'

export interface DashboardInit {
  source: DashboardSource
  log: Logger
  feed?: Partial<FeedOptions>
  sessions?: Partial<SessionOptions>
}

export interface Dashboard { sessions: Sessions, feed: Feed }

/** Actions that end when every VM moved take up to this; the others answer at once. */
const DRAIN_TIMEOUT_MS = 3_600_000
const ACTION_TIMEOUT_MS = 60_000

const actionBody = {
  type: 'object',
  additionalProperties: false,
  required: ['action'],
  properties: {
    action: { type: 'string', enum: ['migrate', 'drain', 'pause', 'resume'] },
    vm: { type: 'string', minLength: 1, maxLength: 200 },
    to: { type: 'string', minLength: 1, maxLength: 200 },
    peer: { type: 'string', minLength: 1, maxLength: 200 },
    mode: { type: 'string', enum: ['precopy', 'stopcopy'] }
  }
} as const

/** Whether a route is the dashboard's own (it checks its session; the API's bearer check skips it). */
export function isDashboardRoute (request: FastifyRequest): boolean {
  return (request.routeOptions.config as { dashboard?: unknown } | undefined)?.dashboard === true
}

/** Registers the routes on `app`, which must have @fastify/websocket registered. */
export function registerDashboard (app: FastifyInstance, init: DashboardInit): Dashboard {
  const sessions = new Sessions(init.sessions)
  const feed = new Feed(init.source, init.log, init.feed)
  const assets = loadAssets()
  const sessionOf = new WeakMap<object, string>()
  sessions.onEnded(key => { feed.endSession(key) })
  app.addHook('onClose', async () => { feed.stop(); sessions.revokeAll() })

  const guarded = (requireOrigin: boolean, session: boolean) => async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const guard = { headers: request.headers, localPort: request.socket.localPort }
    checkRequest(guard, { requireOrigin })
    void reply.headers(securityHeaders(checkHost(guard)))
    if (session) sessionOf.set(request.raw, sessions.check(cookie(request.headers.cookie, cookieName(request.socket.localPort))))
  }
  const page = { dashboard: true }

  app.get(LINK_ROUTE, { websocket: true }, (socket: WebSocket) => {
    try {
      const grant = sessions.grant()
      socket.on('close', grant.revoke)
      socket.send(JSON.stringify({ path: `/dashboard/login?code=${grant.code}`, expiresAt: new Date(grant.expiresAtMs).toISOString() } satisfies LinkMessage))
    } catch (err) {
      socket.close(1013, (err as Error).message.slice(0, 100))
    }
  })

  app.get<{ Querystring: { code?: string } }>('/dashboard/login', {
    config: page,
    onRequest: guarded(false, false),
    schema: { querystring: { type: 'object', additionalProperties: false, properties: { code: { type: 'string', maxLength: 100 } } } }
  }, async (request, reply) => {
    const { session, maxAgeMs } = sessions.redeem(request.query.code ?? '')
    await reply
      .header('set-cookie', `${cookieName(request.socket.localPort)}=${session}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(maxAgeMs / 1000)}`)
      .redirect('/dashboard/', 303)
  })

  app.get('/dashboard', { config: page, onRequest: guarded(false, true) }, async (_request, reply) => { await reply.redirect('/dashboard/', 308) })

  app.get('/dashboard/', { config: page, onRequest: guarded(false, true) }, async (_request, reply) => {
    await reply.type(assets.index.type).send(assets.index.body)
  })

  app.get<{ Params: { name: string } }>('/dashboard/assets/:name', { config: page, onRequest: guarded(false, true) }, async (request, reply) => {
    const file = assets.files.get(request.params.name)
    if (file === undefined) return await reply.code(404).send({ error: `no dashboard file ${request.params.name.slice(0, 100)}`, name: 'NotFoundError' })
    return await reply.type(file.type).send(file.body)
  })

  app.get('/dashboard/ws', { websocket: true, config: page, onRequest: guarded(true, true) }, (socket: WebSocket, request) => {
    // Nothing comes from the page on this socket; what does is ignored (the API caps its size).
    try {
      feed.add(socket, sessionOf.get(request.raw) ?? '')
    } catch (err) {
      init.log.info({ err: (err as Error).message }, 'refused a dashboard feed')
    }
  })

  app.post<{ Body: ActionRequest }>('/dashboard/api/actions', { config: page, onRequest: guarded(true, true), schema: { body: actionBody } }, async (request) => {
    const result = await act(init.source, request.body)
    for (const topic of ['migrations', 'vms', 'peers'] as const) feed.refresh(topic)
    return { ok: true, result }
  })

  return { sessions, feed }
}

async function act (source: DashboardSource, body: ActionRequest): Promise<unknown> {
  const need = (value: string | undefined, what: string): string => {
    if (value === undefined) throw new DashboardActionError(`${body.action} needs ${what}`)
    return value
  }
  const b = body as { vm?: string, to?: string, peer?: string, mode?: 'precopy' | 'stopcopy' }
  const signal = AbortSignal.timeout(body.action === 'drain' ? DRAIN_TIMEOUT_MS : ACTION_TIMEOUT_MS)
  switch (body.action) {
    case 'migrate': return await source.migrate(need(b.vm, 'vm'), need(b.to, 'to'), { ...(b.mode === undefined ? {} : { mode: b.mode }), signal })
    case 'drain': return await source.drain(need(b.peer, 'peer'), { signal })
    case 'pause':
    case 'resume': return await source.act(need(b.vm, 'vm'), body.action, { signal })
  }
}

/** Cookie `name`'s value, from a Cookie header. */
export function cookie (header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}
