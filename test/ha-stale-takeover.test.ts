// A standby that wins its takeover vote and dies before it runs the VM (found by chaos, issue 18).
// Its replica dies with it, but the members' `takeover` votes stay, so the primary, stopped by its
// lease, could never win `keep`: the VM stood still for good, its host alive. Restarted, the standby
// withdraws the takeover it never ran, and the primary keeps the VM. Four peers on four providers,
// so that a link rule holds between any two and no relay carries the host's streams around the cut.
import { expect } from 'chai'
import { restartPeer } from '../testnet/launcher.js'
import { isRunning } from '../testnet/processes.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20

describe('HA: a standby that dies as it takes a VM over (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-stale-', peers: 4, providers: ['aws', 'gcp', 'azure', 'oci'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, show, here, peerId, link, shownProtected } = testnet.cli

  it('restarted, it withdraws the takeover it won and never ran: the host keeps the VM, which runs again', async () => {
    // Host 0, standby 1; peers 2 and 3 make the majority with the standby.
    const vm = await ok<{ id: string }>(0, ['vm', 'create', '--image', 'tiny', '--name', 'stale', '--on', peerId(0), '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'stale')
    await ok(1, ['failpoint', 'set', 'replication.standby.before-takeover', 'exit'])
    const pid = testnet.state.peers[1]?.pid ?? 0
    try {
      // The host cut off: the standby wins the vote (2 and 3 cannot reach the host), and dies.
      for (const other of [2, 3, 1]) await link(['--from', '0', '--to', String(other), '--drop'])
      await waitFor('the standby to die as it takes the VM over', async () => isRunning(pid) ? undefined : true, 30_000, 50)
      restartPeer(testnet.dir, 1)
      testnet.reread()
    } finally {
      await link(['--clear'])
    }
    const live = async (): Promise<number> => { const v = await show(0, 'stale'); return v.guestLive?.counter ?? v.guest?.counter ?? 0 }
    // The host's guest stood still at its lease; it runs again once a majority votes `keep`.
    const running = await waitFor('the guest to run again at the host', async () => {
      const a = await live()
      await sleep(500)
      const b = await live()
      return b > a + 100 ? b : undefined
    }, 60_000, 250)
    for (const peer of [1, 2, 3]) expect((await here(peer)).filter(v => v.id === vm.id && v.phase === 'running'), `peer ${peer}`).to.have.length(0)
    const after = await show(0, 'stale')
    expect(after.peer).to.equal(peerId(0))
    expect(after.epoch).to.equal(before.epoch)
    expect(after.guest?.bootId).to.equal(before.guest?.bootId)
    process.stdout.write(`      the host's guest runs again (counter ${running}); the VM stayed at epoch ${after.epoch}\n`)
  })
})
