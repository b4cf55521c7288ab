// VNets across a real 3-peer testnet, through the CLI: definitions everywhere, host ports pinging
// tiny VMs on other peers, addresses, isolation of overlapping CIDRs, flow rules, attach/detach,
// an address handed out twice across a partition, reported once it heals, and a change sent to a
// home that has moved on, followed to the new home.
import { expect } from 'chai'
import { join } from 'node:path'
import type { VmView } from '../node/vms/view.js'
import type { NetCountersView, NetView } from '../node/net/view.js'
import type { PingResult } from '../overlay/switch/host-port.js'
import { cli } from './util/cli.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

type Ping = PingResult & { from: { ip: string } }

describe('VNets on a testnet (real processes)', function () {
  this.timeout(180_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-net-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 512 << 20 } })
  const { sc, ok, fails, api, peerId } = testnet.cli
  const ping = async (peer: number, vnet: string, ip: string, count = 10): Promise<Ping> =>
    await api(peer).request<Ping>('POST', `/v1/nets/${vnet}/ping`, { ip, count, intervalMs: 10, timeoutMs: 1000 }, { signal: AbortSignal.timeout(60_000) })
  const received = async (peer: number, vm: string): Promise<number> => (await api(peer).request<VmView>('GET', `/v1/vms/${vm}`)).guest?.framesReceived ?? -1

  it('`net create` answers once every peer knows the VNet', async () => {
    const v = await ok<NetView>(1, ['net', 'create', 'blue', '--cidr', '10.10.0.7/24'])
    expect(v).to.include({ name: 'blue', cidr: '10.10.0.0/24', mtu: 1500, home: peerId(1) })
    expect(v.id).to.be.within(1, (1 << 24) - 1)
    expect(v.pending).to.deep.equal([])
    for (const peer of [0, 2]) expect((await ok<NetView[]>(peer, ['net', 'ls'])).map(n => n.name)).to.deep.equal(['blue'])
    expect(await fails(2, ['net', 'create', 'blue', '--cidr', '10.11.0.0/24'])).to.include({ name: 'NetConflictError' })
    expect(await fails(2, ['net', 'create', 'bad', '--cidr', '10.11.0.0/33'])).to.include({ name: 'NetSpecError' })
  })

  it('a host port on one peer pings a tiny VM on another through the VNet', async () => {
    const vm = await ok<VmView>(0, ['vm', 'create', '--image', 'tiny', '--name', 'b1', '--net', 'blue', '--on', peerId(1)])
    expect(vm.net).to.deep.equal({ id: vm.net?.id, name: 'blue', ip: '10.10.0.1' })
    expect(vm.guest?.ip).to.equal('10.10.0.1')
    await ping(0, 'blue', '10.10.0.1', 1)
    const r = await ok<Ping>(0, ['net', 'ping', 'blue', '10.10.0.1', '--count', '20', '--interval', '10ms'])
    expect(r).to.include({ target: '10.10.0.1', mac: vm.mac, sent: 20, received: 20 })
    expect(r.rttMs?.min).to.be.a('number')
    expect(r.rttMs?.median).to.be.at.least(r.rttMs?.min ?? Infinity)
    expect(r.rttMs?.p99).to.be.at.most(r.rttMs?.max ?? -Infinity)
    const shown = await ok<NetView & { counters: NetCountersView[] }>(2, ['net', 'show', 'blue'])
    const owner = shown.counters.find(c => c.peer === peerId(1))
    expect(owner?.ports.find(p => p.name === vm.id)?.framesOut).to.be.at.least(20)
    expect(owner?.tunnels.find(t => t.peer === peerId(0))?.framesIn).to.be.at.least(20)
  })

  it('hands out free addresses, the one asked for, and never one twice', async () => {
    const b2 = await ok<VmView>(2, ['vm', 'create', '--image', 'tiny', '--memory', '16M', '--name', 'b2', '--net', 'blue'])
    const b3 = await ok<VmView>(0, ['vm', 'create', '--image', 'tiny', '--memory', '16M', '--name', 'b3', '--net', 'blue:10.10.0.50'])
    expect(b3.net?.ip).to.equal('10.10.0.50')
    expect(b2.net?.ip).to.match(/^10\.10\.0\.\d+$/)
    expect(new Set(['10.10.0.1', b2.net?.ip, b3.net?.ip]).size).to.equal(3)
    expect(await fails(1, ['vm', 'create', '--image', 'tiny', '--memory', '16M', '--net', 'blue:10.10.0.50'])).to.include({ name: 'NetConflictError' })
    expect(await fails(1, ['vm', 'create', '--image', 'tiny', '--memory', '16M', '--net', 'blue:10.99.0.5'])).to.include({ name: 'NetSpecError' })
    expect(await fails(1, ['vm', 'create', '--image', 'tiny', '--memory', '16M', '--net', 'nowhere'])).to.include({ name: 'NetNotFoundError' })
    expect((await ping(1, 'blue', b3.net?.ip ?? '', 5)).received).to.equal(5)
  })

  it('keeps two VNets with overlapping CIDRs apart: the same address reaches a different VM on each', async () => {
    await ok<NetView>(2, ['net', 'create', 'green', '--cidr', '10.10.0.0/24'])
    const g = await ok<VmView>(1, ['vm', 'create', '--image', 'tiny', '--memory', '16M', '--name', 'g1', '--net', 'green:10.10.0.50'])
    const blue = await ping(2, 'blue', '10.10.0.50', 1)
    expect(blue.mac).to.not.equal(g.mac)
    const gBefore = await received(1, 'g1')
    const bBefore = await received(0, 'b3')
    expect((await ping(2, 'blue', '10.10.0.50', 10)).received).to.equal(10)
    expect(await received(1, 'g1')).to.equal(gBefore)
    const greenPing = await ping(0, 'green', '10.10.0.50', 10)
    expect(greenPing).to.include({ mac: g.mac, received: 10 })
    expect(await received(1, 'g1')).to.be.at.least(gBefore + 10)
    expect(await received(0, 'b3')).to.be.below(bBefore + 22)
  })

  it('a deny rule stops the traffic it names and nothing else, on every peer', async () => {
    const set = await ok<{ rules: Array<{ text: string }>, pending: string[] }>(0, ['net', 'rules', 'blue', '--add', 'deny proto=icmp'])
    expect(set.rules.map(r => r.text)).to.deep.equal(['deny proto=icmp'])
    expect(set.pending).to.deep.equal([])
    const denied = await ping(2, 'blue', '10.10.0.1', 5)
    // ARP is not named: the address still resolves; the echo requests are stopped where they are sent.
    expect(denied.mac).to.match(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/)
    expect(denied.received).to.equal(0)
    expect((await ping(0, 'green', '10.10.0.50', 3)).received).to.equal(3)
    const shown = await ok<NetView & { counters: NetCountersView[] }>(1, ['net', 'show', 'blue'])
    expect(shown.counters.find(c => c.peer === peerId(2))?.ports.find(p => p.name === 'host')?.drops.denied).to.be.at.least(5)
    await ok(1, ['net', 'rules', 'blue', '--clear'])
    expect((await ping(2, 'blue', '10.10.0.1', 5)).received).to.equal(5)
  })

  it('attaches a running tiny VM (its address works at once) and detaches it (the address is free again)', async () => {
    const t = await ok<VmView>(2, ['vm', 'create', '--image', 'tiny', '--memory', '16M', '--name', 'loose'])
    expect(t.net).to.equal(undefined)
    const attached = await ok<VmView>(0, ['vm', 'attach', 'loose', '--net', 'green:10.10.0.77'])
    expect(attached.net?.ip).to.equal('10.10.0.77')
    expect(attached.guest?.ip).to.equal('10.10.0.77')
    expect((await ping(1, 'green', '10.10.0.77', 5)).received).to.equal(5)
    expect(await fails(0, ['vm', 'attach', 'loose', '--net', 'blue'])).to.include({ name: 'VmSpecError' })
    const detached = await ok<VmView>(1, ['vm', 'detach', 'loose'])
    expect(detached.net).to.equal(undefined)
    expect(detached.guest?.ip).to.equal('0.0.0.0')
    expect((await ping(1, 'green', '10.10.0.77', 2)).received).to.equal(0)
    const reuse = await ok<VmView>(1, ['vm', 'attach', 'loose', '--net', 'green:10.10.0.77'])
    expect(reuse.net?.ip).to.equal('10.10.0.77')
  })

  it('restores a snapshot of a VM on a VNet at its address when it is free, and detached with a note while another VM holds it', async () => {
    const file = join(testnet.root, 'loose.snap')
    await ok(0, ['vm', 'snapshot', 'loose', file])
    const copy = await ok<VmView>(1, ['vm', 'restore', file, '--name', 'loose-copy'])
    expect(copy.net).to.equal(undefined)
    expect(copy.note).to.match(/restored detached: 10\.10\.0\.77 on VNet \d+ is not free/)
    await ok(0, ['vm', 'rm', 'loose-copy'])
    await ok(0, ['vm', 'rm', 'loose'])
    const back = await ok<VmView>(2, ['vm', 'restore', file])
    expect(back).to.include({ name: 'loose' })
    expect(back.net?.ip).to.equal('10.10.0.77')
    expect((await ping(1, 'green', '10.10.0.77', 5)).received).to.equal(5)
  })

  it('refuses to remove a VNet with VMs attached; removes it everywhere once they are gone', async () => {
    expect(await fails(0, ['net', 'rm', 'green'])).to.include({ name: 'NetConflictError' })
    for (const vm of ['g1', 'loose']) await ok(0, ['vm', 'rm', vm])
    const gone = await waitFor('green unclaimed', async () => {
      const r = await sc<{ pending: string[] }>(0, ['net', 'rm', 'green'])
      return r.code === 0 ? r.out : undefined
    }, 20_000, 500)
    expect(gone.pending).to.deep.equal([])
    for (const peer of [0, 1, 2]) expect((await ok<NetView[]>(peer, ['net', 'ls'])).map(n => n.name)).to.deep.equal(['blue'])
  })

  it('reports an address handed out on both sides of a partition once it heals', async () => {
    const link = async (args: string[]): Promise<void> => {
      const r = await cli(['testnet', 'link', '--dir', testnet.dir, ...args])
      expect(r.code, r.stderr).to.equal(0)
    }
    // Cut peer 2 off; blue's home (peer 1) is dead in its view, so it takes over on its side.
    await link(['--from', '2', '--to', '0', '--drop'])
    await link(['--from', '2', '--to', '1', '--drop'])
    await waitFor('peer 2 to take over blue', async () => (await api(2).request<NetView[]>('GET', '/v1/nets')).find(n => n.name === 'blue')?.home === peerId(2), 60_000, 500)
    const a = await api(2).request<VmView>('POST', '/v1/vms', { image: 'tiny', memoryBytes: 16 << 20, name: 'left-side', net: 'blue:10.10.0.99' }, { signal: AbortSignal.timeout(60_000) })
    const b = await api(0).request<VmView>('POST', '/v1/vms', { image: 'tiny', memoryBytes: 16 << 20, name: 'right-side', net: 'blue:10.10.0.99' }, { signal: AbortSignal.timeout(60_000) })
    expect(a.net?.ip).to.equal('10.10.0.99')
    expect(b.net?.ip).to.equal('10.10.0.99')
    await link(['--clear'])
    for (const peer of [0, 1, 2]) {
      const conflict = await waitFor(`the conflict reported by peer ${peer}`, async () => {
        const v = (await api(peer).request<NetView[]>('GET', '/v1/nets')).find(n => n.name === 'blue')
        return v?.conflicts.find(c => c.ip === '10.10.0.99')
      }, 60_000, 500)
      expect(conflict.holders).to.deep.equal([a.id, b.id].sort())
    }
  })

  it('a peer whose record names an old home follows the VNet to its new home', async () => {
    const link = async (args: string[]): Promise<void> => {
      const r = await cli(['testnet', 'link', '--dir', testnet.dir, ...args])
      expect(r.code, r.stderr).to.equal(0)
    }
    const homeSeenBy = async (peer: number): Promise<string | undefined> => (await api(peer).request<NetView[]>('GET', '/v1/nets')).find(n => n.name === 'green')?.home
    await ok(1, ['net', 'create', 'green', '--cidr', '10.12.0.0/24'])
    // Peer 0 stops catching up by itself: only what it is sent, or what it asks for, reaches it.
    await ok(0, ['failpoint', 'set', 'networks.anti-entropy', 'error', '--count', '100000'])
    try {
      // Peer 2 alone takes green over (a higher term), while peers 0 and 1 keep peer 1 as its home.
      await link(['--from', '2', '--to', '0', '--drop'])
      await link(['--from', '2', '--to', '1', '--drop'])
      await waitFor('peer 2 to take over green', async () => await homeSeenBy(2) === peerId(2), 60_000, 500)
      // Long enough for gossip's message caches to forget peer 2's record (5 heartbeats of 1 s).
      await new Promise(resolve => setTimeout(resolve, 7000))
      await link(['--from', '2', '--to', '1', '--clear'])
      await waitFor('peer 1 to learn green\'s new home', async () => await homeSeenBy(1) === peerId(2), 60_000, 250)
      await link(['--from', '2', '--to', '0', '--clear'])
      await waitFor('peer 0 to see all peers alive', async () => (await api(0).request<{ peers: { alive: number } }>('GET', '/v1/status')).peers.alive === 3, 60_000, 250)
      expect(await homeSeenBy(0), 'peer 0 still names the old home').to.equal(peerId(1))
      // Peer 0 asks peer 1 for an address; peer 1 is no longer the home: peer 0 follows to peer 2.
      const vm = await api(0).request<VmView>('POST', '/v1/vms', { image: 'tiny', memoryBytes: 16 << 20, name: 'follower', net: 'green' }, { signal: AbortSignal.timeout(60_000) })
      expect(vm.net?.ip).to.match(/^10\.12\.0\./)
      expect(await homeSeenBy(0)).to.equal(peerId(2))
      await ok(0, ['vm', 'rm', 'follower'])
    } finally {
      await ok(0, ['failpoint', 'clear', 'networks.anti-entropy']).catch(() => {})
      await link(['--clear'])
    }
  })
})
