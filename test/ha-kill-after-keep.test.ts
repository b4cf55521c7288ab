// The double fault chaos kept finding (issue 18): a protected VM's standby is cut off, its host
// wins the vote to keep the VM, and is then killed. Before, the host won that vote first and only
// then gave a new standby its first copy: killed in between, the VM was lost (its old standby voted
// out, the new one holding nothing). Now the new standby takes its first copy while the guest is
// still fenced, before the vote: killed right after the vote, the VM runs on at the new standby,
// with the same boot id, its counter not behind what was reported. Three peers: host 0, standby 1
// (cut off), peer 2 the new standby.
import { expect } from 'chai'
import { isRunning } from '../testnet/processes.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: the host killed right after it kept the VM from its cut-off standby (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-kept-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, show, here, peerId, link, shownProtected, shownAt } = testnet.cli

  it('runs on at the new standby, which took its first copy before the vote', async () => {
    await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'kk', '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'kk')
    const reported = (await show(0, 'kk')).guest?.counter ?? Infinity
    await ok(0, ['failpoint', 'set', 'replication.primary.after-keep', 'exit'])
    const pid = testnet.state.peers[0]?.pid ?? 0
    for (const other of [0, 2]) {
      await link(['--from', '1', '--to', String(other), '--drop'])
    }
    try {
      await waitFor('the host to die right after its keep vote', async () => isRunning(pid) ? undefined : true, 60_000, 50)
    } finally {
      await link(['--clear'])
    }
    // Peer 2 takes it over once the old standby, back, withdraws (it was voted out).
    await waitFor('kk running at the new standby', async () => (await here(2)).find(v => v.name === 'kk' && v.phase === 'running'), 60_000, 100)
    const vm = await shownAt(2, 'kk', 30_000)
    expect(vm.guest?.bootId).to.equal(before.guest?.bootId)
    expect(vm.guest?.counter).to.be.at.least(reported)
    expect(vm.epoch).to.equal(before.epoch + 1)
    expect((await here(1)).filter(v => v.name === 'kk' && v.phase === 'running')).to.have.length(0)
  })
})
