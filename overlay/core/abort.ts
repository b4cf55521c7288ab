// Waits that an AbortSignal ends: the loops of a protection, a move schedule and the like stop at
// once when their owner aborts, without a rejection to catch.
import { setTimeout as delay } from 'node:timers/promises'

/** Resolves when `signal` aborts (never without one: the race beside it always settles). */
export async function aborted (signal?: AbortSignal): Promise<void> {
  if (signal === undefined) return await new Promise<void>(() => {})
  if (signal.aborted) return
  await new Promise<void>(resolve => { signal.addEventListener('abort', () => { resolve() }, { once: true }) })
}

/** Waits `ms`, or less when `signal` aborts; never throws. */
export async function sleep (ms: number, signal?: AbortSignal): Promise<void> {
  await delay(ms, undefined, { signal }).catch(() => {})
}
