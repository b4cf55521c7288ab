// Price feeds: a static price, and a trace replayed faster than the wall clock.
import { expect } from 'chai'
import { StaticPriceFeed, TraceReplayFeed } from '../../node/spot/feeds.js'
import { parseSpotTrace } from '../../node/spot/trace.js'

const trace = parseSpotTrace([
  'timestamp,provider,region,zone,instance_type,price_usd_per_hour',
  '2024-01-01T00:00:00Z,aws,r,a,t,0.1',
  '2024-01-01T01:00:00Z,aws,r,a,t,0.1',
  '2024-01-01T02:00:00Z,aws,r,a,t,0.3',
  '2024-01-01T03:00:00Z,aws,r,a,t,0.2'
].join('\n'), 'f.csv')
const series = trace.series[0]!

describe('spot price feeds', () => {
  it('a static feed never changes', () => {
    const f = new StaticPriceFeed(0.05)
    expect(f.quote().price).to.equal(0.05)
    expect(f.nextChangeMs()).to.equal(undefined)
  })

  it('a replay at 3600× runs one trace hour per wall second, and says when the price next changes', () => {
    const f = new TraceReplayFeed(series, { speedup: 3600, startedAtMs: 1_000_000 })
    expect(f.quote(1_000_000).price).to.equal(0.1)
    expect(f.quote(1_000_000 + 1999).price).to.equal(0.1)
    expect(f.quote(1_000_000 + 2000).price).to.equal(0.3)
    expect(f.quote(1_000_000 + 2000).traceTimeMs).to.equal(Date.parse('2024-01-01T02:00:00Z'))
    expect(f.nextChangeMs(1_000_000), 'the repeated 0.1 at 01:00 is no change').to.equal(1_000_000 + 2000)
    expect(f.nextChangeMs(1_000_000 + 2500)).to.equal(1_000_000 + 3000)
    expect(f.nextChangeMs(1_000_000 + 3000)).to.equal(undefined)
    expect(f.quote(1_000_000 + 999_999).price, 'after the trace the last price holds').to.equal(0.2)
  })

  it('refuses a speed-up that is not positive', () => {
    expect(() => new TraceReplayFeed(series, { speedup: 0, startedAtMs: 0 })).to.throw(RangeError)
    expect(() => new TraceReplayFeed(series, { speedup: Number.NaN, startedAtMs: 0 })).to.throw(RangeError)
  })
})
