// Builds this peer's price feed and notice source from its options: a trace replay when spotTrace
// is set, a static price otherwise; the notice poller or trace model that `notices` names.
import { readFileSync } from 'node:fs'
import type { NodeOptions } from '../config/options.js'
import type { Logger } from '../log.js'
import { ConfigError } from '../config/resolve.js'
import { StaticPriceFeed, TraceReplayFeed, type PriceFeed } from './feeds.js'
import { AWS_METADATA_ENDPOINT, AwsSpotNotices, GCP_METADATA_ENDPOINT, GcpPreemptNotices, TraceNotices, type NoticeSource } from './notices.js'
import { onDemandKey, parseOnDemand, parseSpotTrace, type SpotSeries } from './trace.js'
import type { MarketInit } from './market.js'

export type MarketOptions = Pick<NodeOptions, 'provider' | 'region' | 'zone' | 'instanceType' | 'pricing' | 'priceUsdPerHour' | 'onDemandUsdPerHour' | 'spotTrace' | 'spotSeries' | 'spotOndemand' | 'spotSpeedup' | 'notices' | 'noticeEndpoint' | 'noticePollMs' | 'revocationRatePerHour' | 'revocationSeed'>

export interface MarketSetup {
  market: MarketInit
  notices?: NoticeSource
  series?: SpotSeries
}

/** Reads the files the options name; a bad file is a ConfigError naming file:line. */
export function setUpMarket (o: MarketOptions, log: Logger, now = Date.now()): MarketSetup {
  let feed: PriceFeed | undefined
  let series: SpotSeries | undefined
  let onDemand = o.onDemandUsdPerHour
  let instanceType = o.instanceType
  if (o.spotTrace !== '') {
    const trace = parseSpotTrace(read(o.spotTrace), o.spotTrace)
    series = o.spotSeries !== ''
      ? trace.series.find(s => s.key === o.spotSeries)
      : trace.series.find(s => s.instanceType === o.instanceType) ?? trace.series[0]
    if (series === undefined) throw new ConfigError(`spotSeries ${o.spotSeries} is not in ${o.spotTrace} (it has ${trace.series.slice(0, 5).map(s => s.key).join(', ')}, …)`)
    feed = new TraceReplayFeed(series, { speedup: o.spotSpeedup, startedAtMs: now })
    if (instanceType === '') instanceType = series.instanceType
    if (o.spotOndemand !== '' && onDemand === 0) {
      const table = parseOnDemand(read(o.spotOndemand), o.spotOndemand)
      const key = onDemandKey(series.provider, series.region, series.instanceType)
      const od = table.get(key)
      if (od === undefined) throw new ConfigError(`${o.spotOndemand} has no on-demand price for ${key}`)
      onDemand = od
    }
  } else if (o.pricing !== '') {
    feed = new StaticPriceFeed(o.priceUsdPerHour)
  }
  const pricing = o.spotTrace !== '' ? 'spot' : o.pricing
  if (pricing === 'on-demand' && onDemand === 0) onDemand = o.priceUsdPerHour
  const market: MarketInit = { instanceType, pricing, onDemandUsdPerHour: onDemand, ...(feed === undefined ? {} : { feed }) }
  return { market, notices: noticeSource(o, feed, onDemand, log), ...(series === undefined ? {} : { series }) }
}

function noticeSource (o: MarketOptions, feed: PriceFeed | undefined, maxPrice: number, log: Logger): NoticeSource | undefined {
  const child = log.child({ component: 'notices', source: o.notices })
  switch (o.notices) {
    case 'off': return undefined
    case 'aws': return new AwsSpotNotices({ endpoint: o.noticeEndpoint || AWS_METADATA_ENDPOINT, pollMs: o.noticePollMs, log: child })
    case 'gcp': return new GcpPreemptNotices({ endpoint: o.noticeEndpoint || GCP_METADATA_ENDPOINT, pollMs: o.noticePollMs, log: child })
    case 'trace':
      if (!(feed instanceof TraceReplayFeed)) throw new ConfigError('notices=trace needs spotTrace')
      return new TraceNotices({ feed, model: { maxPrice: maxPrice > 0 ? maxPrice : Infinity, ratePerHour: o.revocationRatePerHour }, seed: o.revocationSeed, provider: feed.series.provider, log: child })
  }
}

function read (file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (err) {
    throw new ConfigError(`cannot read ${file}: ${(err as Error).message}`)
  }
}
