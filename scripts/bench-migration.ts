// Live migration, pre-copy against stop-and-copy, in one run on a 3-peer testnet (three providers, no
// added delay): a tiny guest that filled its RAM with non-zero data at boot and dirties 1280 pages/s
// (~5 MB/s) spread over all of it migrates back and forth, BENCH_REPS times per mode, at 64 MiB and
// then at 512 MiB (`large`, BENCH_LARGE_REPS times). For each migration:
//   - downtime as the daemons measure it (source pause → destination running), with its breakdown;
//   - downtime as the guest saw it: the longest wall-clock time its millisecond counter (read from
//     guest memory by both peers, each every 5 ms) stood still;
//   - the ping blackout: the longest gap between replies to a third peer's host port pinging the VM
//     every 5 ms;
//   - the event-loop delay (p99, max) of the source's and the destination's daemons while it ran;
//   - total time, bytes sent and what the stream carried, against raw TCP between two processes over
//     the same path as the peers (through a link-layer relay), measured in the same run.
//
//   node dist/scripts/bench-migration.js [--json]      env: BENCH_REPS (7), BENCH_LARGE_REPS (3, 0: skip)
import { ApiClient } from '../node/api/client.js'
import { emit, table } from '../node/cli/output.js'
import { follow } from '../node/cli/migrate.js'
import type { PingResult } from '../overlay/switch/host-port.js'
import type { VmView } from '../node/vms/view.js'
import type { MigrationView } from '../node/vms/migrate-out.js'
import type { EventLoopDelay } from '../node/runtime/event-loop.js'
import { breakdownFrom, type DowntimeBreakdown, type MigrationMode } from '../overlay/migration/types.js'
import { testnetUp } from '../testnet/launcher.js'
import type { TestnetPeer } from '../testnet/state.js'
import { sleep } from './lib/measure.js'
import { withBenchTestnet } from './lib/bench-testnet.js'
import { rawTcpMBps } from './lib/raw-tcp.js'
import { longestStall, sampleCounter } from './lib/guest-clock.js'
import { scriptArgs } from './lib/args.js'

const MiB = 1 << 20
const DIRTY_PAGES_PER_SEC = 1280
const PING_INTERVAL_MS = 5
const MAX_PINGS = 10_000
const COUNTER_PERIOD_MS = 5
/** Pings run around each migration (it starts after the first 300 ms of them): 3× the last one's time, within these. */
const PING_WINDOW_MS = { min: 6000, max: 60_000 }
const TCP_BYTES = 256 * MiB

interface Stats { median: number, min: number, max: number, samples: number[] }
interface Loop { maxMs: number, p99Ms: number }
interface Run {
  downtimeMs: number
  guestDowntimeMs: number
  samplePeriodMs: number
  blackoutMs: number | null
  totalMs: number
  bytes: number
  rounds: number
  streamMBps: number
  /** What carried the pages: a lane (overlay/lane) or the migration's stream. */
  carrier: string
  eventLoop: { source: Loop, destination: Loop }
  breakdown?: DowntimeBreakdown
}

const client = (p: TestnetPeer): ApiClient => new ApiClient({ url: p.api, token: p.token }, 300_000)
const round2 = (x: number): number => Math.round(x * 100) / 100

function stats (values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length === 0 ? NaN : sorted.length % 2 === 1 ? sorted[mid] ?? NaN : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return { median: round2(median), min: round2(sorted[0] ?? NaN), max: round2(sorted.at(-1) ?? NaN), samples: values.map(round2) }
}

async function eventLoop (peer: TestnetPeer, reset: boolean): Promise<EventLoopDelay> {
  return await client(peer).request<EventLoopDelay>('GET', `/v1/node/event-loop${reset ? '?reset=true' : ''}`)
}

