// Peers going down: SIGKILL (a crash, no cleanup) or a failpoint that kills the daemon at a step
// of a migration; and coming back with the same data dir, API port and token (restartPeer writes
// the new pid into testnet.json). Every pid this may kill is licensed with the checker first, so
// that a death it caused is told apart from a daemon dying on its own.
import { ApiClient } from '../../node/api/client.js'
import { restartPeer } from '../launcher.js'
import { isRunning, signalQuietly } from '../processes.js'
import { readTestnetState, type TestnetPeer } from '../state.js'
import { until } from './wait.js'

export interface PeerFaultsComponents {
  dir: string
  /** Called with a pid before anything is done that may kill it. */
  license: (pid: number) => void
}

/** How long a restarted peer may take to answer and join (about 3 s on a quiet machine). */
const REJOIN_TIMEOUT_MS = 60_000
const DEATH_TIMEOUT_MS = 15_000
const API_TIMEOUT_MS = 5_000

export class PeerFaults {
  constructor (private readonly c: PeerFaultsComponents) {}

  peer (index: number): TestnetPeer {
    const peer = readTestnetState(this.c.dir).peers[index]
    if (peer === undefined) throw new RangeError(`the testnet has no peer ${index}`)
    return peer
  }

  client (index: number): ApiClient {
    const p = this.peer(index)
    return new ApiClient({ url: p.api, token: p.token }, API_TIMEOUT_MS)
  }

  /** SIGKILLs peer `index`; resolves once it is gone. */
  async kill (index: number, options: { signal?: AbortSignal } = {}): Promise<number> {
    const { pid } = this.peer(index)
    this.c.license(pid)
    signalQuietly(pid, 'SIGKILL')
    await this.awaitDeath(pid, options)
    return pid
  }

  async awaitDeath (pid: number, options: { signal?: AbortSignal, timeoutMs?: number } = {}): Promise<void> {
    await until(`pid ${pid} to exit`, async () => !isRunning(pid), { timeoutMs: options.timeoutMs ?? DEATH_TIMEOUT_MS, everyMs: 50, signal: options.signal })
  }

  /** Arms `failpoint` to kill peer `index` the next time it is hit. */
  async armExit (index: number, failpoint: string, options: { signal?: AbortSignal } = {}): Promise<number> {
    const { pid } = this.peer(index)
    this.c.license(pid)
    await this.client(index).request('PUT', `/v1/failpoints/${encodeURIComponent(failpoint)}`, { action: 'exit', count: 1 }, options)
    return pid
  }

  /** Disarms every failpoint of peer `index`, if it runs. */
  async disarmAll (index: number, options: { signal?: AbortSignal } = {}): Promise<void> {
    if (!this.running(index)) return
    const api = this.client(index)
    const { armed } = await api.request<{ armed: Array<{ name: string }> }>('GET', '/v1/failpoints', undefined, options)
    for (const a of armed) await api.request('DELETE', `/v1/failpoints/${encodeURIComponent(a.name)}`, undefined, options)
  }

  running (index: number): boolean {
    return isRunning(this.peer(index).pid)
  }

  /** Starts a dead peer again and waits until its API answers and it has joined the cloud. */
  async restart (index: number, options: { signal?: AbortSignal } = {}): Promise<TestnetPeer> {
    const peer = restartPeer(this.c.dir, index)
    await until(`peer ${index} to answer and join after its restart`, async () => {
      if (!isRunning(peer.pid)) throw new Error(`peer ${index} (pid ${peer.pid}) exited after its restart; see ${peer.log}`)
      const s = await this.client(index).request<{ joined: boolean }>('GET', '/v1/status', undefined, options)
      return s.joined
    }, { timeoutMs: REJOIN_TIMEOUT_MS, everyMs: 200, signal: options.signal })
    return peer
  }
}
