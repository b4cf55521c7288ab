// A testnet on the AWS trace (testnet --spot-trace): every peer's price follows its series, sped up,
// and a revocation drawn from the trace model makes a real daemon evacuate its VM and leave.
import { readFileSync } from 'node:fs'
import { expect } from 'chai'
import { spotPeerConfigs } from '../testnet/spot.js'
import type { VmView } from '../node/vms/view.js'
import type { PeerView } from '../overlay/membership/index.js'
import { onDemandKey, parseOnDemand, parseSpotTrace, type SpotTrace } from '../node/spot/trace.js'
import { nextRevocation, seededRandom } from '../node/spot/revocation.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'
import { AWS_TRACE, ONDEMAND, needSpotData } from './util/spot-data.js'

const MiB = 1 << 20
const SPEEDUP = 3600
const RATE = 0.05

describe('testnet on a spot trace (real processes)', function () {
  this.timeout(180_000)
  let trace: SpotTrace
  let revokeAfterMs = 0
  /** Each peer's config from the trace, peer 0's revocations included: made before the testnet starts. */
  let peerConfigs: Array<Record<string, unknown>> = []

  before(function () {
    needSpotData(this)
    trace = parseSpotTrace(readFileSync(AWS_TRACE, 'utf8'), AWS_TRACE)
    const configs = spotPeerConfigs(3, { traceFile: AWS_TRACE, trace, speedup: SPEEDUP, ondemandFile: ONDEMAND })
    // Peer 0 alone is revoked at random: pick the seed whose first draw falls 25–40 trace hours
    // (= wall seconds) in, enough to put a VM there first.
    const series = trace.series.find(s => s.key === configs[0]?.spotSeries)!
    let seed = 1
    for (; seed < 1000; seed++) {
      const rev = nextRevocation(series, series.points[0]!.atMs, Infinity, { maxPrice: Infinity, ratePerHour: RATE }, seededRandom(seed))
      revokeAfterMs = ((rev?.atMs ?? 0) - series.points[0]!.atMs) / SPEEDUP
      if (revokeAfterMs > 25_000 && revokeAfterMs < 40_000) break
    }
    configs[0] = { ...configs[0], revocationRatePerHour: RATE, revocationSeed: seed }
    peerConfigs = configs
  })
  const testnet = useTestnet({ tmpPrefix: 'sc-spottrace-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 256 * MiB }, configFor: i => peerConfigs[i] ?? {} })
  const { ok, api, peerId } = testnet.cli

  it('every peer shows its series\' price as the trace moves, and a revoked peer evacuates its VM and leaves', async () => {
    const vm = await ok(0, ['vm', 'create', '--image', 'tiny', '--memory', '32M', '--name', 'rider'])
    const configs = spotPeerConfigs(3, { traceFile: AWS_TRACE, trace, speedup: SPEEDUP, ondemandFile: ONDEMAND })
    const seen = new Map<string, Set<number>>()
    const prices = async (): Promise<PeerView[]> => {
      const peers = await api(1).request<PeerView[]>('GET', '/v1/peers')
      for (const p of peers) {
        const set = seen.get(p.id) ?? new Set()
        set.add(p.priceUsdPerHour)
        seen.set(p.id, set)
      }
      return peers
    }
    const onDemand = parseOnDemand(readFileSync(ONDEMAND, 'utf8'), ONDEMAND)
    const first = await prices()
    for (const [i, c] of configs.entries()) {
      const p = first.find(x => x.id === peerId(i))
      const series = trace.series.find(s => s.key === c.spotSeries)!
      expect(p).to.include({ pricing: 'spot', instanceType: series.instanceType, provider: series.provider, region: series.region })
      expect(testnet.state.peers[i], 'testnet.json (and testnet up\'s table) names the series\' provider, region and zone').to.include({ provider: series.provider, region: p?.region, zone: p?.zone })
      expect(p?.onDemandUsdPerHour, 'from ondemand.csv').to.equal(onDemand.get(onDemandKey(series.provider, series.region, series.instanceType)))
      expect(p?.onDemandUsdPerHour).to.be.above(p?.priceUsdPerHour ?? Infinity)
    }
    const before = await waitFor('the rider counting', async () => { const s = await api(0).request<VmView>('GET', `/v1/vms/${vm.id}`); return (s.guest?.counter ?? 0) > 0 ? s : undefined })
    // The revocation: peer 0 goes unschedulable, moves the rider, leaves.
    const left = await waitFor('peer 0 revoked and gone', async () => {
      await prices()
      return (await api(1).request<PeerView[]>('GET', '/v1/peers')).find(p => p.id === peerId(0) && p.state === 'left')
    }, revokeAfterMs + 60_000, 500)
    expect(left).to.include({ schedulable: false, unschedulableReason: 'spot termination notice' })
    const after = await waitFor('the rider running on', async () => { const s = await api(1).request<VmView>('GET', `/v1/vms/${vm.id}`); return s.phase === 'running' && (s.guest?.counter ?? 0) > (before.guest?.counter ?? Infinity) ? s : undefined }, 20_000, 200)
    expect(after.peer).to.be.oneOf([peerId(1), peerId(2)])
    expect(after.guest?.bootId).to.equal(before.guest?.bootId)
    // Prices moved with the trace meanwhile (25+ trace hours), each one a price of the peer's series.
    for (const [i, c] of configs.entries()) {
      const series = trace.series.find(s => s.key === c.spotSeries)!
      const observed = [...(seen.get(peerId(i)) ?? [])]
      expect(observed.every(p => series.points.some(x => x.price === p)), `peer ${i} shows only its series' prices`).to.equal(true)
      if (i > 0) expect(observed.length, `peer ${i}'s price changed as the trace ran`).to.be.at.least(2)
    }
  })
})
