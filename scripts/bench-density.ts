// How many idle guests does a peer carry, and at what cost? One daemon; its CPU and RSS idle, then
// with BENCH_VMS (64) idle tiny guests of 16 MiB created through the API a few at a time.
//
//   node dist/scripts/bench-density.js [--json]      env: BENCH_VMS (64), BENCH_JSON=1
//
// CPU is the daemon process with its VM worker threads (100% = one core); the machine is shared
// with this process and anything else running, so CPU figures are an upper bound.
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { ApiClient } from '../node/api/client.js'
import { emit, table } from '../node/cli/output.js'
import { testnetUp } from '../testnet/launcher.js'
import type { TestnetPeer } from '../testnet/state.js'
import { withBenchTestnet, type BenchRun } from './lib/bench-testnet.js'
import { clockTicksPerSecond, cpuTicks, percentiles, rssMiB, sleep } from './lib/measure.js'
import { scriptArgs } from './lib/args.js'

const IDLE_VM = { image: 'tiny', memoryBytes: 16 << 20 }
/** Creates in flight at once: enough to overlap the API round trips, few enough to time each. */
const CONCURRENCY = 4
const BASELINE_WINDOW_MS = 5000
const SETTLE_MS = 3000
const LOADED_WINDOW_MS = 10_000
const REQUEST_TIMEOUT_MS = 30_000
const CREATE_TIMEOUT_MS = 60_000
const CLOCK_TICKS = clockTicksPerSecond()

interface VmJson { id: string, phase: string, guest?: { counter: number } }
interface Usage { cpuPercent: number, mainThreadCpuPercent: number, rssMiB: number }
interface Result {
  vms: number
  loadAverage: number[]
  baseline: Usage
  loaded: Usage
  cpuPercentPerVm: number
  rssMiBPerVm: number
  createMs: { p50: number, p99: number, max: number, totalMs: number }
  countersAdvanced: number
}

/** One API call; a non-2xx answer throws an ApiError quoting the daemon's error. */
async function call<T> (peer: TestnetPeer, method: string, path: string, body?: unknown, timeoutMs = REQUEST_TIMEOUT_MS): Promise<T> {
  return await new ApiClient({ url: peer.api, token: peer.token }).request<T>(method, path, body, { signal: AbortSignal.timeout(timeoutMs) })
}

class BenchError extends Error {
  override name = 'BenchError'
}

const round1 = (x: number): number => Math.round(x * 10) / 10
const round2 = (x: number): number => Math.round(x * 100) / 100

async function usageOver (pid: number, windowMs: number): Promise<Usage> {
  const ticks0 = cpuTicks(pid)
  const main0 = cpuTicks(pid, true)
  const started = performance.now()
  await sleep(windowMs)
  const seconds = (performance.now() - started) / 1000
  const percent = (ticks: number): number => round1(ticks / CLOCK_TICKS / seconds * 100)
  return { cpuPercent: percent(cpuTicks(pid) - ticks0), mainThreadCpuPercent: percent(cpuTicks(pid, true) - main0), rssMiB: round1(rssMiB(pid)) }
}

/** Creates `count` VMs, `CONCURRENCY` in flight; pushes each id to `created` as it comes back. */
async function createAll (peer: TestnetPeer, count: number, created: string[], track: (id: string) => void): Promise<number[]> {
  const times: number[] = []
  let next = 0
  let failed = false
  const lane = async (): Promise<void> => {
    while (next < count && !failed) {
      next++
      const t = performance.now()
      try {
        const id = (await call<VmJson>(peer, 'POST', '/v1/vms', IDLE_VM, CREATE_TIMEOUT_MS)).id
        created.push(id)
        track(id)
      } catch (err) {
        failed = true // the other lanes stop too: nothing is created behind the teardown's back
        throw err
      }
      times.push(performance.now() - t)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, count) }, lane))
  return times
}

/** Every created VM must be listed as running with guest state; returns the counters by id. */
async function runningCounters (peer: TestnetPeer, created: string[]): Promise<Map<string, number>> {
  const listed = new Map((await call<VmJson[]>(peer, 'GET', '/v1/vms')).map(vm => [vm.id, vm]))
  const bad = created.map(id => listed.get(id) ?? { id, phase: 'missing from GET /v1/vms' }).filter(vm => vm.phase !== 'running' || vm.guest === undefined)
  if (bad.length > 0) throw new BenchError(`${bad.length} of ${created.length} VMs are not running with guest state, e.g. ${JSON.stringify(bad.slice(0, 3))}`)
  return new Map(created.map(id => [id, listed.get(id)?.guest?.counter ?? 0]))
}

