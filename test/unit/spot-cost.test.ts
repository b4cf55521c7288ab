// Cost accounting: a VM pays its memory's share of its host's price while it holds a guest (and a
// protected one its replica's share of its standby), and is compared with the same share of the
// host's on-demand price.
import { expect } from 'chai'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CostLedger, CostTracker, type CostBooks, type CostPeer, type CostVm } from '../../node/spot/cost.js'
import { CostStore } from '../../node/spot/cost-store.js'
import { silentLogger } from '../../node/log.js'
import { formatUsd } from '../../node/cli/output.js'

const GiB = 1 << 30
const H = 3_600_000
const spot: CostPeer = { id: 'spot', memoryBytes: 4 * GiB, priceUsdPerHour: 0.04, onDemandUsdPerHour: 0.096, pricing: 'spot' }
const od: CostPeer = { id: 'od', memoryBytes: 2 * GiB, priceUsdPerHour: 0.1, onDemandUsdPerHour: 0, pricing: 'on-demand' }
const vm = (o: Partial<CostVm> = {}): CostVm => ({ id: 'vm-1', name: 'a', owner: 'spot', memoryBytes: GiB, billed: true, ...o })

describe('spot cost accounting', () => {
  it('charges a quarter of a spot host for an hour, against a quarter of its on-demand price', () => {
    const l = new CostLedger(0)
    l.observe(0, [vm()], [spot, od])
    l.observe(H, [vm()], [spot, od])
    const r = l.report()
    expect(r.vms[0]?.costUsd).to.be.closeTo(0.01, 1e-12)
    expect(r.vms[0]?.onDemandUsd).to.be.closeTo(0.024, 1e-12)
    expect(r.total.savedPct).to.be.closeTo(100 * (1 - 0.01 / 0.024), 1e-9)
  })

  it('follows a VM to its new host, and charges nothing while it holds no guest', () => {
    const l = new CostLedger(0)
    l.observe(0, [vm()], [spot, od])
    l.observe(H, [vm({ owner: 'od' })], [spot, od])
    l.observe(2 * H, [vm({ owner: 'od', billed: false })], [spot, od])
    l.observe(5 * H, [vm({ owner: 'od', billed: false })], [spot, od])
    const [c] = l.report().vms
    expect(c?.peer).to.equal('od')
    expect(c?.hours).to.be.closeTo(2, 1e-12)
    expect(c?.costUsd).to.be.closeTo(0.01 + 0.05, 1e-12)
    expect(c?.onDemandUsd, 'an on-demand host with no separate on-demand price: its own price').to.be.closeTo(0.024 + 0.05, 1e-12)
  })

  it('charges a protected VM its replica too: the replica\'s share of its standby', () => {
    const l = new CostLedger(0)
    const protectedVm = vm({ replicas: [{ peer: 'od', memoryBytes: GiB }] })
    l.observe(0, [protectedVm], [spot, od])
    l.observe(H, [protectedVm], [spot, od])
    const [c] = l.report().vms
    // A quarter of the spot host, and half of the on-demand one for the replica.
    expect(c?.costUsd).to.be.closeTo(0.01 + 0.05, 1e-12)
    expect(c?.onDemandUsd).to.be.closeTo(0.024 + 0.05, 1e-12)
    expect(c?.hours, 'VM-hours: one VM').to.be.closeTo(1, 1e-12)
  })

  it('a price change is charged from when it was seen', () => {
    const l = new CostLedger(0)
    l.observe(0, [vm()], [spot])
    l.observe(H, [vm()], [{ ...spot, priceUsdPerHour: 0.08 }])
    l.observe(2 * H, [vm()], [spot])
    expect(l.report().vms[0]?.costUsd).to.be.closeTo(0.01 + 0.02, 1e-12)
  })

  it('a VM holding a guest is on the books from the first time it is seen, before anything is charged', () => {
    const l = new CostLedger(0)
    l.observe(0, [vm({ id: 'old' })], [spot])
    l.observe(1000, [vm({ id: 'old' }), vm({ id: 'new', name: 'b' }), vm({ id: 'stopped', billed: false })], [spot])
    const r = l.report()
    expect(r.vms.map(v => v.id).sort()).to.deep.equal(['new', 'old'])
    expect(r.vms.find(v => v.id === 'new')).to.include({ name: 'b', peer: 'spot', costUsd: 0, hours: 0 })
  })

  it('a VM on a host nobody knows, or one with no memory, is not charged', () => {
    const l = new CostLedger(0)
    l.observe(0, [vm({ owner: 'gone' }), vm({ id: 'vm-2', owner: 'zero' })], [{ ...spot, id: 'zero', memoryBytes: 0 }])
    l.observe(H, [], [])
    expect(l.report().vms).to.deep.equal([])
  })

  it('carries on from saved books: what was charged stays, the gap is unobserved and not charged', () => {
    const a = new CostLedger(0)
    a.observe(0, [vm()], [spot])
    a.observe(H, [vm()], [spot])
    const saved = a.saved()
    const b = new CostLedger(3 * H, JSON.parse(JSON.stringify(saved)) as CostBooks)
    b.observe(3 * H, [vm()], [spot])
    b.observe(4 * H, [vm()], [spot])
    const r = b.report()
    expect(r.since).to.equal(new Date(0).toISOString())
    expect(r.unobservedMs).to.equal(2 * H)
    expect(r.vms[0]?.hours).to.be.closeTo(2, 1e-12)
    expect(r.vms[0]?.costUsd).to.be.closeTo(0.02, 1e-12)
    expect(new CostLedger(5 * H, b.saved()).report().unobservedMs, 'gaps add up').to.equal(3 * H)
  })

  describe('the books on disk', () => {
    let dir: string
    const log = silentLogger()
    beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'sc-cost-')) })
    afterEach(() => { rmSync(dir, { recursive: true, force: true }) })

    it('a tracker keeps its books at stop, and a new one reads them back', () => {
      const store = new CostStore(join(dir, 'cost.json'), log)
      expect(store.load(), 'no file: no books').to.equal(undefined)
      const ledger = new CostLedger(Date.now() - H)
      ledger.observe(Date.now() - H, [vm()], [spot])
      const t = new CostTracker({ ledger, vms: () => [vm()], peers: () => [spot], save: b => { store.save(b) } })
      t.start()
      t.stop()
      const books = store.load()
      expect(books?.vms[0]?.costUsd).to.be.closeTo(0.01, 1e-4)
      expect(new CostLedger(Date.now(), books).report().vms[0]?.hours).to.be.closeTo(1, 1e-4)
    })

    const bad: Array<[string, string]> = [['not JSON', '{"version": 1, "vms": ['], ['another version', '{"version": 2, "sinceMs": 0, "atMs": 0, "unobservedMs": 0, "vms": []}'],
      ['a negative cost', '{"version": 1, "sinceMs": 0, "atMs": 0, "unobservedMs": 0, "vms": [{"id": "v", "name": "v", "peer": "p", "costUsd": -1, "onDemandUsd": 0, "hours": 0}]}']]
    for (const [what, text] of bad) {
      it(`books that are ${what} are set aside, not lost, and the books start afresh`, () => {
        const file = join(dir, 'cost.json')
        writeFileSync(file, text)
        expect(new CostStore(file, log).load()).to.equal(undefined)
        expect(existsSync(file)).to.equal(false)
        expect(readFileSync(`${file}.bad`, 'utf8')).to.equal(text)
      })
    }
  })

  it('prints dollars to three significant digits, never fewer than two decimals', () => {
    expect([0, 1578.884, 12.3, 0.0457, 0.000000452, 0.000000103].map(formatUsd)).to.deep.equal(['$0', '$1578.88', '$12.30', '$0.0457', '$0.000000452', '$0.000000103'])
  })
})
