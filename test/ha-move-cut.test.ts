// A protected VM's move commits, its destination dies right after taking it, and its standby is
// cut off from everyone while the source learns the outcome (found by chaos, issue 18): the
// source's Close, which names the move, never reaches the standby. The standby still holds the VM
// as the switchover left it, and that epoch named the move (End.moving): once the cut heals, the
// VM's record shows the move, the replica is the destination's, and the standby fails over from it.
// Before, it dropped the replica as stale, and the VM was lost. Four peers on four providers, so
// that a link rule holds between any two and no relay carries the standby's streams around the cut.
import { expect } from 'chai'
import { restartPeer } from '../testnet/launcher.js'
import { useTestnet } from './util/use-testnet.js'
import { moveIntoDyingDestination, settledMove } from './util/ha-move.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20

describe('HA: a move whose outcome its standby never heard (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-cut-', peers: 4, providers: ['aws', 'gcp', 'azure', 'oci'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { here, shownAt, link } = testnet.cli

  it('the destination died at its commit, the standby cut off meanwhile: after the heal the standby fails over from the handoff\'s state', async () => {
    const { before, reported, migration: started } = await moveIntoDyingDestination(testnet, 'cut')
    // The standby, which acknowledged the switchover's epoch, is cut off from everyone now.
    for (const other of [0, 1, 3]) {
      await link(['--from', '2', '--to', String(other), '--drop'])
    }
    try {
      // Back without the VM, the destination tells the source it took it: the source's Close to the
      // standby fails. The standby sees its primary's record move on only after the heal.
      restartPeer(testnet.dir, 0)
      testnet.reread()
      const settled = await settledMove(testnet, started.id)
      expect(settled.phase, settled.reason).to.equal('committed')
      // Longer than the source's Close waits, and than the standby's two leases without a word.
      // (Should the destination's record have reached the standby before the cut, it fails over
      // from it already: the same path, sooner.)
      await sleep(7000)
    } finally {
      await link(['--clear'])
    }
    const healedAt = performance.now()
    await waitFor('cut running at the standby', async () => (await here(2)).find(v => v.name === 'cut' && v.phase === 'running'), 45_000, 100)
    const ms = performance.now() - healedAt
    const vm = await shownAt(2, 'cut')
    expect(vm.guest?.bootId).to.equal(before.guest?.bootId)
    expect(vm.guest?.counter).to.be.at.least(reported)
    // The source's epoch, the move's, then the failover's.
    expect(vm.epoch).to.equal(before.epoch + 2)
    await sleep(500)
    for (const peer of [0, 1, 3]) expect((await here(peer)).filter(v => v.name === 'cut' && v.phase === 'running'), `peer ${peer}`).to.have.length(0)
    process.stdout.write(`      running at the standby ${Math.round(ms)} ms after the heal, epoch ${vm.epoch}, counter ${String(vm.guest?.counter)} ≥ ${reported}\n`)
  })
})
