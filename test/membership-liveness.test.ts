// Liveness across real daemon processes (issue 15): a peer stopped for 20 s (SIGSTOP) is dead in
// every other peer's view while stopped, and alive in all of them within 5 s of SIGCONT; a peer
// SIGKILLed is dead everywhere within 5 s.
//
// LIVENESS_BIN runs the peers from another build (to measure one).
import { expect } from 'chai'
import { performance } from 'node:perf_hooks'
import { ApiClient } from '../node/api/client.js'
import { signalQuietly } from '../testnet/processes.js'
import type { TestnetPeer } from '../testnet/state.js'
import { useTestnet } from './util/use-testnet.js'

interface PeerRow { id: string, state: string }

const STOP_MS = 20_000
const BACK_BOUND_MS = 5000
const POLL_MS = 100

async function stateOf (observer: TestnetPeer, subject: TestnetPeer): Promise<string | undefined> {
  try {
    const rows = await new ApiClient({ url: observer.api, token: observer.token }, 2000).request<PeerRow[]>('GET', '/v1/peers')
    return rows.find(r => r.id === subject.id)?.state
  } catch {
    return undefined
  }
}

/** Ms until every observer shows `subject` in `state`, or undefined after `boundMs`. */
async function until (observers: TestnetPeer[], subject: TestnetPeer, state: string, boundMs: number): Promise<number | undefined> {
  const started = performance.now()
  let pending = observers
  while (performance.now() - started < boundMs) {
    const states = await Promise.all(pending.map(async o => await stateOf(o, subject)))
    pending = pending.filter((_o, i) => states[i] !== state)
    if (pending.length === 0) return Math.round(performance.now() - started)
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
  return undefined
}

describe('liveness of real daemons', function () {
  this.timeout(240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-liveness-', peers: 4, providers: ['aws', 'gcp', 'azure'], ...(process.env.LIVENESS_BIN === undefined ? {} : { bin: process.env.LIVENESS_BIN }) })

  it('a peer stopped for 20 s is dead everywhere while stopped, and alive everywhere within 5 s of SIGCONT', async () => {
    const state = testnet.state
    const sleeper = state.peers[1] as TestnetPeer
    const others = state.peers.filter(p => p !== sleeper)
    signalQuietly(sleeper.pid, 'SIGSTOP')
    let deadAfterMs: number | undefined
    try {
      deadAfterMs = await until(others, sleeper, 'dead', STOP_MS)
      const rest = STOP_MS - (deadAfterMs ?? STOP_MS)
      if (rest > 0) await new Promise(resolve => setTimeout(resolve, rest))
    } finally {
      signalQuietly(sleeper.pid, 'SIGCONT')
    }
    const backAfterMs = await until(others, sleeper, 'alive', 30_000)
    process.stderr.write(`      liveness: ${JSON.stringify({ stoppedMs: STOP_MS, deadAfterMs, backAfterMs })}\n`)
    expect(deadAfterMs, 'dead everywhere while stopped').to.be.a('number')
    expect(backAfterMs, 'alive everywhere after SIGCONT').to.be.a('number').and.at.most(BACK_BOUND_MS)
  })

  it('a SIGKILLed peer is dead everywhere within 5 s', async () => {
    const state = testnet.state
    const victim = state.peers[3] as TestnetPeer
    signalQuietly(victim.pid, 'SIGKILL')
    const deadAfterMs = await until(state.peers.filter(p => p !== victim), victim, 'dead', 30_000)
    process.stderr.write(`      liveness: ${JSON.stringify({ killedDeadAfterMs: deadAfterMs })}\n`)
    expect(deadAfterMs).to.be.a('number').and.at.most(5000)
  })
})
