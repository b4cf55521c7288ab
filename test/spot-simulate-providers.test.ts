// The simulator over several traces at once: their common time span, one type per provider, VMs
// placed on and moved between providers' instances — across providers at the WAN's bandwidth — and
// the cost set against the cheapest on-demand fleet of either provider, beside the cross-provider
// oracle. The shared traces overlap in January 2024; small traces written here make the moves
// between providers happen on purpose.
import { expect } from 'chai'
import { parseOnDemand, parseSpotTrace, type SpotTrace } from '../node/spot/trace.js'
import { simulate } from '../node/spot/simulate.js'
import { AWS_TRACE, GCP_TRACE, ONDEMAND, loadSpotData } from './util/spot-data.js'
import { cli } from './util/cli.js'

const HEADER = 'timestamp,provider,region,zone,instance_type,price_usd_per_hour\n'
const trace = (file: string, rows: string[]): SpotTrace => parseSpotTrace(HEADER + rows.join('\n') + '\n', file)
const table = parseOnDemand('provider,region,instance_type,price_usd_per_hour\naws,us-east-1,m5.large,0.096\ngcp,us-central1,n2-standard-4,0.194\n', 'od.csv')

describe('spot simulation across providers', function () {
  let aws: SpotTrace
  let gcp: SpotTrace
  let od: Map<string, number>
  before(function () {
    ({ aws, gcp, od } = loadSpotData(this))
  })

  it('the shared AWS and GCP traces: their common month, both providers, the cheapest on-demand of either as the baseline', () => {
    const r = simulate([aws, gcp], od, { instanceTypes: { aws: 'm5.large', gcp: 'n2-standard-4' }, vmsPerInstanceByProvider: { gcp: 8 }, seed: 1 })
    expect([r.from, r.to]).to.deep.equal(['2024-01-01T00:00:00.000Z', '2024-01-31T23:00:00.000Z'])
    expect(r.instanceType).to.equal('aws=m5.large, gcp=n2-standard-4')
    // 25 m5.large at $0.096 beat 13 n2-standard-4 at $0.194 an hour.
    expect(r.baselineRegion).to.equal('aws/us-east-1/on-demand/m5.large')
    expect(r.baselineUsd).to.be.closeTo(25 * 0.096 * 743, 1e-6)
    const awsAlone = simulate(aws, od, { instanceType: 'm5.large', seed: 1 })
    expect(r.oracleUsd, 'the cross-provider oracle is no dearer than AWS\'s alone').to.be.at.most(awsAlone.oracleUsd)
    expect(r.costRatio, 'GCP\'s cheaper instances pay, spares and all').to.be.above(awsAlone.costRatio)
    expect(r.byProvider.gcp).to.include({ instanceType: 'n2-standard-4', vmsPerInstanceAsked: 8, vmsPerInstance: 6, spareInstances: 2 })
    expect(r.byProvider.aws).to.include({ instanceType: 'm5.large', vmsPerInstance: 4, spareInstances: 0 })
    expect(r.byProvider.gcp!.vmHours + r.byProvider.aws!.vmHours, 'every VM-hour is hosted somewhere').to.be.closeTo(100 * 743, 0.1)
    expect(r.byProvider.gcp!.costUsd + r.byProvider.aws!.costUsd).to.be.closeTo(r.costUsd, 1e-3)
    expect(r.vmsLost).to.equal(0)
    expect(r.stopcopyMigrations).to.equal(0)
    expect(r.availability).to.be.at.least(0.99999)
  })

  it('on-demand across providers: the cheapest on-demand instances, filled as asked, pay exactly the baseline', () => {
    const r = simulate([aws, gcp], od, { policy: 'on-demand', instanceTypes: { aws: 'm5.large', gcp: 'n2-standard-4' }, vmsPerInstanceByProvider: { gcp: 8 } })
    expect(r.costRatio).to.be.closeTo(1, 1e-9)
    expect(r.byProvider.gcp).to.include({ vmsPerInstance: 8, spareInstances: 0 })
    expect(r.migrations + r.revocations).to.equal(0)
  })

  it('refuses traces that share no time', () => {
    const early = trace('early.csv', ['2023-01-01T00:00:00Z,aws,us-east-1,use1-az1,m5.large,0.03', '2023-01-02T00:00:00Z,aws,us-east-1,use1-az1,m5.large,0.03'])
    const late = trace('late.csv', ['2024-01-01T00:00:00Z,gcp,us-central1,,n2-standard-4,0.03', '2024-01-02T00:00:00Z,gcp,us-central1,,n2-standard-4,0.03'])
    expect(() => simulate([early, late], table)).to.throw(/the traces share no time/).with.property('name', 'SimulationError')
  })

  // AWS is cheap for a day, then dear (day 2) or revoked by price (day 2, above its on-demand price);
  // GCP the other way round. Nothing is revoked at random.
  const awsRows = (second: number): string[] => ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-04T00:00:00Z'].map((t, i) => `${t},aws,us-east-1,use1-az1,m5.large,${i === 0 ? 0.02 : second}`)
  const gcpRows = ['2024-01-01T00:00:00Z,gcp,us-central1,,n2-standard-4,0.15', '2024-01-02T00:00:00Z,gcp,us-central1,,n2-standard-4,0.01', '2024-01-04T00:00:00Z,gcp,us-central1,,n2-standard-4,0.01']
  const calm = { vms: 4, revocationRatePerHour: 0, seed: 1 }

  it('hotspot hops to another provider when it gets cheaper, and books the VMs there', () => {
    const traces = [trace('aws.csv', awsRows(0.09)), trace('gcp.csv', gcpRows)]
    const r = simulate(traces, table, { ...calm, policy: 'hotspot' })
    expect(r.crossProviderMigrations).to.equal(4)
    expect(r.byProvider.aws!.migrations).to.equal(4)
    expect(r.byProvider.gcp!.vmHours, 'from the second day on').to.be.within(4 * 47, 4 * 48)
    expect(r.vmsLost).to.equal(0)
    expect(simulate(traces, table, { ...calm, policy: 'cheapest' }).migrations, 'cheapest never moves what nothing revokes').to.equal(0)
  })

  it('revoked with no offer of its own provider open, an instance\'s VMs cross the WAN: as many as its bandwidth carries in the warning', () => {
    const traces = [trace('aws.csv', awsRows(0.2)), trace('gcp.csv', gcpRows)]
    // The GCP replacement is up 90 s into AWS's 120 s; at 50 MB/s one 512 MiB guest takes 11 s.
    const wan = simulate(traces, table, { ...calm, policy: 'cheapest' })
    expect(wan.revocations).to.equal(1)
    expect(wan.crossProviderMigrations).to.be.within(1, 3)
    expect(wan.vmsLost, 'the rest boot afresh on GCP').to.equal(4 - wan.crossProviderMigrations)
    const fast = simulate(traces, table, { ...calm, policy: 'cheapest', wanBandwidthBytesPerSec: 400e6 })
    expect(fast.crossProviderMigrations).to.equal(4)
    expect(fast.vmsLost).to.equal(0)
    expect(fast.wanBandwidthMBps).to.equal(400)
  })

  it('supercloud spot simulate --trace A --trace B --type P=T: one JSON document with byProvider; bad flags refused by name', async () => {
    const r = await cli(['spot', 'simulate', '--trace', AWS_TRACE, '--trace', GCP_TRACE, '--ondemand', ONDEMAND, '--type', 'aws=m5.large', '--type', 'gcp=n2-standard-4', '--vms', '20', '--wan-bandwidth', '40', '--json'])
    expect(r.code, r.stderr).to.equal(0)
    const out = JSON.parse(r.stdout) as Record<string, unknown> & { byProvider: Record<string, Record<string, unknown>> }
    for (const k of ['costRatio', 'oracleRatio', 'availability', 'vmsLost']) expect(out[k], k).to.be.a('number')
    expect(Object.keys(out.byProvider).sort()).to.deep.equal(['aws', 'gcp'])
    expect(out).to.include({ wanBandwidthMBps: 40, bandwidthMBps: 160 })
    const refusals = [
      [['--type', 'aws=m5.large', '--type', 'aws=c5.large'], /--type: TYPE or PROVIDER=TYPE, each provider once/],
      [['--type', 'm5.large'], /no gcp series of instance type m5\.large .*--type gcp=TYPE/],
      [['--type', 'azure=d2'], /no trace has provider azure/],
      [['--vms-per-instance', 'gcp=0'], /--vms-per-instance: a whole number ≥ 1/],
      [['--bandwidth', '0'], /--bandwidth: MB\/s, a number > 0/]
    ] as const
    for (const [flags, message] of refusals) {
      const bad = await cli(['spot', 'simulate', '--trace', AWS_TRACE, '--trace', GCP_TRACE, '--ondemand', ONDEMAND, ...flags])
      expect(bad.code, flags.join(' ')).to.equal(1)
      expect(bad.stderr).to.match(message)
    }
  })
})
