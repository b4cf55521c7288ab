// Protection between peers of other versions of the replication protocol (real processes), this
// build with its replication version set back:
// - a peer that speaks only 1.0.0, before checkpoints carried disk blocks: each way `vm protect` is
//   refused, naming the versions, and the VM runs on unprotected where it was;
// - a standby that speaks only 2.0.0, which keeps no replica through a move: it protects a VM of
//   this build, and the VM migrates and is protected again after the move, as 2.0.0 did;
// - a member that votes 1.0.0 only: a standby of this build, its primary killed, wins the takeover
//   with that member's vote (asked in 1.0.0, without its grant).
import { expect } from 'chai'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testnetDown, testnetUp } from '../testnet/launcher.js'
import type { TestnetState } from '../testnet/state.js'
import { restartOnBuild } from './util/old-peer.js'
import type { VmView } from '../node/vms/view.js'
import { TestnetCli } from './util/testnet-cli.js'
import { replicationV1Build, replicationV20Build, votesV10Build } from './util/patched-build.js'
import { signalQuietly } from '../testnet/processes.js'
import { waitFor } from './util/wait.js'

const NEW = 0
const OLD = 1

describe('protection between replication protocol versions (real processes)', function () {
  this.timeout(180_000)
  let root: string
  let net: TestnetState
  let old: { root: string, bin: string }
  const { ok, fails, peerId } = new TestnetCli(() => net)

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-haver-'))
    old = replicationV1Build()
    net = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir: join(root, 'net') })
    net = await restartOnBuild(net, OLD, old.bin)
  })

  after(async () => {
    if (net !== undefined) await testnetDown(net.dir).catch(() => {})
    rmSync(root, { recursive: true, force: true })
    rmSync(old.root, { recursive: true, force: true })
  })

  const protectRefused = async (owner: number, standby: number, name: string): Promise<string> => {
    await ok<VmView>(owner, ['vm', 'create', '--image', 'tiny', '--name', name])
    const refused = await fails(owner, ['vm', 'protect', name, '--standby', peerId(standby)])
    const v = await ok<VmView>(owner, ['vm', 'show', name])
    expect(v).to.include({ peer: peerId(owner), phase: 'running' })
    expect(v.protection?.state ?? 'unprotected').to.equal('unprotected')
    return refused.error
  }

  it('a primary of this version will not use a standby that speaks 1.0.0, and says so', async () => {
    const error = await protectRefused(NEW, OLD, 'to-old')
    expect(error).to.include('/supercloud/replication/2.0.0')
  })

  it('a primary that speaks 1.0.0 is refused by a standby of this version, both versions named', async () => {
    const error = await protectRefused(OLD, NEW, 'from-old')
    expect(error).to.include('/supercloud/replication/2.1.0').and.to.include('/supercloud/replication/1.0.0')
  })

  it('a standby that speaks 2.0.0 protects a VM of this version; the VM migrates and is protected again after the move', async () => {
    const v20 = replicationV20Build()
    try {
      net = await restartOnBuild(net, OLD, v20.bin)
      await ok<VmView>(NEW, ['vm', 'create', '--image', 'tiny', '--name', 'to-v20', '--ha', '--standby', peerId(OLD)])
      const protectedAt = async (peer: number): Promise<VmView> => await waitFor(`protected at peer ${peer}`, async () => {
        const v = await ok<VmView>(NEW, ['vm', 'show', 'to-v20'])
        return v.peer === peerId(peer) && v.protection?.state === 'protected' ? v : undefined
      }, 30_000, 200)
      await protectedAt(NEW)
      const moved = await ok<{ phase: string, reason?: string }>(NEW, ['vm', 'migrate', 'to-v20', '--to', peerId(2)])
      expect(moved.phase, moved.reason).to.equal('committed')
      expect((await protectedAt(2)).protection?.standby).to.equal(peerId(OLD))
    } finally {
      rmSync(v20.root, { recursive: true, force: true })
    }
  })

  it('a standby of this version wins a takeover with the vote of a member that speaks votes 1.0.0', async () => {
    const v10 = votesV10Build()
    try {
      net = await restartOnBuild(net, OLD, v10.bin)
      await ok<VmView>(NEW, ['vm', 'create', '--image', 'tiny', '--name', 'votes-v10', '--ha', '--standby', peerId(2)])
      const before = await waitFor('protected', async () => {
        const v = await ok<VmView>(NEW, ['vm', 'show', 'votes-v10'])
        return v.protection?.state === 'protected' ? v : undefined
      }, 30_000, 200)
      // Two of three votes: the standby's own, and the 1.0.0 member's (the primary is dead).
      signalQuietly(net.peers[NEW]?.pid ?? 0, 'SIGKILL')
      const moved = await waitFor('running at the standby', async () => {
        const v = await ok<VmView>(2, ['vm', 'show', 'votes-v10']).catch(() => undefined)
        return v?.peer === peerId(2) && v.phase === 'running' ? v : undefined
      }, 30_000, 200)
      expect(moved.epoch).to.equal(before.epoch + 1)
    } finally {
      rmSync(v10.root, { recursive: true, force: true })
    }
  })
})
