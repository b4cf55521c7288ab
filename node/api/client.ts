// Talks to a daemon's control API (HTTP + JSON on loopback, a bearer token): what the CLI, the
// testnet launcher, chaos runs and the benchmarks share. Finding the node is the caller's business.

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

export class ApiClient {
  constructor (readonly target: ApiTarget, private readonly timeoutMs = 30_000) {}

  async request<T> (method: string, path: string, body?: unknown, options: { signal?: AbortSignal } = {}): Promise<T> {
    const response = await this.fetch(method, path, body === undefined ? undefined : { type: 'application/json', data: JSON.stringify(body) }, options)
    return await parseJson<T>(response)
  }

  /** A request whose body and answer are raw bytes (snapshots, logs); errors still come as JSON. */
  async requestBytes (method: string, path: string, body?: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const response = await this.fetch(method, path, body === undefined ? undefined : { type: 'application/octet-stream', data: body }, options)
    if (!response.ok) return await parseJson<never>(response)
    return new Uint8Array(await response.arrayBuffer())
  }

  /** Like request, for a raw-bytes body with a JSON answer (restore). */
  async upload<T> (path: string, body: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<T> {
    return await parseJson<T>(await this.fetch('POST', path, { type: 'application/octet-stream', data: body }, options))
  }

  private async fetch (method: string, path: string, body: { type: string, data: string | Uint8Array } | undefined, options: { signal?: AbortSignal }): Promise<Response> {
    const signal = options.signal ?? AbortSignal.timeout(this.timeoutMs)
    try {
      return await fetch(new URL(path, this.target.url), {
        method,
        headers: { authorization: `Bearer ${this.target.token}`, ...(body === undefined ? {} : { 'content-type': body.type }) },
        body: body?.data as BodyInit | undefined,
        signal
      })
    } catch (err) {
      throw new ApiUnreachableError(`cannot reach the node at ${this.target.url}: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`)
    }
  }
}

async function parseJson<T> (response: Response): Promise<T> {
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = text === '' ? undefined : JSON.parse(text)
  } catch {
    throw new ApiError('BadResponseError', `the node answered ${response.status} with non-JSON: ${text.slice(0, 200)}`, response.status)
  }
  if (!response.ok) {
    const e = parsed as { error?: string, name?: string } | undefined
    throw new ApiError(e?.name ?? 'ApiError', e?.error ?? `HTTP ${response.status}`, response.status)
  }
  return parsed as T
}
