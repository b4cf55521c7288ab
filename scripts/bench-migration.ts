// Live migration, pre-copy against stop-and-copy, in one run on a 3-peer testnet (three providers, no
// added delay): a 64 MiB tiny guest that filled its RAM with non-zero data at boot and dirties
// 1280 pages/s (~5 MB/s) spread over all of it migrates back and forth, BENCH_REPS times per mode.
// For each migration:
//   - downtime as the daemons measure it (source pause → destination running), with its breakdown;
//   - downtime as the guest saw it: the longest wall-clock time its millisecond counter (read from
//     guest memory by both peers, each every 5 ms) stood still;
//   - the ping blackout: the longest gap between replies to a third peer's host port pinging the VM
//     every 5 ms;
//   - total time and bytes sent, and total time ÷ the time raw TCP on loopback (measured in the same
//     run, between two processes) needs for one copy of the guest's memory.
//
//   node dist/scripts/bench-migration.js [--json]      env: BENCH_REPS (7)
import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { once } from 'node:events'
import { parseArgs } from 'node:util'
import { ApiClient } from '../node/cli/client.js'
import { emit, table } from '../node/cli/output.js'
import { follow } from '../node/cli/migrate.js'
import type { PingResult } from '../overlay/switch/host-port.js'
import type { VmView } from '../node/vms/view.js'
import type { MigrationView } from '../node/vms/migrations.js'
import { breakdownFrom, type DowntimeBreakdown, type MigrationMode } from '../overlay/migration/types.js'
import { testnetUp } from '../testnet/launcher.js'
import type { TestnetPeer } from '../testnet/state.js'
import { sleep } from './lib/measure.js'
import { withBenchTestnet } from './lib/bench-testnet.js'

const MiB = 1 << 20
const VM_MEMORY = 64 * MiB
const DIRTY_PAGES_PER_SEC = 1280
const PING_INTERVAL_MS = 5
/**
 * How often each peer is asked for the guest's counter. Not back to back: a closed loop of API reads
 * kept both daemons' main threads busy through the switchover it measures.
 */
const COUNTER_PERIOD_MS = 5
/** Pings run around each migration (it starts after the first 300 ms of them): 3× the last one's time, within these. */
const PING_WINDOW_MS = { min: 6000, max: 60_000 }
const TCP_BYTES = 256 * MiB

interface Stats { median: number, min: number, max: number, samples: number[] }
interface Run { downtimeMs: number, guestDowntimeMs: number, samplePeriodMs: number, blackoutMs: number | null, totalMs: number, bytes: number, rounds: number, breakdown?: DowntimeBreakdown }

const client = (p: TestnetPeer): ApiClient => new ApiClient({ url: p.api, token: p.token }, 300_000)
const round2 = (x: number): number => Math.round(x * 100) / 100

function stats (values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length === 0 ? NaN : sorted.length % 2 === 1 ? sorted[mid] ?? NaN : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return { median: round2(median), min: round2(sorted[0] ?? NaN), max: round2(sorted.at(-1) ?? NaN), samples: values.map(round2) }
}

/** MB/s of one TCP connection on loopback between this process and a child that discards what it reads. */
async function rawTcpMBps (): Promise<number> {
  const sink = spawn(process.execPath, ['-e', `
    const s = require('node:net').createServer(c => { let n = 0; c.on('data', d => { n += d.length }); c.on('end', () => c.end(String(n))) })
    s.listen(0, '127.0.0.1', () => process.stdout.write(s.address().port + '\\n'))`], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const [line] = await once(sink.stdout, 'data') as [Buffer]
    const port = Number(line.toString().trim())
    const chunk = Buffer.alloc(64 << 10, 0xa5)
    const runs: number[] = []
    for (let r = 0; r < 3; r++) {
      const socket = connect(port, '127.0.0.1')
      await once(socket, 'connect')
      const t0 = performance.now()
      for (let sent = 0; sent < TCP_BYTES; sent += chunk.byteLength) {
        if (!socket.write(chunk)) await once(socket, 'drain')
      }
      socket.end()
      const [answer] = await once(socket, 'data') as [Buffer]
      if (Number(answer.toString()) !== TCP_BYTES) throw new Error(`the TCP sink got ${answer.toString()} bytes of ${TCP_BYTES}`)
      runs.push(TCP_BYTES / 1e6 / ((performance.now() - t0) / 1000))
      socket.destroy()
    }
    return stats(runs).median
  } finally {
    sink.kill()
  }
}

/**
 * Samples the guest's counter (read from guest memory by whichever peer holds the VM) on both
 * peers, each every COUNTER_PERIOD_MS, until `stop` aborts: wall time (the read's midpoint) and counter.
 */
