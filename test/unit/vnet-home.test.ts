// A VNet home's decisions, without a network: addresses handed out one at a time, changes refused
// where they must be, leases that follow the VM records, and which peer takes over a home that died.
import { expect } from 'chai'
import { allocate, homeAction, operation, reconcile, successor, type VmClaim } from '../../overlay/networks/home.js'
import { LEASE_GRACE_MS } from '../../overlay/networks/constants.js'
import type { VnetData } from '../../overlay/networks/vnet.js'

const A = 'peer-a'
const B = 'peer-b'
const C = 'peer-c'

function vnet (overrides: Partial<VnetData> = {}): VnetData {
  return { id: 7, name: 'blue', cidr: '10.1.0.0/29', mtu: 1500, rules: [], leases: [], home: B, term: 1, seq: 1, deleted: false, createdAtMs: 0, ...overrides }
}

const claim = (vmId: string, ip: string, owner = A): VmClaim => ({ vmId, mac: `02:00:00:00:00:0${vmId.length}`, netId: 7, ip, owner })

describe('VNet home (pure decisions)', () => {
  describe('allocate', () => {
    it('hands out the lowest free host address, skipping leases and VM records\' claims', () => {
      const v = vnet({ leases: [{ ip: '10.1.0.1', peer: C, mac: 'm', atMs: 0 }] })
      const { ip, vnet: next } = allocate(v, [claim('vm-x', '10.1.0.2')], { vmId: 'vm-y', mac: '02:00:00:00:00:09' })
      expect(ip).to.equal('10.1.0.3')
      expect(next.leases.map(l => l.ip)).to.deep.equal(['10.1.0.1', '10.1.0.3'])
    })

    it('gives a VM its address again, and moves it to another when asked', () => {
      const v = allocate(vnet(), [], { vmId: 'vm-y', mac: 'm', ip: '10.1.0.4' }).vnet
      expect(allocate(v, [], { vmId: 'vm-y', mac: 'm' }).ip).to.equal('10.1.0.4')
      const moved = allocate(v, [], { vmId: 'vm-y', mac: 'm', ip: '10.1.0.5' })
      expect(moved.vnet.leases.map(l => l.ip)).to.deep.equal(['10.1.0.5'])
    })

    it('refuses a taken address, one outside the network, and a full network, by name', () => {
      const v = allocate(vnet(), [], { vmId: 'vm-y', mac: 'm', ip: '10.1.0.4' }).vnet
      expect(() => allocate(v, [], { vmId: 'vm-z', mac: 'n', ip: '10.1.0.4' })).to.throw(/taken/).with.property('name', 'NetConflictError')
      expect(() => allocate(v, [], { vmId: 'vm-z', mac: 'n', ip: '10.2.0.4' })).to.throw(/not a host address/).with.property('name', 'NetSpecError')
      let full = vnet()
      for (let i = 0; i < 6; i++) full = allocate(full, [], { vmId: `vm-${i}`, mac: 'm' }).vnet
      expect(() => allocate(full, [], { vmId: 'vm-7', mac: 'm' })).to.throw(/no free address/)
    })
  })

  describe('operation', () => {
    it('a VM\'s address is for its owner to ask; a host port\'s for its own peer', () => {
      const claims = (): VmClaim[] => [claim('vm-x', '10.1.0.2', A)]
      expect(() => operation(C, { lease: { id: 7, vmId: 'vm-x', mac: 'm' } }, claims).apply(vnet())).to.throw(/not peer-c's/)
      const op = operation(A, { lease: { id: 7, vmId: 'vm-x', mac: 'm', ip: '10.1.0.2' } }, claims)
      op.apply(vnet())
      expect(op.ip?.()).to.equal('10.1.0.2')
      const port = operation(C, { lease: { id: 7, mac: 'p' } }, claims)
      expect(port.apply(vnet()).leases).to.have.length(1)
      expect(port.apply(vnet()).leases[0]).to.include({ peer: C })
    })

    it('a VNet with VMs attached is not removed; release frees only the asker\'s address', () => {
      expect(() => operation(A, { remove: { id: 7 } }, () => [claim('vm-x', '10.1.0.2')]).apply(vnet())).to.throw(/detach it first/)
      expect(operation(A, { remove: { id: 7 } }, () => []).apply(vnet())).to.include({ deleted: true })
      const v = vnet({ leases: [{ ip: '10.1.0.1', peer: A, mac: 'a', atMs: 0 }, { ip: '10.1.0.2', peer: C, mac: 'c', atMs: 0 }] })
      expect(operation(A, { release: { id: 7 } }, () => []).apply(v).leases.map(l => l.ip)).to.deep.equal(['10.1.0.2'])
      expect(() => operation(A, {}, () => [])).to.throw(/unknown VNet operation/)
    })
  })

  describe('reconcile', () => {
    it('leases follow the records: a claim gets its lease, a gone VM\'s lease goes after the grace, nothing else changes', () => {
      const now = 1_000_000
      const v = vnet({ leases: [{ ip: '10.1.0.1', vmId: 'vm-gone', mac: 'g', atMs: now - LEASE_GRACE_MS - 1 }, { ip: '10.1.0.3', vmId: 'vm-new', mac: 'n', atMs: now - 10 }] })
      const next = reconcile(v, [claim('vm-x', '10.1.0.2')], now)
      expect(next.leases.map(l => `${l.ip} ${l.vmId ?? ''}`)).to.deep.equal(['10.1.0.3 vm-new', '10.1.0.2 vm-x'])
      expect(reconcile(next, [claim('vm-x', '10.1.0.2')], now), 'settled: the same record').to.equal(next)
    })
  })

  describe('takeover', () => {
    it('the lowest alive peer id takes over a home that is dead or left, with the next term; nobody takes over a live home', () => {
      const v = vnet({ home: C })
      expect(successor(B, [A, C])).to.equal(A)
      expect(homeAction(v, A, 'dead', [B])).to.equal('take-over')
      expect(homeAction(v, A, 'left', [B])).to.equal('take-over')
      expect(homeAction(v, B, 'dead', [A]), 'peer-a is the successor, not peer-b').to.equal('none')
      for (const state of ['alive', 'suspect', undefined]) expect(homeAction(v, A, state, [B])).to.equal('none')
      expect(homeAction(vnet({ home: A }), A, 'alive', [B])).to.equal('reconcile')
      expect(homeAction(vnet({ home: C, deleted: true }), A, 'dead', [])).to.equal('none')
    })
  })
})
