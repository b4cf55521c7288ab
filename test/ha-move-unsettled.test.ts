// A protected VM's move commits and its destination dies right after taking it, back only 8 s later
// (found by chaos, issue 18). Meanwhile the source holds the VM paused, its outcome unknown, and
// sends no epochs: the standby, which acknowledged the switchover's epoch, asks to take over from
// it, and members refuse (the source answers). That replica is all that is left of the VM: the
// standby keeps it through the refusals, and through the source's Close that names the move, even
// mid-vote, and then fails over from the destination, which came back holding nothing. Before, it
// gave the replica up after five refusals, or at a Close that came during a vote, and the VM was lost.
import { expect } from 'chai'
import { restartPeer } from '../testnet/launcher.js'
import { useTestnet } from './util/use-testnet.js'
import { moveIntoDyingDestination, settledMove } from './util/ha-move.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20
/** Longer than five takeover votes refused because the source answers. */
const DOWN_MS = 8000

describe('HA: a move whose destination died at its commit, its outcome unknown for seconds (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-unsettled-', peers: 4, providers: ['aws', 'gcp', 'azure', 'oci'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { here, shownAt } = testnet.cli

  it('the standby keeps the handoff\'s state through the wait, and fails over from it', async () => {
    const { before, reported, migration: started } = await moveIntoDyingDestination(testnet, 'uns')
    await sleep(DOWN_MS)
    restartPeer(testnet.dir, 0)
    testnet.reread()
    const settled = await settledMove(testnet, started.id)
    expect(settled.phase, settled.reason).to.equal('committed')
    await waitFor('uns running at the standby', async () => (await here(2)).find(v => v.name === 'uns' && v.phase === 'running'), 45_000, 100)
    const vm = await shownAt(2, 'uns')
    expect(vm.guest?.bootId).to.equal(before.guest?.bootId)
    expect(vm.guest?.counter).to.be.at.least(reported)
    expect(vm.epoch).to.equal(before.epoch + 2)
    await sleep(500)
    for (const peer of [0, 1, 3]) expect((await here(peer)).filter(v => v.name === 'uns' && v.phase === 'running'), `peer ${peer}`).to.have.length(0)
  })
})
