// A fresh testnet with tiny VMs on a VNet, for `npm run chaos` and the chaos tests.
import { ApiClient } from '../../node/api/client.js'
import type { VmView } from '../../node/vms/view.js'
import { testnetDown, testnetUp } from '../launcher.js'
import type { TestnetState } from '../state.js'

export interface ScenarioOptions {
  dir: string
  peers: number
  providers: string[]
  /** Round trip between providers. */
  wanLatencyMs: number
  vms: number
  memoryMiB: number
  net?: { name: string, cidr: string }
  /** Another build's entry point for the peers (see UpOptions.bin). */
  bin?: string
  onProgress?: (line: string) => void
}

const MiB = 1 << 20

/** Launches the testnet, makes the VNet and spreads the VMs over the peers round-robin. */
export async function launchScenario (o: ScenarioOptions): Promise<{ state: TestnetState, vms: VmView[] }> {
  const state = await testnetUp({ peers: o.peers, providers: o.providers, wanLatencyMs: o.wanLatencyMs, dir: o.dir, bin: o.bin, onProgress: o.onProgress })
  try {
    const net = o.net ?? { name: 'chaos', cidr: '10.66.0.0/24' }
    const api = (index: number): ApiClient => {
      const p = state.peers[index % state.peers.length]
      if (p === undefined) throw new RangeError(`no peer ${index}`)
      return new ApiClient({ url: p.api, token: p.token }, 60_000)
    }
    await api(0).request('POST', '/v1/nets', { name: net.name, cidr: net.cidr })
    const vms: VmView[] = []
    for (let i = 0; i < o.vms; i++) {
      vms.push(await api(i).request<VmView>('POST', '/v1/vms', { image: 'tiny', name: `c${i}`, net: net.name, memoryBytes: o.memoryMiB * MiB }))
    }
    o.onProgress?.(`${vms.length} tiny VMs of ${o.memoryMiB} MiB on ${net.name}`)
    return { state, vms }
  } catch (err) {
    await testnetDown(state.dir).catch(() => {})
    throw err
  }
}
