// Replication (HA) in one run on a 3-peer testnet (three providers, no added delay): a protected and
// an unprotected 64 MiB tiny guest, each with its RAM filled at boot and dirtying 1280 pages/s
// (~5 MB/s), side by side on peer 0, the protected one's standby on peer 1, peer 2's host port
// pinging both. It prints, each against the unprotected VM where there is one:
//   - the checkpoint interval, and a checkpoint's size and time (to its acknowledgement);
//   - guest slowdown: the share of wall time the guest stood paused for checkpoints (the scan and
//     the devices), from the primary's own histogram;
//   - bandwidth per protected VM;
//   - the latency output commit adds: ping RTT to the protected VM against the unprotected one;
//   - a live migration of each to peer 2 and back: downtime and ping gap, protected (its standby
//     kept through the move, the switchover's last checkpoint in its downtime) against unprotected;
//   - failover time: peer 0 SIGKILLed, to the VM answering pings at its standby;
//   - how long a VM goes without a standby holding a copy: from `vm create --ha` returning (the VM
//     running) to `protected` (the first full checkpoint), and from the kill to `protected` again
//     at a new standby (peer 2): a second fault inside either window loses the VM.
//
//   node dist/scripts/bench-ha.js [--json]      env: BENCH_SECONDS (10), BENCH_INTERVAL_MS (100)
import { ApiClient } from '../node/api/client.js'
import { emit, table } from '../node/cli/output.js'
import type { PingResult } from '../overlay/switch/host-port.js'
import type { VmView } from '../node/vms/view.js'
import { testnetUp } from '../testnet/launcher.js'
import type { TestnetPeer } from '../testnet/state.js'
import { signalQuietly } from '../testnet/processes.js'
import { sleep } from './lib/measure.js'
import { withBenchTestnet } from './lib/bench-testnet.js'
import { scriptArgs } from './lib/args.js'

const MiB = 1 << 20
const DIRTY_PAGES_PER_SEC = 1280
const PING_INTERVAL_MS = 20

interface HaResult {
  vm: { memoryMiB: number, dirtyPagesPerSec: number, dirtyMBps: number }
  seconds: number
  checkpoint: { intervalMs: number, perSecond: number, meanBytes: number, meanPauseMs: number, meanToAckMs: number }
  guestSlowdownPercent: number
  bandwidthMBps: number
  rttMs: { protected: PingResult['rttMs'], unprotected: PingResult['rttMs'], addedMedian: number }
  lost: { unprotected: number, protected: number }
  /** From `vm create --ha` returning to `protected`: the first full checkpoint. */
  firstSyncMs: number | null
  /** Medians over the moves there and back. */
  migration: { downtimeMs: { protected: number, unprotected: number }, pingGapMs: { protected: number, unprotected: number }, protectedAgainMs: number }
  failover: { runningAtStandbyMs: number | null, pingGapMs: number | null, protectedAgainMs: number | null, sameBootId: boolean, counterBefore?: number, counterAfter?: number, epoch: Array<number | undefined> }
}

const client = (p: TestnetPeer): ApiClient => new ApiClient({ url: p.api, token: p.token }, 120_000)
const round2 = (x: number): number => Math.round(x * 100) / 100

/** One sample of the primary's replication series (Prometheus text). */
async function series (p: TestnetPeer): Promise<Record<string, number>> {
  const response = await fetch(`${p.api}/metrics`, { headers: { authorization: `Bearer ${p.token}` } })
  const out: Record<string, number> = {}
  for (const line of (await response.text()).split('\n')) {
    const m = /^(supercloud_checkpoint[a-z_]*) ([0-9.e+-]+)$/.exec(line)
    if (m !== null) out[m[1] ?? ''] = Number(m[2])
  }
  return out
}

async function ping (pinger: TestnetPeer, ip: string, count: number): Promise<PingResult> {
  return await client(pinger).request<PingResult>('POST', '/v1/nets/bench/ping', { ip, count, intervalMs: PING_INTERVAL_MS, timeoutMs: 2000 })
}

