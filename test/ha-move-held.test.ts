// A protected VM's move held at its switchover past the lease, while its host is cut off from
// everyone, then aborted (found by chaos, issue 18: two live copies for most of a second). The
// standby, a lease after the last epoch it got, takes the VM over with the majority. The host, when
// the move ends, resumes the guest and takes a checkpoint: that checkpoint renewed the lease before
// it was sent, which ran the guest its lease had stopped, beside the standby's copy. The lease now
// runs only from an epoch the standby acknowledged. Five peers on five providers: a clean cut puts
// the host and the destination (which still answers the host) apart from the standby and the two
// others, a majority, so that a link rule holds between any two and no relay bridges the cut.
import { expect } from 'chai'
import type { MigrationView } from '../node/vms/migrate-out.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20

describe('HA: a move held past its lease, then aborted (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-held-', peers: 5, providers: ['aws', 'gcp', 'azure', 'oci', 'ibm'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, api, show, here, peerId, link, shownProtected, runningAt } = testnet.cli
  const migration = async (id: string): Promise<MigrationView> => await api(0).request<MigrationView>('GET', `/v1/migrations/${id}`)

  it('the host\'s guest stays stopped after the move ends, while its standby runs the VM; one copy after the heal', async () => {
    // Host 0 and destination 2, apart from standby 1 and peers 3 and 4.
    const vm = await ok<{ id: string }>(0, ['vm', 'create', '--image', 'tiny', '--name', 'held', '--on', peerId(0), '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'held')
    // The destination refuses to commit, and the host reads that answer only 10 s after its final message.
    await ok(2, ['failpoint', 'set', 'migration.dest.before-commit', 'error'])
    await ok(0, ['failpoint', 'set', 'migration.source.after-final', 'delay:10000'])
    const started = await api(0).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: peerId(2) })
    await waitFor('the final message to leave', async () => (await migration(started.id)).phase === 'committing' ? true : undefined, 30_000, 25)
    let stoppedFor: { first: number, last: number } | undefined
    try {
      for (const [a, b] of [[0, 1], [2, 1], [0, 3], [2, 3], [0, 4], [2, 4]]) await link(['--from', String(a), '--to', String(b), '--drop'])
      await waitFor('the standby to run the VM', async () => (await here(1)).find(v => v.id === vm.id && v.phase === 'running'), 30_000, 100)
      const ended = await waitFor('the move to end at the host', async () => { const m = await migration(started.id); return m.endedAt === undefined ? undefined : m }, 30_000, 100)
      expect(ended.phase, ended.reason).to.equal('aborted')
      // The host resumed the guest: its lease ran out during the held switchover, and no epoch since
      // was acknowledged, so the guest must not run there.
      // Its running RAM (`guestLive`): `guest` is the last acknowledged checkpoint's. Read on the host
      // itself: once it hears of the standby's newer epoch it drops its copy (stopped for good), and a
      // `vm show` there would ask the owner, across the cut.
      let dropped = 0
      const live = async (): Promise<number> => {
        const v = (await here(0)).find(x => x.id === vm.id)
        return v === undefined ? dropped : (dropped = v.guestLive?.counter ?? v.guest?.counter ?? 0)
      }
      const first = await live()
      await sleep(2500)
      const last = await live()
      stoppedFor = { first, last }
    } finally {
      await link(['--clear'])
      await api(0).request('DELETE', '/v1/failpoints/migration.source.after-final').catch(() => undefined)
      await api(2).request('DELETE', '/v1/failpoints/migration.dest.before-commit').catch(() => undefined)
    }
    expect(stoppedFor.last - stoppedFor.first, `the host's guest ran on (counter ${stoppedFor.first} → ${stoppedFor.last}) while its standby ran the VM`).to.be.below(10)
    const after = await waitFor('one copy, at the standby', async () => {
      const at = await runningAt(vm.id)
      return at.length === 1 && at[0] === 1 ? await show(1, 'held') : undefined
    }, 30_000, 250)
    expect(after.epoch).to.equal(before.epoch + 1)
    expect(after.guest?.bootId).to.equal(before.guest?.bootId)
    expect(after.guest?.counter).to.be.at.least(stoppedFor.last)
  })
})
