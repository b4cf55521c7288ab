// `npm run bench:membership -- --sim`: the daemon's membership code (SwimNode, the connection
// keeper, signed descriptors, member lists) for 16 to 1,000 peers in one process, over a simulated
// network in virtual time. The seed replays a run exactly.
//
//   node dist/scripts/bench-membership.js --sim [--sizes 16,64,256,1000] [--seed 1] [--loss 0.01] [--json]
import { emit, table } from '../node/cli/output.js'
import { defaultScenario, runScenario, type ScenarioResult } from '../overlay/membership/sim/scenario.js'

export const SIM_SIZES = [16, 32, 64, 128, 256, 512, 1000]

export class SimBenchError extends Error {
  override name = 'SimBenchError'
}

export interface SimBenchOptions {
  sizes: number[]
  seed: number
  loss: number
  json: boolean
}

export function parseSimSizes (text: string): number[] {
  const sizes = text.split(',').map(s => s.trim()).filter(s => s !== '').map(Number)
  if (sizes.length === 0 || sizes.some(n => !Number.isInteger(n) || n < 3 || n > 5000)) {
    throw new SimBenchError(`--sizes: expected a comma-separated list of whole numbers from 3 to 5000, got ${text}`)
  }
  return sizes
}

export async function simBench (options: SimBenchOptions, progress: (message: string) => void): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = []
  for (const n of options.sizes) {
    const scenario = defaultScenario(n, options.seed)
    scenario.link.loss = options.loss
    progress(`[sim ${n} peers] seed ${options.seed}, loss ${options.loss}`)
    const result = await runScenario(scenario)
    progress(`[sim ${n} peers] ${JSON.stringify(result)}`)
    results.push(result)
  }
  return results
}

export function simTable (results: ScenarioResult[], loss: number): string {
  const s = (ms: number | null): string => ms === null ? 'NO' : `${(ms / 1000).toFixed(1)} s`
  const base = results[0]?.messagesPerPeerPerSec ?? 0
  const rows = results.map(r => ({
    peers: r.peers,
    converge: s(r.convergeMs),
    'dead detect': s(r.deadDetectMs),
    'back after SIGCONT': `${r.pausedSeenDead ? '' : '(not dead while stopped) '}${s(r.aliveAfterResumeMs)}`,
    'false suspect/dead': `${r.falseSuspicions}/${r.falseDeaths}`,
    'msgs/peer/s': r.messagesPerPeerPerSec,
    [`× ${results[0]?.peers ?? ''}`]: base > 0 ? (r.messagesPerPeerPerSec / base).toFixed(2) : '-',
    'bytes/peer/s': r.bytesPerPeerPerSec,
    'conns/peer': r.connectionsPerPeer,
    wall: `${(r.wallMs / 1000).toFixed(1)} s`
  }))
  return [
    table(rows, Object.keys(rows[0] ?? {})),
    '',
    `Virtual time; one-way delay 1-10 ms, loss ${loss}, at most 32 connections a peer, 8 kept. converge: until every peer sees`,
    'all alive (joins spread over n × 50 ms, at most 60 s); msgs and bytes sent per peer per second over 30 s of steady state;',
    'dead detect: a crashed peer dead at every other; back after SIGCONT: a peer paused 20 s, alive again everywhere;',
    'false suspect/dead: verdicts on healthy peers over the whole run.'
  ].join('\n')
}

export async function simMain (options: SimBenchOptions): Promise<void> {
  const results = await simBench(options, message => { process.stderr.write(`${message}\n`) })
  emit({ json: options.json }, { seed: options.seed, loss: options.loss, sizes: results }, () => simTable(results, options.loss))
}
