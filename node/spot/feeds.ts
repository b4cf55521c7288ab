// Price feeds: where a peer's current price comes from. A static price (a fixed on-demand or spot
// price from config), or the replay of one series of a trace, with time sped up: trace time runs
// `speedup` times faster than the wall clock from the moment the replay starts.
import { nextChangeAfter, priceAt, type SpotSeries } from './trace.js'

export interface PriceQuote {
  /** USD per instance-hour. */
  price: number
  /** The trace time this price belongs to (replays only). */
  traceTimeMs?: number
}

export interface PriceFeed {
  readonly kind: 'static' | 'trace'
  /** The price in force at wall-clock time `nowMs`. */
  quote: (nowMs: number) => PriceQuote
  /** The next wall-clock time the price changes after `nowMs`, or undefined when it never will. */
  nextChangeMs: (nowMs: number) => number | undefined
}

export class StaticPriceFeed implements PriceFeed {
  readonly kind = 'static'
  constructor (private readonly price: number) {}
  quote (): PriceQuote { return { price: this.price } }
  nextChangeMs (): undefined { return undefined }
}

export interface ReplayOptions {
  /** Trace milliseconds per wall-clock millisecond. Default 1 */
  speedup?: number
  /** Wall-clock time the replay's first trace instant maps to. */
  startedAtMs: number
  /** Trace time the replay starts at. Default: the series' first point */
  fromTraceMs?: number
}

/** Replays one series; after its last point the last price holds. */
export class TraceReplayFeed implements PriceFeed {
  readonly kind = 'trace'
  readonly speedup: number
  private readonly fromTraceMs: number

  constructor (readonly series: SpotSeries, private readonly options: ReplayOptions) {
    const speedup = options.speedup ?? 1
    if (!(speedup > 0) || !Number.isFinite(speedup)) throw new RangeError(`speedup must be a positive number, not ${speedup}`)
    this.speedup = speedup
    this.fromTraceMs = options.fromTraceMs ?? (series.points[0]?.atMs ?? 0)
  }

  traceTime (nowMs: number): number {
    return this.fromTraceMs + Math.max(0, nowMs - this.options.startedAtMs) * this.speedup
  }

  wallTime (traceMs: number): number {
    return this.options.startedAtMs + (traceMs - this.fromTraceMs) / this.speedup
  }

  quote (nowMs: number): PriceQuote {
    const traceTimeMs = this.traceTime(nowMs)
    return { price: priceAt(this.series, traceTimeMs), traceTimeMs }
  }

  nextChangeMs (nowMs: number): number | undefined {
    const next = nextChangeAfter(this.series, this.traceTime(nowMs))
    return next === undefined ? undefined : Math.ceil(this.wallTime(next))
  }
}
