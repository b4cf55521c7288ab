// Does a busy guest slow the peer's control plane? A 2-peer testnet; peer 0's API latency
// (`GET /v1/status`) and libp2p ping to peer 1 are measured idle, then again with busy tiny guests
// spinning in peer 0's VM workers (nice 10), in the same run.
//
//   node dist/scripts/bench-isolation.js [--json]      env: BENCH_SAMPLES (400), BENCH_GUESTS (4), BENCH_JSON=1
//
// Requests are sequential from this process, which shares the cores with both daemons, the link
// layer and the guests: the ping goes 0 → link relay → 1 and back, so its RTT includes that hop.
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { ApiClient } from '../node/api/client.js'
import { emit, table } from '../node/cli/output.js'
import { testnetUp } from '../testnet/launcher.js'
import type { TestnetPeer } from '../testnet/state.js'
import { withBenchTestnet, type BenchRun } from './lib/bench-testnet.js'
import { clockTicksPerSecond, cpuTicks, percentiles, sleep, type Percentiles } from './lib/measure.js'
import { scriptArgs } from './lib/args.js'

/** The aim for the VM engine: the control plane stays responsive while guests burn CPU. */
const AIM_API_P99_MS = 20
const BUSY_VM = { image: 'tiny', memoryBytes: 32 << 20, tiny: { busy: true } }
/** Untimed requests first, so that JIT warm-up and the first connection are not in the baseline. */
const WARMUP = 20
const SETTLE_MS = 2000
const REQUEST_TIMEOUT_MS = 10_000
const CREATE_TIMEOUT_MS = 60_000
const CLOCK_TICKS = clockTicksPerSecond()

interface Phase {
  apiMs: Percentiles
  pingHttpMs: Percentiles
  pingRttMs: Percentiles
  /** Peer 0's process, VM worker threads included; 100 = one core. */
  daemonCpuPercent: number
  /** Its main thread alone: the API, libp2p and the VM service, which busy guests must not starve. */
  mainThreadCpuPercent: number
}
interface VmJson { id: string, phase: string, guest?: { counter: number } }
interface Result {
  samples: number
  guests: number
  baseline: Phase
  loaded: Phase
  counters: Array<{ id: string, before: number, after: number }>
  /** The machine's, at the end: the cores are shared with whatever else runs. */
  loadAverage: number[]
  aim: { apiP99Ms: number, pass: boolean }
}

/** One API call; a non-2xx answer throws an ApiError quoting the daemon's error. */
async function call<T> (peer: TestnetPeer, method: string, path: string, body?: unknown, timeoutMs = REQUEST_TIMEOUT_MS): Promise<T> {
  return await new ApiClient({ url: peer.api, token: peer.token }).request<T>(method, path, body, { signal: AbortSignal.timeout(timeoutMs) })
}

class BenchError extends Error {
  override name = 'BenchError'
}

const round2 = (x: number): number => Math.round(x * 100) / 100

/** `samples` sequential status requests, then as many pings, with peer 0's CPU over the whole window. */
async function measure (from: TestnetPeer, to: TestnetPeer, samples: number): Promise<Phase> {
  const ping = `/v1/peers/${to.id}/ping?count=1`
  for (let i = 0; i < WARMUP; i++) await call(from, 'GET', i % 2 === 0 ? '/v1/status' : ping)
  const ticks0 = cpuTicks(from.pid)
  const mainTicks0 = cpuTicks(from.pid, true)
  const started = performance.now()
  const api: number[] = []
  for (let i = 0; i < samples; i++) {
    const t = performance.now()
    await call(from, 'GET', '/v1/status')
    api.push(performance.now() - t)
  }
  const http: number[] = []
  const rtt: number[] = []
  for (let i = 0; i < samples; i++) {
    const t = performance.now()
    const answer = await call<{ rttMs: number[] }>(from, 'GET', ping)
    http.push(performance.now() - t)
    rtt.push(...answer.rttMs)
  }
  const seconds = (performance.now() - started) / 1000
  const percent = (ticks: number): number => Math.round(ticks / CLOCK_TICKS / seconds * 100)
  return {
    apiMs: percentiles(api),
    pingHttpMs: percentiles(http),
    pingRttMs: percentiles(rtt),
    daemonCpuPercent: percent(cpuTicks(from.pid) - ticks0),
    mainThreadCpuPercent: percent(cpuTicks(from.pid, true) - mainTicks0)
  }
}

