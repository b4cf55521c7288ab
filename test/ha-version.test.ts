// Protection between peers of two versions of the replication protocol (real processes): a peer
// that speaks only 1.0.0, before checkpoints carried disk blocks (this build with its replication
// version set back), and peers of this build. Each way `vm protect` is refused, naming the
// versions, and the VM runs on unprotected where it was.
import { expect } from 'chai'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testnetDown, testnetUp } from '../testnet/launcher.js'
import type { TestnetState } from '../testnet/state.js'
import { restartOnBuild } from './util/old-peer.js'
import type { VmView } from '../node/vms/view.js'
import { TestnetCli } from './util/testnet-cli.js'
import { replicationV1Build } from './util/patched-build.js'

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
    expect(error).to.include('2.0.0').and.to.include('/supercloud/replication/1.0.0')
  })
})
