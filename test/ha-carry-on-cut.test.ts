// A protected VM's move commits, and its destination cannot reach the standby that kept the VM
// through the move (cut off from it alone), so it cannot carry protection on (issue 18; chaos
// --protect lost VMs this way). It gives another peer a first copy while the guest is still
// fenced, then wins the vote to keep the VM from the old standby, and is killed right after: the
// new standby runs the VM. Before, it won the vote first and only then protected the VM afresh:
// killed there, the VM was lost. Four peers on four providers: source 1, destination 0, standby 2.
import { expect } from 'chai'
import { isRunning } from '../testnet/processes.js'
import type { MigrationView } from '../node/vms/migrate-out.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20

describe('HA: a move\'s destination cut off from the standby, killed after its keep vote (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-carry-', peers: 4, providers: ['aws', 'gcp', 'azure', 'oci'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, api, show, here, shownAt, peerId, link, shownProtected } = testnet.cli

  it('runs on at the peer that took a first copy before the vote', async () => {
    await ok(1, ['vm', 'create', '--image', 'tiny', '--name', 'co', '--on', peerId(1), '--ha', '--standby', peerId(2)])
    const before = await shownProtected(1, 'co')
    await sleep(300)
    const reported = (await show(1, 'co')).guest?.counter ?? Infinity
    await ok(0, ['failpoint', 'set', 'replication.primary.after-keep', 'exit'])
    const pid = testnet.state.peers[0]?.pid ?? 0
    await link(['--from', '0', '--to', '2', '--drop'])
    try {
      const moved = await api(1).request<MigrationView>('POST', `/v1/vms/${before.id}/migrate`, { to: peerId(0) })
      await waitFor('the destination to die right after its keep vote', async () => isRunning(pid) ? undefined : true, 60_000, 50)
      const m = await api(1).request<MigrationView>('GET', `/v1/migrations/${moved.id}`)
      expect(m.phase, m.reason).to.equal('committed')
    } finally {
      await link(['--clear'])
    }
    const running = await waitFor('co running at a peer other than the old standby', async () => {
      for (const peer of [1, 3]) if ((await here(peer)).some(v => v.name === 'co' && v.phase === 'running')) return peer
      return undefined
    }, 60_000, 100)
    const vm = await shownAt(running, 'co', 30_000)
    expect(vm.guest?.bootId).to.equal(before.guest?.bootId)
    expect(vm.guest?.counter).to.be.at.least(reported)
    // The source's epoch, the move's, then the failover's.
    expect(vm.epoch).to.equal(before.epoch + 2)
    expect((await here(2)).filter(v => v.name === 'co' && v.phase === 'running')).to.have.length(0)
  })
})