async function counterOf (peer: TestnetPeer, id: string): Promise<number> {
  const vm = await call<VmJson>(peer, 'GET', `/v1/vms/${id}`)
  if (vm.phase !== 'running' || vm.guest === undefined) throw new BenchError(`VM ${id} is ${vm.phase}${vm.guest === undefined ? ' with no guest state' : ''}: ${JSON.stringify(vm)}`)
  return vm.guest.counter
}

async function bench ({ dir, created: tracked, progress }: BenchRun, samples: number, guests: number): Promise<Result> {
  const created: string[] = []
  const state = await testnetUp({ peers: 2, providers: ['aws'], dir, timeoutMs: 120_000, onProgress: progress })
  const [host, other] = state.peers as [TestnetPeer, TestnetPeer]
  progress(`testnet up: peer 0 pid ${host.pid}; baseline, ${samples} samples each`)
  const baseline = await measure(host, other, samples)
  progress(`baseline API p99 ${baseline.apiMs.p99} ms; creating ${guests} busy guests`)
  for (let i = 0; i < guests; i++) {
    const id = (await call<VmJson>(host, 'POST', '/v1/vms', BUSY_VM, CREATE_TIMEOUT_MS)).id
    created.push(id)
    tracked.push({ peer: 0, id })
  }
  await sleep(SETTLE_MS)
  const before = await Promise.all(created.map(async id => await counterOf(host, id)))
  progress('measuring under load')
  const loaded = await measure(host, other, samples)
  const after = await Promise.all(created.map(async id => await counterOf(host, id)))
  const counters = created.map((id, i) => ({ id, before: before[i] ?? 0, after: after[i] ?? 0 }))
  const stuck = counters.filter(c => c.after <= c.before)
  if (stuck.length > 0) throw new BenchError(`guest counters did not advance under load: ${JSON.stringify(stuck)}`)
  return { samples, guests, baseline, loaded, counters, loadAverage: loadavg().map(round2), aim: { apiP99Ms: AIM_API_P99_MS, pass: loaded.apiMs.p99 < AIM_API_P99_MS } }
}

function human (r: Result): string {
  const row = (metric: string, b: Percentiles, l: Percentiles): Record<string, unknown> => ({
    metric,
    'baseline p50': b.p50,
    'baseline p99': b.p99,
    'baseline max': b.max,
    'loaded p50': l.p50,
    'loaded p99': l.p99,
    'loaded max': l.max,
    'p99 loaded/baseline': (l.p99 / b.p99).toFixed(2)
  })
  const rows = [
    row('API GET /v1/status (ms)', r.baseline.apiMs, r.loaded.apiMs),
    row('ping, HTTP round trip (ms)', r.baseline.pingHttpMs, r.loaded.pingHttpMs),
    row('ping, libp2p rttMs (ms)', r.baseline.pingRttMs, r.loaded.pingRttMs)
  ]
  return [
    `${r.samples} sequential requests of each kind to peer 0; loaded = ${r.guests} busy tiny guests of 32 MiB on peer 0`,
    '',
    table(rows, Object.keys(rows[0] ?? {})),
    '',
    `peer 0 CPU over each phase (100% = one core): baseline ${r.baseline.daemonCpuPercent}% (main thread ${r.baseline.mainThreadCpuPercent}%), ` +
      `loaded ${r.loaded.daemonCpuPercent}% (main thread ${r.loaded.mainThreadCpuPercent}%)`,
    `machine load average at the end: ${r.loadAverage.join(' ')}`,
    `guest counters over the loaded phase (ms of guest time): ${r.counters.map(c => `${c.id} +${c.after - c.before}`).join(', ')}`,
    `aim: API p99 under ${AIM_API_P99_MS} ms with ${r.guests} busy guests: ${r.aim.pass ? 'PASS' : 'FAIL'} (${r.loaded.apiMs.p99} ms)`
  ].join('\n')
}

function positiveInt (name: string, fallback: number): number {
  const text = process.env[name]
  const n = text === undefined ? fallback : Number(text)
  if (!Number.isInteger(n) || n < 1) throw new BenchError(`${name}: expected a positive whole number, got ${text ?? ''}`)
  return n
}

async function main (): Promise<void> {
  const { values } = scriptArgs('npm run bench:isolation [-- --json]   (env BENCH_SAMPLES=400, BENCH_GUESTS=4; BENCH_JSON=1)', { options: { json: { type: 'boolean', default: false } } })
  const json = values.json || process.env.BENCH_JSON === '1'
  const samples = positiveInt('BENCH_SAMPLES', 400)
  const guests = positiveInt('BENCH_GUESTS', 4)
  const result = await withBenchTestnet('isolation', async run => await bench(run, samples, guests))
  emit({ json }, result, () => human(result))
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
