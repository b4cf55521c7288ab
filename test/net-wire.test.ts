// Bad input on the tunnel protocol from peers holding the swarm key: a non-member is refused; a
// member's malformed batches, frames for unknown VNets or VNets without ports here, oversized and
// spoofed frames, oversized batches and a flood are dropped and counted; the daemon and its guest
// carry on answering.
import { expect } from 'chai'
import type { Stream } from '@libp2p/interface'
import { supercloud } from '../proto/gen/wire.js'
import { TUNNEL_PROTOCOL } from '../overlay/switch/constants.js'
import { arpFrame, icmpEchoFrame } from '../overlay/switch/frames.js'
import { frame as lpFrame } from '../overlay/wire/lp.js'
import type { VmView } from '../node/vms/view.js'
import type { NetCountersView, NetView } from '../node/net/view.js'
import type { PingResult } from '../overlay/switch/host-port.js'
import { cliJson } from './util/cli.js'
import { openStream } from './util/intruder.js'
import { waitFor } from './util/wait.js'
import { WireFixture } from './util/wire-fixture.js'

const { TunnelBatch } = supercloud.network

describe('bad input on the tunnel protocol (real processes)', function () {
  this.timeout(120_000)
  const f = new WireFixture('sc-netwire-')
  let vnet: NetView
  let empty: NetView
  let vm: VmView

  const tunnelDrops = async (): Promise<Record<string, number>> => {
    const shown = await cliJson<NetView & { counters: NetCountersView[] }>(['net', 'show', 'lan', '--data-dir', f.dir])
    return shown.counters.flatMap(c => c.tunnels).find(t => t.peer === f.memberId)?.drops ?? {}
  }
  const send = (stream: Stream, frames: Array<{ vnet: number, frame: Uint8Array }>): void => { stream.send(lpFrame(TunnelBatch.encode({ frames }).finish())) }

  before(async () => {
    await f.start()
    vnet = await cliJson<NetView>(['net', 'create', 'lan', '--cidr', '10.40.0.0/24', '--data-dir', f.dir])
    empty = await cliJson<NetView>(['net', 'create', 'empty', '--cidr', '10.41.0.0/24', '--data-dir', f.dir])
    vm = await cliJson<VmView>(['vm', 'create', '--image', 'tiny', '--name', 'steady', '--net', 'lan', '--data-dir', f.dir])
  })

  after(async () => { await f.stop() })

  afterEach(async () => {
    // Whatever came through the tunnel, the guest still answers on its VNet.
    const r = await cliJson<PingResult>(['net', 'ping', 'lan', vm.net?.ip ?? '', '--count', '3', '--data-dir', f.dir])
    expect(r.received).to.equal(3)
  })

  it('refuses a tunnel from a non-member', async () => {
    const stream = await openStream(f.outsider, f.ownerAddr, TUNNEL_PROTOCOL)
    // The owner may close the stream before anything is written: a refusal just the same.
    try {
      send(stream, [{ vnet: vnet.id, frame: arpFrame(1, '02:00:00:00:00:66', '10.40.0.66', '00:00:00:00:00:00', vm.net?.ip ?? '') }])
    } catch (err) {
      expect((err as Error).name).to.equal('StreamStateError')
    }
    await waitFor('the stream to be closed', async () => stream.status !== 'open', 10_000, 50)
  })

  it('drops what a member sends that the control plane does not allow, by reason', async () => {
    const stream = await openStream(f.member, f.ownerAddr, TUNNEL_PROTOCOL)
    const ip = vm.net?.ip ?? ''
    // The guest's own MAC, claimed by a peer it does not live on.
    send(stream, [{ vnet: vnet.id, frame: icmpEchoFrame(8, vm.mac, vm.mac, '10.40.0.66', ip, 1, 1, new Uint8Array(8)) }])
    send(stream, [{ vnet: 0xabcdef, frame: arpFrame(1, '02:00:00:00:00:66', '10.40.0.66', '00:00:00:00:00:00', ip) }])
    send(stream, [{ vnet: empty.id, frame: arpFrame(1, '02:00:00:00:00:66', '10.41.0.66', '00:00:00:00:00:00', '10.41.0.1') }])
    send(stream, [{ vnet: vnet.id, frame: new Uint8Array(3000) }])
    send(stream, [{ vnet: vnet.id, frame: new Uint8Array(5) }, { vnet: vnet.id, frame: new Uint8Array(0) }])
    stream.send(lpFrame(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x7f])))
    const drops = await waitFor('the drops to be counted', async () => {
      const d = await tunnelDrops()
      return (d.spoofed ?? 0) >= 1 && (d.unknownVnet ?? 0) >= 1 && (d.noPort ?? 0) >= 1 && (d.tooLarge ?? 0) >= 1 && (d.malformed ?? 0) >= 2 ? d : undefined
    }, 15_000, 200)
    expect(drops).to.include.keys('spoofed', 'unknownVnet', 'noPort', 'tooLarge', 'malformed')
  })

  it('drops a flood of frames and stays responsive', async () => {
    const stream = await openStream(f.member, f.ownerAddr, TUNNEL_PROTOCOL)
    const flood = Array.from({ length: 100 }, () => ({ vnet: vnet.id, frame: arpFrame(1, '02:00:00:00:00:77', '10.40.0.77', '00:00:00:00:00:00', vm.net?.ip ?? '') }))
    for (let i = 0; i < 300; i++) send(stream, flood)
    const t0 = Date.now()
    await cliJson(['vm', 'show', 'steady', '--data-dir', f.dir])
    expect(Date.now() - t0).to.be.below(10_000)
    await waitFor('the flood to be counted', async () => ((await tunnelDrops()).spoofed ?? 0) >= 30_000, 30_000, 250)
  })

  it('closes a tunnel that sends a batch larger than the cap', async () => {
    const stream = await openStream(f.member, f.ownerAddr, TUNNEL_PROTOCOL)
    stream.send(lpFrame(new Uint8Array(1 << 20)))
    await waitFor('the stream to be closed', async () => stream.status !== 'open', 10_000, 50)
    expect((await tunnelDrops()).brokenStream).to.be.at.least(1)
  })
})