async function migrateOnce (from: TestnetPeer, to: TestnetPeer, pinger: TestnetPeer, vm: VmView, mode: MigrationMode, windowMs: number): Promise<Run> {
  const stopSampling = new AbortController()
  const sampling = sampleCounter([from, to], vm.id, COUNTER_PERIOD_MS, stopSampling.signal)
  const pingStart = performance.now()
  // The API takes up to MAX_PINGS pings a call: a long window (a 512 MiB stop-and-copy) pings less often.
  const intervalMs = Math.max(PING_INTERVAL_MS, Math.ceil(windowMs / MAX_PINGS))
  // Settled at once: a refusal must not go unhandled (and end the run without its teardown) while the migration runs.
  const pinging = client(pinger).request<PingResult>('POST', '/v1/nets/bench/ping', { ip: vm.net?.ip, count: Math.ceil(windowMs / intervalMs), intervalMs, timeoutMs: 1000 })
    .then(result => ({ result }), (error: unknown) => ({ error }))
  await sleep(300)
  await Promise.all([eventLoop(from, true), eventLoop(to, true)])
  const started = await client(from).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: to.id, mode })
  const m = await follow(client(from), started, { tty: false, signal: new AbortController().signal })
  const endedAt = performance.now()
  const [source, destination] = await Promise.all([eventLoop(from, false), eventLoop(to, false)])
  await sleep(300)
  stopSampling.abort()
  const guest = longestStall(await sampling)
  if (m.phase !== 'committed') throw new Error(`a ${mode} migration ended ${m.phase}: ${m.reason ?? ''}`)
  const settled = await pinging
  if ('error' in settled) throw settled.error
  const pinged = settled.result
  // A blackout is only seen whole if the pings outlasted the migration.
  const covered = endedAt - pingStart < windowMs - 300
  const loop = (d: EventLoopDelay): Loop => ({ maxMs: d.maxMs, p99Ms: d.p99Ms })
  return {
    downtimeMs: m.downtimeMs ?? NaN,
    guestDowntimeMs: guest.stallMs,
    samplePeriodMs: guest.periodMs,
    blackoutMs: covered ? pinged.longestGapMs : null,
    totalMs: m.totalMs ?? NaN,
    bytes: m.bytes,
    rounds: m.rounds,
    streamMBps: m.streamMBps ?? NaN,
    carrier: m.carrier ?? 'unknown',
    eventLoop: { source: loop(source), destination: loop(destination) },
    ...(m.downtimeBreakdownMs === undefined ? {} : { breakdown: m.downtimeBreakdownMs })
  }
}

function summarise (runs: Run[], memoryBytes: number, tcpMBps: number): Record<string, unknown> {
  const breakdowns = runs.map(r => r.breakdown).filter(b => b !== undefined)
  const parts = breakdowns.length === 0 ? {} : breakdownFrom(part => stats(breakdowns.map(b => b[part])).median)
  const blackouts = runs.map(r => r.blackoutMs).filter((b): b is number => b !== null)
  const totals = stats(runs.map(r => r.totalMs))
  const stream = stats(runs.map(r => r.streamMBps))
  const wireMs = memoryBytes / 1e6 / tcpMBps * 1000
  // The worst of the runs: a stall in any one of them is one the daemon's users felt.
  const worst = (side: 'source' | 'destination'): Loop => ({ maxMs: Math.max(...runs.map(r => r.eventLoop[side].maxMs)), p99Ms: Math.max(...runs.map(r => r.eventLoop[side].p99Ms)) })
  const bytes = stats(runs.map(r => r.bytes)).median
  return {
    downtimeMs: stats(runs.map(r => r.downtimeMs)),
    guestDowntimeMs: stats(runs.map(r => r.guestDowntimeMs)),
    counterSamplePeriodMs: stats(runs.map(r => r.samplePeriodMs)).median,
    blackoutMs: stats(blackouts),
    totalMs: totals,
    bytes,
    wireBytesPerMiB: Math.round(bytes / (memoryBytes / MiB)),
    rounds: stats(runs.map(r => r.rounds)).median,
    totalVsWire: round2(totals.median / wireMs),
    streamMBps: stream,
    streamVsRawTcp: round2(stream.median / tcpMBps),
    carriers: [...new Set(runs.map(r => r.carrier))],
    eventLoop: { source: worst('source'), destination: worst('destination') },
    downtimeBreakdownMs: parts
  }
}

/** One guest of `memoryBytes` moved back and forth between peers 0 and 1, `reps` times per mode. */
async function benchGuest (peers: readonly [TestnetPeer, TestnetPeer], pinger: TestnetPeer, memoryBytes: number, reps: number, tcpMBps: number,
  ctx: { created: Array<{ peer: number, id: string }>, progress: (m: string) => void }): Promise<Record<string, unknown>> {
  const mib = memoryBytes / MiB
  const vm = await client(peers[0]).request<VmView>('POST', '/v1/vms', {
    image: 'tiny', name: `bench-mig-${mib}`, net: 'bench', on: peers[0].id, memoryBytes, tiny: { fillRam: true, dirtyPagesPerSec: DIRTY_PAGES_PER_SEC }
  })
  ctx.created.push({ peer: 0, id: vm.id })
  const slot = ctx.created.length - 1
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
      ctx.created[slot] = { peer: at, id: vm.id }
      if (rep < 0) continue
      runs[mode].push(run)
      ctx.progress(`${mib} MiB ${mode} ${rep + 1}/${reps}: downtime ${round2(run.downtimeMs)} ms (guest ${round2(run.guestDowntimeMs)} ms, ping gap ${run.blackoutMs ?? '-'} ms), total ${round2(run.totalMs)} ms, ${(run.bytes / 1e6).toFixed(1)} MB in ${run.rounds} rounds, stream ${round2(run.streamMBps)} MB/s, event loop max ${run.eventLoop.source.maxMs}/${run.eventLoop.destination.maxMs} ms`)
    }
  }
  await client(at === 0 ? peers[0] : peers[1]).request('DELETE', `/v1/vms/${vm.id}`)
  ctx.created.splice(slot, 1)
  const precopy = summarise(runs.precopy, memoryBytes, tcpMBps)
  const stopcopy = summarise(runs.stopcopy, memoryBytes, tcpMBps)
  return { vm: { memoryMiB: mib, dirtyPagesPerSec: DIRTY_PAGES_PER_SEC, dirtyMBps: round2(DIRTY_PAGES_PER_SEC * 4096 / 1e6) }, reps, precopy, stopcopy }
}

