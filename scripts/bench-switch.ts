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
//   env: BENCH_PINGS (300), BENCH_BULK_FRAMES (200000), BENCH_BULK_ROUNDS (3)
import { parseArgs } from 'node:util'
import { ApiClient } from '../node/cli/client.js'
import { emit, table } from '../node/cli/output.js'
import type { PingResult } from '../overlay/switch/host-port.js'
import type { VmView } from '../node/vms/view.js'
import { testnetUp } from '../testnet/launcher.js'
import type { TestnetPeer } from '../testnet/state.js'
import type { BulkCounts, BulkSendResult } from '../overlay/switch/bulk.js'
import type { BenchStreamCounts } from '../node/net/bench-stream.js'
import { percentiles, sleep, type Percentiles } from './lib/measure.js'
import { withBenchTestnet } from './lib/bench-testnet.js'

const ONE_WAY_DELAY_MS = 20
const FRAME_BYTES = 1500
/** How long the receiver's count may stand still before the frames still missing count as lost. */
const SETTLE_MS = 2_000

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

interface BulkRun { sent: number, received: number, framesPerSec: number, mbps: number, rawMbps: number }

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

/** One round: `frames` bulk frames host port → host port, then the same bytes on one raw libp2p stream. */
async function bulkRound (a: TestnetPeer, b: TestnetPeer, frames: number): Promise<BulkRun> {
  const sink = await client(b).request<BulkCounts & { ip: string }>('PUT', '/v1/nets/bench/bench/sink')
  const sent = await client(a).request<BulkSendResult>('POST', '/v1/nets/bench/bench/send', { ip: sink.ip, frames, frameBytes: FRAME_BYTES })
  const got = await settle(async () => await client(b).request<BulkCounts>('GET', '/v1/nets/bench/bench/sink'), c => c.frames >= sent.sent, 300_000)
  if (got.framesPerSec === null || got.mbps === null) throw new Error(`peer 1 counted ${got.frames} of ${sent.sent} frames: too few for a rate`)

  const bytes = sent.sent * FRAME_BYTES
  await client(b).request('PUT', '/v1/bench/stream/sink')
  await client(a).request('POST', '/v1/bench/stream', { peer: b.id, bytes })
  const raw = await settle(async () => await client(b).request<BenchStreamCounts>('GET', '/v1/bench/stream/sink'), c => c.bytes >= bytes, 300_000)
  if (raw.mbps === null || raw.bytes < bytes) throw new Error(`peer 1 read ${raw.bytes} of ${bytes} bytes of the raw stream`)
  return { sent: sent.sent, received: got.frames, framesPerSec: got.framesPerSec, mbps: got.mbps, rawMbps: raw.mbps }
}

const median = (values: number[]): number => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? NaN

async function linkDelay (baseUrl: string, delayMs: number): Promise<void> {
  const rules = delayMs === 0 ? [] : [{ from: 0, to: 1, delayMs }, { from: 1, to: 0, delayMs }]
  const r = await fetch(`${baseUrl}/rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rules), signal: AbortSignal.timeout(10_000) })
  if (!r.ok) throw new Error(`link layer: HTTP ${r.status}`)
}

async function main (): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } })
  const json = values.json || process.env.BENCH_JSON === '1'
  const count = Number(process.env.BENCH_PINGS ?? 300)
  const bulkFrames = Number(process.env.BENCH_BULK_FRAMES ?? 200_000)
  const bulkRounds = Number(process.env.BENCH_BULK_ROUNDS ?? 3)
  if (![count, bulkFrames, bulkRounds].every(n => Number.isInteger(n) && n >= 1)) throw new Error('BENCH_PINGS, BENCH_BULK_FRAMES and BENCH_BULK_ROUNDS must be positive integers')
  const result = await withBenchTestnet('switch', async ({ dir, created, progress }) => {
    const state = await testnetUp({ peers: 2, providers: ['aws', 'gcp'], dir, onProgress: progress })
    const [a, b] = state.peers as [TestnetPeer, TestnetPeer]
    await client(a).request('POST', '/v1/nets', { name: 'bench', cidr: '10.99.0.0/24' })

    // Bulk first, before the VM exists: nothing else runs on the peers.
    progress(`bulk: ${bulkFrames} frames of ${FRAME_BYTES} bytes, then the same bytes on a raw stream, ${bulkRounds} rounds`)
    await bulkRound(a, b, Math.min(bulkFrames, 20_000)) // untimed: warms up both daemons' code
    const runs: BulkRun[] = []
    for (let r = 1; r <= bulkRounds; r++) {
      runs.push(await bulkRound(a, b, bulkFrames))
      const run = runs[runs.length - 1]!
      progress(`bulk ${r}/${bulkRounds}: switch ${run.framesPerSec} frames/s = ${run.mbps} Mb/s (${run.received}/${run.sent} frames), raw stream ${run.rawMbps} Mb/s`)
    }
    const mbps = median(runs.map(r => r.mbps))
    const rawLibp2pMbps = median(runs.map(r => r.rawMbps))
    const bulk = {
      framesPerSec: median(runs.map(r => r.framesPerSec)),
      mbps,
      rawLibp2pMbps,
      ratio: Math.round(mbps / rawLibp2pMbps * 100) / 100,
      frameBytes: FRAME_BYTES,
      framesPerRound: bulkFrames,
      lostFrames: runs.reduce((n, r) => n + r.sent - r.received, 0),
      runs
    }
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
