// Placement counts the disk budget (real processes): a drain sends a VM with a disk to the peer whose
// disk budget holds it, not to the peer with the most memory and no room for disks, and a VM without
// disks still goes by memory; `vm migrate --to provider:P` with no disk budget there is refused, by
// name, before anything moves.
import { expect } from 'chai'
import type { CloudDisk } from '../overlay/records/index.js'
import type { PeerView } from '../overlay/membership/index.js'
import type { DrainReport } from '../node/vms/moves.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20
/** Peer 1 has the most memory and no disk budget; peers 0 and 2 hold disks. */
const CONFIGS = [
  { memoryBytes: 256 * MiB, diskBytes: 128 * MiB },
  { memoryBytes: 1024 * MiB, diskBytes: 0 },
  { memoryBytes: 256 * MiB, diskBytes: 128 * MiB }
]

describe('placement and the disk budget (real processes)', function () {
  this.timeout(180_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-disk-place-', peers: 3, providers: ['aws', 'gcp', 'azure'], configFor: i => CONFIGS[i] ?? {} })
  const { ok, fails, peerId, show } = testnet.cli

  it('a drain sends the VM with a disk where its disk fits, and the VM without one where memory is most', async () => {
    const disk = await ok<CloudDisk>(0, ['disk', 'create', 'pd', '--size', '64M'])
    await ok(0, ['vm', 'create', '--image', 'tiny', '--memory', '32M', '--name', 'withdisk', '--disk', 'pd'])
    await ok(0, ['vm', 'create', '--image', 'tiny', '--memory', '32M', '--name', 'plain'])
    await waitFor('peer 0 sees every peer\'s disk budget', async () => {
      const peers = await ok<PeerView[]>(0, ['peers'])
      return CONFIGS.every((c, i) => peers.some(p => p.id === peerId(i) && p.state === 'alive' && p.diskBytes === c.diskBytes))
    }, 30_000)

    const drained = await ok<DrainReport>(0, ['node', 'drain'])
    const moved = Object.fromEntries(drained.moves.map(m => [m.name, m]))
    expect(moved.withdisk, JSON.stringify(drained.moves)).to.include({ outcome: 'committed', to: peerId(2) })
    expect(moved.plain, JSON.stringify(drained.moves)).to.include({ outcome: 'committed', to: peerId(1) })
    expect(await show(2, 'withdisk')).to.include({ peer: peerId(2), phase: 'running' })
    await waitFor('the disk is on peer 2', async () => (await ok<CloudDisk[]>(2, ['disk', 'ls'])).some(d => d.id === disk.id && d.owner === peerId(2)), 15_000)
  })

  it('refuses `vm migrate --to provider:` a provider with no disk budget, naming it, and the VM runs on', async () => {
    const err = await fails(2, ['vm', 'migrate', 'withdisk', '--to', 'provider:gcp'])
    expect(err.name).to.equal('CapacityError')
    expect(err.error).to.match(/no peer of provider gcp has 64 MiB of disk budget free/)
    expect(await show(2, 'withdisk')).to.include({ peer: peerId(2), phase: 'running' })
    await ok(0, ['node', 'undrain'])
  })
})
