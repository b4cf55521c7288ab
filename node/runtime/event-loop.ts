// How long the daemon's event loop kept work waiting: a histogram of its delays (perf_hooks'
// monitorEventLoopDelay, sampled every EVENT_LOOP_RESOLUTION_MS), read and reset by benchmarks
// around what they measure. Bulk transfers share this loop with the API, the switch and membership.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'

/** Sampling period of the histogram: delays are seen to within this. */
export const EVENT_LOOP_RESOLUTION_MS = 5

export interface EventLoopDelay {
  /** Since the histogram was last reset. */
  sinceMs: number
  /** Event-loop delay percentiles and maximum, ms. */
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** How many samples the figures rest on. */
  samples: number
}

export class EventLoopMonitor {
  private readonly histogram: IntervalHistogram
  private since = performance.now()

  constructor () {
    this.histogram = monitorEventLoopDelay({ resolution: EVENT_LOOP_RESOLUTION_MS })
  }

  start (): void {
    this.histogram.enable()
    this.since = performance.now()
  }

  stop (): void {
    this.histogram.disable()
  }

  /** The figures since the last reset; `reset` starts a new window. */
  read (options: { reset?: boolean } = {}): EventLoopDelay {
    const h = this.histogram
    // The histogram holds nanoseconds, and each sample includes the sampling period itself.
    const ms = (ns: number): number => Math.round(Math.max(0, ns / 1e6 - EVENT_LOOP_RESOLUTION_MS) * 100) / 100
    const result = h.count === 0
      ? { sinceMs: performance.now() - this.since, p50Ms: 0, p99Ms: 0, maxMs: 0, samples: 0 }
      : { sinceMs: Math.round(performance.now() - this.since), p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max), samples: h.count }
    if (options.reset === true) {
      h.reset()
      this.since = performance.now()
    }
    return result
  }
}
