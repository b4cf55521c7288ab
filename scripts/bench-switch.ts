// The distributed switch in one run on a 2-peer testnet (two providers).
// Bulk: 1,500-byte frames from peer 0's host port to peer 1's host port, made and counted inside
// the daemons (bench routes of testing peers), set against one raw libp2p stream carrying the same
// bytes between the same two daemons, on the same connection (link relay, protector, noise, yamux).
// Both rates are taken by the receiving daemon, from its first frame or chunk to its last.
// Latency: pings from peer 0's host port to peer 1's host port (switch and tunnel only) and to a
// tiny VM on peer 1 (plus its worker and guest), then the same with 20 ms of delay each way on the
// link between the peers, next to libp2p's own ping over that link.
//
//   node dist/scripts/bench-switch.js [--json]
//   env: BENCH_PINGS (300), BENCH_BULK_FRAMES (200000), BENCH_BULK_ROUNDS (3),
//        BENCH_BIN (another entry point for the peers, e.g. a wrapper that profiles them)
import { ApiClient } from '../node/api/client.js'
import { emit, table } from '../node/cli/output.js'
import type { PingResult } from '../overlay/switch/host-port.js'
import type { VmView } from '../node/vms/view.js'
import { testnetUp } from '../testnet/launcher.js'
import type { TestnetPeer } from '../testnet/state.js'
import type { BulkCounts, BulkSendResult } from '../overlay/switch/bulk.js'
import type { BenchStreamCounts } from '../node/net/bench-stream.js'
import { clockTicksPerSecond, cpuTicks, percentiles, sleep, type Percentiles } from './lib/measure.js'
import { withBenchTestnet } from './lib/bench-testnet.js'
import { scriptArgs } from './lib/args.js'

const ONE_WAY_DELAY_MS = 20
const FRAME_BYTES = 1500
/** How long the receiver's count may stand still before the frames still missing count as lost. */
const SETTLE_MS = 2_000
const TICKS_PER_SECOND = clockTicksPerSecond()

interface Row { path: string, link: string, sent: number, received: number, rttMs: PingResult['rttMs'] }

const client = (p: TestnetPeer): ApiClient => new ApiClient({ url: p.api, token: p.token }, 300_000)

async function ping (from: TestnetPeer, ip: string, count: number): Promise<PingResult> {
  return await client(from).request<PingResult>('POST', '/v1/nets/bench/ping', { ip, count, intervalMs: 5, timeoutMs: 2000 })
}

async function libp2pPing (from: TestnetPeer, to: TestnetPeer, count: number): Promise<Percentiles> {
  const rtts: number[] = []
  for (let i = 0; i < count; i += 10) rtts.push(...(await client(from).request<{ rttMs: number[] }>('GET', `/v1/peers/${to.id}/ping?count=10`)).rttMs)
  return percentiles(rtts)
}

/** CPU time a process spent per 1,500 bytes carried, in µs (what each side pays for a frame's worth). */
interface CpuPerFrame { sender: number, receiver: number, relay: number }

interface BulkRun {
  sent: number
  received: number
  framesPerSec: number
  mbps: number
  rawMbps: number
  cpuUsPerFrame: { switch: CpuPerFrame, raw: CpuPerFrame }
}

/** Polls `read` until `done` holds, or the value has not changed for SETTLE_MS. */
async function settle<T> (read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last = await read()
  let changedAt = Date.now()
  while (!done(last) && Date.now() - changedAt < SETTLE_MS && Date.now() < deadline) {
    await sleep(100)
    const next = await read()
    if (JSON.stringify(next) !== JSON.stringify(last)) changedAt = Date.now()
    last = next
  }
  return last
}

/** Runs `phase` and says how much CPU the sender, receiver and link relay spent on it per 1,500 bytes. */
async function withCpu<T> (pids: [number, number, number], bytes: () => number, phase: () => Promise<T>): Promise<[T, CpuPerFrame]> {
  const before = pids.map(pid => cpuTicks(pid))
  const value = await phase()
  const frames = bytes() / FRAME_BYTES
  const [sender, receiver, relay] = pids.map((pid, i) => Math.round((cpuTicks(pid) - (before[i] ?? 0)) / TICKS_PER_SECOND * 1e6 / frames * 100) / 100) as [number, number, number]
  return [value, { sender, receiver, relay }]
}

