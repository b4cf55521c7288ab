// The Prometheus page of real daemons (a 3-peer testnet, tiny guests on a VNet, one with a disk):
// after traffic, a migration, an evacuation, a peer that leaves and one killed, each part's families
// show what happened — peers by state, VMs by phase, the switch per VNet and per tunnel, membership's
// probes and suspicions, the guests' disk I/O, evacuations and cost — and Prometheus's own linter
// (`promtool check metrics`) accepts every page without a word.
import { expect } from 'chai'
import { spawnSync } from 'node:child_process'
import type { CloudDisk } from '../overlay/records/index.js'
import type { PeerView } from '../overlay/membership/index.js'
import type { VmView } from '../node/vms/view.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'
import { sampleSum } from './util/metrics-page.js'

const MiB = 1 << 20

/** `promtool check metrics` on a page: its complaints (none: ''), or undefined without promtool outside CI. */
function promtool (page: string): string | undefined {
  const r = spawnSync('promtool', ['check', 'metrics'], { input: page, encoding: 'utf8' })
  if (r.error !== undefined) {
    if (process.env.CI === 'true') throw new Error(`promtool is needed under CI=true (.ci/run installs Debian's prometheus): ${r.error.message}`)
    return undefined
  }
  return `${r.stdout}${r.stderr}`.trim() + (r.status === 0 ? '' : ` (exit ${String(r.status)})`)
}

/** The sum of the samples of `name` whose labels include `labels`; a page without one fails the test. */
function value (page: string, name: string, labels: Record<string, string> = {}): number {
  const sum = sampleSum(page, name, labels)
  if (sum === undefined) throw new Error(`no sample ${name}${JSON.stringify(labels)} on the page`)
  return sum
}

