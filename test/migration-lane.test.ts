// A migration's pages on a lane of their own (overlay/lane), between real daemons, through the
// testnet's link layer like every other connection of theirs:
// - a move goes on a lane, and the guest arrives whole (boot id, counter going on);
// - garbage, strangers and silence at a peer's lane port change nothing;
// - a lane that cannot be dialed (new connections refused between the two): the pages go on the
//   migration's stream, and the move commits;
// - a peer whose wire has no lane fields (as every peer before lanes): both ways, the move commits
//   on the stream.
import { expect } from 'chai'
import { rmSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { randomBytes } from 'node:crypto'
import { ApiClient } from '../node/api/client.js'
import type { MigrationView } from '../node/vms/migrate-out.js'
import type { VmView } from '../node/vms/view.js'
import { useTestnet } from './util/use-testnet.js'
import { restartOnBuild } from './util/old-peer.js'
import { preLaneBuild } from './util/patched-build.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20
const OLD = 3

describe('migration on a lane (real processes, 4 peers)', function () {
  this.timeout(240_000)
  let old: { root: string, bin: string }
  before(() => { old = preLaneBuild() })
  const testnet = useTestnet({ tmpPrefix: 'sc-mig-lane-', peers: 4, providers: ['aws', 'gcp'] })
  before(async () => {
    await restartOnBuild(testnet.state, OLD, old.bin)
    testnet.reread()
  })
  after(() => { rmSync(old.root, { recursive: true, force: true }) })
  const api = (i: number): ApiClient => new ApiClient({ url: testnet.state.peers[i]?.api ?? '', token: testnet.state.peers[i]?.token ?? '' })
  const setRules = async (rules: unknown[]): Promise<void> => {
    const r = await fetch(`${testnet.state.link.controlUrl}/rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rules), signal: AbortSignal.timeout(5_000) })
    expect(r.status).to.equal(200)
  }
  const hereOn = async (i: number, id: string): Promise<VmView | undefined> => (await api(i).request<VmView[]>('GET', '/v1/vms?here=true')).find(v => v.id === id)

  /** Moves `vm` from peer `from` to `to`; returns the ended migration, having checked the guest arrived whole. */
  const move = async (vm: VmView, from: number, to: number): Promise<MigrationView> => {
    const before = await hereOn(from, vm.id)
    const started = await api(from).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: testnet.state.peers[to]?.id })
    const ended = await waitFor('the migration to end', async () => {
      const m = await api(from).request<MigrationView>('GET', `/v1/migrations/${started.id}`)
      return m.phase === 'aborted' || m.phase === 'committed' ? m : undefined
    }, 90_000, 200)
    expect(ended.phase, ended.reason).to.equal('committed')
    const after = await waitFor('the guest running on at the destination', async () => {
      const v = await hereOn(to, vm.id)
      return v?.phase === 'running' && (v.guest?.counter ?? 0) > (before?.guest?.counter ?? Infinity) ? v : undefined
    }, 30_000, 200)
    expect(after.guest?.bootId).to.equal(vm.guest?.bootId)
    return ended
  }

  let vm: VmView
  before(async () => {
    vm = await api(0).request<VmView>('POST', '/v1/vms', { image: 'tiny', name: 'laned', memoryBytes: 64 * MiB, tiny: { fillRam: true, dirtyPagesPerSec: 1280 } })
    await waitFor('its counter', async () => ((await hereOn(0, vm.id))?.guest?.counter ?? 0) > 0 ? true : undefined, 30_000, 200)
    vm = await hereOn(0, vm.id) ?? vm
  })

  it('moves a VM with its pages on a lane through the link layer', async () => {
    const linked = async (): Promise<number> => {
      const stats = await (await fetch(`${testnet.state.link.controlUrl}/stats`, { signal: AbortSignal.timeout(5_000) })).json() as Array<{ from: number, to: number, connections: number }>
      return stats.find(s => s.from === 0 && s.to === 1)?.connections ?? 0
    }
    const connections = await linked()
    const ended = await move(vm, 0, 1)
    expect(ended.carrier).to.equal('lane')
    // All of its RAM: the guest filled it at boot.
    expect(ended.bytes).to.be.above(60 * MiB)
    // The lane was a connection of its own, through peer 1's lane relay.
    expect(await linked()).to.be.above(connections)
  })

  it('takes no notice of garbage, strangers and silence at a lane port, and moves on a lane after', async () => {
    const port = testnet.state.peers[2]?.laneRelayPort ?? 0
    expect(port).to.be.above(0)
    const sockets: Socket[] = []
    for (const bytes of [randomBytes(64), Buffer.concat([Buffer.from('SCL\x01', 'latin1'), randomBytes(16), randomBytes(5000)]), Buffer.alloc(0)]) {
      for (let i = 0; i < 20; i++) {
        const socket = connect({ host: '127.0.0.1', port })
        socket.on('error', () => {})
        socket.write(bytes)
        sockets.push(socket)
      }
    }
    await new Promise(resolve => setTimeout(resolve, 500))
    const ended = await move(vm, 1, 2)
    for (const s of sockets) s.destroy()
    expect(ended.carrier).to.equal('lane')
  })

  it('moves on the stream when the lane cannot be dialed', async () => {
    // New connections between peers 2 and 0 are refused; the ones they have carry on.
    await setRules([{ from: 2, to: 0, refuse: true }, { from: 0, to: 2, refuse: true }])
    try {
      const ended = await move(vm, 2, 0)
      expect(ended.carrier).to.equal('stream')
    } finally {
      await setRules([])
    }
  })

  it('moves to and from a peer whose wire has no lanes, on the stream', async () => {
    const there = await move(vm, 0, OLD)
    expect(there.carrier).to.equal('stream')
    expect(there.bytes).to.be.above(60 * MiB)
    const back = await move(vm, OLD, 1)
    expect(back.carrier).to.equal('stream')
    expect(back.bytes).to.be.above(60 * MiB)
  })
})