async function bench ({ dir, created: tracked, progress }: BenchRun, vms: number): Promise<Result> {
  const state = await testnetUp({ peers: 1, providers: ['aws'], dir, timeoutMs: 60_000, onProgress: progress })
  const created: string[] = []
  const peer = state.peers[0] as TestnetPeer
  progress(`daemon up (pid ${peer.pid}); idle baseline over ${BASELINE_WINDOW_MS / 1000} s`)
  const baseline = await usageOver(peer.pid, BASELINE_WINDOW_MS)
  progress(`creating ${vms} VMs of 16 MiB, ${CONCURRENCY} at a time`)
  const started = performance.now()
  const times = (await createAll(peer, vms, created, id => tracked.push({ peer: 0, id }))).sort((a, b) => a - b)
  const totalMs = Math.round(performance.now() - started)
  await sleep(SETTLE_MS)
  const before = await runningCounters(peer, created)
  progress(`all ${vms} running; measuring over ${LOADED_WINDOW_MS / 1000} s`)
  const loaded = await usageOver(peer.pid, LOADED_WINDOW_MS)
  const after = await runningCounters(peer, created)
  const stuck = created.filter(id => (after.get(id) ?? 0) <= (before.get(id) ?? 0))
  if (stuck.length > 0) throw new BenchError(`${stuck.length} of ${vms} guest counters did not advance over ${LOADED_WINDOW_MS / 1000} s: ${stuck.slice(0, 5).join(', ')}`)
  return {
    vms,
    loadAverage: loadavg().map(round2),
    baseline,
    loaded,
    cpuPercentPerVm: round2(loaded.cpuPercent / vms),
    rssMiBPerVm: round2((loaded.rssMiB - baseline.rssMiB) / vms),
    createMs: { ...percentiles(times), totalMs },
    countersAdvanced: vms - stuck.length
  }
}

function human (r: Result): string {
  const rows = [
    { metric: 'VMs (tiny, 16 MiB, idle)', value: r.vms },
    { metric: 'daemon CPU idle, no VMs (% of one core)', value: `${r.baseline.cpuPercent}% (main thread ${r.baseline.mainThreadCpuPercent}%)` },
    { metric: 'daemon CPU with VMs (% of one core)', value: `${r.loaded.cpuPercent}% (main thread ${r.loaded.mainThreadCpuPercent}%)` },
    { metric: 'CPU per VM', value: `${r.cpuPercentPerVm}%` },
    { metric: 'RSS idle, no VMs', value: `${r.baseline.rssMiB} MiB` },
    { metric: 'RSS with VMs', value: `${r.loaded.rssMiB} MiB` },
    { metric: 'RSS per VM ((with - idle) / VMs)', value: `${r.rssMiBPerVm} MiB` },
    { metric: `create latency p50 / p99 / max (${CONCURRENCY} in flight)`, value: `${r.createMs.p50} / ${r.createMs.p99} / ${r.createMs.max} ms` },
    { metric: 'create, all VMs', value: `${(r.createMs.totalMs / 1000).toFixed(1)} s` },
    { metric: 'guest counters advanced', value: `${r.countersAdvanced} of ${r.vms}` }
  ]
  return [
    table(rows, ['metric', 'value']),
    '',
    `CPU over ${BASELINE_WINDOW_MS / 1000} s idle and ${LOADED_WINDOW_MS / 1000} s from ${SETTLE_MS / 1000} s after the last create; ` +
      `machine load average at the end ${r.loadAverage.join(' ')}.`
  ].join('\n')
}

async function main (): Promise<void> {
  const { values } = scriptArgs('npm run bench:density [-- --json]   (env BENCH_VMS=64; BENCH_JSON=1)', { options: { json: { type: 'boolean', default: false } } })
  const json = values.json || process.env.BENCH_JSON === '1'
  const vms = Number(process.env.BENCH_VMS ?? 64)
  if (!Number.isInteger(vms) || vms < 1) throw new BenchError(`BENCH_VMS: expected a positive whole number, got ${process.env.BENCH_VMS ?? ''}`)
  const result = await withBenchTestnet('density', async run => await bench(run, vms))
  emit({ json }, result, () => human(result))
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
