// The evacuation planner and the placement and rebalancing rules it works with: pure, so tables.
import { expect } from 'chai'
import { estimateMigration, planEvacuation, planSpanMs, type EvacuationTarget, type EvacuationVm } from '../../node/spot/evacuation.js'
import { MAX_MOVES_IN_FLIGHT } from '../../node/spot/constants.js'
import { liveCapacity, sparesNeeded } from '../../node/spot/spares.js'
import { Placement, diskBudgetOf, revocationRisk, type PlacementPeer } from '../../node/vms/placement.js'
import { worthMoving } from '../../node/spot/rebalance.js'
import { nextRevocation, seededRandom } from '../../node/spot/revocation.js'
import { parseSpotTrace } from '../../node/spot/trace.js'

const MiB = 1 << 20
const MBps = 1_000_000
const vm = (id: string, mib: number, dirtyMiBps = 0): EvacuationVm => ({ id, memoryBytes: mib * MiB, dirtyBytesPerSec: dirtyMiBps * MiB })
const target = (id: string, roomMiB: number, readyInMs = 0, score = 1, linkMBps?: number): EvacuationTarget => ({ id, roomBytes: roomMiB * MiB, readyInMs, score, ...(linkMBps === undefined ? {} : { bandwidthBytesPerSec: linkMBps * MBps }) })