/** One round: `frames` bulk frames host port → host port, then the same bytes on one raw libp2p stream. */
async function bulkRound (a: TestnetPeer, b: TestnetPeer, relayPid: number, frames: number): Promise<BulkRun> {
  const pids: [number, number, number] = [a.pid, b.pid, relayPid]
  const sink = await client(b).request<BulkCounts & { ip: string }>('PUT', '/v1/nets/bench/bench/sink')
  let got: BulkCounts | undefined
  const [sent, switchCpu] = await withCpu(pids, () => got?.bytes ?? 0, async () => {
    const sent = await client(a).request<BulkSendResult>('POST', '/v1/nets/bench/bench/send', { ip: sink.ip, frames, frameBytes: FRAME_BYTES })
    got = await settle(async () => await client(b).request<BulkCounts>('GET', '/v1/nets/bench/bench/sink'), c => c.frames >= sent.sent, 300_000)
    return sent
  })
  if (got?.framesPerSec == null || got.mbps === null) throw new Error(`peer 1 counted ${got?.frames ?? 0} of ${sent.sent} frames: too few for a rate`)

  const bytes = sent.sent * FRAME_BYTES
  await client(b).request('PUT', '/v1/bench/stream/sink')
  const [raw, rawCpu] = await withCpu(pids, () => bytes, async () => {
    await client(a).request('POST', '/v1/bench/stream', { peer: b.id, bytes })
    return await settle(async () => await client(b).request<BenchStreamCounts>('GET', '/v1/bench/stream/sink'), c => c.bytes >= bytes, 300_000)
  })
  if (raw.mbps === null || raw.bytes < bytes) throw new Error(`peer 1 read ${raw.bytes} of ${bytes} bytes of the raw stream`)
  return { sent: sent.sent, received: got.frames, framesPerSec: got.framesPerSec, mbps: got.mbps, rawMbps: raw.mbps, cpuUsPerFrame: { switch: switchCpu, raw: rawCpu } }
}

async function measureBulk (a: TestnetPeer, b: TestnetPeer, relayPid: number, frames: number, rounds: number, progress: (message: string) => void) {
  progress(`bulk: ${frames} frames of ${FRAME_BYTES} bytes, then the same bytes on a raw stream, ${rounds} rounds`)
  await bulkRound(a, b, relayPid, Math.min(frames, 20_000)) // untimed: warms up both daemons' code
  const runs: BulkRun[] = []
  for (let r = 1; r <= rounds; r++) {
    const run = await bulkRound(a, b, relayPid, frames)
    runs.push(run)
    const cpu = run.cpuUsPerFrame
    progress(`bulk ${r}/${rounds}: switch ${run.framesPerSec} frames/s = ${run.mbps} Mb/s (${run.received}/${run.sent} frames), raw stream ${run.rawMbps} Mb/s; ` +
      `CPU µs per frame, switch/raw: sender ${cpu.switch.sender}/${cpu.raw.sender}, receiver ${cpu.switch.receiver}/${cpu.raw.receiver}, relay ${cpu.switch.relay}/${cpu.raw.relay}`)
  }
  const mbps = median(runs.map(r => r.mbps))
  const rawLibp2pMbps = median(runs.map(r => r.rawMbps))
  return {
    framesPerSec: median(runs.map(r => r.framesPerSec)),
    mbps,
    rawLibp2pMbps,
    ratio: Math.round(mbps / rawLibp2pMbps * 100) / 100,
    frameBytes: FRAME_BYTES,
    framesPerRound: frames,
    lostFrames: runs.reduce((n, r) => n + r.sent - r.received, 0),
    runs
  }
}

const median = (values: number[]): number => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? NaN

