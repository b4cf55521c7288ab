// A protected VM's host that waits long for its keep vote (issue 18; chaos --protect lost VMs both
// ways below). The host lost its standby, a new one holds a first copy, and the vote is not won yet.
// A move asked then ended protection, dropping that copy, and was refused anyway (the lost standby
// might take over); and the new standby, hearing nothing, gave its copy up after five takeover
// votes refused for a live host. Either way, once the vote won the VM ran with no copy anywhere, and
// a kill of its host lost it. Now the move is refused before anything ends, the new standby keeps
// its copy while the host's stream is open, and runs the VM if the host dies right after its vote.
// Four peers: host 0, standby 1 (cut off from all), peer 2 the new standby, peer 3 cut off from the
// host until the vote may win.
import { expect } from 'chai'
import type { MigrationView } from '../node/vms/migrate-out.js'
import { isRunning } from '../testnet/processes.js'
import { sleep } from '../overlay/core/abort.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20
/** Longer than a standby's five votes refused for a live primary (a vote a second, after the lease). */
const FENCED_WAIT_MS = 10_000

describe('HA: a move asked while the host waits for its keep vote (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-keeping-', peers: 4, providers: ['aws', 'gcp', 'azure', 'oci'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, api, show, here, link, peerId, shownProtected, shownAt, replicas } = testnet.cli

  it('is refused, the new standby keeps its copy, and runs the VM when the host dies after its vote', async () => {
    const vm = await ok<{ id: string }>(0, ['vm', 'create', '--image', 'tiny', '--name', 'mk', '--on', peerId(0), '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'mk')
    for (const [a, b] of [[0, 3], [1, 2], [1, 3], [1, 0]]) {
      await link(['--from', String(a), '--to', String(b), '--drop'])
    }
    const pid = testnet.state.peers[0]?.pid ?? 0
    try {
      // Two of four reach the host: its keep vote cannot win, and peer 2 takes a first copy meanwhile.
      await waitFor('the host to lose its standby', async () => (await show(0, 'mk')).protection?.state === 'protected' ? undefined : true, 20_000, 100)
      await waitFor('peer 2 to hold a copy', async () => (await replicas(2)).some(r => r.vm === vm.id) ? true : undefined, 20_000, 100)
      const reported = (await show(0, 'mk')).guest?.counter ?? Infinity
      const started = await api(0).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: peerId(2) })
      const move = await waitFor('the move to end', async () => {
        const m = await api(0).request<MigrationView>('GET', `/v1/migrations/${started.id}`)
        return m.phase === 'aborted' || m.phase === 'committed' ? m : undefined
      }, 60_000, 250)
      expect(move.phase, move.reason).to.equal('aborted')
      expect(move.reason).to.match(/majority/)
      expect((await replicas(2)).map(r => r.vm), 'the new standby\'s copy').to.include(vm.id)
      // Hearing nothing while the host waits, the new standby asks to take over, and members that
      // reach the host refuse, round after round: it keeps its copy while the host's stream is open.
      await sleep(FENCED_WAIT_MS)
      expect((await replicas(2)).map(r => r.vm), `the new standby's copy, the host fenced ${FENCED_WAIT_MS} ms`).to.include(vm.id)
      await ok(0, ['failpoint', 'set', 'replication.primary.after-keep', 'exit'])
      await link(['--clear'])
      await waitFor('the host to die right after its keep vote', async () => isRunning(pid) ? undefined : true, 60_000, 50)
      await waitFor('mk running at the new standby', async () => (await here(2)).find(v => v.name === 'mk' && v.phase === 'running'), 60_000, 100)
      const after = await shownAt(2, 'mk', 30_000)
      expect(after.epoch).to.equal(before.epoch + 1)
      expect(after.guest?.bootId).to.equal(before.guest?.bootId)
      expect(after.guest?.counter).to.be.at.least(reported)
      expect((await here(1)).filter(v => v.name === 'mk' && v.phase === 'running')).to.have.length(0)
    } finally {
      await link(['--clear'])
    }
  })
})
