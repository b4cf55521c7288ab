// How long the daemon's event loop kept work waiting: a histogram of its delays (perf_hooks'
// monitorEventLoopDelay, sampled every EVENT_LOOP_RESOLUTION_MS), read and reset by benchmarks
// around what they measure. Bulk transfers share this loop with the API, the switch and membership.
// The sampling wakes the process 200 times a second, which cost an idle daemon 0.85% of a core
// (most of its idle CPU): so it runs only while someone reads it, from the first read until
// ARMED_MS after the last.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'

/** Sampling period of the histogram: delays are seen to within this. */
export const EVENT_LOOP_RESOLUTION_MS = 5
/** The histogram samples for this long after the last read. */
export const ARMED_MS = 10 * 60_000

export interface EventLoopDelay {
  /** Since the histogram was last reset. */
  sinceMs: number
  /** Event-loop delay percentiles and maximum, ms. */
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** How many samples the figures rest on. */
  samples: number
  /** Whether it was sampling before this read (the first read starts it: its figures are empty). */
  armed: boolean
}

export class EventLoopMonitor {
  private readonly histogram: IntervalHistogram
  private since = performance.now()
  private running = false
  private armed = false
  private disarm: NodeJS.Timeout | undefined

  constructor (private readonly armedMs = ARMED_MS) {
    this.histogram = monitorEventLoopDelay({ resolution: EVENT_LOOP_RESOLUTION_MS })
  }

  /** From now on reads arm it; nothing samples until one does. */
  start (): void {
    this.running = true
  }

  stop (): void {
    this.running = false
    this.disarmNow()
  }

  /** The figures since the last reset (or since it was armed); `reset` starts a new window. */
  read (options: { reset?: boolean } = {}): EventLoopDelay {
    const h = this.histogram
    const wasArmed = this.armed
    // The histogram holds nanoseconds, and each sample includes the sampling period itself.
    const ms = (ns: number): number => Math.round(Math.max(0, ns / 1e6 - EVENT_LOOP_RESOLUTION_MS) * 100) / 100
    const result = h.count === 0
      ? { sinceMs: Math.round(performance.now() - this.since), p50Ms: 0, p99Ms: 0, maxMs: 0, samples: 0, armed: wasArmed }
      : { sinceMs: Math.round(performance.now() - this.since), p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max), samples: h.count, armed: wasArmed }
    if (options.reset === true || !wasArmed) {
      h.reset()
      this.since = performance.now()
    }
    if (this.running) this.arm()
    return result
  }

  private arm (): void {
    if (!this.armed) this.histogram.enable()
    this.armed = true
    clearTimeout(this.disarm)
    this.disarm = setTimeout(() => { this.disarmNow() }, this.armedMs)
    this.disarm.unref()
  }

  private disarmNow (): void {
    clearTimeout(this.disarm)
    this.disarm = undefined
    if (this.armed) this.histogram.disable()
    this.armed = false
  }
}
