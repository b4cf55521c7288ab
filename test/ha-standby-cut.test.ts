// A protected VM's standby cut off, twice, by turns (issue 18; chaos found it stuck): each time the
// host keeps the VM by a `keep` vote against that standby and protects it with the other peer. The
// second time, the only peer left is the first standby, kept against once already at this epoch.
// Votes are per grant (replication-vote 1.1.0): the new grant it gets is not void, so it stands by
// again, and when the host is then killed it wins the takeover with that grant. Before, each keep
// ruled its standby out for the epoch: the VM ran on unprotected, "syncing" for good.
import { expect } from 'chai'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testnetDown, testnetUp } from '../testnet/launcher.js'
import type { TestnetState } from '../testnet/state.js'
import { signalQuietly } from '../testnet/processes.js'
import type { VmView } from '../node/vms/view.js'
import { TestnetCli } from './util/testnet-cli.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: the standby cut off twice by turns (real processes)', function () {
  this.timeout(240_000)
  let root: string
  let net: TestnetState
  const { ok, show, here, link, peerId, shownAt } = new TestnetCli(() => net)

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-ha-scut-'))
    net = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir: join(root, 'net'), peerConfig: { memoryBytes: 256 * MiB } })
  })
  after(async () => {
    if (net !== undefined) await testnetDown(net.dir).catch(() => {})
    if (root !== undefined) rmSync(root, { recursive: true, force: true })
  })

  /** Cuts `peer` off from the two others until the host protects the VM with `next`, then heals. */
  const cutStandby = async (peer: number, next: number): Promise<VmView> => {
    const others = [0, 1, 2].filter(i => i !== peer)
    for (const o of others) {
      await link(['--from', String(peer), '--to', String(o), '--drop'])
    }
    try {
      return await waitFor(`sc protected by peer ${next} after peer ${peer} was cut off`, async () => {
        const v = await show(0, 'sc')
        return v.protection?.state === 'protected' && v.protection.standby === peerId(next) ? v : undefined
      }, 60_000, 200)
    } finally {
      await link(['--clear'])
    }
  }

  it('protects the VM again with the standby kept against before, which then takes it over from a killed host', async () => {
    await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'sc', '--ha', '--standby', peerId(1)])
    await waitFor('sc protected by peer 1', async () => {
      const v = await show(0, 'sc')
      return v.protection?.state === 'protected' && v.protection.standby === peerId(1) ? v : undefined
    }, 60_000, 200)
    const first = await cutStandby(1, 2)
    const second = await cutStandby(2, 1)
    // No failover, no migration: one epoch all along, so both keep votes were of this epoch.
    expect(second.epoch).to.equal(first.epoch)
    expect(second.peer).to.equal(peerId(0))
    const reported = second.guest?.counter ?? Infinity
    signalQuietly(net.peers[0]?.pid ?? 0, 'SIGKILL')
    const moved = await shownAt(1, 'sc', 30_000)
    expect(moved.epoch).to.equal(second.epoch + 1)
    expect(moved.guest?.bootId).to.equal(second.guest?.bootId)
    expect(moved.guest?.counter).to.be.at.least(reported)
    expect((await here(2)).filter(v => v.name === 'sc')).to.have.length(0)
  })
})
