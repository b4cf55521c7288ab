// The simulation's measured run, for one cloud size: start every peer, time convergence, measure
// the steady state (messages and bytes per peer per second), crash a peer and time its detection
// everywhere, then pause another as SIGSTOP would for 20 s and time how long after it resumes every
// peer sees it alive again. False positives (suspect or dead verdicts on healthy peers) are counted
// throughout.
import { performance } from 'node:perf_hooks'
import { swimSettings, type SwimSettings } from '../constants.js'
import { SimCloud, seededRandom, type SimPeer } from './cloud.js'
import type { LinkModel } from './network.js'

export interface ScenarioOptions {
  peers: number
  seed: number
  link: LinkModel
  settings: SwimSettings
  targetPeers: number
  /** Virtual ms of steady state measured. */
  steadyMs: number
  /** Virtual ms a peer stays paused (SIGSTOP). */
  pauseMs: number
  /** Caps, virtual ms. */
  convergeCapMs: number
  detectCapMs: number
}

export interface ScenarioResult {
  peers: number
  seed: number
  convergeMs: number | null
  messagesPerPeerPerSec: number
  bytesPerPeerPerSec: number
  deadDetectMs: number | null
  /** After a 20 s pause: seen dead everywhere while paused, and alive everywhere this long after resuming. */
  pausedSeenDead: boolean
  aliveAfterResumeMs: number | null
  falseSuspicions: number
  falseDeaths: number
  connectionsPerPeer: number
  wallMs: number
  heapMiB: number
}

/** The daemon's defaults (heartbeatMs 1000, suspectAfterMs 2000, deadAfterMs 6000), a 2-core-machine-like testnet link. */
export function defaultScenario (peers: number, seed: number): ScenarioOptions {
  return {
    peers,
    seed,
    link: { delayMinMs: 1, delayMaxMs: 10, loss: 0, maxConnections: 32 },
    settings: swimSettings({ heartbeatMs: 1000, suspectAfterMs: 2000, deadAfterMs: 6000 }),
    targetPeers: 8,
    steadyMs: 30_000,
    pauseMs: 20_000,
    convergeCapMs: 600_000,
    detectCapMs: 60_000
  }
}

export async function runScenario (options: ScenarioOptions): Promise<ScenarioResult> {
  const wallStart = performance.now()
  const cloud = await SimCloud.create({
    peers: options.peers,
    seed: options.seed,
    link: options.link,
    settings: options.settings,
    targetPeers: options.targetPeers,
    // Joins arrive about as fast as a testnet starts daemons: 20 a second, at most a minute.
    startWindowMs: Math.min(60_000, options.peers * 50)
  })
  const pick = seededRandom(options.seed, 'scenario')
  try {
    const converged = await cloud.runUntil(() => cloud.elapsedMs > 0 && cloud.peers.every(p => p.up) && cloud.converged(), options.convergeCapMs, 250)
    const convergeMs = converged === undefined ? null : cloud.elapsedMs

    const before = cloud.network.traffic()
    await cloud.runFor(options.steadyMs)
    const after = cloud.network.traffic()
    const seconds = options.steadyMs / 1000
    const messagesPerPeerPerSec = (after.sent.messages - before.sent.messages) / options.peers / seconds
    const bytesPerPeerPerSec = (after.sent.bytes - before.sent.bytes) / options.peers / seconds
    const connectionsPerPeer = cloud.network.connectionCount() * 2 / options.peers

    const others = (except: SimPeer[]): SimPeer[] => cloud.peers.filter(p => !except.includes(p))
    const victim = cloud.peers[1 + Math.floor(pick() * (options.peers - 1))] as SimPeer
    cloud.crash(victim)
    const detected = await cloud.runUntil(() => cloud.seenAs(victim, 'dead') === others([victim]).filter(p => p.up).length, options.detectCapMs)

    const sleeper = others([victim])[1 + Math.floor(pick() * (options.peers - 2))] as SimPeer
    cloud.pause(sleeper)
    await cloud.runFor(options.pauseMs)
    const awake = others([victim, sleeper]).filter(p => p.up)
    const pausedSeenDead = cloud.seenAs(sleeper, 'dead') === awake.length
    cloud.resume(sleeper)
    const back = await cloud.runUntil(() => cloud.seenAs(sleeper, 'alive') === awake.length, options.detectCapMs)
    cloud.recovered(sleeper)

    return {
      peers: options.peers,
      seed: options.seed,
      convergeMs,
      messagesPerPeerPerSec: round(messagesPerPeerPerSec, 2),
      bytesPerPeerPerSec: Math.round(bytesPerPeerPerSec),
      deadDetectMs: detected ?? null,
      pausedSeenDead,
      aliveAfterResumeMs: back ?? null,
      falseSuspicions: cloud.falsePositives.suspect,
      falseDeaths: cloud.falsePositives.dead,
      connectionsPerPeer: round(connectionsPerPeer, 1),
      wallMs: Math.round(performance.now() - wallStart),
      heapMiB: Math.round(process.memoryUsage().heapUsed / (1 << 20))
    }
  } finally {
    cloud.stop()
  }
}

function round (x: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}
