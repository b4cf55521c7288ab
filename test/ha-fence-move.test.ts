// A move asked of a protected VM's host right after its standby was cut off (found by chaos, issue
// 18): ending protection for the move lifted the guest's lease although the standby had never
// confirmed it dropped its replica. The standby's side, a majority, then took the VM over while the
// move's destination, which the host still reached, ran it too: two live copies. Five peers make
// both reachable at once: host 0 and peer 4 are cut off from the standby 1 and from 2 and 3.
import { expect } from 'chai'
import type { MigrationView } from '../node/vms/migrate-out.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: a move asked of a host cut off from its standby (real processes)', function () {
  this.timeout(240_000)
  // Five providers: a link rule holds only between peers of different providers.
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-fence-', peers: 5, providers: ['aws', 'gcp', 'azure', 'oci', 'ibm'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, show, link, api, peerId, shownProtected, runningAt } = testnet.cli

  it('is refused until a majority votes the VM stays: the standby\'s side takes it over, and one copy runs', async () => {
    const vm = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'hf', '--on', peerId(0), '--ha', '--standby', peerId(1)])
    const before = await shownProtected(0, 'hf')
    // {0, 4} apart from {1, 2, 3}: a clean cut, so that no relay through 4 carries the standby's
    // stream on. One rule at a time, the host's link to its standby last: before that the host,
    // which would still reach a majority, would keep the VM and protect it on its own side.
    for (const [a, b] of [[4, 1], [4, 2], [4, 3], [0, 2], [0, 3], [0, 1]]) {
      await link(['--from', String(a), '--to', String(b), '--drop'])
    }
    let move: MigrationView | undefined
    const copies: number[][] = []
    try {
      // The host loses its standby's stream a lease after the cut, and asks for a keep vote it
      // cannot win (0 and 4 of 5): the move is asked then.
      await waitFor('the host to lose its standby', async () => (await show(0, 'hf')).protection?.state === 'protected' ? undefined : true, 20_000, 100)
      // Peer 4, cut off from three of five, may show suspect to the host for a moment (probes to it
      // go unanswered through the cut): the host refuses a suspect destination before any move, so
      // the ask is repeated until peer 4 is alive to it again.
      const started = await waitFor('the host to take the move', async () => await api(0).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: peerId(4) })
        .catch((err: Error) => { if (/is suspect: it cannot take a VM/.test(err.message)) return undefined; throw err }), 20_000, 250)
      move = await waitFor('the move to end', async () => {
        copies.push(await runningAt(vm.id))
        const m = await api(0).request<MigrationView>('GET', `/v1/migrations/${started.id}`)
        return m.phase === 'aborted' || m.phase === 'committed' ? m : undefined
      }, 60_000, 250)
      // The standby's side takes it over meanwhile (or has): watch a while for a second copy.
      const until = performance.now() + 8000
      while (performance.now() < until) {
        copies.push(await runningAt(vm.id))
        await new Promise(resolve => setTimeout(resolve, 250))
      }
    } finally {
      await link(['--clear'])
    }
    expect(move?.phase, `the move: ${move?.reason ?? ''}`).to.equal('aborted')
    expect(move?.reason).to.match(/majority/)
    // The host's own copy stays listed, fenced by its lease; the standby's and the destination's would both run.
    const forks = copies.filter(at => at.includes(1) && at.includes(4))
    expect(forks, 'two copies running at once').to.deep.equal([])
    expect(copies.some(at => at.includes(1)), 'the standby took the VM over').to.equal(true)
    const after = await waitFor('one copy, at the standby', async () => {
      const at = await runningAt(vm.id)
      return at.length === 1 && at[0] === 1 ? await show(1, 'hf') : undefined
    }, 30_000, 250)
    expect(after.epoch).to.equal(before.epoch + 1)
    expect(after.guest?.bootId).to.equal(before.guest?.bootId)
  })
})
