// Membership at scale on one machine: local testnets of 16, 32 and 64 peers, each timed to
// convergence, then watched in steady state (CPU, RSS, false suspicions) and timed detecting a
// SIGKILLed peer.
//
//   node dist/scripts/bench-membership.js [--sizes 16,32,64] [--json]
//   node dist/scripts/bench-membership.js --sim [--sizes 16,...,1000] [--seed N] [--loss P] [--json]
//
// --sim runs the same membership code for up to thousands of peers in one process, in virtual time
// (scripts/bench-membership-sim.ts).
//
// Every peer is its own process on the same cores, so start-up cost and the protocol's own time
// are reported apart: the last daemon's API is up when its log says "peer started".
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ApiClient } from '../node/api/client.js'
import { emit, table } from '../node/cli/output.js'
import type { PeerView } from '../overlay/membership/index.js'
import { defaults } from '../node/config/resolve.js'
import { testnetDown, testnetUp } from '../testnet/launcher.js'
import { membershipTiming, PEERS_PER_CORE } from '../testnet/timing.js'
import { signalQuietly } from '../testnet/processes.js'
import type { TestnetPeer, TestnetState } from '../testnet/state.js'
import { clockTicksPerSecond, cpuTicks, rssMiB, sleep } from './lib/measure.js'
import { scriptArgs } from './lib/args.js'

const DEFAULT_SIZES = [16, 32, 64]
const PROVIDERS = ['aws', 'gcp', 'azure']
/**
 * On 2 cores the last of 64 daemons answered 49–97 s after the start, and 32 peers on a quiet
 * machine took 86 s to converge: 3 s a peer, and never under 2 minutes.
 */
const UP_TIMEOUT_MS_PER_PEER = 3000
const MIN_UP_TIMEOUT_MS = 120_000
const STEADY_WINDOW_MS = 15_000
const SAMPLE_EVERY_MS = 2000
/** Peers whose view is sampled in steady state, spread over the testnet. */
const SAMPLED_PEERS = 4
const DEAD_POLL_MS = 250
const DEAD_TIMEOUT_MS = 60_000
const REQUEST_TIMEOUT_MS = 2000
/**
 * The launcher frees the ports it picked before the daemons bind them, so another socket (the link
 * layer's own relays among them) can take one first: 6 of 14 starts of 32 or 64 peers hit it. Such
 * a start says nothing about membership and is started over.
 */
const PORT_COLLISION_ATTEMPTS = 3

interface SizeResult {
  peers: number
  /** Membership's heartbeat in this testnet: the default, or slower when the cores are oversubscribed (testnet/timing.ts). */
  heartbeatMs: number
  converged: boolean
  convergeMs: number | null
  lastApiUpMs: number | null
  membershipMs: number | null
  cpuPercentTotal: number | null
  cpuPercentPerPeer: number | null
  rssMiBPerPeer: number | null
  falseSuspicions: number | null
  deadDetectMs: number | null
  error?: string
}

type Progress = (message: string) => void

class BenchError extends Error {
  override name = 'BenchError'
}

/** A daemon could not bind the port the launcher picked for it: the launcher's race, not membership's. */
class PortCollisionError extends Error {
  override name = 'PortCollisionError'
}

const round1 = (x: number): number => Math.round(x * 10) / 10

async function viewOf (peer: TestnetPeer): Promise<PeerView[] | undefined> {
  try {
    return await new ApiClient({ url: peer.api, token: peer.token }, REQUEST_TIMEOUT_MS).request<PeerView[]>('GET', '/v1/peers')
  } catch {
    return undefined
  }
}

/** Epoch ms of the first "peer started" line in a pino log, when the daemon's API was listening. */
function startedAt (log: string): number | undefined {
  let text: string
  try {
    text = readFileSync(log, 'utf8')
  } catch {
    return undefined
  }
  const line = text.split('\n').find(l => l.includes('"msg":"peer started"'))
  return line === undefined ? undefined : (JSON.parse(line) as { time: number }).time
}

/** Ms from `since` until the last daemon's API was up, or undefined if some never came up. */
function lastApiUp (dir: string, peers: number, since: number): number | undefined {
  const times = Array.from({ length: peers }, (_, i) => startedAt(join(dir, 'logs', `peer-${i}.log`)))
  if (times.some(t => t === undefined)) return undefined
  return Math.max(...(times as number[])) - since
}

interface Steady { cpuPercentTotal: number, cpuPercentPerPeer: number, rssMiBPerPeer: number, falseSuspicions: number }

