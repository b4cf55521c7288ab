// The simulator over the shared traces: cheaper than on-demand by the bar, nothing lost on
// AWS, the same run for the same seed, and the books balanced (the bill counts every instance-hour).
import { expect } from 'chai'
import type { SpotTrace } from '../node/spot/trace.js'
import { simulate } from '../node/spot/simulate.js'
import { AWS_TRACE, ONDEMAND, loadSpotData } from './util/spot-data.js'
import { cli } from './util/cli.js'

describe('spot simulation', function () {
  let aws: SpotTrace
  let gcp: SpotTrace
  let od: Map<string, number>
  before(function () {
    ({ aws, gcp, od } = loadSpotData(this))
  })

  it('AWS, cheapest: at least 2× cheaper than on-demand, within 90% of the oracle, no VM lost, revocations survived', () => {
    const t0 = performance.now()
    const r = simulate(aws, od, { policy: 'cheapest', seed: 1 })
    expect(performance.now() - t0).to.be.below(60_000)
    expect(r.costRatio).to.be.at.least(2)
    expect(r.ofOracle).to.be.at.least(0.9)
    expect(r.vmsLost).to.equal(0)
    expect(r.revocations, 'the run must be tested against revocations').to.be.greaterThan(10)
    expect(r.migrations).to.be.at.least(r.revocations)
    expect(r.availability).to.be.above(0.9999)
  })

  const fleets = ['m5.large', 'c5.large'].flatMap(type => [20, 100].map(vms => ({ id: `${type}, ${vms} VMs`, type, vms })))
  for (const c of fleets) {
    it(`AWS, cheapest, ${c.id}: no spare instance (a replacement launched at the notice takes the VMs live in time), at least 90% of the oracle, nothing lost`, () => {
      const r = simulate(aws, od, { policy: 'cheapest', instanceType: c.type, vms: c.vms, seed: 1 })
      expect(r.spareInstances).to.equal(0)
      expect(r.ofOracle).to.be.at.least(0.9)
      expect(r.vmsLost).to.equal(0)
      expect(r.revocations).to.be.at.least(5)
      expect(r.stopcopyMigrations, 'every evacuation move live').to.equal(0)
    })
  }

  it('a slower link brings the spare back: at 80 MB/s a replacement is up too late to take four guests live', () => {
    const r = simulate(aws, od, { policy: 'cheapest', bandwidthBytesPerSec: 80e6, vms: 20 })
    expect(r.spareInstances).to.equal(1)
    expect(r.vmsLost).to.equal(0)
    expect(r.bandwidthMBps).to.equal(80)
  })

  it('the same seed gives the same run; another seed another', () => {
    const a = simulate(aws, od, { policy: 'hotspot', seed: 5, instanceType: 'm5.large' })
    const b = simulate(aws, od, { policy: 'hotspot', seed: 5, instanceType: 'm5.large' })
    const c = simulate(aws, od, { policy: 'hotspot', seed: 6, instanceType: 'm5.large' })
    expect(a).to.deep.equal(b)
    expect(c.revocations === a.revocations && c.costUsd === a.costUsd).to.equal(false)
  })

  it('on-demand pays exactly the baseline (no spare: nothing revokes it) and never moves; without revocations spot never migrates', () => {
    const r = simulate(aws, od, { policy: 'on-demand' })
    expect(r.costRatio).to.be.closeTo(1, 1e-9)
    expect(r.instancesStarted, '100 VMs, 4 per instance').to.equal(25)
    expect(r.migrations + r.revocations + r.vmsLost).to.equal(0)
    const calm = simulate(aws, od, { policy: 'cheapest', revocationRatePerHour: 0 })
    expect(calm.revocations + calm.migrations + calm.vmsLost).to.equal(0)
    expect(calm.costUsd, 'the oracle is a lower bound').to.be.at.least(calm.oracleUsd - 1e-6)
    expect(calm.instancesStarted, 'no spare on AWS: 25 instances hold the 100 VMs').to.equal(25)
  })

  it('hotspot hops to cheaper series where the saving pays for the move, and costs no more than cheapest', () => {
    const cheapest = simulate(aws, od, { policy: 'cheapest', instanceType: 'm5.large' })
    const hotspot = simulate(aws, od, { policy: 'hotspot', instanceType: 'm5.large' })
    expect(hotspot.migrations).to.be.greaterThan(cheapest.migrations)
    expect(hotspot.costUsd).to.be.below(cheapest.costUsd)
  })

  it('GCP (30 s warning): the whole 3-year trace in under a minute, several times cheaper, and evacuations stay live', () => {
    const t0 = performance.now()
    const r = simulate(gcp, od, { policy: 'cheapest', instanceType: 'c2-standard-8', seed: 1 })
    expect(performance.now() - t0).to.be.below(60_000)
    expect(r.vmsLost).to.equal(0)
    expect(r.costRatio).to.be.at.least(2)
    expect(r.revocations).to.be.above(1000)
    // Four 512 MiB guests at 160 MB/s, their setups overlapped: 16 s of the 25.5 s the margin leaves.
    expect(r.stopcopyMigrations / r.migrations, 'stop-and-copy share of the moves').to.be.at.most(0.1)
    expect(r.availability).to.be.at.least(0.99999)
  })

  it('GCP\'s 30 s warning is shorter than a launch: two spare instances by default ride out revocations that come together', () => {
    const one = simulate(gcp, od, { policy: 'cheapest', spareInstances: 1 })
    const two = simulate(gcp, od, { policy: 'cheapest' })
    expect(two.spareInstances).to.equal(2)
    expect(one.vmsLost, 'two revocations within a launch time, one spare').to.be.above(0)
    expect(two.vmsLost).to.equal(0)
    expect(two.costRatio).to.be.below(one.costRatio)
    expect(two.costRatio).to.be.above(one.costRatio * 0.9)
  })

  it('supercloud spot simulate: one JSON document with the figures, and bad flags refused by name', async () => {
    const r = await cli(['spot', 'simulate', '--trace', AWS_TRACE, '--ondemand', ONDEMAND, '--policy', 'cheapest', '--spare', '1', '--json'])
    expect(r.code, r.stderr).to.equal(0)
    const out = JSON.parse(r.stdout) as Record<string, unknown>
    expect(out).to.include({ policy: 'cheapest', instanceType: 'c5.large', vmsLost: 0 })
    for (const k of ['costRatio', 'oracleRatio', 'availability', 'migrations', 'revocations']) expect(out[k], k).to.be.a('number')
    for (const [flag, value, message] of [['--spare', '-1', /--spare: a whole number ≥ 0/], ['--policy', 'luck', /--policy: one of on-demand, cheapest, hotspot/]] as const) {
      const bad = await cli(['spot', 'simulate', '--trace', AWS_TRACE, '--ondemand', ONDEMAND, flag, value])
      expect(bad.code).to.equal(1)
      expect(bad.stderr).to.match(message)
    }
  })

  it('refuses an instance type the trace does not hold', () => {
    expect(() => simulate(aws, od, { instanceType: 'x9.huge' })).to.throw(/aws\.csv has no aws series of instance type x9\.huge \(it has c5\.large/).with.property('name', 'SimulationError')
  })
})
