// A VM's guest, read from its RAM at a steady pace while the VM is on this peer, as one streamed
// answer: what a watcher of a move needs (its guest's stall, to a few ms), at a third of the cost of
// asking for it each time. Measured against a daemon, reads every 5 ms: ~0.37 ms of the daemon's CPU
// and ~0.14 ms of the caller's per read, against ~0.71 and ~0.65 for an API request per read; at 200
// reads a second from each of two daemons, that was a quarter of this 2-core machine, taken from the
// very move it watched.
//
//   GET /v1/vms/:id/guest-trace?everyMs=5&forMs=60000
//
// NDJSON, a line per read: `{"t":<ms since the epoch, to the µs>,"counter":<n>,"bootId":"<hex>"}`.
// `t` is when the read came back, on this host's clock (peers on one machine share it). Nothing is
// written while the VM is not here (not yet arrived, gone, or without a guest to read), so a watcher
// of a move opens one at each end. It ends after forMs, when the caller goes, or when the daemon stops.
import { once } from 'node:events'
import type { FastifyInstance } from 'fastify'
import { sleep } from '../../overlay/core/abort.js'
import { CloudError } from '../../overlay/core/errors.js'
import type { GuestInfo } from '../hypervisor/types.js'

/** Traces open at once, at most: each reads a guest every few ms. */
export const MAX_GUEST_TRACES = 8
const MAX_TRACE_MS = 10 * 60_000

export class TooManyTracesError extends CloudError {
  override name = 'TooManyTracesError'
  readonly status = 503
}

export interface GuestTraceServices {
  cloud: { guestHere: (id: string) => Promise<GuestInfo | undefined> }
}

interface TraceQuery { everyMs: number, forMs: number }

export function registerGuestTraceRoutes (app: FastifyInstance, { cloud }: GuestTraceServices): void {
  let open = 0
  // The daemon stopping ends every trace (its server waits for open answers to end).
  const closing = new AbortController()
  app.addHook('preClose', async () => { closing.abort() })
  app.get<{ Params: { id: string }, Querystring: TraceQuery }>('/v1/vms/:id/guest-trace', {
    schema: {
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { everyMs: { type: 'integer', minimum: 1, maximum: 1000, default: 5 }, forMs: { type: 'integer', minimum: 1, maximum: MAX_TRACE_MS, default: 60_000 } }
      }
    }
  }, async (request, reply) => {
    if (open >= MAX_GUEST_TRACES) throw new TooManyTracesError(`${MAX_GUEST_TRACES} guest traces are open on this peer already`)
    open++
    const { everyMs, forMs } = request.query
    const gone = new AbortController()
    const res = reply.raw
    res.once('close', () => { gone.abort() })
    const stop = AbortSignal.any([gone.signal, closing.signal, AbortSignal.timeout(forMs)])
    reply.hijack()
    res.writeHead(200, { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' })
    try {
      while (!stop.aborted) {
        const started = performance.now()
        const guest = await cloud.guestHere(request.params.id).catch(() => undefined)
        if (guest !== undefined) {
          const line = `{"t":${(performance.timeOrigin + performance.now()).toFixed(3)},"counter":${guest.counter},"bootId":${JSON.stringify(guest.bootId)}}\n`
          // A caller that does not read holds its trace, not this peer's memory.
          if (!res.write(line)) await once(res, 'drain', { signal: stop })
        }
        await sleep(Math.max(0, started + everyMs - performance.now()), stop)
      }
    } catch {
      // Stopped while it waited: the caller went, or its time is up.
    } finally {
      open--
      res.end()
    }
  })
}