describe('spot evacuation planner', () => {
  it('estimates pre-copy from size, dirty rate and bandwidth, and stop-and-copy from size alone', () => {
    const idle = estimateMigration(vm('a', 100), 100 * MBps, 0)
    expect(idle.precopyMs).to.be.closeTo(1048.6, 0.1)
    expect(idle.precopyDowntimeMs).to.equal(0)
    const busy = estimateMigration(vm('b', 100, 50), 100 * MBps, 0)
    expect(busy.precopyMs).to.be.greaterThan(idle.precopyMs * 1.5)
    const hopeless = estimateMigration(vm('c', 100, 200), 100 * MBps, 0)
    expect(hopeless.precopyDowntimeMs, 'dirtying faster than the link: the remainder is downtime').to.be.greaterThan(500)
    expect(hopeless.stopcopyMs).to.be.closeTo(1048.6, 0.1)
    // A disk's written blocks travel too: 100 MiB of them double an idle VM's time.
    const withDisk = estimateMigration({ ...vm('d', 100), diskBytes: 100 * MiB }, 100 * MBps, 0)
    expect(withDisk.precopyMs).to.be.closeTo(2097.2, 0.1)
    expect(withDisk.stopcopyMs).to.be.closeTo(2097.2, 0.1)
  })

  const cases = [
    {
      id: 'moves all by pre-copy when there is time, shortest first',
      vms: [vm('big', 400), vm('small', 100), vm('mid', 200)],
      targets: [target('p1', 1000)],
      deadlineInMs: 120_000,
      expect: { order: ['small', 'mid', 'big'], modes: ['precopy', 'precopy', 'precopy'], unsaved: [] as string[] }
    },
    {
      id: 'falls back to stop-and-copy when pre-copy cannot finish (a guest dirtying faster than the link)',
      vms: [vm('hot', 400, 200), vm('cold', 100)],
      targets: [target('p1', 1000)],
      deadlineInMs: 12_000,
      expect: { order: ['cold', 'hot'], modes: ['precopy', 'stopcopy'], unsaved: [] }
    },
    {
      id: 'forces stop-and-copy on some VMs when all by pre-copy would leave one behind',
      vms: [vm('a', 400, 40), vm('b', 400, 40), vm('c', 400, 40)],
      targets: [target('p1', 2000)],
      // 7.2 s of bytes each by pre-copy, 4.2 s by stop-and-copy, after one 0.5 s setup: all three by
      // pre-copy need 22.2 s, 26.1 s with the margin.
      deadlineInMs: 22_000,
      expect: { unsaved: [], someStopcopy: true }
    },
    {
      id: 'overlaps each setup with the transfer before it: four moves take one setup and four transfers',
      vms: [vm('a', 100), vm('b', 100), vm('c', 100), vm('d', 100)],
      targets: [target('p1', 1000)],
      deadlineInMs: 120_000,
      // 1048.6 ms of bytes each; one after another with their setups they would take 6194 ms.
      expect: { unsaved: [], spanMs: 500 + 4 * 1048.6, starts: [0, 1048.6, 2097.2, 3145.7] }
    },
    {
      id: 'keeps every move live where moves one after another would have forced stop-and-copy',
      vms: [vm('a', 300, 4), vm('b', 300, 4), vm('c', 300, 4), vm('d', 300, 4)],
      targets: [target('p1', 2000)],
      // Pre-copy: 3.3 s of bytes each; 4 × (0.5 + 3.3) = 15.1 s one after another, 13.6 s overlapped,
      // against 14.0 s with the margin.
      deadlineInMs: 16_500,
      expect: { unsaved: [], modes: ['precopy', 'precopy', 'precopy', 'precopy'] }
    },
    {
      id: 'a target across the WAN is planned at its slower link, and loses to a near one when time is short',
      vms: [vm('a', 200)],
      targets: [target('far', 1000, 0, 0.5, 10), target('near', 1000, 0, 1)],
      deadlineInMs: 10_000,
      expect: { to: ['near'], unsaved: [] }
    },
    {
      id: 'across the WAN when only there is room: its transfer takes what the slower link takes',
      vms: [vm('a', 200)],
      targets: [target('far', 1000, 0, 1, 50)],
      deadlineInMs: 120_000,
      expect: { to: ['far'], unsaved: [], spanMs: 500 + 200 * MiB / (50 * MBps) * 1000 }
    },
    {
      id: 'a replacement still starting: the margin is on the moves\' time, not on the wait for it',
      vms: [vm('a', 400), vm('b', 400), vm('c', 400), vm('d', 400)],
      targets: [target('replacement', 2000, 90_000)],
      // 0.5 s + 4 × 4.2 s = 17.3 s of moves from 90 s: 110.4 s with the margin, within the 120 s
      // (15% of the whole 120 s would have left them 12 s).
      deadlineInMs: 120_000,
      expect: { unsaved: [], modes: ['precopy', 'precopy', 'precopy', 'precopy'] }
    },
    {
      id: 'reports what cannot be saved, with why',
      vms: [vm('a', 1000), vm('b', 1000), vm('c', 1000)],
      targets: [target('p1', 4000)],
      deadlineInMs: 30_000,
      expect: { unsaved: ['c'], reason: /needs .* s even by stop-and-copy/ }
    },
    {
      id: 'reports VMs no peer has room for',
      vms: [vm('a', 300), vm('b', 300)],
      targets: [target('p1', 400)],
      deadlineInMs: 120_000,
      expect: { unsaved: ['b'], reason: /no peer has 300 MiB free/ }
    },
    {
      id: 'a deadline already past saves nothing and says so',
      vms: [vm('a', 10)],
      targets: [target('p1', 400)],
      deadlineInMs: -5000,
      expect: { unsaved: ['a'], reason: /0\.0 s left/ }
    },
    {
      id: 'prefers a peer that is ready over a cheaper one still starting when time is short',
      vms: [vm('a', 200)],
      targets: [target('starting', 1000, 60_000, 0.1), target('running', 1000, 0, 5)],
      deadlineInMs: 30_000,
      expect: { to: ['running'], unsaved: [] }
    },
    {
      id: 'with equal readiness takes the cheaper peer',
      vms: [vm('a', 200)],
      targets: [target('dear', 1000, 0, 5), target('cheap', 1000, 0, 1)],
      deadlineInMs: 120_000,
      expect: { to: ['cheap'], unsaved: [] }
    }
  ]
  for (const c of cases) {
    it(c.id, () => {
      const plan = planEvacuation({ vms: c.vms, targets: c.targets, bandwidthBytesPerSec: 100 * MBps, deadlineInMs: c.deadlineInMs, setupMs: 500 })
      expect(plan.unsaved.map(u => u.vm)).to.deep.equal(c.expect.unsaved)
      if ('order' in c.expect) expect(plan.moves.map(m => m.vm)).to.deep.equal(c.expect.order)
      if ('modes' in c.expect) expect(plan.moves.map(m => m.mode)).to.deep.equal(c.expect.modes)
      if ('someStopcopy' in c.expect) expect(plan.moves.some(m => m.mode === 'stopcopy')).to.equal(true)
      if ('to' in c.expect) expect(plan.moves.map(m => m.to)).to.deep.equal(c.expect.to)
      if ('reason' in c.expect && c.expect.reason !== undefined) expect(plan.unsaved[0]?.reason).to.match(c.expect.reason)
      if ('spanMs' in c.expect) expect(planSpanMs(plan)).to.be.closeTo(c.expect.spanMs ?? NaN, 1)
      if ('starts' in c.expect) {
        const starts = c.expect.starts ?? []
        expect(plan.moves.map((m, i) => Math.abs(m.startInMs - (starts[i] ?? NaN)) < 1), 'each setup starts as the bytes before it are about to end').to.deep.equal(starts.map(() => true))
      }
      for (const m of plan.moves) {
        expect(m.finishInMs, `${m.vm} finishes before the deadline`).to.be.at.most(c.deadlineInMs)
        expect(m.startInMs, `${m.vm} starts once its target is ready`).to.be.at.least(c.targets.find(t => t.id === m.to)!.readyInMs)
        expect(m.transferInMs - m.startInMs, 'its setup comes first').to.be.at.least(500 - 1e-9)
      }
      for (let i = 1; i < plan.moves.length; i++) {
        const [prev, next] = [plan.moves[i - 1]!, plan.moves[i]!]
        expect(next.startInMs, 'moves start in plan order').to.be.at.least(prev.startInMs)
        expect(next.transferInMs, 'their bytes go one VM after another').to.be.at.least(prev.finishInMs)
        const inFlight = plan.moves.filter(m => m.startInMs <= next.startInMs && m.finishInMs > next.startInMs).length
        expect(inFlight, 'never more in flight than the cap').to.be.at.most(MAX_MOVES_IN_FLIGHT)
      }
    })
  }
})

