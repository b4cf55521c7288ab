// The clock of a daemon: Date.now and Node's timers, unref'd so that membership alone never keeps
// a process alive.
import type { Clock } from './types.js'

export function wallClock (): Clock {
  return {
    now: Date.now,
    setTimeout: (fn, ms) => {
      const timer = setTimeout(fn, ms)
      timer.unref()
      return timer
    },
    clearTimeout: handle => { clearTimeout(handle as NodeJS.Timeout) },
    timeout: ms => AbortSignal.timeout(ms)
  }
}
