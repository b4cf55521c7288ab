// Latency through the distributed switch, in one run on a 2-peer testnet (two providers): pings
// from peer 0's host port to peer 1's host port (switch and tunnel only) and to a tiny VM on peer 1
// (plus its worker and guest), then the same with 20 ms of delay each way on the link between the
// peers, next to libp2p's own ping over that link.
//
//   node dist/scripts/bench-switch.js [--json]      env: BENCH_PINGS (300)
import { parseArgs } from 'node:util'
import { ApiClient } from '../node/cli/client.js'
import { emit, table } from '../node/cli/output.js'
import type { PingResult } from '../overlay/switch/host-port.js'
import type { VmView } from '../node/vms/view.js'
import { testnetUp } from '../testnet/launcher.js'
import type { TestnetPeer } from '../testnet/state.js'
import { percentiles, type Percentiles } from './lib/measure.js'
import { withBenchTestnet } from './lib/bench-testnet.js'

const ONE_WAY_DELAY_MS = 20

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

async function linkDelay (baseUrl: string, delayMs: number): Promise<void> {
  const rules = delayMs === 0 ? [] : [{ from: 0, to: 1, delayMs }, { from: 1, to: 0, delayMs }]
  const r = await fetch(`${baseUrl}/rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rules), signal: AbortSignal.timeout(10_000) })
  if (!r.ok) throw new Error(`link layer: HTTP ${r.status}`)
}

async function main (): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } })
  const json = values.json || process.env.BENCH_JSON === '1'
  const count = Number(process.env.BENCH_PINGS ?? 300)
  const result = await withBenchTestnet('switch', async ({ dir, created, progress }) => {
    const state = await testnetUp({ peers: 2, providers: ['aws', 'gcp'], dir, onProgress: progress })
    const [a, b] = state.peers as [TestnetPeer, TestnetPeer]
    await client(a).request('POST', '/v1/nets', { name: 'bench', cidr: '10.99.0.0/24' })
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
    return { count, rows, libp2p }
  })
  emit({ json }, result, () => [
    table(result.rows.map(r => ({ ...r, median: r.rttMs?.median, p99: r.rttMs?.p99, min: r.rttMs?.min, max: r.rttMs?.max })), ['path', 'link', 'sent', 'received', 'min', 'median', 'p99', 'max']),
    '',
    'libp2p ping over the same link (ms): ' + Object.entries(result.libp2p).map(([link, p]) => `${link} p50 ${p.p50} p99 ${p.p99}`).join('; '),
    '(ICMP echo every 5 ms from peer 0\'s host port; RTT in ms)'
  ].join('\n'))
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
