// Output commit around a new standby's first copy (issue 18). Until the first checkpoint is taken no
// copy of the VM exists anywhere else, so no failover could lose what its guest says: holding its
// output then saved no one, and cut it off for the whole copy of its RAM (~0.6 s for 64 MiB, and
// after a failover, on top of the takeover). Now the copy goes with the guest running and its output
// flowing; from the checkpoint that completes it, every reply waits for the standby to hold the
// checkpoint after it. The first copy is held back here (a failpoint) so that pings land inside it.
// Then one host port pings it and an unprotected VM at once: each ping takes its own replies (one
// echo id per ping), so the protected VM's round trips show what output commit adds. (They did not:
// `bench:ha` printed the unprotected VM's replies as the protected one's, +0.5 ms.)
// Three peers on three providers: host 0, standby 1, peer 2 pings.
import { expect } from 'chai'
import type { PingResult } from '../overlay/switch/host-port.js'
import type { VmView } from '../node/vms/view.js'
import { useTestnet } from './util/use-testnet.js'

const MiB = 1 << 20

describe('HA: output during a first copy and after it (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-first-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, api, show, peerId, shownProtected } = testnet.cli
  const ping = async (ip: string, count: number, intervalMs: number): Promise<PingResult> =>
    await api(2).request<PingResult>('POST', '/v1/nets/fc/ping', { ip, count, intervalMs, timeoutMs: 3000 }, { signal: AbortSignal.timeout(120_000) })

  before(async () => {
    await ok(0, ['net', 'create', 'fc', '--cidr', '10.78.0.0/24'])
  })

  it('answers at once while its first copy waits, then holds each reply for a checkpoint', async () => {
    const vm = await ok<VmView>(0, ['vm', 'create', '--image', 'tiny', '--memory', '64M', '--fill-ram', '--name', 'fc', '--net', 'fc', '--on', peerId(0)])
    const plain = await ok<VmView>(0, ['vm', 'create', '--image', 'tiny', '--memory', '32M', '--name', 'plain', '--net', 'fc', '--on', peerId(0)])
    const ip = vm.net?.ip ?? ''
    expect((await ping(ip, 10, 20)).received).to.equal(10)
    expect((await ping(plain.net?.ip ?? '', 10, 20)).received).to.equal(10)
    await ok(0, ['failpoint', 'set', 'replication.primary.before-first-copy', 'delay:10000'])
    const protecting = await ok<VmView>(0, ['vm', 'protect', 'fc', '--standby', peerId(1), '--checkpoint-interval', '1s'])
    expect(protecting.protection?.state).to.equal('syncing')
    const syncing = await ping(ip, 40, 25)
    // The pings all went while the copy waited.
    expect((await show(0, 'fc')).protection?.state).to.equal('syncing')
    expect(syncing.received, JSON.stringify(syncing)).to.be.at.least(36)
    expect(syncing.rttMs?.median ?? Infinity).to.be.below(200)
    const shown = await shownProtected(0, 'fc', 60_000)
    expect(shown.protection?.standby).to.equal(peerId(1))
    // Protected, checkpoints a second apart: a reply leaves with the acknowledgement of the next one.
    const [held, free] = await Promise.all([ping(ip, 12, 150), ping(plain.net?.ip ?? '', 12, 150)])
    expect(held.received, JSON.stringify(held)).to.be.at.least(10)
    expect(held.rttMs?.median ?? 0, JSON.stringify(held)).to.be.above(150)
    expect(free.received, JSON.stringify(free)).to.equal(12)
    expect(free.rttMs?.median ?? Infinity, JSON.stringify(free)).to.be.below(100)
  })
})