describe('metrics for every part (real processes, promtool)', function () {
  this.timeout(240_000)
  const testnet = useTestnet({
    tmpPrefix: 'sc-metrics-', peers: 3, providers: ['aws', 'gcp', 'azure'],
    peerConfig: { memoryBytes: 256 * MiB, diskBytes: 64 * MiB, leaveAfterEvacuation: false }
  })
  const { ok, peerId, metrics: scrape } = testnet.cli
  const lint = (page: string): void => {
    const complaints = promtool(page)
    if (complaints === undefined) return
    expect(complaints, 'promtool check metrics').to.equal('')
  }

  it('an idle cloud: peers alive, membership probing, process metrics by their standard names, a clean page', async () => {
    await waitFor('peer 0 has probed others directly', async () => value(await scrape(0), 'supercloud_membership_probes_total', { result: 'direct' }) > 0, 30_000)
    const page = await scrape(0)
    lint(page)
    expect(value(page, 'supercloud_peers', { state: 'alive' })).to.equal(3)
    expect(value(page, 'supercloud_peers', { state: 'dead' })).to.equal(0)
    expect(value(page, 'supercloud_peer_connections', { kind: 'direct' })).to.be.at.least(1)
    expect(value(page, 'supercloud_vms')).to.equal(0)
    expect(value(page, 'process_cpu_seconds_total')).to.be.above(0)
    expect(page).not.to.match(/^nodejs_active_handles_total /m)
  })

  it('traffic on a VNet, a disk written by its guest, and a migration show on both ends', async () => {
    await ok(0, ['net', 'create', 'lan', '--cidr', '10.31.0.0/24'])
    await ok<CloudDisk>(0, ['disk', 'create', 'md', '--size', '16M'])
    const a = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'a', '--net', 'lan', '--disk', 'md'])
    const b = await ok(1, ['vm', 'create', '--image', 'tiny', '--name', 'b', '--net', 'lan'])
    const ip = b.net?.ip ?? ''
    expect(ip).to.match(/^10\.31\.0\./)
    await waitFor('peer 0 pings b over the VNet', async () => (await ok<{ received: number }>(0, ['net', 'ping', 'lan', ip, '--count', '3'])).received > 0, 60_000)

    const p0 = await scrape(0)
    lint(p0)
    const lanId = 'lan'
    expect(value(p0, 'supercloud_vms', { phase: 'running' })).to.equal(1)
    expect(value(p0, 'supercloud_cloud_vms', { phase: 'running' })).to.equal(2)
    expect(value(p0, 'supercloud_switch_frames_total', { vnet: lanId, direction: 'in' })).to.be.above(0)
    expect(value(p0, 'supercloud_switch_bytes_total', { vnet: lanId, direction: 'out' })).to.be.above(0)
    expect(value(p0, 'supercloud_tunnel_frames_total', { peer: peerId(1), direction: 'sent' })).to.be.above(0)
    expect(value(p0, 'supercloud_tunnel_frames_total', { peer: peerId(1), direction: 'received' })).to.be.above(0)
    await waitFor('the guest has written to its disk', async () => value(await scrape(0), 'supercloud_disk_written_bytes_total', { vm: a.id }) > 0, 30_000)
    const disk = await scrape(0)
    expect(value(disk, 'supercloud_disk_writes_total', { vm: a.id })).to.be.above(0)
    expect(value(disk, 'supercloud_disk_flushes_total', { vm: a.id })).to.be.above(0)
    expect(value(disk, 'supercloud_disk_own_bytes', { vm: a.id })).to.be.above(0)

    await ok(0, ['vm', 'migrate', 'a', '--to', peerId(1)])
    const after0 = await scrape(0)
    lint(after0)
    expect(value(after0, 'supercloud_migrations_total', { outcome: 'committed' })).to.equal(1)
    expect(value(after0, 'supercloud_vms', { phase: 'running' })).to.equal(0)
    // Counters of the VNet stay where they were when the VM's port left this peer.
    expect(value(after0, 'supercloud_switch_frames_total', { vnet: lanId, direction: 'in' })).to.be.at.least(value(p0, 'supercloud_switch_frames_total', { vnet: lanId, direction: 'in' }))
    await waitFor('peer 1 hosts both and reads a\'s disk there', async () => {
      const p1 = await scrape(1)
      return value(p1, 'supercloud_vms', { phase: 'running' }) === 2 && value(p1, 'supercloud_disk_writes_total', { vm: a.id }) > 0
    }, 30_000)
    lint(await scrape(1))
  })

  it('an evacuation is counted by outcome, with its moves; a peer that leaves and one killed show by state', async () => {
    await ok(2, ['vm', 'create', '--image', 'tiny', '--name', 'c'])
    await ok(2, ['node', 'notice', '--in', '60s'])
    const p2 = await scrape(2)
    lint(p2)
    expect(value(p2, 'supercloud_evacuations_total', { outcome: 'complete' })).to.equal(1)
    expect(value(p2, 'supercloud_evacuation_moves_total', { outcome: 'committed' })).to.equal(1)
    expect(value(p2, 'supercloud_cost_dollars_total')).to.be.at.least(0)
    expect(value(p2, 'supercloud_price_dollars_per_hour', { pricing: 'on-demand' })).to.be.at.least(0)
    await ok(2, ['node', 'leave'])
    await waitFor('peer 0 sees peer 2 left', async () => value(await scrape(0), 'supercloud_peers', { state: 'left' }) === 1, 30_000)

    const victim = testnet.state.peers[1]
    if (victim === undefined) throw new Error('no peer 1')
    const onVictim = (await ok<VmView[]>(0, ['vm', 'ls'])).filter(vm => vm.peer === peerId(1)).length
    expect(onVictim).to.be.at.least(2)
    process.kill(victim.pid, 'SIGKILL')
    await waitFor('peer 0 declares peer 1 dead', async () => (await ok<PeerView[]>(0, ['peers'])).some(p => p.id === peerId(1) && p.state === 'dead'), 60_000)
    const page = await scrape(0)
    lint(page)
    expect(value(page, 'supercloud_peers', { state: 'dead' })).to.equal(1)
    expect(value(page, 'supercloud_membership_transitions_total', { state: 'suspect' })).to.be.at.least(1)
    expect(value(page, 'supercloud_membership_transitions_total', { state: 'dead' })).to.be.at.least(1)
    expect(value(page, 'supercloud_membership_probes_total', { result: 'failed' })).to.be.at.least(1)
    expect(value(page, 'supercloud_membership_suspicions_raised_total')).to.be.at.least(1)
    expect(value(page, 'supercloud_cloud_vms', { phase: 'lost' })).to.equal(onVictim)
  })
})
