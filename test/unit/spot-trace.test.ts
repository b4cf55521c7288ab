// Trace files: the real ones read whole, and every way a file can be bad refused with file:line.
import { readFileSync } from 'node:fs'
import { expect } from 'chai'
import { integrate, nextChangeAfter, parseOnDemand, parseSpotTrace, priceAt } from '../../node/spot/trace.js'
import { AWS_TRACE, GCP_TRACE, ONDEMAND, needSpotData } from '../util/spot-data.js'

const HEADER = 'timestamp,provider,region,zone,instance_type,price_usd_per_hour'
const h = (iso: string): number => Date.parse(iso)

describe('spot trace parsing', () => {
  const bad = [
    { id: 'an unknown column', text: `${HEADER},sps\n2024-01-01T00:00:00Z,aws,r,z,t,0.1,3\n`, error: /f\.csv:1: unknown column sps/ },
    { id: 'a missing column', text: 'timestamp,provider,region,zone,price_usd_per_hour\n2024-01-01T00:00:00Z,aws,r,z,0.1\n', error: /f\.csv:1: missing column instance_type/ },
    { id: 'a negative price', text: `${HEADER}\n2024-01-01T00:00:00Z,aws,r,z,t,0.1\n2024-01-01T01:00:00Z,aws,r,z,t,-1.0\n`, error: /f\.csv:3: price_usd_per_hour -1\.0 is negative/ },
    { id: 'a missing price', text: `${HEADER}\n2024-01-01T00:00:00Z,aws,r,z,t,\n`, error: /f\.csv:2: price_usd_per_hour is missing/ },
    { id: 'a price that is not a number', text: `${HEADER}\n2024-01-01T00:00:00Z,aws,r,z,t,cheap\n`, error: /f\.csv:2: price_usd_per_hour "cheap" is not a number/ },
    { id: 'a row with too few fields', text: `${HEADER}\n2024-01-01T00:00:00Z,aws,r,z,0.1\n`, error: /f\.csv:2: 5 fields, the header has 6/ },
    { id: 'a bad timestamp', text: `${HEADER}\n2024-01-01 00:00:00,aws,r,z,t,0.1\n`, error: /f\.csv:2: timestamp "2024-01-01 00:00:00" is not ISO-8601/ },
    { id: 'time going back in a series', text: `${HEADER}\n2024-01-01T01:00:00Z,aws,r,z,t,0.1\n2024-01-01T02:00:00Z,aws,r,z2,t,0.1\n2024-01-01T00:00:00Z,aws,r,z,t,0.2\n`, error: /f\.csv:4: time goes back in series aws\/r\/z\/t: .* \(line 2\)/ },
    { id: 'a repeated time in a series', text: `${HEADER}\n2024-01-01T01:00:00Z,aws,r,z,t,0.1\n2024-01-01T01:00:00Z,aws,r,z,t,0.2\n`, error: /f\.csv:3: time goes back/ },
    { id: 'an empty region', text: `${HEADER}\n2024-01-01T01:00:00Z,aws,,z,t,0.1\n`, error: /f\.csv:2: region is empty/ },
    { id: 'no rows', text: `${HEADER}\n`, error: /f\.csv: no price rows/ },
    { id: 'an empty file', text: '', error: /f\.csv:1: empty file/ },
    { id: 'broken quoting', text: `${HEADER}\n"2024-01-01T01:00:00Z,aws,r,z,t,0.1\n`, error: /f\.csv:\d+: not CSV/ }
  ]
  for (const c of bad) {
    it(`refuses ${c.id}, naming file:line`, () => {
      expect(() => parseSpotTrace(c.text, 'f.csv')).to.throw(c.error).with.property('name', 'TraceError')
    })
  }

  it('holds a price until the next row of its series (hourly samples and change-only rows read alike)', () => {
    const t = parseSpotTrace(`${HEADER}\n2024-01-01T00:00:00Z,aws,r,a,t,0.1\n2024-01-01T00:00:00Z,aws,r,b,t,0.5\n2024-01-01T03:00:00Z,aws,r,a,t,0.2\n2024-01-01T04:00:00Z,aws,r,b,t,0.5\n`, 'f.csv')
    const [a, b] = t.series
    expect(a?.key).to.equal('aws/r/a/t')
    expect(priceAt(a!, h('2024-01-01T02:59:59Z'))).to.equal(0.1)
    expect(priceAt(a!, h('2024-01-01T03:00:00Z'))).to.equal(0.2)
    expect(priceAt(a!, h('2025-01-01T00:00:00Z'))).to.equal(0.2)
    expect(integrate(a!, h('2024-01-01T02:00:00Z'), h('2024-01-01T05:00:00Z'))).to.be.closeTo(0.1 + 0.2 * 2, 1e-12)
    expect(nextChangeAfter(a!, h('2024-01-01T00:00:00Z'))).to.equal(h('2024-01-01T03:00:00Z'))
    expect(nextChangeAfter(b!, h('2024-01-01T00:00:00Z')), 'a repeated price is no change').to.equal(undefined)
    expect(t.startMs).to.equal(h('2024-01-01T00:00:00Z'))
    expect(t.endMs).to.equal(h('2024-01-01T04:00:00Z'))
  })

  it('refuses bad on-demand tables', () => {
    expect(() => parseOnDemand('provider,region,instance_type,price_usd_per_hour\naws,r,t,0.1\naws,r,t,0.2\n', 'od.csv')).to.throw(/od\.csv:3: a second on-demand price for aws\/r\/t/)
    expect(() => parseOnDemand('provider,region,type,price_usd_per_hour\n', 'od.csv')).to.throw(/od\.csv:1: unknown column type/)
    expect(() => parseOnDemand('provider,region,instance_type,price_usd_per_hour\naws,r,t,-0.1\n', 'od.csv')).to.throw(/od\.csv:2: .* negative/)
  })

  it('reads the shared AWS and GCP traces whole', function () {
    needSpotData(this)
    const aws = parseSpotTrace(readFileSync(AWS_TRACE, 'utf8'), 'aws.csv')
    expect(aws.series).to.have.length(48)
    expect(aws.series.every(s => s.points.length === 744)).to.equal(true)
    expect(aws.endMs - aws.startMs).to.equal(743 * 3_600_000)
    const gcp = parseSpotTrace(readFileSync(GCP_TRACE, 'utf8'), 'gcp.csv')
    expect(gcp.series).to.have.length(48)
    expect(gcp.series[0]?.zone).to.equal('')
    const od = parseOnDemand(readFileSync(ONDEMAND, 'utf8'), 'ondemand.csv')
    expect(od.size).to.equal(116)
    expect(od.get('aws/us-east-1/m5.large')).to.equal(0.096)
  })
})
