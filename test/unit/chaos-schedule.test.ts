// The chaos plan (pure: a seed and options give one plan), the link faults composed over a
// testnet's WAN rules and healed back to them (against the real link layer and its control API,
// in process), and the chaos command's flags.
import { expect } from 'chai'
import { pino } from 'pino'
import { parseChaosFlags, type ChaosFlags } from '../../node/cli/commands/chaos.js'
import { createLinkLayer, sourceIpFor, type LinkLayer } from '../../testnet/link/index.js'
import { createControlServer, type ControlServer } from '../../testnet/link/server.js'
import { wanRules } from '../../testnet/launcher.js'
import { LinkFaults, composeRules, linkControl } from '../../testnet/chaos/link-faults.js'
import { DEST_FAILPOINTS, SOURCE_FAILPOINTS, buildPlan } from '../../testnet/chaos/schedule.js'
import { percentile } from '../../testnet/chaos/report.js'
import { scenarioShares } from '../../testnet/chaos/scenario.js'
import { FAULT_KINDS, type ChaosOptions, type Fault, type Layout } from '../../testnet/chaos/types.js'

const layout: Layout = { peers: [{ index: 0, provider: 'aws' }, { index: 1, provider: 'gcp' }, { index: 2, provider: 'aws' }, { index: 3, provider: 'gcp' }] }
const options = (extra: Partial<ChaosOptions> = {}): ChaosOptions => ({ durationMs: 75_000, seed: 1, faults: FAULT_KINDS, migrationsPerMin: 40, ...extra })

describe('chaos plan', () => {
  it('is the same for the same seed, and another for another seed', () => {
    expect(buildPlan(options({ seed: 42 }), layout)).to.deep.equal(buildPlan(options({ seed: 42 }), layout))
    expect(JSON.stringify(buildPlan(options({ seed: 42 }), layout))).to.equal(JSON.stringify(buildPlan(options({ seed: 42 }), layout)))
    expect(buildPlan(options({ seed: 43 }), layout)).to.not.deep.equal(buildPlan(options({ seed: 42 }), layout))
  })

  it('keeps its migrations whatever faults are asked for', () => {
    const all = buildPlan(options({ seed: 9 }), layout)
    const none = buildPlan(options({ seed: 9, faults: [] }), layout)
    expect(none.faults).to.deep.equal([])
    expect(none.migrations).to.deep.equal(all.migrations)
  })

  it('starts about the asked number of migrations, in order, within the run', () => {
    const plan = buildPlan(options({ durationMs: 300_000, migrationsPerMin: 50 }), layout)
    expect(plan.migrations).to.have.length(250)
    const ats = plan.migrations.map(m => m.at)
    expect(ats).to.deep.equal([...ats].sort((a, b) => a - b))
    expect(ats[0]).to.be.at.least(1_000)
    expect(ats[ats.length - 1]).to.be.below(300_000)
    expect(new Set(plan.migrations.map(m => m.scope))).to.deep.equal(new Set(['within', 'across']))
  })

  const seeds = Array.from({ length: 30 }, (_v, i) => i * 7919)
  it('heals every fault within the run, one at a time per lane, with valid targets (30 seeds)', () => {
    for (const seed of seeds) {
      const plan = buildPlan(options({ seed }), layout)
      for (const f of plan.faults) {
        expect(f.healAt, f.id).to.be.above(f.at)
        expect(f.healAt, f.id).to.be.at.most(plan.durationMs)
        expect(f.at, f.id).to.be.at.least(3_000)
        if (f.kind === 'kill') expect([0, 1, 2, 3]).to.include(f.peer)
        if (f.kind === 'partition') {
          expect(f.peers.length, f.id).to.be.within(1, 2)
          expect(new Set(f.peers).size).to.equal(f.peers.length)
        }
        if (f.kind === 'latency') {
          expect(f.between[0]).to.not.equal(f.between[1])
          expect(f.delayMs).to.be.within(30, 150)
        }
        if (f.kind === 'abort') expect(f.side === 'source' ? SOURCE_FAILPOINTS : DEST_FAILPOINTS).to.include(f.failpoint)
      }
      const lanes: Array<(f: Fault) => boolean> = [f => f.kind === 'kill' || f.kind === 'abort', f => f.kind === 'partition', f => f.kind === 'latency']
      for (const inLane of lanes) {
        const lane = plan.faults.filter(inLane)
        for (let i = 1; i < lane.length; i++) expect(lane[i]?.at, `seed ${seed}: ${lane[i]?.id} starts before ${lane[i - 1]?.id} heals`).to.be.above(lane[i - 1]?.healAt ?? Infinity)
      }
    }
  })

  it('aims every other kill, the first included, at the host of a protected VM (30 seeds)', () => {
    for (let seed = 0; seed < 30; seed++) {
      const kills = buildPlan(options({ seed, durationMs: 300_000 }), layout).faults.filter(f => f.kind === 'kill')
      expect(kills.length, `seed ${seed}`).to.be.at.least(2)
      kills.forEach((k, i) => { expect(k.aim !== undefined, `seed ${seed}, kill ${i}`).to.equal(i % 2 === 0) })
    }
  })

  it('has every fault kind in a 60 s run, and only the kinds asked for', () => {
    for (const seed of seeds) {
      expect(new Set(buildPlan(options({ seed, durationMs: 60_000 }), layout).faults.map(f => f.kind)), `seed ${seed}`).to.deep.equal(new Set(FAULT_KINDS))
      expect(new Set(buildPlan(options({ seed, faults: ['partition', 'abort'] }), layout).faults.map(f => f.kind))).to.deep.equal(new Set(['partition', 'abort']))
    }
  })

  const refused = [
    { id: 'latency with one provider', o: options(), l: { peers: [{ index: 0, provider: 'aws' }, { index: 1, provider: 'aws' }] }, error: /at least two/ },
    { id: 'kills with one peer', o: options({ faults: ['kill'] }), l: { peers: [{ index: 0, provider: 'aws' }] }, error: /at least two peers/ },
    { id: 'a run under 10 s', o: options({ durationMs: 5_000 }), l: layout, error: /at least 10 s/ },
    { id: 'a seed beyond 32 bits', o: options({ seed: 2 ** 33 }), l: layout, error: /seed/ },
    { id: 'an unknown fault', o: options({ faults: ['flood' as 'kill'] }), l: layout, error: /unknown fault kind flood/ }
  ]
  for (const c of refused) {
    it(`refuses ${c.id} with a ChaosPlanError`, () => {
      expect(() => buildPlan(c.o, c.l)).to.throw(c.error).with.property('name', 'ChaosPlanError')
    })
  }
})

