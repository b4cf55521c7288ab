// testnet --spot-trace: which series each peer gets and what config it carries (pure).
import { expect } from 'chai'
import { spotPeerConfigs } from '../testnet/spot.js'
import { parseSpotTrace } from '../node/spot/trace.js'

const trace = parseSpotTrace([
  'timestamp,provider,region,zone,instance_type,price_usd_per_hour',
  '2024-01-01T00:00:00Z,aws,r1,a,m5.large,0.04',
  '2024-01-01T00:00:00Z,aws,r1,b,m5.large,0.05',
  '2024-01-01T00:00:00Z,aws,r1,a,c5.large,0.03',
  '2024-01-01T00:00:00Z,gcp,g1,,c5.large,0.03'
].join('\n'), '/data/t.csv')

describe('testnet on a spot trace: peer configs', () => {
  it('gives each peer a series of one type in turn, replayed at the speed-up with trace notices', () => {
    const configs = spotPeerConfigs(3, { traceFile: '/data/t.csv', trace, speedup: 60, revocationRatePerHour: 0.01, seed: 7, ondemandFile: '/data/od.csv' })
    expect(configs.map(c => c.spotSeries)).to.deep.equal(['aws/r1/a/c5.large', 'gcp/g1//c5.large', 'aws/r1/a/c5.large'])
    expect(configs[1]).to.include({ pricing: 'spot', instanceType: 'c5.large', region: 'g1', zone: 'g1-any', spotSpeedup: 60, notices: 'trace', revocationRatePerHour: 0.01, revocationSeed: 8, spotOndemand: '/data/od.csv', spotTrace: '/data/t.csv' })
    expect(spotPeerConfigs(1, { traceFile: '/data/t.csv', trace, speedup: 1, instanceType: 'm5.large' })[0]?.spotSeries).to.equal('aws/r1/a/m5.large')
  })

  it('refuses a type the trace does not hold', () => {
    expect(() => spotPeerConfigs(1, { traceFile: '/data/t.csv', trace, speedup: 1, instanceType: 'x1' })).to.throw(/no series of type x1 \(it has c5\.large, m5\.large\)/)
  })
})
