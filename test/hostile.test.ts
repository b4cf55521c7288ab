// A hostile non-member holding the swarm key against a 3-peer cloud for 60 s (issue 15): gossip
// floods (garbage, oversized, forged, control spam), streams on every protocol, connections from
// new peer ids. No member may ever be suspect in any member's view, no member's log may grow by
// more than 1,000 lines, and every member's API must answer within 1 s throughout.
//
// HOSTILE_BIN runs the peers from another build (to measure one), HOSTILE_ATTACK_MS
// shortens or lengthens the attack.
import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { ApiClient } from '../node/api/client.js'
import type { TestnetPeer } from '../testnet/state.js'
import { Flood } from './util/flood.js'
import { useTestnet } from './util/use-testnet.js'

interface PeerRow { id: string, state: string }

const ATTACK_MS = Number(process.env.HOSTILE_ATTACK_MS ?? 60_000)
const SAMPLE_MS = 250
const API_BOUND_MS = 1000
const MAX_LOG_LINES = 1000

function lines (file: string): number {
  return readFileSync(file, 'utf8').split('\n').filter(l => l !== '').length
}

describe('a hostile non-member holding the swarm key (real processes)', function () {
  this.timeout(ATTACK_MS + 240_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-hostile-', peers: 3, providers: ['aws', 'gcp', 'azure'], ...(process.env.HOSTILE_BIN === undefined ? {} : { bin: process.env.HOSTILE_BIN }) })

  it(`floods for ${ATTACK_MS / 1000} s: no member is ever suspect, logs grow by ≤ ${MAX_LOG_LINES} lines, the API answers within 1 s`, async () => {
    const state = testnet.state
    const before = state.peers.map(p => lines(p.log))
    // Straight at the daemons' own ports, not through the link layer's relays.
    const flood = new Flood(state.swarmKey, state.peers.map(p => `/ip4/127.0.0.1/tcp/${p.listenPort}/p2p/${p.id}`))
    const stop = new AbortController()
    const timer = setTimeout(() => { stop.abort() }, ATTACK_MS)
    const attack = flood.run(stop.signal)
    const ids = new Set(state.peers.map(p => p.id))
    const suspicions: string[] = []
    const slow: string[] = []
    let samples = 0
    let worstMs = 0
    const view = async (peer: TestnetPeer): Promise<void> => {
      const started = performance.now()
      try {
        const rows = await new ApiClient({ url: peer.api, token: peer.token }, API_BOUND_MS * 3).request<PeerRow[]>('GET', '/v1/peers')
        for (const r of rows) if (ids.has(r.id) && r.state !== 'alive') suspicions.push(`peer ${peer.index} saw ${r.id.slice(-6)} ${r.state}`)
      } catch (err) {
        slow.push(`peer ${peer.index}: ${(err as Error).message}`)
      }
      const ms = performance.now() - started
      worstMs = Math.max(worstMs, ms)
      if (ms > API_BOUND_MS) slow.push(`peer ${peer.index} answered in ${Math.round(ms)} ms`)
    }
    try {
      while (!stop.signal.aborted) {
        await Promise.all(state.peers.map(view))
        samples++
        await new Promise(resolve => setTimeout(resolve, SAMPLE_MS))
      }
    } finally {
      clearTimeout(timer)
      stop.abort()
    }
    const counts = await attack
    await Promise.all(state.peers.map(view))
    const growth = state.peers.map((p, i) => lines(p.log) - (before[i] ?? 0))
    process.stderr.write(`      hostile: ${JSON.stringify({ attackMs: ATTACK_MS, samples, worstApiMs: Math.round(worstMs), logGrowth: growth, suspicions: suspicions.length, slow: slow.length, ...counts })}\n`)
    expect(counts.streamsOpened, 'the flood ran').to.be.greaterThan(100)
    expect(suspicions, 'suspect or dead members').to.deep.equal([])
    expect(slow, 'API answers over 1 s').to.deep.equal([])
    for (const [i, g] of growth.entries()) expect(g, `peer ${i}'s log growth`).to.be.at.most(MAX_LOG_LINES)
  })
})