/** CPU and RSS of the daemons over the window, and every suspect/dead row a few peers show meanwhile. */
async function steadyState (state: TestnetState, progress: Progress): Promise<Steady> {
  const pids = state.peers.map(p => p.pid)
  const n = pids.length
  const sampled = Array.from({ length: Math.min(SAMPLED_PEERS, n) }, (_, i) => state.peers[Math.floor(i * n / Math.min(SAMPLED_PEERS, n))] as TestnetPeer)
  const ticks0 = pids.reduce((sum, pid) => sum + cpuTicks(pid), 0)
  const started = performance.now()
  let falseSuspicions = 0
  let unanswered = 0
  while (performance.now() - started < STEADY_WINDOW_MS) {
    const views = await Promise.all(sampled.map(viewOf))
    for (const [i, view] of views.entries()) {
      if (view === undefined) {
        unanswered++
        continue
      }
      const notAlive = view.filter(p => !p.self && (p.state === 'suspect' || p.state === 'dead'))
      if (notAlive.length > 0) progress(`peer ${sampled[i]?.index ?? '?'} sees ${notAlive.map(p => `${p.id.slice(-6)} ${p.state}`).join(', ')}`)
      falseSuspicions += notAlive.length
    }
    await sleep(SAMPLE_EVERY_MS)
  }
  const seconds = (performance.now() - started) / 1000
  const ticks1 = pids.reduce((sum, pid) => sum + cpuTicks(pid), 0)
  if (unanswered > 0) progress(`${unanswered} /v1/peers samples got no answer within ${REQUEST_TIMEOUT_MS} ms`)
  const cpuPercentTotal = (ticks1 - ticks0) / clockTicksPerSecond() / seconds * 100
  return {
    cpuPercentTotal: round1(cpuPercentTotal),
    cpuPercentPerPeer: round1(cpuPercentTotal / n),
    rssMiBPerPeer: round1(pids.reduce((sum, pid) => sum + rssMiB(pid), 0) / n),
    falseSuspicions
  }
}

/** SIGKILLs the last peer; ms until every other peer shows it dead. */
async function deadDetection (state: TestnetState, progress: Progress): Promise<number> {
  const victim = state.peers.at(-1) as TestnetPeer
  let pending = state.peers.filter(p => p !== victim)
  progress(`SIGKILL peer ${victim.index} (pid ${victim.pid}), waiting for ${pending.length} peers to see it dead`)
  const killedAt = performance.now()
  signalQuietly(victim.pid, 'SIGKILL')
  while (performance.now() - killedAt < DEAD_TIMEOUT_MS) {
    const views = await Promise.all(pending.map(viewOf))
    const seen = new Set(pending.filter((_, i) => views[i]?.find(p => p.id === victim.id)?.state === 'dead'))
    pending = pending.filter(p => !seen.has(p))
    if (pending.length === 0) return Math.round(performance.now() - killedAt)
    await sleep(DEAD_POLL_MS)
  }
  throw new BenchError(`peer ${victim.index} was not seen dead within ${DEAD_TIMEOUT_MS} ms by ${pending.length} peers: ${pending.slice(0, 8).map(p => p.index).join(', ')}`)
}

function notRun (peers: number): SizeResult {
  return {
    peers, heartbeatMs: membershipTiming(peers)?.config.heartbeatMs ?? defaults('').heartbeatMs, converged: false, convergeMs: null, lastApiUpMs: null, membershipMs: null, cpuPercentTotal: null, cpuPercentPerPeer: null, rssMiBPerPeer: null, falseSuspicions: null, deadDetectMs: null
  }
}

/** Starts a testnet of `n` peers in `dir` and measures it; throws PortCollisionError to be retried. */
async function benchSize (n: number, dir: string, progress: Progress): Promise<SizeResult> {
  const result = notRun(n)
  const timeoutMs = Math.max(MIN_UP_TIMEOUT_MS, n * UP_TIMEOUT_MS_PER_PEER)
  progress(`starting (convergence timeout ${timeoutMs / 1000} s) in ${dir}`)
  // Wall clock on both sides: the daemons' pino `time` is Date.now() in their processes.
  const since = Date.now()
  let state: TestnetState
  try {
    state = await testnetUp({ peers: n, providers: PROVIDERS, dir, timeoutMs, onProgress: progress })
  } catch (err) {
    if (err instanceof Error && err.message.includes('EADDRINUSE')) throw new PortCollisionError(err.message)
    result.lastApiUpMs = lastApiUp(dir, n, since) ?? null
    result.error = (err as Error).message
    return result
  }
  result.converged = true
  result.convergeMs = Date.now() - since
  result.lastApiUpMs = lastApiUp(dir, n, since) ?? null
  result.membershipMs = result.lastApiUpMs === null ? null : result.convergeMs - result.lastApiUpMs
  progress(`converged in ${result.convergeMs} ms; measuring steady state for ${STEADY_WINDOW_MS / 1000} s`)
  try {
    Object.assign(result, await steadyState(state, progress))
    result.deadDetectMs = await deadDetection(state, progress)
  } catch (err) {
    result.error = (err as Error).message
  }
  return result
}

