// Cost accounting: a VM pays its memory's share of its host's price while it holds a guest, and is
// compared with the same share of the host's on-demand price.
import { expect } from 'chai'
import { CostLedger, type CostPeer, type CostVm } from '../node/spot/cost.js'

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

  it('a price change is charged from when it was seen', () => {
    const l = new CostLedger(0)
    l.observe(0, [vm()], [spot])
    l.observe(H, [vm()], [{ ...spot, priceUsdPerHour: 0.08 }])
    l.observe(2 * H, [vm()], [spot])
    expect(l.report().vms[0]?.costUsd).to.be.closeTo(0.01 + 0.02, 1e-12)
  })

  it('a VM on a host nobody knows, or one with no memory, is not charged', () => {
    const l = new CostLedger(0)
    l.observe(0, [vm({ owner: 'gone' }), vm({ id: 'vm-2', owner: 'zero' })], [{ ...spot, id: 'zero', memoryBytes: 0 }])
    l.observe(H, [], [])
    expect(l.report().vms).to.deep.equal([])
  })
})
