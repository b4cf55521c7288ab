// A fresh testnet with tiny VMs on a VNet, for `npm run chaos` and the chaos tests: a share of them
// protected (`vm create --ha`), another with a disk each (the tiny guest then runs its disk mode).
// Protected VMs are taken from the first, disks from the last: the shares overlap when they add up
// to more than all, and a protected VM with a disk replicates its disk blocks with its checkpoints.
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
  /** The share of the VMs created protected, 0 to 1; default none. */
  protect?: number
  /** The share created with a disk of their own, 0 to 1; default none. */
  disks?: number
  net?: { name: string, cidr: string }
  /** Another build's entry point for the peers (see UpOptions.bin). */
  bin?: string
  onProgress?: (line: string) => void
}

const MiB = 1 << 20
/** A chaos VM's disk: the tiny guest cycles its records through its first 1 MiB. */
export const CHAOS_DISK_BYTES = 8 * MiB

export class ScenarioError extends Error {
  override name = 'ScenarioError'
}

/** How many of `vms` VMs are protected and how many have a disk (a share outside 0 to 1 is refused). */
export function scenarioShares (vms: number, protect = 0, disks = 0): { protected: number, withDisk: number } {
  for (const [flag, share] of [['--protect', protect], ['--disks', disks]] as const) {
    if (!(share >= 0 && share <= 1)) throw new ScenarioError(`${flag}: a share from 0 to 1, not ${share}`)
  }
  const p = Math.round(protect * vms)
  const d = Math.round(disks * vms)
  return { protected: p, withDisk: d }
}

/** One chaos VM on `api`'s peer: a tiny guest on VNet `net`, with a new disk of its own and protection if asked. */
export async function createChaosVm (api: ApiClient, want: { name: string, memoryBytes: number, net: string, disk?: boolean, ha?: boolean }, signal: AbortSignal): Promise<VmView> {
  const disks = want.disk === true ? [(await api.request<{ name: string }>('POST', '/v1/disks', { name: `${want.name}-disk`, sizeBytes: CHAOS_DISK_BYTES }, { signal })).name] : undefined
  return await api.request<VmView>('POST', '/v1/vms', { image: 'tiny', name: want.name, net: want.net, memoryBytes: want.memoryBytes, ...(disks === undefined ? {} : { disks }), ...(want.ha === true ? { ha: {} } : {}) }, { signal })
}

/** Launches the testnet, makes the VNet and spreads the VMs over the peers round-robin. */
export async function launchScenario (o: ScenarioOptions): Promise<{ state: TestnetState, vms: VmView[] }> {
  const shares = scenarioShares(o.vms, o.protect, o.disks)
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
      // Protected from the first, disks from the last: spread over the peers round-robin either way.
      const want = { name: `c${i}`, net: net.name, memoryBytes: o.memoryMiB * MiB, ha: i < shares.protected, disk: i >= o.vms - shares.withDisk }
      vms.push(await createChaosVm(api(i), want, AbortSignal.timeout(120_000)))
    }
    o.onProgress?.(`${vms.length} tiny VMs of ${o.memoryMiB} MiB on ${net.name}: ${shares.protected} protected, ${shares.withDisk} with a disk`)
    return { state, vms }
  } catch (err) {
    await testnetDown(state.dir).catch(() => {})
    throw err
  }
}