function human (results: SizeResult[]): string {
  const ms = (x: number | null): string | null => x === null ? null : `${(x / 1000).toFixed(1)} s`
  const rows = results.map(r => ({
    peers: r.peers,
    heartbeat: `${r.heartbeatMs} ms`,
    converged: r.converged ? 'yes' : 'NO',
    converge: ms(r.convergeMs),
    'last API up': ms(r.lastApiUpMs),
    membership: ms(r.membershipMs),
    'CPU total': r.cpuPercentTotal === null ? null : `${r.cpuPercentTotal}%`,
    'CPU/peer': r.cpuPercentPerPeer === null ? null : `${r.cpuPercentPerPeer}%`,
    'RSS/peer': r.rssMiBPerPeer === null ? null : `${r.rssMiBPerPeer} MiB`,
    'false suspicions': r.falseSuspicions,
    'dead detect': ms(r.deadDetectMs)
  }))
  const columns = ['peers', 'heartbeat', 'converged', 'converge', 'last API up', 'membership', 'CPU total', 'CPU/peer', 'RSS/peer', 'false suspicions', 'dead detect']
  const errors = results.filter(r => r.error !== undefined).map(r => `${r.peers} peers: ${r.error ?? ''}`)
  return [
    table(rows, columns),
    '',
    'converge: testnetUp call to every peer seeing all alive; last API up: to the last daemon\'s "peer started";',
    `membership: the difference. CPU and RSS: daemons only, over ${STEADY_WINDOW_MS / 1000} s after convergence (100% = one core).`,
    `heartbeat: the testnet's; above ${PEERS_PER_CORE} daemons per core it slows the default's membership timing by the oversubscription.`,
    `false suspicions: suspect/dead rows seen by ${SAMPLED_PEERS} sampled peers every ${SAMPLE_EVERY_MS / 1000} s; dead detect: SIGKILL to all others showing it dead.`,
    ...(errors.length > 0 ? ['', ...errors] : [])
  ].join('\n')
}

function parseSizes (text: string): number[] {
  const sizes = text.split(',').map(s => s.trim()).filter(s => s !== '').map(Number)
  if (sizes.length === 0 || sizes.some(n => !Number.isInteger(n) || n < 2 || n > 250)) {
    throw new BenchError(`--sizes: expected a comma-separated list of whole numbers from 2 to 250, got ${text}`)
  }
  return sizes
}

async function main (): Promise<void> {
  const { values } = scriptArgs('npm run bench:membership [-- --sizes 16,32,64] [--json] | [-- --sim [--sizes N,..] [--seed S] [--loss 0.01]]', {
    options: { json: { type: 'boolean', default: false }, sizes: { type: 'string' }, sim: { type: 'boolean', default: false }, seed: { type: 'string' }, loss: { type: 'string' } }
  })
  if (values.sim) {
    const { SIM_SIZES, parseSimSizes, simMain } = await import('./bench-membership-sim.js')
    const seed = Number(values.seed ?? '1')
    const loss = Number(values.loss ?? '0')
    if (!Number.isInteger(seed)) throw new BenchError(`--seed: expected a whole number, got ${values.seed ?? ''}`)
    if (!(loss >= 0 && loss < 0.5)) throw new BenchError(`--loss: expected a probability below 0.5, got ${values.loss ?? ''}`)
    await simMain({ sizes: values.sizes === undefined ? SIM_SIZES : parseSimSizes(values.sizes), seed, loss, json: values.json })
    return
  }
  if (values.seed !== undefined || values.loss !== undefined) throw new BenchError('--seed and --loss are for --sim')
  const sizes = values.sizes === undefined ? DEFAULT_SIZES : parseSizes(values.sizes)
  // Detached daemons outlive this process: on Ctrl-C, bring the current testnet down first.
  let current: string | undefined
  process.once('SIGINT', () => {
    process.stderr.write('interrupted: stopping the testnet\n')
    const dir = current
    void (dir === undefined ? Promise.resolve() : testnetDown(dir).catch(() => {}).then(async () => { await rm(dir, { recursive: true, force: true }) }))
      .finally(() => process.exit(130))
  })
  const results: SizeResult[] = []
  for (const n of sizes) {
    const progress: Progress = message => { process.stderr.write(`[${n} peers] ${message}\n`) }
    let result: SizeResult | undefined
    for (let attempt = 1; result === undefined; attempt++) {
      const dir = await mkdtemp(join(tmpdir(), `supercloud-bench-${n}-`))
      current = dir
      try {
        result = await benchSize(n, dir, progress)
      } catch (err) {
        if (!(err instanceof PortCollisionError)) throw err
        if (attempt >= PORT_COLLISION_ATTEMPTS) result = { ...notRun(n), error: err.message }
        else progress(`a daemon's port was taken before it could bind it; starting over (attempt ${attempt + 1} of ${PORT_COLLISION_ATTEMPTS})`)
      } finally {
        await testnetDown(dir).catch((err: unknown) => { progress(`testnet down: ${(err as Error).message}`) })
        await rm(dir, { recursive: true, force: true })
        current = undefined
      }
    }
    if (result.error !== undefined) progress(`error: ${result.error}`)
    results.push(result)
  }
  emit({ json: values.json }, { sizes: results }, () => human(results))
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