describe('chaos link faults over the WAN rules (real link layer, in process)', () => {
  const base = wanRules([...layout.peers], 40)
  let link: LinkLayer
  let control: ControlServer

  before(async () => {
    const logger = pino({ level: 'silent' })
    link = createLinkLayer({ peers: layout.peers.map(p => ({ index: p.index, sourceIp: sourceIpFor(p.index), targetPort: 40_000 + p.index })), logger })
    await link.start()
    link.setRules(base)
    control = createControlServer({ link, logger })
    await control.start()
  })
  after(async () => {
    await control.stop()
    await link.stop()
  })

  it('cuts a set of peers off both ways and changes the delay between two providers, keeping the rest of the WAN rules', () => {
    const rules = composeRules(base, layout, { partitions: [[1]], latencies: [{ between: ['aws', 'gcp'], delayMs: 120 }] })
    const find = (from: number, to: number): object | undefined => rules.find(r => r.from === from && r.to === to)
    for (const other of [0, 2, 3]) {
      expect(find(1, other)).to.include({ drop: true })
      expect(find(other, 1)).to.include({ drop: true })
    }
    expect(find(0, 3)).to.deep.equal({ from: 0, to: 3, delayMs: 120 })
    expect(find(0, 2)).to.equal(undefined)
    expect(find(2, 3)).to.deep.equal({ from: 2, to: 3, delayMs: 120 })
  })

  it('puts the faults on the link and, healed, leaves exactly the rules it found', async () => {
    const faults = new LinkFaults(linkControl(`http://127.0.0.1:${control.port}`), layout, link.rules())
    await faults.partition('p', [0, 2])
    await faults.latency('l', ['aws', 'gcp'], 90)
    expect(link.rules().filter(r => r.drop === true)).to.have.length(8)
    await faults.heal('p')
    expect(link.rules().filter(r => r.drop === true)).to.have.length(0)
    expect(link.rules().every(r => r.delayMs === 90)).to.equal(true)
    await faults.partition('q', [3])
    await faults.healAll()
    expect(faults.active()).to.equal(0)
    expect(link.rules()).to.deep.equal(base)
  })

  it('says so when the link layer cannot be reached', async () => {
    const faults = new LinkFaults(linkControl('http://127.0.0.1:1'), layout, base)
    try {
      await faults.partition('p', [0])
      expect.fail('should have thrown')
    } catch (err) {
      expect(err).to.have.property('name', 'LinkControlError')
    }
  })
})

