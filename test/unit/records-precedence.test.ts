// Which record of a VM the cloud believes, from the inventories held, without a network: epochs,
// this peer's own record, and owners that died, left or restarted.
import { expect } from 'chai'
import { resolveRecords, type PeerView } from '../../overlay/records/precedence.js'
import type { InventoryData, VmRecordData } from '../../overlay/records/inventory.js'
import type { PeerState } from '../../overlay/membership/table.js'

const SELF = 'peer-self'
const A = 'peer-a'
const B = 'peer-b'

function vm (id: string, epoch: number, overrides: Partial<VmRecordData> = {}): VmRecordData {
  return { id, creator: A, nonce: 'n', handoffs: [], epoch, spec: { name: id, image: 'tiny', memoryBytes: 1 << 24, nic: 'ne2k', mac: '02:00:00:00:00:01' }, phase: 'running', createdAtMs: 1, updatedAtMs: 1, ...overrides }
}

const inventory = (owner: string, vms: VmRecordData[], incarnation = 100): InventoryData => ({ owner, seq: 1, incarnation, vms, disks: [], images: [] })

function peers (states: Record<string, PeerState>, startedAtMs = 100): PeerView {
  return { self: SELF, incarnation: 100, entry: id => states[id] === undefined ? undefined : { state: states[id], descriptor: { startedAtMs } } }
}

describe('records precedence (pure)', () => {
  it('the highest epoch wins, whichever inventory came first', () => {
    for (const order of [[A, B], [B, A]]) {
      const held = order.map(owner => inventory(owner, [vm('vm-1', owner === B ? 3 : 2)]))
      const [only] = resolveRecords(held, peers({ [A]: 'alive', [B]: 'alive' }))
      expect(only).to.include({ owner: B, epoch: 3 })
    }
  })

  it('at the same epoch this peer\'s own record wins; between others the live one, then the newest', () => {
    const mine = resolveRecords([inventory(A, [vm('vm-1', 2, { updatedAtMs: 9 })]), inventory(SELF, [vm('vm-1', 2)])], peers({ [A]: 'alive' }))
    expect(mine[0]).to.include({ owner: SELF })
    const live = resolveRecords([inventory(A, [vm('vm-1', 2, { updatedAtMs: 9 })]), inventory(B, [vm('vm-1', 2)])], peers({ [A]: 'dead', [B]: 'alive' }))
    expect(live[0]).to.include({ owner: B, phase: 'running' })
    const newest = resolveRecords([inventory(A, [vm('vm-1', 2, { updatedAtMs: 5 })]), inventory(B, [vm('vm-1', 2, { updatedAtMs: 9 })])], peers({ [A]: 'alive', [B]: 'alive' }))
    expect(newest[0]).to.include({ owner: B })
  })

  it('a dead, left or restarted owner\'s running VMs read lost, with why; stopped ones stay stopped', () => {
    const cases: Array<[PeerState, number, RegExp]> = [['dead', 100, /is dead/], ['left', 100, /left the cloud/], ['alive', 200, /restarted/]]
    for (const [state, startedAtMs, reason] of cases) {
      const list = resolveRecords([inventory(A, [vm('vm-1', 1), vm('vm-2', 1, { phase: 'stopped' })])], peers({ [A]: state }, startedAtMs))
      expect(list[0]).to.include({ phase: 'lost', recordedPhase: 'running', ownerState: state })
      expect(list[0]?.reason).to.match(reason)
      expect(list[1]).to.include({ phase: 'stopped' })
    }
  })

  it('this peer\'s records from an earlier run are lost; an unknown owner\'s are taken as they are', () => {
    expect(resolveRecords([inventory(SELF, [vm('vm-1', 1)], 50)], peers({}))[0]).to.include({ phase: 'lost', reason: 'this peer restarted since' })
    expect(resolveRecords([inventory(A, [vm('vm-1', 1)])], peers({}))[0]).to.include({ phase: 'running', ownerState: 'unknown' })
  })

  it('lists the oldest VM first', () => {
    const list = resolveRecords([inventory(A, [vm('vm-b', 1, { createdAtMs: 5 }), vm('vm-a', 1, { createdAtMs: 9 })])], peers({ [A]: 'alive' }))
    expect(list.map(v => v.id)).to.deep.equal(['vm-b', 'vm-a'])
  })
})
