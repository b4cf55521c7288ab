// Migration between peers of two versions of the migration protocol (real processes): a peer that
// speaks only 2.0.0, before disks (this build with its migration version set back) and one of this build. Each way
// the move is refused with both versions named, and the VM runs on where it was.
import { expect } from 'chai'
import { rmSync } from 'node:fs'
import { restartOnBuild } from './util/old-peer.js'
import type { VmView } from '../node/vms/view.js'
import type { MigrationView } from '../node/vms/migrate-out.js'
import { useTestnet } from './util/use-testnet.js'
import { migrationV1Build } from './util/patched-build.js'
import { waitFor } from './util/wait.js'

const NEW = 0
const OLD = 1

describe('migration between protocol versions (real processes)', function () {
  this.timeout(180_000)
  let old: { root: string, bin: string }
  // Hooks in this order: the old build is made before the testnet starts, and removed only once
  // it is down, since peer OLD runs from it.
  before(() => { old = migrationV1Build() })
  const testnet = useTestnet({ tmpPrefix: 'sc-migver-', peers: 2, providers: ['aws', 'gcp'] })
  const { ok, api, peerId } = testnet.cli
  before(async () => {
    await restartOnBuild(testnet.state, OLD, old.bin)
    testnet.reread()
  })
  after(() => { rmSync(old.root, { recursive: true, force: true }) })

  const moveRefused = async (from: number, to: number, name: string): Promise<string> => {
    const vm = await ok<VmView>(from, ['vm', 'create', '--image', 'tiny', '--name', name])
    const started = await api(from).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: peerId(to) })
    const ended = await waitFor('the migration to end', async () => {
      const m = await api(from).request<MigrationView>('GET', `/v1/migrations/${started.id}`)
      return m.phase === 'aborted' || m.phase === 'committed' ? m : undefined
    }, 60_000, 100)
    expect(ended.phase).to.equal('aborted')
    const before = await api(from).request<VmView>('GET', `/v1/vms/${vm.id}`)
    const after = await waitFor('the VM to run on where it was', async () => {
      const v = await api(from).request<VmView>('GET', `/v1/vms/${vm.id}`)
      return v.phase === 'running' && (v.guest?.counter ?? 0) > (before.guest?.counter ?? 0) ? v : undefined
    }, 20_000, 100)
    expect(after.peer).to.equal(peerId(from))
    return ended.reason ?? ''
  }

  it('a peer of this version will not move a VM to one that speaks 2.0.0, and says so', async () => {
    const reason = await moveRefused(NEW, OLD, 'to-old')
    expect(reason).to.match(/IncompatibleProtocolError/)
    expect(reason).to.include('/supercloud/migration/2.0.0').and.to.include('/supercloud/migration/3.0.0')
  })

  it('a peer that speaks 2.0.0 is refused by this version, both versions named', async () => {
    const reason = await moveRefused(OLD, NEW, 'from-old')
    expect(reason).to.match(/IncompatibleProtocolError/)
    expect(reason).to.include('3.0.0').and.to.include('/supercloud/migration/2.0.0')
  })
})
