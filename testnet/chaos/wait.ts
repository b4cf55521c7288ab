// Waiting, always with a signal and a deadline.

export class ChaosTimeoutError extends Error {
  override name = 'ChaosTimeoutError'
}

export async function sleep (ms: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted()
  await new Promise<void>((resolve, reject) => {
    const onAbort = (): void => { clearTimeout(timer); reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted')) }
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve() }, Math.max(0, Math.ceil(ms)))
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Calls `fn` every `everyMs` until it returns a value (not undefined/false); throws ChaosTimeoutError after `timeoutMs`. */
export async function until<T> (what: string, fn: () => Promise<T | undefined | false>, options: { timeoutMs: number, everyMs?: number, signal?: AbortSignal }): Promise<T> {
  const deadline = Date.now() + options.timeoutMs
  let last: unknown
  for (;;) {
    options.signal?.throwIfAborted()
    try {
      const value = await fn()
      if (value !== undefined && value !== false) return value
    } catch (err) {
      last = err
    }
    if (Date.now() >= deadline) break
    await sleep(options.everyMs ?? 200, options.signal)
  }
  throw new ChaosTimeoutError(`${what}: not within ${options.timeoutMs} ms${last instanceof Error ? ` (last error: ${last.message})` : ''}`)
}

/** Waits for `work` (never rejects), at most `ms`; the timer does not outlive it, so the process can exit. */
export async function atMost (work: Promise<unknown>, ms: number): Promise<void> {
  const stop = new AbortController()
  await Promise.race([work.then(() => {}, () => {}), sleep(ms, stop.signal).catch(() => {})])
  stop.abort()
}