async function sampleCounter (peers: readonly TestnetPeer[], vmId: string, stop: AbortSignal): Promise<Array<{ t: number, counter: number }>> {
  const samples: Array<{ t: number, counter: number }> = []
  await Promise.all(peers.map(async peer => {
    while (!stop.aborted) {
      const t0 = performance.now()
      const here = await client(peer).request<VmView[]>('GET', '/v1/vms?here=true').catch(() => [])
      const t1 = performance.now()
      const counter = here.find(v => v.id === vmId)?.guest?.counter
      if (counter !== undefined) samples.push({ t: (t0 + t1) / 2, counter })
      await sleep(Math.max(0, t0 + COUNTER_PERIOD_MS - performance.now()))
    }
  }))
  return samples.sort((a, b) => a.t - b.t)
}

/**
 * The longest wall-clock time the guest's counter stood still: from the first sample showing a
 * value to the first showing a higher one (whichever peer read it). Accurate to the sampling period.
 */
function longestStall (samples: ReadonlyArray<{ t: number, counter: number }>): { stallMs: number, periodMs: number } {
  let max = -Infinity
  let since = samples[0]?.t ?? 0
  let stall = 0
  for (const s of samples) {
    if (s.counter <= max) continue
    if (max !== -Infinity) stall = Math.max(stall, s.t - since)
    max = s.counter
    since = s.t
  }
  const span = (samples.at(-1)?.t ?? 0) - (samples[0]?.t ?? 0)
  return { stallMs: stall, periodMs: samples.length > 1 ? span / (samples.length - 1) : NaN }
}

async function migrateOnce (from: TestnetPeer, to: TestnetPeer, pinger: TestnetPeer, vm: VmView, mode: MigrationMode, windowMs: number): Promise<Run> {
  const stopSampling = new AbortController()
  const sampling = sampleCounter([from, to], vm.id, stopSampling.signal)
  const pingStart = performance.now()
  const pinging = client(pinger).request<PingResult>('POST', '/v1/nets/bench/ping', { ip: vm.net?.ip, count: Math.ceil(windowMs / PING_INTERVAL_MS), intervalMs: PING_INTERVAL_MS, timeoutMs: 1000 })
  await sleep(300)
  const started = await client(from).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: to.id, mode })
  const m = await follow(client(from), started, { tty: false, signal: new AbortController().signal })
  const endedAt = performance.now()
  await sleep(300)
  stopSampling.abort()
  const guest = longestStall(await sampling)
  if (m.phase !== 'committed') throw new Error(`a ${mode} migration ended ${m.phase}: ${m.reason ?? ''}`)
  const pinged = await pinging
  // A blackout is only seen whole if the pings outlasted the migration.
  const covered = endedAt - pingStart < windowMs - 300
  return {
    downtimeMs: m.downtimeMs ?? NaN,
    guestDowntimeMs: guest.stallMs,
    samplePeriodMs: guest.periodMs,
    blackoutMs: covered ? pinged.longestGapMs : null,
    totalMs: m.totalMs ?? NaN,
    bytes: m.bytes,
    rounds: m.rounds,
    ...(m.downtimeBreakdownMs === undefined ? {} : { breakdown: m.downtimeBreakdownMs })
  }
}

function summarise (runs: Run[], wireMs: number): Record<string, unknown> {
  const breakdowns = runs.map(r => r.breakdown).filter(b => b !== undefined)
  const parts = breakdowns.length === 0 ? {} : breakdownFrom(part => stats(breakdowns.map(b => b[part])).median)
  const blackouts = runs.map(r => r.blackoutMs).filter((b): b is number => b !== null)
  const totals = stats(runs.map(r => r.totalMs))
  return {
    downtimeMs: stats(runs.map(r => r.downtimeMs)),
    guestDowntimeMs: stats(runs.map(r => r.guestDowntimeMs)),
    counterSamplePeriodMs: stats(runs.map(r => r.samplePeriodMs)).median,
    blackoutMs: stats(blackouts),
    totalMs: totals,
    bytes: stats(runs.map(r => r.bytes)).median,
    rounds: stats(runs.map(r => r.rounds)).median,
    totalVsWire: round2(totals.median / wireMs),
    downtimeBreakdownMs: parts
  }
}