async function main (): Promise<void> {
  const { values } = scriptArgs('npm run bench:ha [-- --json]   (env BENCH_SECONDS=10, BENCH_INTERVAL_MS=100; BENCH_JSON=1)', { options: { json: { type: 'boolean', default: false } } })
  const json = values.json || process.env.BENCH_JSON === '1'
  const seconds = Number(process.env.BENCH_SECONDS ?? 10)
  const intervalMs = Number(process.env.BENCH_INTERVAL_MS ?? 100)
  const result = await withBenchTestnet('ha', async ({ dir, created, progress }): Promise<HaResult> => {
    const state = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir, onProgress: progress })
    const [a, b, pinger] = state.peers as [TestnetPeer, TestnetPeer, TestnetPeer]
    await client(a).request('POST', '/v1/nets', { name: 'bench', cidr: '10.97.0.0/24' })
    const make = async (name: string, ha: boolean): Promise<VmView> => {
      const vm = await client(a).request<VmView>('POST', '/v1/vms', {
        image: 'tiny', name, net: 'bench', memoryBytes: 64 * MiB, tiny: { fillRam: true, dirtyPagesPerSec: DIRTY_PAGES_PER_SEC },
        ...(ha ? { ha: { standby: b.id, checkpointIntervalMs: intervalMs } } : {})
      })
      created.push({ peer: 0, id: vm.id })
      return vm
    }
    const plain = await make('bench-plain', false)
    const guarded = await make('bench-ha', true)
    progress('waiting for the first full checkpoint')
    const firstSyncMs = await untilProtected(a, guarded.id, performance.now(), 30_000)
    // Warm-up: the host port's address, the guests' code compiled.
    await ping(pinger, plain.net?.ip ?? '', 20)
    await ping(pinger, guarded.net?.ip ?? '', 20)
    progress(`measuring for ${seconds} s`)
    const m0 = await series(a)
    const t0 = performance.now()
    const count = Math.round(seconds * 1000 / PING_INTERVAL_MS)
    const [rttPlain, rttHa] = await Promise.all([ping(pinger, plain.net?.ip ?? '', count), ping(pinger, guarded.net?.ip ?? '', count)])
    const wallS = (performance.now() - t0) / 1000
    const m1 = await series(a)
    const d = (k: string): number => (m1[k] ?? 0) - (m0[k] ?? 0)
    const checkpoints = d('supercloud_checkpoints_total')
    const bytes = d('supercloud_checkpoint_sent_bytes_total')
    const pausedS = d('supercloud_checkpoint_pause_seconds_sum')
    const ackS = d('supercloud_checkpoint_ack_seconds_sum')
    progress('migrating each to peer 2 and back')
    const migration = await moves(a, pinger, plain.id, guarded.id)
    const before = await client(a).request<VmView>('GET', `/v1/vms/${guarded.id}`)
    progress('killing the primary (peer 0)')
    const failPing = ping(pinger, guarded.net?.ip ?? '', Math.round(15_000 / PING_INTERVAL_MS))
    await sleep(1000)
    const killedAt = performance.now()
    signalQuietly(a.pid, 'SIGKILL')
    let runningAtStandbyMs: number | undefined
    for (let i = 0; i < 400 && runningAtStandbyMs === undefined; i++) {
      const here = await client(b).request<VmView[]>('GET', '/v1/vms?here=true').catch(() => [])
      if (here.some(v => v.id === guarded.id && v.phase === 'running')) runningAtStandbyMs = performance.now() - killedAt
      else await sleep(25)
    }
    const protectedAgainMs = await untilProtected(b, guarded.id, killedAt, 30_000)
    const failed = await failPing
    const after = await client(b).request<VmView>('GET', `/v1/vms/${guarded.id}`).catch(() => undefined)
    created.length = 0
    return {
      vm: { memoryMiB: 64, dirtyPagesPerSec: DIRTY_PAGES_PER_SEC, dirtyMBps: round2(DIRTY_PAGES_PER_SEC * 4096 / 1e6) },
      seconds: round2(wallS),
      checkpoint: {
        intervalMs,
        perSecond: round2(checkpoints / wallS),
        meanBytes: Math.round(bytes / Math.max(1, checkpoints)),
        meanPauseMs: round2(pausedS * 1000 / Math.max(1, checkpoints)),
        meanToAckMs: round2(ackS * 1000 / Math.max(1, checkpoints))
      },
      guestSlowdownPercent: round2(pausedS / wallS * 100),
      bandwidthMBps: round2(bytes / wallS / 1e6),
      rttMs: { unprotected: rttPlain.rttMs, protected: rttHa.rttMs, addedMedian: round2((rttHa.rttMs?.median ?? NaN) - (rttPlain.rttMs?.median ?? NaN)) },
      lost: { unprotected: rttPlain.sent - rttPlain.received, protected: rttHa.sent - rttHa.received },
      firstSyncMs,
      migration,
      failover: {
        runningAtStandbyMs: runningAtStandbyMs === undefined ? null : Math.round(runningAtStandbyMs),
        pingGapMs: failed.longestGapMs,
        protectedAgainMs,
        counterBefore: before.guest?.counter,
        counterAfter: after?.guest?.counter,
        sameBootId: after?.guest?.bootId === before.guest?.bootId,
        epoch: [before.epoch, after?.epoch]
      }
    }
  })
  emit({ json }, result, () => render(result))
}

