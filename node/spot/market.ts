// This peer's market facts: what its instance is, what it costs now (from its price feed) and
// whether a termination notice is pending. Republishes the descriptor when the price changes, so
// every peer sees every peer's price within a heartbeat of the change.
import type { MarketFacts } from '../../overlay/membership/descriptor.js'
import type { Logger } from '../log.js'
import type { PriceFeed } from './feeds.js'

export interface MarketComponents {
  /** Publishes this peer's descriptor (its market facts among the rest). */
  publish: () => Promise<void>
  log: Logger
  now?: () => number
}

export interface MarketInit {
  instanceType: string
  pricing: '' | 'spot' | 'on-demand'
  /** Absent: the peer does not say what it costs. */
  feed?: PriceFeed
  /** 0: unknown (placement then weighs no revocation risk for this peer). */
  onDemandUsdPerHour: number
}

/** setTimeout takes at most 2^31-1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1

export class Market {
  private noticeDeadline = 0
  private timer: NodeJS.Timeout | undefined
  private lastPrice: number | undefined
  private readonly now: () => number

  constructor (private readonly c: MarketComponents, private readonly init: MarketInit) {
    this.now = c.now ?? Date.now
  }

  facts (): MarketFacts {
    const price = this.init.feed?.quote(this.now()).price ?? 0
    return {
      instanceType: this.init.instanceType,
      pricing: this.init.pricing,
      priceUsdPerHour: price,
      onDemandUsdPerHour: this.init.onDemandUsdPerHour,
      noticeDeadlineMs: this.noticeDeadline
    }
  }

  get feed (): PriceFeed | undefined {
    return this.init.feed
  }

  /** Records a termination notice (the earliest deadline wins). */
  noticed (deadlineMs: number): void {
    this.noticeDeadline = this.noticeDeadline === 0 ? deadlineMs : Math.min(this.noticeDeadline, deadlineMs)
  }

  start (): void {
    this.lastPrice = this.init.feed?.quote(this.now()).price
    this.arm()
  }

  stop (): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private arm (): void {
    const next = this.init.feed?.nextChangeMs(this.now())
    if (next === undefined) return
    this.timer = setTimeout(() => {
      const price = this.init.feed?.quote(this.now()).price
      if (price !== this.lastPrice) {
        this.c.log.info({ from: this.lastPrice, to: price }, 'price changed')
        this.lastPrice = price
        this.c.publish().catch(err => { this.c.log.warn({ err }, 'publishing the new price failed') })
      }
      this.arm()
    }, Math.min(MAX_TIMER_MS, Math.max(0, next - this.now())))
    this.timer.unref()
  }
}
