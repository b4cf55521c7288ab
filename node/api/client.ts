// Talks to a daemon's control API (HTTP + JSON on loopback, a bearer token): what the CLI, the
// testnet launcher, chaos runs and the benchmarks share. Finding the node is the caller's business.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { transferable } from '../../overlay/core/bytes.js'

export interface ApiTarget { url: string, token: string }

/**
 * An error the API answered with: the daemon's name for it (`remoteName`, what a caller acts on) and
 * its HTTP status. Its own name stays ApiError: it is not the daemon's class.
 */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor (readonly remoteName: string, message: string, readonly status: number) {
    super(message)
  }
}

/** The daemon's API could not be reached at all. */
export class ApiUnreachableError extends Error {
  override name = 'ApiUnreachableError'
}

/**
 * One agent for every client of this process: its connections to a daemon are kept and reused,
 * unref'd while idle (a CLI run still ends at once) and closed after IDLE_MS idle, well before a
 * server would close them under a request. Node's http costs half the CPU of fetch per request here
 * (0.5 against 1.1 ms): the benchmarks read the guest's counter from two daemons every 5 ms, and that
 * load is felt by the migrations they measure.
 */
const IDLE_MS = 4000
/** A streamed answer's line is never longer (a guest trace's is ~60). */
const MAX_LINE_CHARS = 1 << 16
const transports = {
  'http:': { agent: new HttpAgent({ keepAlive: true, timeout: IDLE_MS }), request: httpRequest },
  'https:': { agent: new HttpsAgent({ keepAlive: true, timeout: IDLE_MS }), request: httpsRequest }
}

interface Answer { status: number, body: Buffer }

export class ApiClient {
  constructor (readonly target: ApiTarget, private readonly timeoutMs = 30_000) {}

  async request<T> (method: string, path: string, body?: unknown, options: { signal?: AbortSignal } = {}): Promise<T> {
    const answer = await this.send(method, path, body === undefined ? undefined : { type: 'application/json', data: Buffer.from(JSON.stringify(body)) }, options)
    return parseJson<T>(answer)
  }

  /** A request whose body and answer are raw bytes (snapshots, logs); errors still come as JSON. */
  async requestBytes (method: string, path: string, body?: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const answer = await this.send(method, path, body === undefined ? undefined : { type: 'application/octet-stream', data: body }, options)
    if (!ok(answer)) return parseJson<never>(answer)
    // Bytes of their own: a small answer's may sit in Node's shared pool.
    return transferable(answer.body)
  }

  /** Like request, for a raw-bytes body with a JSON answer (restore). */
  async upload<T> (path: string, body: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<T> {
    return parseJson<T>(await this.send('POST', path, { type: 'application/octet-stream', data: body }, options))
  }

  /**
   * A GET whose answer is NDJSON, read as it comes (a guest trace): `onLine` gets each line parsed,
   * until the answer ends, or `signal` aborts (then it resolves). Errors come as for request.
   */
  async lines<T> (path: string, onLine: (line: T) => void, options: { signal: AbortSignal }): Promise<void> {
    const { signal } = options
    const res = await this.open('GET', path, undefined, signal)
    if (res.statusCode !== 200) {
      parseJson<never>({ status: res.statusCode ?? 0, body: await this.collect(res, signal) })
      return
    }
    let rest = ''
    try {
      for await (const chunk of res as AsyncIterable<Buffer>) {
        rest += chunk.toString('utf8')
        for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n')) {
          onLine(JSON.parse(rest.slice(0, nl)) as T)
          rest = rest.slice(nl + 1)
        }
        if (rest.length > MAX_LINE_CHARS) throw new ApiError('BadResponseError', `the node sent a line of over ${MAX_LINE_CHARS} characters`, 200)
      }
    } catch (err) {
      if (signal.aborted) return
      throw err instanceof ApiError ? err : this.unreachable(err, signal)
    }
  }

  private async send (method: string, path: string, body: { type: string, data: Uint8Array } | undefined, options: { signal?: AbortSignal }): Promise<Answer> {
    const signal = options.signal ?? AbortSignal.timeout(this.timeoutMs)
    const res = await this.open(method, path, body, signal)
    return { status: res.statusCode ?? 0, body: await this.collect(res, signal) }
  }

  /** The answer's head; its body is the caller's to read. */
  private async open (method: string, path: string, body: { type: string, data: Uint8Array } | undefined, signal: AbortSignal): Promise<IncomingMessage> {
    const url = new URL(path, this.target.url)
    const { agent, request } = url.protocol === 'https:' ? transports['https:'] : transports['http:']
    try {
      return await new Promise<IncomingMessage>((resolve, reject) => {
        const headers: Record<string, string | number> = { authorization: `Bearer ${this.target.token}` }
        if (body !== undefined) Object.assign(headers, { 'content-type': body.type, 'content-length': body.data.byteLength })
        const req = request(url, { method, headers, agent, signal }, resolve)
        req.on('error', reject)
        req.end(body?.data)
      })
    } catch (err) {
      throw this.unreachable(err, signal)
    }
  }

  private async collect (res: IncomingMessage, signal: AbortSignal): Promise<Buffer> {
    try {
      return await new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => { chunks.push(chunk) })
        res.on('end', () => { resolve(Buffer.concat(chunks)) })
        res.on('error', reject)
      })
    } catch (err) {
      throw this.unreachable(err, signal)
    }
  }

  private unreachable (err: unknown, signal: AbortSignal): ApiUnreachableError {
    return new ApiUnreachableError(`cannot reach the node at ${this.target.url}: ${signal.aborted ? describeAbort(signal) : (err as Error).message}`)
  }
}

function describeAbort (signal: AbortSignal): string {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason.message : 'the request was aborted'
}

function ok (answer: Answer): boolean {
  return answer.status >= 200 && answer.status < 300
}

function parseJson<T> (answer: Answer): T {
  const text = answer.body.toString('utf8')
  let parsed: unknown
  try {
    parsed = text === '' ? undefined : JSON.parse(text)
  } catch {
    throw new ApiError('BadResponseError', `the node answered ${answer.status} with non-JSON: ${text.slice(0, 200)}`, answer.status)
  }
  if (!ok(answer)) {
    const e = parsed as { error?: string, name?: string } | undefined
    throw new ApiError(e?.name ?? 'ApiError', e?.error ?? `HTTP ${answer.status}`, answer.status)
  }
  return parsed as T
}
