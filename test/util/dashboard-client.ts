// What a test needs to reach a dashboard as a browser and as `supercloud dashboard` do: a login
// link held open with the bearer token, the login, raw requests with chosen Host and Origin headers.
import { request as httpRequest } from 'node:http'
import WebSocket from 'ws'
import { LINK_ROUTE, type LinkMessage } from '../../node/api/dashboard/constants.js'

export interface Link { url: string, socket: WebSocket }

/** Holds a link open as `supercloud dashboard` does; close `socket` to end it. */
export async function openLink (api: string, token: string): Promise<Link> {
  const socket = new WebSocket(new URL(LINK_ROUTE, api.replace(/^http/, 'ws')), { headers: { authorization: `Bearer ${token}` }, handshakeTimeout: 5000 })
  const message = await new Promise<LinkMessage>((resolve, reject) => {
    socket.once('message', (data: Buffer) => { resolve(JSON.parse(data.toString()) as LinkMessage) })
    socket.once('error', reject)
    socket.once('unexpected-response', (req, res) => { req.destroy(); reject(new Error(`link refused: HTTP ${res.statusCode ?? '?'}`)) })
    setTimeout(() => { reject(new Error('no link within 5 s')) }, 5000).unref()
  })
  return { url: new URL(message.path, api).toString(), socket }
}

export interface Raw { status: number, headers: Record<string, string | string[] | undefined>, body: string }

/** One HTTP request with exactly the headers given (Host included), as a browser or an attacker sends it. */
export async function raw (url: string, options: { method?: string, headers?: Record<string, string>, body?: string } = {}): Promise<Raw> {
  const u = new URL(url)
  return await new Promise<Raw>((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: options.method ?? 'GET', headers: options.headers, timeout: 10_000 }, res => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d: string) => { body += d })
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body }) })
    })
    req.on('timeout', () => { req.destroy(new Error(`${url} timed out`)) })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Logs in with the link: the session cookie as a Cookie header value (name=value). */
export async function login (url: string): Promise<string> {
  const r = await raw(url, { headers: { host: new URL(url).host } })
  const set = r.headers['set-cookie']?.[0]
  if (r.status !== 303 || set === undefined) throw new Error(`login answered ${r.status}: ${r.body}`)
  return set.split(';')[0] ?? ''
}

/** Opens the live feed with a session cookie; resolves once open, with the messages as they come. */
export async function openFeed (api: string, cookie: string, origin = api): Promise<{ socket: WebSocket, messages: unknown[] }> {
  const messages: unknown[] = []
  const socket = new WebSocket(new URL('/dashboard/ws', api.replace(/^http/, 'ws')), { headers: { cookie }, origin, handshakeTimeout: 5000 })
  socket.on('message', (data: Buffer) => { messages.push(JSON.parse(data.toString())) })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => { resolve() })
    socket.once('unexpected-response', (req, res) => { req.destroy(); reject(Object.assign(new Error(`feed refused: HTTP ${res.statusCode ?? '?'}`), { status: res.statusCode })) })
    socket.once('error', reject)
  })
  return { socket, messages }
}
