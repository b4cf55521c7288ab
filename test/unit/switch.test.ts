// The switch's rules for frames from local ports, and flow rules, without a network: a VNet record
// and attached VMs are its inputs; real frames go in, and what comes out of which port is checked.
import { expect } from 'chai'
import type { Libp2p } from '@libp2p/interface'
import { Switch, type SwitchPort } from '../../overlay/switch/switch.js'
import type { Networks } from '../../overlay/networks/networks.js'
import type { VnetData } from '../../overlay/networks/vnet.js'
import type { AttachedVm } from '../../overlay/switch/plane.js'
import { formatRule, parseRule } from '../../overlay/networks/rules.js'
import { allowed } from '../../overlay/switch/filter.js'
import { BROADCAST_MAC, arpFrame, icmpEchoFrame, parseArp } from '../../overlay/switch/frames.js'
import { silentLogger } from '../../node/log.js'

const SELF = '12D3KooWSelf'
const A = { name: 'vm-a', mac: '02:00:00:00:00:0a', ip: '10.0.0.10' }
const B = { name: 'vm-b', mac: '02:00:00:00:00:0b', ip: '10.0.0.11' }
const C = { name: 'vm-c', mac: '02:00:00:00:00:0c', ip: '10.0.0.12' }

function vnet (id: number, overrides: Partial<VnetData> = {}): VnetData {
  return { id, name: `n${id}`, cidr: '10.0.0.0/24', mtu: 1500, rules: [], leases: [], home: SELF, term: 1, seq: 1, deleted: false, createdAtMs: 0, ...overrides }
}

interface Harness { sw: Switch, ports: Map<string, SwitchPort>, got: Map<string, Uint8Array[]>, nets: Map<number, VnetData> }

function harness (nets: VnetData[], remote: AttachedVm[] = []): Harness {
  const byId = new Map(nets.map(n => [n.id, n]))
  // The switch's inputs: who this peer is, the VNet records, the VM records. Nothing here switches.
  const networks = { get: (id: number) => byId.get(id), onChange: () => () => {} } as unknown as Networks
  const sw = new Switch({ libp2p: { peerId: { toString: () => SELF } } as unknown as Libp2p, membership: undefined as never, networks, attachedVms: () => remote, acceptRecords: async () => false, log: silentLogger() })
  return { sw, ports: new Map(), got: new Map(), nets: byId }
}

function plug (h: Harness, net: number, info: { name: string, mac: string, ip?: string }): SwitchPort {
  const got: Uint8Array[] = []
  h.got.set(`${net}/${info.name}`, got)
  const port = h.sw.attach(net, info, frames => { got.push(...frames) })
  h.ports.set(`${net}/${info.name}`, port)
  return port
}

const echo = (from: typeof A, to: typeof A, srcIp = from.ip, size = 32): Uint8Array => icmpEchoFrame(8, to.mac, from.mac, srcIp, to.ip, 1, 1, new Uint8Array(size))

