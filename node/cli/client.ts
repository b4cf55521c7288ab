// Finds a node's API and talks to it: --api/--token, SUPERCLOUD_API/SUPERCLOUD_TOKEN, --data-dir,
// or --testnet DIR --peer N (N is the 0-based index in DIR/testnet.json).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultDataDir } from '../config/options.js'
import { API_ENDPOINT_FILE, API_TOKEN_FILE } from '../identity.js'
import { readTestnetState } from '../../testnet/state.js'

export class CliError extends Error {
  override name = 'CliError'
}

/** An error answered by the API, with its name and HTTP status. */
export class ApiError extends Error {
  constructor (override readonly name: string, message: string, readonly status: number) {
    super(message)
  }
}

export interface ClientFlags {
  api?: string
  token?: string
  dataDir?: string
  testnet?: string
  peer?: string
}

export interface ApiTarget { url: string, token: string }

export function resolveTarget (flags: ClientFlags, env: NodeJS.ProcessEnv = process.env): ApiTarget {
  if (flags.testnet !== undefined) {
    const state = readTestnetState(flags.testnet)
    const index = Number(flags.peer ?? '0')
    const peer = state.peers[index]
    if (!Number.isInteger(index) || peer === undefined) throw new CliError(`testnet ${flags.testnet} has no peer ${flags.peer ?? '0'} (it has ${state.peers.length})`)
    return { url: peer.api, token: peer.token }
  }
  const url = flags.api ?? env.SUPERCLOUD_API
  const token = flags.token ?? env.SUPERCLOUD_TOKEN
  if (url !== undefined && token !== undefined && flags.dataDir === undefined) return { url, token }
  const dataDir = flags.dataDir ?? env.SUPERCLOUD_DATA_DIR ?? defaultDataDir()
  try {
    const endpoint = JSON.parse(readFileSync(join(dataDir, API_ENDPOINT_FILE), 'utf8')) as { url: string }
    return { url: url ?? endpoint.url, token: token ?? readFileSync(join(dataDir, API_TOKEN_FILE), 'utf8').trim() }
  } catch {
    throw new CliError(`no running node found: pass --api and --token, set SUPERCLOUD_API and SUPERCLOUD_TOKEN, or point --data-dir at a node's data dir (tried ${dataDir})`)
  }
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
      throw new CliError(`cannot reach the node at ${this.target.url}: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`)
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