describe('what a warning allows (the simulator\'s spares and instance capacity, by the planner)', () => {
  const model = { launchDelayMs: 90_000, vmMemoryBytes: 512 * MiB, dirtyBytesPerSec: 8 * MiB }
  const cases = [
    { id: 'AWS, 160 MB/s: a replacement launched at the notice takes 4 guests live in the 30 s left', warningMs: 120_000, capacity: 4, mbps: 160, expect: { spares: 0, live: 4 } },
    { id: 'AWS, 1 Gbit/s: still in time', warningMs: 120_000, capacity: 4, mbps: 125, expect: { spares: 0, live: 4 } },
    { id: 'AWS, 80 MB/s: the replacement is up too late, one spare', warningMs: 120_000, capacity: 4, mbps: 80, expect: { spares: 1, live: 4 } },
    { id: 'AWS, 8 guests an instance: too many for the replacement, one spare', warningMs: 120_000, capacity: 8, mbps: 160, expect: { spares: 1, live: 8 } },
    { id: 'GCP, 30 s: shorter than a launch, two spares', warningMs: 30_000, capacity: 4, mbps: 160, expect: { spares: 2, live: 4 } },
    { id: 'GCP, 30 s, 8 asked: 6 move live to a ready spare', warningMs: 30_000, capacity: 8, mbps: 160, expect: { spares: 2, live: 6 } },
    { id: 'GCP, 30 s, 8 asked at 200 MB/s: all 8', warningMs: 30_000, capacity: 8, mbps: 200, expect: { spares: 2, live: 8 } }
  ]
  for (const c of cases) {
    it(c.id, () => {
      const m = { ...model, warningMs: c.warningMs, capacity: c.capacity, bandwidthBytesPerSec: c.mbps * MBps }
      expect(sparesNeeded(m).spares).to.equal(c.expect.spares)
      expect(liveCapacity(m)).to.equal(c.expect.live)
    })
  }
})