describe('switch: frames from local ports', () => {
  it('delivers unicast to the port with that MAC only, and broadcast to every other port', () => {
    const h = harness([vnet(1)])
    const a = plug(h, 1, A)
    plug(h, 1, B)
    plug(h, 1, C)
    a.send([echo(A, B)])
    expect(h.got.get('1/vm-b')).to.have.length(1)
    expect(h.got.get('1/vm-c')).to.have.length(0)
    a.send([arpFrame(1, A.mac, A.ip, '00:00:00:00:00:00', '10.0.0.99')])
    expect(h.got.get('1/vm-b')).to.have.length(2)
    expect(h.got.get('1/vm-c')).to.have.length(1)
    expect(h.got.get('1/vm-a')).to.have.length(0)
  })

  it('never lets a frame into another VNet, even with the same addresses', () => {
    const h = harness([vnet(1), vnet(2)])
    const a = plug(h, 1, A)
    plug(h, 2, B)
    a.send([echo(A, B), arpFrame(1, A.mac, A.ip, '00:00:00:00:00:00', B.ip)])
    expect(h.got.get('2/vm-b')).to.have.length(0)
  })

  const policed: Array<{ id: string, frame: () => Uint8Array, reason: string }> = [
    { id: 'a source MAC that is not the port\'s', frame: () => echo({ ...A, mac: '02:00:00:00:00:ff' }, B), reason: 'spoofedMac' },
    { id: 'a source address that is not the port\'s', frame: () => echo(A, B, '10.0.0.200'), reason: 'spoofedIp' },
    { id: 'an ARP claiming another address', frame: () => arpFrame(2, A.mac, B.ip, B.mac, B.ip), reason: 'spoofedIp' },
    { id: 'a frame above the MTU', frame: () => echo(A, B, A.ip, 1500), reason: 'tooLarge' },
    { id: 'a runt', frame: () => new Uint8Array(10), reason: 'malformed' }
  ]
  for (const c of policed) {
    it(`drops ${c.id} and counts it`, () => {
      const h = harness([vnet(1)])
      const a = plug(h, 1, A)
      plug(h, 1, B)
      a.send([c.frame()])
      expect(h.got.get('1/vm-b')).to.have.length(0)
      expect(a.counters.drops[c.reason]).to.equal(1)
    })
  }

  it('accepts ARP probes (sender 0.0.0.0) and frames at exactly MTU + 14 bytes', () => {
    const h = harness([vnet(1)])
    const a = plug(h, 1, A)
    plug(h, 1, B)
    a.send([arpFrame(1, A.mac, '0.0.0.0', '00:00:00:00:00:00', A.ip), echo(A, B, A.ip, 1500 - 28)])
    expect(h.got.get('1/vm-b')).to.have.length(2)
  })

  it('answers an ARP request for a known address itself, without a broadcast', () => {
    const remote: AttachedVm[] = [{ vmId: 'vm-remote', mac: '02:00:00:00:00:99', netId: 1, ip: '10.0.0.99', owner: '12D3KooWOther', epoch: 1, live: true }]
    const h = harness([vnet(1)], remote)
    const a = plug(h, 1, A)
    plug(h, 1, B)
    a.send([arpFrame(1, A.mac, A.ip, '00:00:00:00:00:00', '10.0.0.99')])
    expect(h.got.get('1/vm-b')).to.have.length(0)
    const reply = parseArp(h.got.get('1/vm-a')?.[0] ?? new Uint8Array())
    expect(reply).to.include({ op: 2, senderMac: '02:00:00:00:00:99', senderIp: '10.0.0.99', targetMac: A.mac, targetIp: A.ip })
  })

  it('enforces a deny rule on what it names only', () => {
    const h = harness([vnet(1, { rules: [parseRule('deny proto=icmp')] })])
    const a = plug(h, 1, A)
    plug(h, 1, B)
    a.send([echo(A, B), arpFrame(1, A.mac, A.ip, '00:00:00:00:00:00', B.ip)])
    expect(a.counters.drops.denied).to.equal(1)
    expect(h.got.get('1/vm-b')).to.have.length(1)
    expect(parseArp(h.got.get('1/vm-b')?.[0] ?? new Uint8Array())?.targetIp).to.equal(B.ip)
  })
})

describe('flow rules', () => {
  const icmp = icmpEchoFrame(8, B.mac, A.mac, A.ip, B.ip, 1, 1, new Uint8Array(8))
  const arp = arpFrame(1, A.mac, A.ip, '00:00:00:00:00:00', B.ip)
  const tcp22 = ((): Uint8Array => {
    const f = icmpEchoFrame(8, B.mac, A.mac, A.ip, B.ip, 0, 0, new Uint8Array(20))
    f[14 + 9] = 6
    f.set([0x30, 0x39, 0x00, 22], 34)
    return f
  })()
  const cases: Array<{ id: string, rules: string[], frame: Uint8Array, pass: boolean }> = [
    { id: 'no rules', rules: [], frame: icmp, pass: true },
    { id: 'deny icmp, an echo', rules: ['deny proto=icmp'], frame: icmp, pass: false },
    { id: 'deny icmp, an ARP', rules: ['deny proto=icmp'], frame: arp, pass: true },
    { id: 'deny arp', rules: ['deny ethertype=arp'], frame: arp, pass: false },
    { id: 'deny tcp port 22', rules: ['deny proto=tcp dport=22'], frame: tcp22, pass: false },
    { id: 'deny tcp port 80, port 22', rules: ['deny proto=tcp dport=80'], frame: tcp22, pass: true },
    { id: 'deny from a MAC', rules: [`deny src=${A.mac}`], frame: icmp, pass: false },
    { id: 'deny to another MAC', rules: [`deny dst=${C.mac}`], frame: icmp, pass: true },
    { id: 'allow first, then deny all', rules: ['allow ethertype=arp', 'deny ethertype=ipv4', 'deny ethertype=arp'], frame: arp, pass: true },
    { id: 'the first match decides', rules: ['deny proto=icmp', 'allow proto=icmp'], frame: icmp, pass: false },
    { id: 'broadcast dst', rules: [`deny dst=${BROADCAST_MAC}`], frame: arp, pass: false }
  ]
  for (const c of cases) {
    it(`${c.id}: ${c.pass ? 'passes' : 'stops'}`, () => {
      expect(allowed(c.rules.map(parseRule), c.frame)).to.equal(c.pass)
    })
  }

  it('prints rules back as they parse', () => {
    for (const text of ['deny proto=icmp', 'allow proto=tcp dport=22', 'deny ethertype=arp', `deny src=${A.mac} dst=${B.mac}`, 'allow proto=udp sport=53']) {
      expect(formatRule(parseRule(text))).to.equal(text)
    }
  })

  for (const bad of ['drop proto=icmp', 'deny proto', 'deny port=22', 'deny dport=70000', 'deny src=zz:00:00:00:00:00', 'deny ethertype=arp dport=22']) {
    it(`refuses "${bad}"`, () => {
      expect(() => parseRule(bad)).to.throw().with.property('name', 'RuleSyntaxError')
    })
  }
})
