// The NAT testnet's plan and the NAT behaviour a peer infers, in-process: tables of cases.
import { expect } from 'chai'
import { planNat } from '../../testnet/nat/topology.js'
import { natBehaviour, parseProcNetTcp, type Observation } from '../../node/reachability/observations.js'

describe('NAT testnet plan', () => {
  it('relays are public on the bridge; every other peer has a namespace and a NAT box of its own', () => {
    const plan = planNat(4, 2, 'eim', 'ab1')
    expect(plan.peers.map(p => [p.nat, p.addr, p.publicAddr, p.router ?? null])).to.deep.equal([
      ['none', '198.18.0.10', '198.18.0.10', null],
      ['none', '198.18.0.11', '198.18.0.11', null],
      ['eim', '10.100.2.2', '198.18.0.12', 'scab1-n2'],
      ['eim', '10.100.3.2', '198.18.0.13', 'scab1-n3']
    ])
    expect(plan.namespaces).to.deep.equal(['scab1-wan', 'scab1-p0', 'scab1-p1', 'scab1-n2', 'scab1-p2', 'scab1-n3', 'scab1-p3'])
  })

  const refused = [
    { id: 'no relay', peers: 3, relays: 0, kind: 'eim', tag: 'a', error: /at least 1/ },
    { id: 'no NATed peer', peers: 2, relays: 2, kind: 'eim', tag: 'a', error: /leaves no peer behind NAT/ },
    { id: 'unknown NAT', peers: 3, relays: 1, kind: 'cone', tag: 'a', error: /eim or symmetric/ },
    { id: 'a tag that is no name', peers: 3, relays: 1, kind: 'eim', tag: 'a b; rm', error: /bad namespace tag/ }
  ]
  for (const c of refused) {
    it(`refuses ${c.id}`, () => {
      expect(() => planNat(c.peers, c.relays, c.kind as 'eim', c.tag)).to.throw(c.error).with.property('name', 'NatPlanError')
    })
  }
})

describe('NAT behaviour from observed and local addresses', () => {
  const cases: Array<{ id: string, observations: Observation[], expected: string }> = [
    { id: 'nothing known', observations: [{ observed: '198.18.0.11:4242' }], expected: 'unknown' },
    { id: 'seen at its own address: no NAT', observations: [{ observed: '198.18.0.10:4001', local: '198.18.0.10:4001' }], expected: 'none' },
    { id: 'translated, ports kept: endpoint-independent', observations: [{ observed: '198.18.0.11:40000', local: '10.100.1.2:40000' }, { observed: '198.18.0.11:40100', local: '10.100.1.2:40100' }], expected: 'endpoint-independent' },
    { id: 'a port changed: endpoint-dependent', observations: [{ observed: '198.18.0.11:40000', local: '10.100.1.2:40000' }, { observed: '198.18.0.11:5123', local: '10.100.1.2:40100' }], expected: 'endpoint-dependent' }
  ]
  for (const c of cases) it(c.id, () => { expect(natBehaviour(c.observations)).to.equal(c.expected) })

  it('reads remote → local endpoints from /proc/net/tcp, skipping what it cannot parse', () => {
    const text = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0264640A:0FA1 0B0012C6:9C40 01 00000000:00000000 00:00000000 00000000     0        0 1 1',
      '   1: garbage',
      ''
    ].join('\n')
    expect([...parseProcNetTcp(text)]).to.deep.equal([['198.18.0.11:40000', '10.100.100.2:4001']])
  })
})