async function main (): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } })
  const json = values.json || process.env.BENCH_JSON === '1'
  const reps = Number(process.env.BENCH_REPS ?? 7)
  const result = await withBenchTestnet('migration', async ({ dir, created, progress }) => {
    progress('raw TCP throughput on loopback')
    const tcp = await rawTcpMBps()
    // The VM moves between peers 0 and 1; peer 2's host port pings it, on neither side of the move.
    const state = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir, onProgress: progress })
    const [a, b, pinger] = state.peers as [TestnetPeer, TestnetPeer, TestnetPeer]
    const peers = [a, b] as const
    await client(peers[0]).request('POST', '/v1/nets', { name: 'bench', cidr: '10.98.0.0/24' })
    const vm = await client(peers[0]).request<VmView>('POST', '/v1/vms', {
      image: 'tiny', name: 'bench-mig', net: 'bench', on: peers[0].id, memoryBytes: VM_MEMORY, tiny: { fillRam: true, dirtyPagesPerSec: DIRTY_PAGES_PER_SEC }
    })
    created.push({ peer: 0, id: vm.id })
    // The host port gets its address on its first ping; the guest's code is compiled by then.
    await client(pinger).request<PingResult>('POST', '/v1/nets/bench/ping', { ip: vm.net?.ip, count: 50, intervalMs: 5, timeoutMs: 2000 })
    let at = 0
    let windowMs = PING_WINDOW_MS.min
    const runs: Record<MigrationMode, Run[]> = { precopy: [], stopcopy: [] }
    // One untimed round trip first (the destination's first machine of a kind pays for warm-up), then
    // the modes alternate, and their order too, so that drift on this noisy machine and the direction
    // of the move touch both alike.
    for (let rep = -1; rep < reps; rep++) {
      for (const mode of rep % 2 === 0 ? ['precopy', 'stopcopy'] as const : ['stopcopy', 'precopy'] as const) {
        const [from, to] = at === 0 ? peers : [peers[1], peers[0]]
        const run = await migrateOnce(from, to, pinger, vm, mode, windowMs)
        windowMs = Math.min(PING_WINDOW_MS.max, Math.max(PING_WINDOW_MS.min, 3 * run.totalMs + 2000))
        at = 1 - at
        created[0] = { peer: at, id: vm.id }
        if (rep < 0) continue
        runs[mode].push(run)
        progress(`${mode} ${rep + 1}/${reps}: downtime ${round2(run.downtimeMs)} ms (guest ${round2(run.guestDowntimeMs)} ms, ping gap ${run.blackoutMs ?? '-'} ms), total ${round2(run.totalMs)} ms, ${(run.bytes / 1e6).toFixed(1)} MB in ${run.rounds} rounds`)
      }
    }
    // One copy of the guest's memory at the speed of raw TCP.
    const wireMs = VM_MEMORY / 1e6 / tcp * 1000
    const precopy = summarise(runs.precopy, wireMs)
    const stopcopy = summarise(runs.stopcopy, wireMs)
    const median = (s: Record<string, unknown>): number => (s.downtimeMs as Stats).median
    return {
      vm: { memoryMiB: VM_MEMORY / MiB, dirtyPagesPerSec: DIRTY_PAGES_PER_SEC, dirtyMBps: round2(DIRTY_PAGES_PER_SEC * 4096 / 1e6) },
      reps,
      rawTcpMBps: round2(tcp),
      wireMsForOneCopy: round2(wireMs),
      precopy,
      stopcopy,
      downtimeRatio: round2(median(precopy) / median(stopcopy))
    }
  })
  emit({ json }, result, () => {
    const row = (mode: string, s: Record<string, unknown>): Record<string, unknown> => ({
      mode,
      downtime: (s.downtimeMs as Stats).median,
      guest: (s.guestDowntimeMs as Stats).median,
      blackout: (s.blackoutMs as Stats).median,
      total: (s.totalMs as Stats).median,
      MB: ((s.bytes as number) / 1e6).toFixed(1),
      rounds: s.rounds,
      'total÷wire': s.totalVsWire
    })
    return [
      table([row('precopy', result.precopy), row('stopcopy', result.stopcopy)], ['mode', 'downtime', 'guest', 'blackout', 'total', 'MB', 'rounds', 'total÷wire']),
      '',
      `medians of ${result.reps} migrations each, in ms: downtime host-measured (pause → running), guest-observed (longest stall of the guest's counter, sampled every ~${result.precopy.counterSamplePeriodMs as number} ms), ping blackout (longest gap between replies, every ${PING_INTERVAL_MS} ms)`,
      `precopy downtime breakdown (ms): ${Object.entries(result.precopy.downtimeBreakdownMs as Record<string, number>).map(([k, v]) => `${k.replace(/Ms$/, '')} ${v}`).join(', ')}`,
      `raw TCP on loopback: ${result.rawTcpMBps} MB/s (one copy of ${result.vm.memoryMiB} MiB: ${result.wireMsForOneCopy} ms)`,
      `downtime precopy ÷ stopcopy: ${result.downtimeRatio}`
    ].join('\n')
  })
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
