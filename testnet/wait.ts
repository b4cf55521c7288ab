// Waiting for a testnet to converge (every peer sees all N alive), and its status as the peers see it.
import { readFileSync } from 'node:fs'
import { ApiClient } from '../node/api/client.js'
import { isRunning } from './processes.js'
import type { TestnetPeer, TestnetState } from './state.js'

export class ConvergenceError extends Error {
  override name = 'ConvergenceError'
}

interface PeerRow { id: string, state: string }

/**
 * How often convergence is polled: every peer's API answers each poll with its whole table, so the
 * poll itself loads the cores the peers share; it slows as the testnet grows (64 peers: every 1 s).
 */
export function pollEveryMs (peers: number): number {
  return Math.max(250, peers * 16)
}

async function aliveSeenBy (peer: TestnetPeer): Promise<Set<string> | undefined> {
  try {
    const rows = await new ApiClient({ url: peer.api, token: peer.token }, 2000).request<PeerRow[]>('GET', '/v1/peers')
    return new Set(rows.filter(r => r.state === 'alive').map(r => r.id))
  } catch {
    return undefined
  }
}

export async function waitForConvergence (state: TestnetState, options: { timeoutMs: number, signal?: AbortSignal }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs
  const ids = state.peers.map(p => p.id)
  let lagging: string[] = []
  while (Date.now() < deadline) {
    options.signal?.throwIfAborted()
    const dead = state.peers.filter(p => !isRunning(p.pid))
    if (dead.length > 0) {
      const p = dead[0] as TestnetPeer
      throw new ConvergenceError(`peer ${p.index} (pid ${p.pid}) exited; last log lines:\n${tail(p.log, 8)}`)
    }
    const views = await Promise.all(state.peers.map(aliveSeenBy))
    lagging = []
    views.forEach((view, i) => {
      const missing = view === undefined ? ['(API not up)'] : ids.filter(id => !view.has(id))
      if (missing.length > 0) lagging.push(`peer ${i} misses ${missing.length === 1 ? missing[0] as string : `${missing.length} peers`}`)
    })
    if (lagging.length === 0) return
    await new Promise(resolve => setTimeout(resolve, pollEveryMs(state.peers.length)))
  }
  throw new ConvergenceError(`the testnet did not converge within ${options.timeoutMs} ms: ${lagging.slice(0, 8).join('; ')}`)
}

export interface PeerStatus {
  index: number
  id: string
  pid: number
  running: boolean
  api: string
  provider: string
  region: string
  zone: string
  addrs: string[]
  /** How many peers this one sees alive, or null when its API does not answer. */
  sees: number | null
}

export async function testnetStatus (state: TestnetState): Promise<PeerStatus[]> {
  return await Promise.all(state.peers.map(async p => {
    const running = isRunning(p.pid)
    const view = running ? await aliveSeenBy(p) : undefined
    return {
      index: p.index, id: p.id, pid: p.pid, running, api: p.api, provider: p.provider, region: p.region, zone: p.zone, addrs: p.addrs,
      sees: view === undefined ? null : view.size
    }
  }))
}

function tail (file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}
