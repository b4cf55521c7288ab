// Termination notices, pluggable. A NoticeSource calls back once with the time the instance goes.
// AWS: the instance metadata service (IMDSv2: PUT a session token, then GET
// /latest/meta-data/spot/instance-action, 404 until {"action":"terminate"|"stop","time":ISO});
// GCP: GET /computeMetadata/v1/instance/preempted with Metadata-Flavor: Google, "TRUE" once
// preempted (30 s before the VM stops). Both off unless configured, polling a configurable
// endpoint. And the trace-driven model for testnets: a revocation drawn from the peer's series.
import type { Logger } from '../log.js'
import { warningMs } from './constants.js'
import type { TraceReplayFeed } from './feeds.js'
import { nextRevocation, seededRandom, type RevocationModel } from './revocation.js'
import { describeError } from '../../overlay/wire/errors.js'

export interface TerminationNotice {
  source: 'aws' | 'gcp' | 'manual' | 'trace'
  /** When the instance goes (epoch ms). */
  deadlineMs: number
  detail: string
}

export interface NoticeSource {
  readonly name: string
  /** Starts watching; `onNotice` is called at most once. */
  start: (onNotice: (notice: TerminationNotice) => void) => void
  stop: () => void
}

export interface PollerOptions {
  /** Base URL of the metadata service. */
  endpoint: string
  /** Default 5000 ms (AWS recommends polling every 5 s) */
  pollMs?: number
  /** Each request gives up after this. Default 2000 ms */
  requestTimeoutMs?: number
  log: Logger
  now?: () => number
}

export const AWS_METADATA_ENDPOINT = 'http://169.254.169.254'
export const GCP_METADATA_ENDPOINT = 'http://metadata.google.internal'
/** Metadata answers are tiny; anything longer is not one. */
const MAX_BODY_BYTES = 4096
const IMDS_TOKEN_TTL_S = 21600

/** Polls until a notice arrives or it is stopped; a failed poll is logged (once per kind) and retried. */
abstract class Poller implements NoticeSource {
  abstract readonly name: string
  private timer: NodeJS.Timeout | undefined
  private stopped = false
  private readonly abort = new AbortController()
  private lastError = ''
  protected readonly now: () => number

  constructor (protected readonly o: PollerOptions) {
    this.now = o.now ?? Date.now
  }

  start (onNotice: (notice: TerminationNotice) => void): void {
    const tick = async (): Promise<void> => {
      try {
        const notice = await this.poll(this.abort.signal)
        this.lastError = ''
        if (notice !== undefined) {
          this.stopped = true
          onNotice(notice)
          return
        }
      } catch (err) {
        const message = describeError(err)
        if (message !== this.lastError && !this.stopped) this.o.log.warn({ source: this.name, endpoint: this.o.endpoint, err: message }, 'termination notice poll failed')
        this.lastError = message
      }
      if (!this.stopped) this.timer = setTimeout(() => { void tick() }, this.o.pollMs ?? 5000)
    }
    void tick()
  }

  stop (): void {
    this.stopped = true
    clearTimeout(this.timer)
    this.abort.abort()
  }

  protected abstract poll (signal: AbortSignal): Promise<TerminationNotice | undefined>

  protected async request (path: string, init: RequestInit, signal: AbortSignal): Promise<{ status: number, body: string }> {
    const res = await fetch(new URL(path, this.o.endpoint), { ...init, redirect: 'error', signal: AbortSignal.any([signal, AbortSignal.timeout(this.o.requestTimeoutMs ?? 2000)]) })
    const body = await readBounded(res)
    return { status: res.status, body }
  }
}

export class AwsSpotNotices extends Poller {
  readonly name = 'aws'
  private token: string | undefined