async function main (): Promise<void> {
  const { values } = scriptArgs('npm run bench:migration [-- --json]   (env BENCH_REPS=7, BENCH_LARGE_REPS=3; BENCH_JSON=1)', { options: { json: { type: 'boolean', default: false } } })
  const json = values.json || process.env.BENCH_JSON === '1'
  const reps = Number(process.env.BENCH_REPS ?? 7)
  const largeReps = Number(process.env.BENCH_LARGE_REPS ?? 3)
  const result = await withBenchTestnet('migration', async ({ dir, created, progress }) => {
    progress('raw TCP throughput, through a link-layer relay as the peers connect, and straight')
    const tcp = await rawTcpMBps({ bytes: TCP_BYTES, runs: 5, throughLink: true })
    const tcpDirect = await rawTcpMBps({ bytes: TCP_BYTES, runs: 5, throughLink: false })
    // The VM moves between peers 0 and 1; peer 2's host port pings it, on neither side of the move.
    const state = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir, onProgress: progress })
    const [a, b, pinger] = state.peers as [TestnetPeer, TestnetPeer, TestnetPeer]
    await client(a).request('POST', '/v1/nets', { name: 'bench', cidr: '10.98.0.0/24' })
    const ctx = { created, progress }
    const small = await benchGuest([a, b], pinger, 64 * MiB, reps, tcp, ctx)
    const large = largeReps > 0 ? await benchGuest([a, b], pinger, 512 * MiB, largeReps, tcp, ctx) : undefined
    const median = (s: unknown): number => ((s as Record<string, unknown>).downtimeMs as Stats).median
    return {
      ...small,
      rawTcpMBps: round2(tcp),
      rawTcpDirectMBps: round2(tcpDirect),
      wireMsForOneCopy: round2(64 * MiB / 1e6 / tcp * 1000),
      downtimeRatio: round2(median(small.precopy) / median(small.stopcopy)),
      ...(large === undefined ? {} : { large: { vm: large.vm, reps: large.reps, precopy: large.precopy, stopcopy: large.stopcopy } })
    }
  })
  emit({ json }, result, () => render(result))
}

function render (result: Record<string, unknown>): string {
  const row = (size: string, mode: string, s: Record<string, unknown>): Record<string, unknown> => ({
    guest: size,
    mode,
    downtime: (s.downtimeMs as Stats).median,
    'guest stall': (s.guestDowntimeMs as Stats).median,
    'ping gap': (s.blackoutMs as Stats).median,
    total: (s.totalMs as Stats).median,
    'total÷wire': s.totalVsWire,
    'MB/s': (s.streamMBps as Stats).median,
    'vs TCP': s.streamVsRawTcp,
    on: (s.carriers as string[]).join('+'),
    'loop max src/dst': `${(s.eventLoop as { source: Loop }).source.maxMs}/${(s.eventLoop as { destination: Loop }).destination.maxMs}`,
    'B/MiB': s.wireBytesPerMiB
  })
  const rows = [row('64 MiB', 'precopy', result.precopy as Record<string, unknown>), row('64 MiB', 'stopcopy', result.stopcopy as Record<string, unknown>)]
  const large = result.large as Record<string, Record<string, unknown>> | undefined
  if (large !== undefined) rows.push(row('512 MiB', 'precopy', large.precopy as Record<string, unknown>), row('512 MiB', 'stopcopy', large.stopcopy as Record<string, unknown>))
  const precopy = result.precopy as Record<string, unknown>
  return [
    table(rows, Object.keys(rows[0] ?? {})),
    '',
    `medians in ms: the guest felt its counter stall and the ping gap (a third peer pinging every ${PING_INTERVAL_MS} ms); downtime is host-measured (pause → running)`,
    `precopy downtime breakdown (ms): ${Object.entries(precopy.downtimeBreakdownMs as Record<string, number>).map(([k, v]) => `${k.replace(/Ms$/, '')} ${v}`).join(', ')}`,
    `raw TCP through the link relay: ${result.rawTcpMBps as number} MB/s (straight: ${result.rawTcpDirectMBps as number} MB/s); event loop: the worst run's max (ms)`,
    `downtime precopy ÷ stopcopy: ${result.downtimeRatio as number}`
  ].join('\n')
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
