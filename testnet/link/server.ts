import Fastify from 'fastify'
import type { FastifyInstance } from 'fastify'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { z } from 'zod'
import type { LinkLayer, LinkRule } from './index.js'
import { linkRulesSchema } from './rules.js'

/** A rules body for MAX_RULES rules is well under this; anything larger is not a rules body. */
const BODY_LIMIT_BYTES = 1024 * 1024

export interface ControlServerInit {
  link: LinkLayer
  logger: Logger
  /** Default 127.0.0.1: the control API changes what every peer sees, so it stays local. */
  host?: string
  /** 0 (default) picks a free port. */
  port?: number
  /** Called after a PUT /rules has been applied, e.g. to persist the rules. */
  onRulesChanged?: (rules: LinkRule[]) => Promise<void>
}

export interface ControlServer {
  /** Resolves with the bound port. */
  start(): Promise<number>
  stop(): Promise<void>
  readonly port: number
}

interface HttpError { statusCode?: number, message?: string }

/**
 * The testnet's knob for the link layer: `GET/PUT /rules`, `GET /stats`, `GET /healthz`.
 * Every error is answered as JSON `{ error }`; bad rule bodies get 400 and change nothing.
 */
export function createControlServer (init: ControlServerInit): ControlServer {
  const log = init.logger.child({ component: 'link-control' })
  const { link } = init
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: BODY_LIMIT_BYTES, forceCloseConnections: true })

  app.setErrorHandler<HttpError>(async (err, _request, reply) => {
    const status = err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500
    if (status >= 500) log.error({ err }, 'control request failed')
    return await reply.code(status).send({ error: err.message ?? 'internal error' })
  })
  app.setNotFoundHandler(async (request, reply) => {
    return await reply.code(404).send({ error: `no route ${request.method} ${request.url}` })
  })

  app.get('/healthz', () => ({ ok: true, pid: process.pid }))
  app.get('/rules', () => link.rules())
  app.get('/stats', () => link.stats())
  app.put('/rules', async (request, reply) => {
    const parsed = linkRulesSchema.safeParse(request.body)
    if (!parsed.success) return await reply.code(400).send({ error: z.prettifyError(parsed.error) })
    try {
      link.setRules(parsed.data)
    } catch (err) {
      if (err instanceof Error && err.name === 'InvalidRuleError') return await reply.code(400).send({ error: err.message })
      throw err
    }
    const rules = link.rules()
    log.info({ count: rules.length }, 'rules replaced over the control API')
    await init.onRulesChanged?.(rules)
    return rules
  })

  let port = 0
  return {
    async start () {
      await app.listen({ host: init.host ?? '127.0.0.1', port: init.port ?? 0 })
      port = (app.server.address() as AddressInfo).port
      log.info({ port }, 'control API listening')
      return port
    },
    async stop () {
      await app.close()
    },
    get port () {
      return port
    }
  }
}
