// A protected VM asked to move onto its own standby while no other peer can stand by (issue 18).
// Such a move once went (the standby kept its replica through it, then dropped it at the commit):
// from the commit until the VM had a new standby it was one copy at its old standby, and chaos
// --protect lost one when that peer died right after taking it. The move is refused now, with the
// reason; the VM stays where it is with its standby, which runs it when its host is killed. Three
// peers on three providers; peer 2, drained, takes no replica but votes.
import { expect } from 'chai'
import type { MigrationView } from '../node/vms/migrate-out.js'
import { signalQuietly } from '../testnet/processes.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: a move onto the VM\'s own standby, with no other standby (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-onto-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, api, show, here, peerId, shownProtected, runningAt, replicas } = testnet.cli

  before(async () => {
    await ok(2, ['node', 'drain'])
    await waitFor('peer 0 to see peer 2 drained', async () => (await api(0).request<Array<{ id: string, schedulable: boolean }>>('GET', '/v1/peers')).find(p => p.id === peerId(2))?.schedulable === false, 30_000)
  })

  it('is refused, with the reason: the VM stays at its host, its standby still holding it', async () => {
    const vm = await ok<{ id: string }>(0, ['vm', 'create', '--image', 'tiny', '--name', 'onto', '--on', peerId(0), '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'onto')
    const moved = await api(0).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: peerId(1) })
    const ended = await waitFor('the move to end', async () => {
      const m = await api(0).request<MigrationView>('GET', `/v1/migrations/${moved.id}`)
      return m.endedAt === undefined ? undefined : m
    }, 60_000, 100)
    expect(ended.phase).to.equal('aborted')
    expect(ended.reason).to.match(/no peer but its standby can hold its replica/)
    expect(await runningAt(vm.id)).to.deep.equal([0])
    const after = await shownProtected(0, 'onto')
    expect(after).to.include({ peer: peerId(0), epoch: before.epoch })
    expect(after.protection?.standby).to.equal(peerId(1))
    expect((await replicas(1)).map(r => r.vm)).to.include(vm.id)
  })

  it('its host killed after: the standby runs it, same boot id, counter not behind', async () => {
    const before = await shownProtected(0, 'onto')
    const reported = (await show(0, 'onto')).guest?.counter ?? Infinity
    signalQuietly(testnet.state.peers[0]?.pid ?? 0, 'SIGKILL')
    const after = await waitFor('the standby to run the VM', async () => (await here(1)).find(v => v.name === 'onto' && v.phase === 'running'), 30_000, 100)
    expect(after.epoch).to.equal(before.epoch + 1)
    const guest = after.guestLive ?? after.guest
    expect(guest?.bootId).to.equal(before.guest?.bootId)
    expect(guest?.counter).to.be.at.least(reported)
  })
})
