// Live HotSpot-style rebalancing on a real testnet: a peer whose spot price sits near its on-demand
// price moves its VM to a much cheaper peer by itself (the VM keeps its boot and counter); a pinned
// VM stays; and a peer a little dearer than the cheapest, counting savings over a short horizon,
// keeps its VM (the saving does not pay for the move).
import { expect } from 'chai'
import type { VmView } from '../node/vms/view.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20
const DEAR = 0
const CHEAP = 1
const CLOSE = 2

describe('spot rebalancing (real processes)', function () {
  this.timeout(180_000)
  const testnet = useTestnet({
    tmpPrefix: 'sc-rebalance-', peers: 3, providers: ['aws', 'gcp'],
    peerConfig: { memoryBytes: 256 * MiB, instanceType: 'm5.large', pricing: 'spot', onDemandUsdPerHour: 0.096, rebalanceEveryMs: 1000 },
    // The close peer is 5% dearer than the cheap one but counts savings over one minute only.
    configFor: i => i === DEAR ? { priceUsdPerHour: 0.09 } : i === CHEAP ? { priceUsdPerHour: 0.02 } : { priceUsdPerHour: 0.021, rebalanceHorizonMs: 60_000 }
  })
  const { api, peerId } = testnet.cli
  const show = async (ref: string): Promise<VmView> => await api(CHEAP).request<VmView>('GET', `/v1/vms/${ref}`)
  const create = async (on: number, name: string, extra: Record<string, unknown> = {}): Promise<VmView> =>
    await api(on).request<VmView>('POST', '/v1/vms', { image: 'tiny', name, memoryBytes: 32 * MiB, ...extra }, { signal: AbortSignal.timeout(60_000) })

  it('moves a VM off a peer near its maximum price to the cheapest one, live; a pinned VM stays', async () => {
    // Created with rebalancing already on: the dear peer decides by itself.
    const pinned = await create(DEAR, 'stays', { pinned: true })
    const vm = await create(DEAR, 'moves')
    const before = await show(vm.id)
    const moved = await waitFor('the VM on the cheapest peer', async () => { const v = await show(vm.id); return v.peer === peerId(CHEAP) && v.phase === 'running' ? v : undefined }, 60_000, 250)
    expect(moved.epoch).to.equal(2)
    expect(moved.guest?.bootId).to.equal(before.guest?.bootId)
    expect(moved.guest?.counter).to.be.above(before.guest?.counter ?? Infinity)
    expect((await show(pinned.id)).peer).to.equal(peerId(DEAR))
  })

  it('leaves a VM where the saving would not pay for the move', async () => {
    const vm = await create(CLOSE, 'close')
    // Several rounds of the rebalancer at the close peer (every second).
    await new Promise(resolve => setTimeout(resolve, 5000))
    expect(await show(vm.id)).to.include({ peer: peerId(CLOSE), epoch: 1 })
  })
})