describe('spot placement and rebalancing rules', () => {
  const peer = (id: string, o: Partial<PlacementPeer>): PlacementPeer => ({ id, provider: 'aws', state: 'alive', schedulable: true, unschedulableReason: '', memoryBytes: 1024 * MiB, vmMemoryBytes: 0, ...o })

  it('cheapest: the lowest risk-weighted price per GiB with room; unpriced peers last; running before launchable', () => {
    const peers = [
      peer('unpriced', {}),
      peer('dear', { pricing: 'on-demand', priceUsdPerHour: 0.1, onDemandUsdPerHour: 0.1 }),
      peer('cheap-full', { pricing: 'spot', priceUsdPerHour: 0.02, onDemandUsdPerHour: 0.1, vmMemoryBytes: 1000 * MiB }),
      peer('cheap', { pricing: 'spot', priceUsdPerHour: 0.03, onDemandUsdPerHour: 0.1 }),
      peer('cheapest-but-not-started', { pricing: 'spot', priceUsdPerHour: 0.01, onDemandUsdPerHour: 0.1, launchable: true })
    ]
    const p = new Placement(peers)
    expect(p.place(100 * MiB, { policy: 'cheapest' })).to.equal('cheap')
    expect(new Placement(peers.filter(x => x.id !== 'cheap' && x.id !== 'dear' && x.launchable !== true)).place(100 * MiB, { policy: 'cheapest' })).to.equal('unpriced')
    expect(new Placement(peers).place(100 * MiB), 'the room policy is unchanged').to.equal('unpriced')
  })

  it('weighs revocation risk: a spot price near its maximum loses to a slightly dearer safe one', () => {
    expect(revocationRisk({ pricing: 'spot', priceUsdPerHour: 0.05, onDemandUsdPerHour: 0.1 })).to.equal(0)
    expect(revocationRisk({ pricing: 'spot', priceUsdPerHour: 0.1, onDemandUsdPerHour: 0.1 })).to.equal(1)
    expect(revocationRisk({ pricing: 'on-demand', priceUsdPerHour: 0.1, onDemandUsdPerHour: 0.1 })).to.equal(0)
    const risky = peer('risky', { pricing: 'spot', priceUsdPerHour: 0.095, onDemandUsdPerHour: 0.1 })
    const safe = peer('safe', { pricing: 'on-demand', priceUsdPerHour: 0.1, onDemandUsdPerHour: 0.1 })
    expect(new Placement([risky, safe]).place(MiB, { policy: 'cheapest' })).to.equal('safe')
  })

  it('refuses when no peer takes VMs, naming why', () => {
    const p = new Placement([peer('a', { schedulable: false, unschedulableReason: 'spot termination notice' })])
    expect(() => p.place(MiB, { policy: 'cheapest' })).to.throw(/spot termination notice/).with.property('name', 'UnschedulableError')
  })

  it('places a VM with disks only where its disks fit the disk budget, counting what the plan placed', () => {
    const roomy = peer('roomy-no-disks', { memoryBytes: 4096 * MiB, diskBytes: 0 })
    const small = peer('small-disks', { diskBytes: 600 * MiB, vmDiskBytes: 100 * MiB })
    const p = new Placement([roomy, small])
    expect(p.place(100 * MiB), 'no disks: the most memory').to.equal('roomy-no-disks')
    expect(p.place(100 * MiB, { diskBytes: 256 * MiB })).to.equal('small-disks')
    expect(p.diskRoom(small)).to.equal(244 * MiB)
    expect(() => p.place(100 * MiB, { diskBytes: 256 * MiB })).to.throw(/no peer has 256 MiB of disk budget free .*the most is 244 MiB/).with.property('name', 'CapacityError')
    expect(new Placement([peer('says-nothing', {})]).diskRoom(peer('says-nothing', {})), 'a peer that does not say (the simulator) is unbounded').to.equal(Infinity)
    expect(diskBudgetOf([{ id: 'disk-a', sizeBytes: 5 }, { id: 'disk-b', sizeBytes: 7 }, { id: 'disk-c', sizeBytes: 11 }], ['disk-a', 'disk-c'])).to.equal(16)
  })

  it('the evacuation plan puts a VM with disks only on a target with disk budget for them', () => {
    const plan = planEvacuation({
      vms: [{ ...vm('with-disk', 100), diskBudgetBytes: 512 * MiB }, { ...vm('second-disk', 100), diskBudgetBytes: 512 * MiB }, vm('plain', 100)],
      targets: [{ ...target('no-disks', 4000), diskRoomBytes: 0 }, { ...target('disks', 200), diskRoomBytes: 600 * MiB }],
      bandwidthBytesPerSec: 100 * MBps,
      deadlineInMs: 120_000
    })
    const to = Object.fromEntries(plan.moves.map(m => [m.vm, m.to]))
    expect(to['with-disk'] ?? to['second-disk']).to.equal('disks')
    expect(plan.unsaved.map(u => u.reason)).to.deep.equal(['no peer has 100 MiB free and 512 MiB of disk budget'])
    expect(to.plain).to.be.a('string')
  })

  it('rebalances only when the saving over the horizon beats the overlap twice over', () => {
    expect(worthMoving({ fromUsdPerHour: 0.04, toUsdPerHour: 0.03, overlapMs: 120_000, horizonMs: 5 * 3_600_000 }).worth).to.equal(true)
    expect(worthMoving({ fromUsdPerHour: 0.0301, toUsdPerHour: 0.03, overlapMs: 120_000, horizonMs: 5 * 3_600_000 }).worth).to.equal(false)
    expect(worthMoving({ fromUsdPerHour: 0.03, toUsdPerHour: 0.04, overlapMs: 0, horizonMs: 5 * 3_600_000 }).worth).to.equal(false)
  })

  it('revokes when the price rises above the maximum, and at a seeded random rate', () => {
    const s = parseSpotTrace('timestamp,provider,region,zone,instance_type,price_usd_per_hour\n2024-01-01T00:00:00Z,aws,r,a,t,0.05\n2024-01-01T05:00:00Z,aws,r,a,t,0.2\n', 'f.csv').series[0]!
    const start = Date.parse('2024-01-01T00:00:00Z')
    const never = (): number => 0
    expect(nextRevocation(s, start, start + 86_400_000, { maxPrice: 0.1, ratePerHour: 0 }, never)).to.deep.equal({ atMs: start + 5 * 3_600_000, cause: 'price' })
    expect(nextRevocation(s, start, start + 86_400_000, { maxPrice: 0.5, ratePerHour: 0 }, never)).to.equal(undefined)
    const draw = (seed: number): number[] => { const r = seededRandom(seed); return [1, 2, 3].map(() => nextRevocation(s, start, Infinity, { maxPrice: 0.5, ratePerHour: 0.01 }, r)?.atMs ?? 0) }
    expect(draw(7)).to.deep.equal(draw(7))
    expect(draw(7)).to.not.deep.equal(draw(8))
    const r = seededRandom(3)
    const gaps = Array.from({ length: 4000 }, () => ((nextRevocation(s, start, Infinity, { maxPrice: 0.5, ratePerHour: 0.01 }, r)?.atMs ?? start) - start) / 3_600_000)
    expect(gaps.reduce((a, b) => a + b, 0) / gaps.length, 'mean time to a random revocation is 1/rate hours').to.be.closeTo(100, 6)
  })
})
