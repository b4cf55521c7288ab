// A host's keep vote that takes longer than a lease (issue 18; a chaos run lost a protected VM to
// it). The host loses its standby (cut off), gives a new one a fenced first copy, and votes to keep
// the VM against the old one. The new standby heard no epoch while that vote ran, so past a lease it
// asked the members to take the VM over; they refused (they reach the host), but the host's next
// epoch came in the middle of such a round, and the standby refused it ("is failing over"): the host
// counted its only standby lost and ran the VM unprotected. Now the host sends the new standby a
// fenced epoch every interval while it votes, and the standby never asks. Failpoints make the old
// overlap certain: the host's vote is held 2 s past its win, and a takeover round stalls 3 s. Three
// peers: host 0, standby 1 (cut off), peer 2 the new standby.
import { expect } from 'chai'
import { signalQuietly } from '../testnet/processes.js'
import { sampleSum } from './util/metrics-page.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: a new standby while its host\'s keep vote outlasts a lease (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-round-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, show, peerId, link, shownProtected, shownAt, replicas, metrics } = testnet.cli

  it('is fed fenced epochs and never asks to take over: the host keeps it, and it then takes the VM over from a killed host', async () => {
    await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'mr', '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'mr')
    await ok(2, ['failpoint', 'set', 'replication.standby.takeover-round', 'delay:3000'])
    await ok(0, ['failpoint', 'set', 'replication.primary.after-keep', 'delay:2000'])
    for (const other of [0, 2]) await link(['--from', '1', '--to', String(other), '--drop'])
    try {
      // Epochs flow to peer 2 through the host's vote and after it: protected by it, its replica past the first copy.
      await waitFor('mr protected by peer 2, its replica taking epochs', async () => {
        const v = await show(0, 'mr')
        const r = (await replicas(2)).find(r => r.vm === before.id)
        return v.protection?.state === 'protected' && v.protection.standby === peerId(2) && r !== undefined && r.epoch >= 5 ? r : undefined
      }, 60_000, 200)
      const armed = async (peer: number): Promise<string[]> => (await ok<{ armed: Array<{ name: string }> }>(peer, ['failpoint', 'ls'])).armed.map(f => f.name)
      // The host's vote ran past a lease, and peer 2 never started a takeover round.
      expect(await armed(0)).to.not.include('replication.primary.after-keep')
      expect(await armed(2), 'failpoints armed on peer 2').to.include('replication.standby.takeover-round')
      expect(sampleSum(await metrics(2), 'supercloud_failovers_total'), 'takeover rounds on peer 2').to.equal(undefined)
      // The host lost one standby, the cut-off one: peer 2 never refused an epoch.
      const host = await metrics(0)
      expect(sampleSum(host, 'supercloud_standbys_lost_total', { how: 'refused' }) ?? 0, 'standbys that refused an epoch').to.equal(0)
      expect(sampleSum(host, 'supercloud_standbys_lost_total', { how: 'broken' }), 'standbys cut off').to.equal(1)
    } finally {
      await link(['--clear'])
    }
    // And it holds the VM: killed, the host's VM runs on at peer 2.
    const reported = (await show(0, 'mr')).guest?.counter ?? Infinity
    signalQuietly(testnet.state.peers[0]?.pid ?? 0, 'SIGKILL')
    const vm = await shownAt(2, 'mr', 60_000)
    expect(vm.guest?.bootId).to.equal(before.guest?.bootId)
    expect(vm.guest?.counter).to.be.at.least(reported)
  })
})