async function linkDelay (baseUrl: string, delayMs: number): Promise<void> {
  const rules = delayMs === 0 ? [] : [{ from: 0, to: 1, delayMs }, { from: 1, to: 0, delayMs }]
  const r = await fetch(`${baseUrl}/rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rules), signal: AbortSignal.timeout(10_000) })
  if (!r.ok) throw new Error(`link layer: HTTP ${r.status}`)
}

async function main (): Promise<void> {
  const { values } = scriptArgs('npm run bench:switch [-- --json]   (env BENCH_PINGS=300, BENCH_BULK_FRAMES=200000, BENCH_BULK_ROUNDS; BENCH_JSON=1)', { options: { json: { type: 'boolean', default: false } } })
  const json = values.json || process.env.BENCH_JSON === '1'
  const count = Number(process.env.BENCH_PINGS ?? 300)
  const bulkFrames = Number(process.env.BENCH_BULK_FRAMES ?? 200_000)
  const bulkRounds = Number(process.env.BENCH_BULK_ROUNDS ?? 3)
  if (![count, bulkFrames, bulkRounds].every(n => Number.isInteger(n) && n >= 1)) throw new Error('BENCH_PINGS, BENCH_BULK_FRAMES and BENCH_BULK_ROUNDS must be positive integers')
  const result = await withBenchTestnet('switch', async ({ dir, created, progress }) => {
    const state = await testnetUp({ peers: 2, providers: ['aws', 'gcp'], dir, onProgress: progress, ...(process.env.BENCH_BIN === undefined ? {} : { bin: process.env.BENCH_BIN }) })
    const [a, b] = state.peers as [TestnetPeer, TestnetPeer]
    await client(a).request('POST', '/v1/nets', { name: 'bench', cidr: '10.99.0.0/24' })

    // Bulk first, before the VM exists: nothing else runs on the peers.
    const bulk = await measureBulk(a, b, state.link.pid, bulkFrames, bulkRounds, progress)
    const vm = await client(a).request<VmView>('POST', '/v1/vms', { image: 'tiny', name: 'bench-vm', net: 'bench', on: b.id })
    created.push({ peer: 1, id: vm.id })
    // Peer 1's host port gets its address on its first ping.
    const hostB = (await ping(b, vm.net?.ip ?? '', 1) as PingResult & { from: { ip: string } }).from.ip
    const rows: Row[] = []
    const libp2p: Record<string, Percentiles> = {}
    for (const [link, delay] of [['loopback', 0], [`+${ONE_WAY_DELAY_MS} ms each way`, ONE_WAY_DELAY_MS]] as const) {
      await linkDelay(state.link.controlUrl, delay)
      progress(`${link}: ${count} pings to each`)
      for (const [path, ip] of [['host port → host port', hostB], ['host port → tiny VM', vm.net?.ip ?? '']] as const) {
        // Untimed first: the first echoes through a guest wait for v86 to compile its code.
        await ping(a, ip, 20)
        const r = await ping(a, ip, count)
        rows.push({ path, link, sent: r.sent, received: r.received, rttMs: r.rttMs })
      }
      libp2p[link] = await libp2pPing(a, b, 50)
    }
    await linkDelay(state.link.controlUrl, 0)
    return { count, rows, libp2p, bulk }
  })
  emit({ json }, result, () => [
    table(result.rows.map(r => ({ ...r, median: r.rttMs?.median, p99: r.rttMs?.p99, min: r.rttMs?.min, max: r.rttMs?.max })), ['path', 'link', 'sent', 'received', 'min', 'median', 'p99', 'max']),
    '',
    'libp2p ping over the same link (ms): ' + Object.entries(result.libp2p).map(([link, p]) => `${link} p50 ${p.p50} p99 ${p.p99}`).join('; '),
    '(ICMP echo every 5 ms from peer 0\'s host port; RTT in ms)',
    '',
    `bulk, host port → host port, ${result.bulk.frameBytes}-byte frames, median of ${result.bulk.runs.length} rounds of ${result.bulk.framesPerRound}:`,
    `  switch      ${result.bulk.framesPerSec} frames/s, ${result.bulk.mbps} Mb/s (${result.bulk.lostFrames} frames lost in all)`,
    `  raw stream  ${result.bulk.rawLibp2pMbps} Mb/s (one libp2p stream, same connection and protector)`,
    `  ratio       ${result.bulk.ratio}`,
    '(rates taken by the receiving daemon; Mb = 1e6 bits of Ethernet frames, headers included)'
  ].join('\n'))
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