/** Milliseconds from `since` until `peer` shows the VM protected (polled every 25 ms), or null past `withinMs`. */
async function untilProtected (peer: TestnetPeer, id: string, since: number, withinMs: number): Promise<number | null> {
  while (performance.now() - since < withinMs) {
    const view = await client(peer).request<VmView>('GET', `/v1/vms/${id}`).catch(() => undefined)
    if (view?.protection?.state === 'protected') return Math.round(performance.now() - since)
    await sleep(25)
  }
  return null
}

/** Each VM to `to` and back to `home`, one at a time; the protected one protected again each time before the next move. */
async function moves (home: TestnetPeer, to: TestnetPeer, plain: string, guarded: string): Promise<HaResult['migration']> {
  const down = { protected: [] as number[], unprotected: [] as number[] }
  const gap = { protected: [] as number[], unprotected: [] as number[] }
  const again: number[] = []
  for (const [from, dest] of [[home, to], [to, home]] as const) {
    for (const [id, kind] of [[plain, 'unprotected'], [guarded, 'protected']] as const) {
      const m = await client(from).request<{ id: string, phase: string }>('POST', `/v1/vms/${id}/migrate`, { to: dest.id })
      let done = { phase: m.phase } as { phase: string, endedAt?: string, downtimeMs?: number, pingGapMs?: number, reason?: string }
      // Its report is whole (the ping gap in) once it shows as ended.
      for (let i = 0; i < 1200 && done.endedAt === undefined; i++) {
        await sleep(50)
        done = await client(from).request('GET', `/v1/migrations/${m.id}`)
      }
      if (done.phase !== 'committed') throw new Error(`migration of ${kind} VM: ${done.phase} (${done.reason ?? ''})`)
      down[kind].push(done.downtimeMs ?? NaN)
      gap[kind].push(done.pingGapMs ?? NaN)
      if (kind !== 'protected') continue
      again.push(await untilProtected(dest, id, performance.now(), 15_000) ?? NaN)
    }
  }
  return {
    downtimeMs: { protected: median(down.protected), unprotected: median(down.unprotected) },
    pingGapMs: { protected: median(gap.protected), unprotected: median(gap.unprotected) },
    protectedAgainMs: Math.round(median(again))
  }
}

function median (xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return round2(s.length === 0 ? NaN : s.length % 2 === 1 ? s[(s.length - 1) / 2] ?? NaN : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2)
}

function render (r: HaResult): string {
  const cp = r.checkpoint
  return [
    `64 MiB tiny guests dirtying ${r.vm.dirtyMBps} MB/s, ${r.seconds} s, protected vs unprotected side by side`,
    table([
      { what: 'checkpoint interval', value: `${cp.intervalMs} ms (${cp.perSecond}/s taken)` },
      { what: 'checkpoint size', value: `${(cp.meanBytes / 1e6).toFixed(2)} MB mean` },
      { what: 'checkpoint to ack', value: `${cp.meanToAckMs} ms mean (guest paused ${cp.meanPauseMs} ms)` },
      { what: 'guest slowdown', value: `${r.guestSlowdownPercent} % (0 unprotected)` },
      { what: 'bandwidth per VM', value: `${r.bandwidthMBps} MB/s (0 unprotected)` },
      { what: 'ping RTT median', value: `${r.rttMs.protected?.median ?? '-'} ms protected, ${r.rttMs.unprotected?.median ?? '-'} ms unprotected (+${r.rttMs.addedMedian} ms)` },
      { what: 'ping RTT p99', value: `${r.rttMs.protected?.p99 ?? '-'} ms protected, ${r.rttMs.unprotected?.p99 ?? '-'} ms unprotected` },
      { what: 'migration downtime', value: `${r.migration.downtimeMs.protected} ms protected, ${r.migration.downtimeMs.unprotected} ms unprotected (median there and back)` },
      { what: 'migration ping gap', value: `${r.migration.pingGapMs.protected} ms protected, ${r.migration.pingGapMs.unprotected} ms unprotected; protected at the destination ${r.migration.protectedAgainMs} ms after the move` },
      { what: 'failover', value: `running at the standby ${r.failover.runningAtStandbyMs ?? '-'} ms after the kill; ping gap ${r.failover.pingGapMs ?? '-'} ms; boot id kept: ${String(r.failover.sameBootId)}; counter ${String(r.failover.counterBefore)} → ${String(r.failover.counterAfter)}` },
      { what: 'without a standby copy', value: `${r.firstSyncMs ?? '-'} ms from create to protected (first full checkpoint); ${r.failover.protectedAgainMs ?? '-'} ms from the kill to protected again at a new standby` }
    ], ['what', 'value'])
  ].join('\n')
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:ha failed: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