  protected async poll (signal: AbortSignal): Promise<TerminationNotice | undefined> {
    this.token ??= await this.fetchToken(signal)
    let res = await this.request('/latest/meta-data/spot/instance-action', { headers: { 'X-aws-ec2-metadata-token': this.token } }, signal)
    if (res.status === 401) {
      this.token = await this.fetchToken(signal)
      res = await this.request('/latest/meta-data/spot/instance-action', { headers: { 'X-aws-ec2-metadata-token': this.token } }, signal)
    }
    if (res.status === 404) return undefined
    if (res.status !== 200) throw new Error(`instance-action answered HTTP ${res.status}`)
    let parsed: { action?: unknown, time?: unknown }
    try {
      parsed = JSON.parse(res.body) as { action?: unknown, time?: unknown }
    } catch {
      throw new Error(`instance-action is not JSON: ${JSON.stringify(res.body.slice(0, 80))}`)
    }
    if (parsed.action !== 'terminate' && parsed.action !== 'stop' && parsed.action !== 'hibernate') throw new Error(`instance-action has an unknown action ${JSON.stringify(parsed.action)}`)
    const deadlineMs = typeof parsed.time === 'string' ? Date.parse(parsed.time) : Number.NaN
    if (!Number.isFinite(deadlineMs)) throw new Error(`instance-action has no valid time: ${JSON.stringify(parsed.time)}`)
    return { source: 'aws', deadlineMs, detail: `spot instance-action ${parsed.action} at ${parsed.time as string}` }
  }

  private async fetchToken (signal: AbortSignal): Promise<string> {
    const res = await this.request('/latest/api/token', { method: 'PUT', headers: { 'X-aws-ec2-metadata-token-ttl-seconds': String(IMDS_TOKEN_TTL_S) } }, signal)
    if (res.status !== 200 || res.body === '') throw new Error(`IMDSv2 token request answered HTTP ${res.status}`)
    return res.body
  }
}

export class GcpPreemptNotices extends Poller {
  readonly name = 'gcp'

  protected async poll (signal: AbortSignal): Promise<TerminationNotice | undefined> {
    const res = await this.request('/computeMetadata/v1/instance/preempted', { headers: { 'Metadata-Flavor': 'Google' } }, signal)
    if (res.status !== 200) throw new Error(`preempted answered HTTP ${res.status}`)
    const value = res.body.trim()
    if (value === 'FALSE') return undefined
    if (value !== 'TRUE') throw new Error(`preempted is neither TRUE nor FALSE: ${JSON.stringify(value.slice(0, 80))}`)
    // GCP says preempted when the 30 s start: the deadline is counted from when we saw it.
    return { source: 'gcp', deadlineMs: this.now() + warningMs('gcp'), detail: 'instance/preempted is TRUE' }
  }
}

export interface TraceNoticeOptions {
  feed: TraceReplayFeed
  model: RevocationModel
  seed: number
  provider: string
  log: Logger
  now?: () => number
}

/**
 * A revocation drawn from the peer's series (trace time, sped up like its price): the notice comes
 * when the price crosses the maximum (or the random draw falls), with the provider's warning.
 */
export class TraceNotices implements NoticeSource {
  readonly name = 'trace'
  private timer: NodeJS.Timeout | undefined

  constructor (private readonly o: TraceNoticeOptions) {}

  start (onNotice: (notice: TerminationNotice) => void): void {
    const now = (this.o.now ?? Date.now)()
    const from = this.o.feed.traceTime(now)
    const rev = nextRevocation(this.o.feed.series, from, Infinity, this.o.model, seededRandom(this.o.seed))
    if (rev === undefined) return
    const atMs = Math.max(now, this.o.feed.wallTime(rev.atMs))
    this.o.log.info({ cause: rev.cause, traceTime: new Date(rev.atMs).toISOString(), inMs: atMs - now }, 'revocation drawn from the trace')
    this.timer = setTimeout(() => {
      onNotice({ source: 'trace', deadlineMs: Date.now() + warningMs(this.o.provider), detail: `revoked by the trace model (${rev.cause}) at trace time ${new Date(rev.atMs).toISOString()}` })
    }, Math.min(2 ** 31 - 1, atMs - now))
    this.timer.unref()
  }

  stop (): void {
    clearTimeout(this.timer)
  }
}

async function readBounded (res: Response): Promise<string> {
  const reader = res.body?.getReader()
  if (reader === undefined) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      throw new Error(`metadata answer longer than ${MAX_BODY_BYTES} bytes`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
