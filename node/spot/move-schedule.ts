// Runs an evacuation plan's moves the way the planner timed them (evacuation.ts): in plan order,
// each at its planned start — when the bytes of the move before it are about to end, so that its
// setup overlaps them — or as soon as the move before it ends, if that comes first (the estimates
// were pessimistic: the link would idle), and never while `maxInFlight` moves are still running
// (the estimates were optimistic: moves would pile up). Every wait ends with the signal.
import { aborted, sleep } from '../../overlay/core/abort.js'

export interface ScheduleOptions {
  maxInFlight: number
  signal?: AbortSignal
}

export interface Ran<T> {
  value: T
  /** From the schedule's start. */
  startedInMs: number
  endedInMs: number
}

/**
 * Runs `run(i)` for every planned start, as above. An aborted signal starts nothing more (those are
 * `undefined`); the moves already started are waited for. `run` must not reject.
 */
export async function runSchedule<T> (startsInMs: readonly number[], run: (i: number) => Promise<T>, options: ScheduleOptions): Promise<Array<Ran<T> | undefined>> {
  const t0 = performance.now()
  const elapsed = (): number => performance.now() - t0
  const results: Array<Ran<T> | undefined> = startsInMs.map(() => undefined)
  const running = new Set<Promise<void>>()
  const stop = aborted(options.signal)
  let previous: Promise<void> | undefined
  for (let i = 0; i < startsInMs.length; i++) {
    const due = (startsInMs[i] ?? 0) - elapsed()
    if (due > 0) await Promise.race([sleep(due, options.signal), ...(previous === undefined ? [] : [previous])])
    while (running.size >= Math.max(1, options.maxInFlight) && options.signal?.aborted !== true) await Promise.race([...running, stop])
    if (options.signal?.aborted === true) break
    const startedInMs = elapsed()
    const done: Promise<void> = run(i).then(value => { results[i] = { value, startedInMs, endedInMs: elapsed() } }).finally(() => { running.delete(done) })
    running.add(done)
    previous = done
  }
  await Promise.all(running)
  return results
}
