// A protected VM moved onto its own standby, its host killed as it hands protection to another
// standby (issue 18; chaos --protect lost VMs this way). Before, the old standby dropped its replica
// first and the new one took its first copy after: a kill in between, and no peer held the VM. Now
// the new standby takes its copy before the old one drops anything: killed as that copy starts, the
// old standby still holds the VM and runs it, same boot id, counter not behind what was reported.
// Three peers on three providers: host 0, standby 1 (the move's destination), peer 2 the new standby.
import { expect } from 'chai'
import type { MigrationView } from '../node/vms/migrate-out.js'
import { isRunning } from '../testnet/processes.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: the host killed while a VM moving onto its standby gets a new one (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-onto-kill-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, api, show, here, peerId, shownProtected, shownAt, runningAt } = testnet.cli

  it('moves: the new standby holds a copy before the old one drops its replica, and follows the VM', async () => {
    const vm = await ok<{ id: string }>(0, ['vm', 'create', '--image', 'tiny', '--name', 'mb', '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'mb')
    const moved = await ok<MigrationView>(0, ['vm', 'migrate', 'mb', '--to', peerId(1)])
    expect(moved.phase, moved.reason).to.equal('committed')
    const after = await shownProtected(1, 'mb', 60_000)
    expect(after.protection?.standby).to.equal(peerId(2))
    expect(after.epoch).to.equal(before.epoch + 1)
    expect(after.guest?.bootId).to.equal(before.guest?.bootId)
    expect(await runningAt(vm.id)).to.deep.equal([1])
    await ok(1, ['vm', 'rm', 'mb'])
  })

  it('killed as the new standby\'s first copy starts: the old standby runs the VM', async () => {
    const vm = await ok<{ id: string }>(0, ['vm', 'create', '--image', 'tiny', '--name', 'ok', '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'ok')
    const reported = (await show(0, 'ok')).guest?.counter ?? Infinity
    await ok(0, ['failpoint', 'set', 'replication.primary.before-first-copy', 'exit'])
    const pid = testnet.state.peers[0]?.pid ?? 0
    await api(0).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: peerId(1) }).catch(() => undefined)
    await waitFor('the host to die as the new standby\'s copy starts', async () => isRunning(pid) ? undefined : true, 60_000, 50)
    await waitFor('ok running at its old standby', async () => (await here(1)).find(v => v.name === 'ok' && v.phase === 'running'), 60_000, 100)
    const shown = await shownAt(1, 'ok', 30_000)
    expect(shown.epoch).to.equal(before.epoch + 1)
    const guest = shown.guestLive ?? shown.guest
    expect(guest?.bootId).to.equal(before.guest?.bootId)
    expect(guest?.counter).to.be.at.least(reported)
    expect(await runningAt(vm.id)).to.deep.equal([1])
  })
})
