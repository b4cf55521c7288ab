// A protected VM's host cut off from the peers it would choose as standby (issue 18): the VM's
// protection goes to a peer it can reach. Here the host (aws) loses its links to both peers of other
// providers, while they still reach everyone else: membership keeps them alive (probed through the
// fourth peer), so they stay the first choice. Each is given up on once its dial fails (this link
// layer refuses at once; a dial that hangs is given up after 5 s), and the third choice, the host's
// own provider's other peer, takes the replica. Before, `vm protect` failed with the first one's error,
// and a VM kept protected by its record (after a failover) could try the same peer again every 3 s: one
// copy, lost with its host, until the partition healed.
import { expect } from 'chai'
import type { VmView } from '../node/vms/view.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: the standby chosen cannot be reached (real processes)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-choice-', peers: 4, providers: ['aws', 'gcp', 'azure', 'aws'], peerConfig: { memoryBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, show, link, peerId, sc } = testnet.cli

  afterEach(async () => { await link(['--clear']) })

  it('gives up on the peers it cannot reach and protects the VM with one it can', async () => {
    await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'ch', '--on', peerId(0)])
    for (const other of [1, 2]) {
      await link(['--from', '0', '--to', String(other), '--drop'])
      await link(['--from', String(other), '--to', '0', '--drop'])
    }
    const started = performance.now()
    const run = await sc(0, ['vm', 'protect', 'ch'])
    const tookMs = performance.now() - started
    expect(run.code, run.err).to.equal(0)
    // Even two dials that hang are given up on within 5 s each.
    expect(tookMs).to.be.below(25_000)
    const protectedVm = await waitFor('ch protected by peer 3', async () => {
      const v = await show(0, 'ch')
      return v.protection?.state === 'protected' ? v : undefined
    }, 60_000, 200)
    expect(protectedVm.protection?.standby).to.equal(peerId(3))
    // Both peers it gave up on are members in good standing (the fourth peer reaches them): it was
    // the links, not the peers, and membership alone would have kept them the first choice.
    const peers = await testnet.cli.api(0).request<Array<{ id: string, state: string }>>('GET', '/v1/peers')
    expect(peers.filter(p => p.id === peerId(1) || p.id === peerId(2)).map(p => p.state)).to.deep.equal(['alive', 'alive'])
  })

  it('says which standby it tried when none can be reached', async () => {
    const vm: VmView = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'none', '--on', peerId(0)])
    for (const other of [1, 2, 3]) {
      await link(['--from', '0', '--to', String(other), '--drop'])
      await link(['--from', String(other), '--to', '0', '--drop'])
    }
    const run = await sc(0, ['vm', 'protect', vm.id])
    expect(run.code).to.not.equal(0)
    const error = run.out as unknown as { name: string, error: string }
    expect(error.name).to.equal('StandbyUnavailableError')
    // Each peer it tried (those membership still showed alive: cut off from all, the host may suspect
    // some by then), with why.
    const tried = [...error.error.matchAll(/peer (\w+): /g)].map(m => m[1])
    expect(error.error).to.match(/^no standby opened for vm none: peer /)
    expect(tried).to.not.have.length(0)
    expect([peerId(1), peerId(2), peerId(3)]).to.include.members(tried)
    const stillHere = await show(0, 'none').catch(() => undefined)
    expect(stillHere?.protection?.state ?? 'unprotected').to.equal('unprotected')
  })
})
