// A testnet peer restarted on another build (an older protocol version, test/util/patched-build.ts):
// it is stopped, started again from `bin`, and waited for until it and the first peer both see every
// peer alive.
import { ApiClient } from '../../node/api/client.js'
import { restartPeer } from '../../testnet/launcher.js'
import { readTestnetState, type TestnetState } from '../../testnet/state.js'
import { stopAll } from '../../testnet/processes.js'
import { waitFor } from './wait.js'

export async function restartOnBuild (net: TestnetState, index: number, bin: string): Promise<TestnetState> {
  await stopAll([net.peers[index]?.pid ?? 0])
  restartPeer(net.dir, index, { bin })
  const next = readTestnetState(net.dir)
  const api = (peer: number): ApiClient => new ApiClient({ url: next.peers[peer]?.api ?? '', token: next.peers[peer]?.token ?? '' })
  const other = index === 0 ? 1 : 0
  await waitFor('the restarted peer back, all alive', async () => {
    const s = await api(other).request<{ peers: Record<string, number> }>('GET', '/v1/status')
    const t = await api(index).request<{ joined: boolean, peers: Record<string, number> }>('GET', '/v1/status')
    return s.peers.alive === next.peers.length && t.joined && t.peers.alive === next.peers.length
  }, 60_000, 250)
  return next
}
