// A protected VM's primary is killed while the third member is cut off, so its standby has no
// majority to take over; then the primary restarts. It answers every probe, but its memory is gone
// and it records the VM lost: that is no reason to refuse the standby. The standby keeps its replica
// through the refusals and takes the VM over once the restarted primary (its records saying it holds
// nothing) votes for it: one copy, the same guest, never the replica thrown away.
import { expect } from 'chai'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { restartPeer, testnetDown, testnetUp } from '../testnet/launcher.js'
import { readTestnetState, type TestnetState } from '../testnet/state.js'
import { signalQuietly } from '../testnet/processes.js'
import { TestnetCli } from './util/testnet-cli.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: a killed primary that restarts does not cost the VM its replica (real processes)', function () {
  this.timeout(180_000)
  let root: string
  let net: TestnetState
  const { ok, shownAt, show, here, link, shownProtected, replicas } = new TestnetCli(() => net)

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-ha-restart-'))
    net = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir: join(root, 'net'), peerConfig: { memoryBytes: 256 * MiB } })
  })
  after(async () => {
    if (net !== undefined) await testnetDown(net.dir).catch(() => {})
    if (root !== undefined) rmSync(root, { recursive: true, force: true })
  })

  it('takes the VM over once the restarted primary\'s records say it holds nothing', async () => {
    await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'hr', '--ha', '--standby', 'provider:gcp'])
    const before = await shownProtected(0, 'hr')
    expect(before.protection?.standby).to.equal(net.peers[1]?.id)
    // The third member cut off from both: the standby alone is no majority.
    for (const [from, to] of [[2, 0], [2, 1]]) await link(['--from', String(from), '--to', String(to), '--drop'])
    try {
      signalQuietly(net.peers[0]?.pid ?? 0, 'SIGKILL')
      await waitFor('the standby asked and found no majority', async () => {
        return (await replicas(1)).some(r => r.vm === before.id && (r.reason ?? '').startsWith('no failover')) ? true : undefined
      }, 30_000, 200)
      expect((await here(1)).filter(v => v.name === 'hr' && v.phase === 'running'), 'no takeover without a majority').to.have.length(0)

      restartPeer(net.dir, 0)
      net = readTestnetState(net.dir)
      await waitFor('running at the standby', async () => (await here(1)).find(v => v.name === 'hr' && v.phase === 'running'), 60_000, 200)
    } finally {
      await link(['--clear'])
    }
    const moved = await shownAt(1, 'hr', 30_000)
    expect(moved.epoch).to.equal(before.epoch + 1)
    expect(moved.guest?.bootId).to.equal(before.guest?.bootId)
    expect(moved.guest?.counter).to.be.at.least(before.guest?.counter ?? Infinity)
    // One copy: the restarted primary dropped its lost one for the newer epoch.
    await waitFor('no copy on the restarted primary', async () => (await here(0)).some(v => v.name === 'hr') ? undefined : true, 30_000, 200)
    // The member that was cut off learns the new owner once the link heals.
    await waitFor('peer 2 sees it at the standby', async () => (await show(2, 'hr').catch(() => undefined))?.peer === net.peers[1]?.id ? true : undefined, 30_000, 200)
  })
})
