// Host and Origin checks for every dashboard request and WebSocket upgrade. The API listens on
// 127.0.0.1 only, so the one legitimate Host is this socket's own port on 127.0.0.1 or localhost:
// a page of another site that got its name to resolve to 127.0.0.1 (DNS rebinding) sends its own
// name as Host and is refused. A request that carries an Origin must come from that same origin;
// requests that change something and WebSocket upgrades must carry one (browsers always send it
// there), so a foreign page can neither drive the dashboard nor read its feed.
import { DashboardOriginError } from './errors.js'

export interface GuardedRequest {
  headers: { host?: string, origin?: string | string[] }
  /** The port the request came in on: the API's own. */
  localPort: number | undefined
}

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost):(\d{1,5})$/

/** The request's Host, checked; throws DashboardOriginError otherwise. */
export function checkHost (request: GuardedRequest): string {
  const host = (request.headers.host ?? '').toLowerCase()
  const port = LOOPBACK_HOST.exec(host)?.[1]
  if (port === undefined || Number(port) !== request.localPort) {
    throw new DashboardOriginError(`refused: Host ${JSON.stringify(host.slice(0, 100))} is not this API on loopback`)
  }
  return host
}

/** Checks Host, and Origin when present or `requireOrigin`. */
export function checkRequest (request: GuardedRequest, options: { requireOrigin: boolean }): void {
  const host = checkHost(request)
  const origin = request.headers.origin
  if (origin === undefined) {
    if (options.requireOrigin) throw new DashboardOriginError('refused: this request needs an Origin header')
    return
  }
  if (typeof origin !== 'string' || origin.toLowerCase() !== `http://${host}`) {
    throw new DashboardOriginError(`refused: Origin ${JSON.stringify(String(origin).slice(0, 100))} is not this dashboard`)
  }
}
