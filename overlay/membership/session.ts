// Membership sessions: one libp2p stream carries many requests and their responses, framed and
// matched by id, instead of a new stream per message. A new stream costs a multistream-select
// round trip and several yamux and noise frames on each side; on 2 cores shared by 32 daemons the
// per-message cost of a stream each was what kept a cloud from converging. Everything is bounded:
// frame sizes, requests in flight, the time a request is served, and how long a session may idle.
import { CloudError } from '../core/errors.js'
import type { Stream } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/wire.js'
import { LpReader } from '../wire/lp-reader.js'
import { writeMessage } from '../wire/lp.js'
import { WireTimeoutError } from '../wire/errors.js'
import type { SwimRequest, SwimResponse } from './types.js'

const { Envelope } = supercloud.membership

export interface SessionLimits {
  /** Largest frame read. */
  maxFrameBytes: number
  /** Requests in flight on one session; beyond, a caller opens no more (served: reading pauses). */
  maxInFlight: number
  /** A session with no frame for this long is closed. */
  idleMs: number
}

export class SessionClosedError extends CloudError {
  override name = 'SessionClosedError'
  readonly status = 503
}

interface Pending { resolve: (response: SwimResponse) => void, reject: (err: Error) => void }

/** The opener's side: requests go out, responses come back in any order. */
export class OutboundSession {
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private closedWith: Error | undefined

  constructor (private readonly stream: Stream, private readonly limits: SessionLimits, private readonly onClose: () => void) {
    void this.read()
  }

  /** Open, and with room for another request. */
  get usable (): boolean {
    return this.closedWith === undefined && this.pending.size < this.limits.maxInFlight
  }

  async call (request: SwimRequest, signal: AbortSignal): Promise<SwimResponse> {
    if (this.closedWith !== undefined) throw this.closedWith
    signal.throwIfAborted()
    const id = this.nextId
    this.nextId = this.nextId >= 0x7fffffff ? 1 : this.nextId + 1
    const answer = new Promise<SwimResponse>((resolve, reject) => { this.pending.set(id, { resolve, reject }) })
    // Rejected by an abort or a close while the write is still waiting: awaited below, or not at all.
    answer.catch(() => {})
    const onAbort = (): void => {
      this.pending.get(id)?.reject(new WireTimeoutError('no answer in time'))
      this.pending.delete(id)
    }
    signal.addEventListener('abort', onAbort, { once: true })
    try {
      await writeMessage(this.stream, Envelope.encode({ id, request }).finish(), { signal })
      return await answer
    } catch (err) {
      this.pending.delete(id)
      throw err
    } finally {
      signal.removeEventListener('abort', onAbort)
    }
  }

  close (err: Error = new SessionClosedError('session closed')): void {
    if (this.closedWith !== undefined) return
    this.closedWith = err
    for (const p of this.pending.values()) p.reject(err)
    this.pending.clear()
    this.stream.abort(err)
    this.onClose()
  }

  private async read (): Promise<void> {
    const reader = new LpReader(this.stream, this.limits.maxFrameBytes)
    const idle = idleSignal(this.limits.idleMs)
    try {
      for (;;) {
        const frame = await reader.next({ signal: idle.signal })
        idle.refresh()
        if (frame === undefined) break
        const envelope = Envelope.decode(frame.subarray())
        const pending = this.pending.get(envelope.id)
        this.pending.delete(envelope.id)
        pending?.resolve(envelope.response ?? {})
      }
      this.close()
    } catch (err) {
      this.close(err instanceof Error ? err : new SessionClosedError(String(err)))
    } finally {
      idle.stop()
    }
  }
}

/**
 * An AbortSignal that aborts after `ms` without a refresh: one timer per session, refreshed per
 * frame, rather than an AbortSignal.timeout per frame (measured: creating those was a visible
 * share of a starved daemon's time).
 */
function idleSignal (ms: number): { signal: AbortSignal, refresh: () => void, stop: () => void } {
  const controller = new AbortController()
  const timer = setTimeout(() => { controller.abort(new WireTimeoutError(`idle for ${ms} ms`)) }, ms)
  timer.unref()
  return { signal: controller.signal, refresh: () => { timer.refresh() }, stop: () => { clearTimeout(timer) } }
}

export type SessionHandler = (request: SwimRequest, signal: AbortSignal) => Promise<SwimResponse>

/**
 * The other side: each request is served as it arrives, at most maxInFlight at once (reading waits
 * for a slot), and answered when done, in any order. Returns when the session ends; throws what
 * ended it badly (a frame too large, malformed, or an idle session).
 */
export async function serveSession (stream: Stream, limits: SessionLimits & { serveMs: number }, handle: SessionHandler): Promise<void> {
  const reader = new LpReader(stream, limits.maxFrameBytes)
  const idle = idleSignal(limits.idleMs)
  let inFlight = 0
  let slot: (() => void) | undefined
  try {
    for (;;) {
      if (inFlight >= limits.maxInFlight) await new Promise<void>(resolve => { slot = resolve })
      const frame = await reader.next({ signal: idle.signal })
      idle.refresh()
      if (frame === undefined) return
      serveFrame(frame.subarray())
    }
  } finally {
    idle.stop()
  }

  function serveFrame (bytes: Uint8Array): void {
    const { id, request } = Envelope.decode(bytes)
    inFlight++
    const signal = AbortSignal.timeout(limits.serveMs)
    void handle(request ?? {}, signal)
      .catch((err: unknown) => ({ error: err instanceof Error ? err.name : 'error' }))
      .then(async response => { await writeMessage(stream, Envelope.encode({ id, response }).finish(), { signal }) })
      .catch(() => { stream.abort(new SessionClosedError('could not answer')) })
      .finally(() => {
        inFlight--
        const wake = slot
        slot = undefined
        wake?.()
      })
  }
}
