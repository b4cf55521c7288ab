// A protected VM moved onto its own standby while no other peer can stand by (issue 18; chaos lost
// one this way). The standby used to drop its replica for the move, so a kill of the host mid-move
// lost the VM. It now keeps the replica through the move it receives: the move commits (the replica
// then goes, and the VM is protected afresh with another standby), or the host dies mid-move and the
// standby fails over from the replica. Three peers on three providers; peer 2, drained, takes no
// replica but votes.
import { expect } from 'chai'
import type { MigrationView } from '../node/vms/migrate-out.js'
import { isRunning } from '../testnet/processes.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: a move onto the VM\'s own standby, with no other standby (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-onto-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, api, show, peerId, shownProtected, runningAt, replicas } = testnet.cli

  before(async () => {
    await ok(2, ['node', 'drain'])
    await waitFor('peer 0 to see peer 2 drained', async () => (await api(0).request<Array<{ id: string, schedulable: boolean }>>('GET', '/v1/peers')).find(p => p.id === peerId(2))?.schedulable === false, 30_000)
  })

  it('commits: the VM runs at its old standby by the move, its replica there gone, and is protected again by its old host', async () => {
    const vm = await ok<{ id: string }>(0, ['vm', 'create', '--image', 'tiny', '--name', 'onto', '--on', peerId(0), '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'onto')
    const moved = await ok<MigrationView>(0, ['vm', 'migrate', 'onto', '--to', peerId(1)])
    expect(moved.phase, moved.reason).to.equal('committed')
    expect(await show(1, 'onto')).to.include({ peer: peerId(1), epoch: before.epoch + 1 })
    expect(await runningAt(vm.id)).to.deep.equal([1])
    expect((await replicas(1)).map(r => r.vm)).to.not.include(vm.id)
    const again = await shownProtected(1, 'onto', 60_000)
    expect(again.protection?.standby).to.equal(peerId(0))
    // The move, not a failover, put it there: still the move's epoch, the same guest.
    expect(again.epoch).to.equal(before.epoch + 1)
    expect(again.guest?.bootId).to.equal(before.guest?.bootId)
    expect(again.guest?.counter).to.be.above(before.guest?.counter ?? Infinity)
    await ok(1, ['vm', 'rm', 'onto'])
  })

  it('the host dies mid-move, after the switchover: the standby fails over from the replica it kept', async () => {
    const vm = await ok<{ id: string }>(0, ['vm', 'create', '--image', 'tiny', '--name', 'cut', '--on', peerId(0), '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'cut')
    await ok(0, ['failpoint', 'set', 'migration.source.after-devices', 'exit'])
    await api(0).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: peerId(1) })
    await waitFor('peer 0 to die', async () => !isRunning(testnet.state.peers[0]?.pid ?? 0), 30_000, 50)
    const after = await waitFor('the standby to run the VM', async () => {
      const v = await show(1, 'cut').catch(() => undefined)
      // No other standby for it now either: its running guest (`guestLive`) is what shows.
      return v?.phase === 'running' && v.peer === peerId(1) && (v.guestLive ?? v.guest) !== undefined ? v : undefined
    }, 30_000, 100)
    expect(after.epoch).to.equal(before.epoch + 1)
    expect(after.reason ?? '').to.match(/failed over/)
    const guest = after.guestLive ?? after.guest
    expect(guest?.bootId).to.equal(before.guest?.bootId)
    expect(guest?.counter).to.be.at.least(before.guest?.counter ?? Infinity)
    expect(await runningAt(vm.id)).to.deep.equal([1])
  })
})