describe('chaos run flags', () => {
  const flags = (extra: Partial<ChaosFlags> = {}): ChaosFlags => ({ testnet: '/tmp/x', duration: '120s', faults: FAULT_KINDS.join(','), migrationsPerMin: '40', pingBound: '45s', ...extra })

  it('defaults to every fault kind, 40 migrations a minute and a random seed', () => {
    expect(parseChaosFlags(flags(), () => 77)).to.deep.equal({ durationMs: 120_000, seed: 77, faults: [...FAULT_KINDS], migrationsPerMin: 40, pingBoundMs: 45_000 })
    expect(parseChaosFlags(flags({ seed: '5', faults: 'none', duration: '5m' }))).to.include({ seed: 5, durationMs: 300_000 }).and.have.property('faults').that.deep.equals([])
  })

  const bad = [
    { id: 'an unknown fault', f: { faults: 'kill,flood' }, error: /unknown fault flood/ },
    { id: 'no fault named', f: { faults: ',' }, error: /at least one fault, or none/ },
    { id: 'a negative seed', f: { seed: '-3' }, error: /--seed/ },
    { id: 'a seed that is not a number', f: { seed: 'abc' }, error: /--seed/ },
    { id: 'a duration that is not one', f: { duration: 'soon' }, error: /--duration: not a duration/ },
    { id: 'a run under 10 s', f: { duration: '5s' }, error: /at least 10s/ },
    { id: 'a rate beyond 600 a minute', f: { migrationsPerMin: '1000' }, error: /--migrations-per-min/ },
    { id: 'a share of protected VMs above 1', f: { protect: '1.5' }, error: /--protect: a share of the VMs from 0 to 1/ },
    { id: 'a share of protected VMs that is not a number', f: { protect: 'half' }, error: /--protect/ }
  ]
  for (const c of bad) {
    it(`refuses ${c.id} with a CliError`, () => {
      expect(() => parseChaosFlags(flags(c.f))).to.throw(c.error).with.property('name', 'CliError')
    })
  }

  it('takes a share of VMs to protect, and splits a scenario\'s VMs into protected ones and ones with a disk (overlapping when they add up to more than all)', () => {
    expect(parseChaosFlags(flags({ protect: '0.5' }), () => 1)).to.include({ protect: 0.5 })
    expect(parseChaosFlags(flags(), () => 1)).to.not.have.property('protect')
    expect(scenarioShares(6, 0.5, 0.5)).to.deep.equal({ protected: 3, withDisk: 3 })
    expect(scenarioShares(6, 0.33, 0.33)).to.deep.equal({ protected: 2, withDisk: 2 })
    expect(scenarioShares(6)).to.deep.equal({ protected: 0, withDisk: 0 })
    expect(scenarioShares(6, 0.67, 0.5)).to.deep.equal({ protected: 4, withDisk: 3 })
    expect(() => scenarioShares(6, 0, -1)).to.throw(/--disks: a share from 0 to 1/)
  })

  it('takes nearest-rank percentiles of downtimes', () => {
    expect(percentile([], 0.5)).to.equal(null)
    expect(percentile([30, 10, 20], 0.5)).to.equal(20)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.99)).to.equal(100)
  })
})
