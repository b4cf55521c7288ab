// Disks, as a guest, a migration and protection see them (issues 17, 18), in one run:
//   1. guest throughput: a Linux VM (v86 in this process, as a peer runs it) with a 256 MiB disk at
//      /data: sequential write (dd, 32 MiB, fsync at the end), sequential read after dropping the
//      page cache, and random 4 KiB writes (ioping's rate test, each write O_DIRECT+O_SYNC) as IOPS;
//      skipped without the Linux image (npm run image:linux);
//   2. live migration between two peers of a 3-peer testnet (the third is for 3.) of a tiny VM whose
//      256 MiB disk is half written (128 MiB written into the disk's files before the VM is made)
//      while its guest keeps writing a record and a FLUSH every 50 ms; and of the same VM without a
//      disk, in the same run, BENCH_REPS times each, alternating: downtime, total time, bytes on the
//      wire, disk bytes and blocks re-sent;
//   3. protection of the same two VMs (`vm protect`, then `vm unprotect`, BENCH_REPS times each,
//      alternating): time to `protected`, the first copy's bytes and disk blocks, and how long the
//      guest was paused for the checkpoint that completes it (the disk's blocks are copied before it
//      with the guest running; the host's log says each figure). A third peer is there for it.
//
//   node dist/scripts/bench-disk.js [--json] [--no-guest]      env: BENCH_REPS (3)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApiClient } from '../node/api/client.js'
import { emit, table } from '../node/cli/output.js'
import { V86Engine } from '../node/hypervisor/engine.js'
import { createDisk, openDisk } from '../node/hypervisor/disks/index.js'
import { DEFAULT_IMAGE_DIR } from '../node/hypervisor/images.js'
import { silentLogger } from '../node/log.js'
import type { MigrationView } from '../node/vms/migrate-out.js'
import type { VmView } from '../node/vms/view.js'
import type { CloudDisk } from '../overlay/records/index.js'
import type { DowntimeBreakdown } from '../overlay/migration/types.js'
import { testnetUp } from '../testnet/launcher.js'
import type { TestnetPeer } from '../testnet/state.js'
import { withBenchTestnet } from './lib/bench-testnet.js'
import { GuestShell, linuxConfig } from './lib/linux-shell.js'
import { sleep } from './lib/measure.js'
import { scriptArgs } from './lib/args.js'

const MiB = 1 << 20
const DISK_BYTES = 256 * MiB
const WRITTEN_BYTES = 128 * MiB
const BLOCK = 4096

interface GuestFigures { seqWriteMBps: number, seqReadMBps: number, randWriteIops: number, randWriteMBps: number }
interface ProtectRun { disk: boolean, protectedMs: number, copyMs: number, pauseMs: number, copyMB: number, diskBlocks: number }
interface MigrationRun { disk: boolean, downtimeMs: number, totalMs: number, bytes: number, diskBytes: number, diskBlocksResent: number, lastBlocks: number, lastBlocksMs: number, breakdown?: DowntimeBreakdown }

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[m] ?? NaN : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}
const round1 = (x: number): number => Math.round(x * 10) / 10
const round2 = (x: number): number => Math.round(x * 100) / 100

/**
 * MB/s of a guest command moving `bytes`, timed from the host (busybox's dd prints no rate): the
 * command's round trip over the serial console (~20 ms) is in it.
 */
async function timed (sh: GuestShell, command: string, bytes: number): Promise<number> {
  const t0 = performance.now()
  await sh.ok(command, 300_000)
  return bytes / ((performance.now() - t0) / 1000) / 1e6
}

async function guestThroughput (progress: (m: string) => void): Promise<GuestFigures | undefined> {
  if (!existsSync(join(DEFAULT_IMAGE_DIR, 'linux', 'manifest.json'))) {
    progress('no Linux image (npm run image:linux): guest throughput skipped')
    return undefined
  }
  const root = mkdtempSync(join(tmpdir(), 'bench-disk-guest-'))
  const engine = new V86Engine({ workers: 1, nice: 0, log: silentLogger() })
  await engine.start()
  try {
    const disk = { dir: join(root, 'disk'), sizeBytes: DISK_BYTES }
    await createDisk(disk.dir, { sizeBytes: DISK_BYTES })
    const m = await engine.create(await linuxConfig('bench-disk', { disks: [disk], memoryBytes: 128 * MiB }))
    const sh = new GuestShell(m)
    try {
      await m.run()
      progress('booting Linux with a 256 MiB disk')
      await sh.ready(180_000)
      await sh.ok('grep -q " /data " /proc/mounts')
      progress('sequential write, 32 MiB')
      await sh.ok('dd if=/dev/urandom of=/tmp/src bs=1M count=32 2>/dev/null', 300_000)
      const w = await timed(sh, 'dd if=/tmp/src of=/data/seq bs=1M conv=fsync 2>/dev/null', 32 * MiB)
      await sh.ok('rm /tmp/src; echo 3 > /proc/sys/vm/drop_caches')
      progress('sequential read, 32 MiB')
      const r = await timed(sh, 'dd if=/data/seq of=/dev/null bs=1M 2>/dev/null', 32 * MiB)
      progress('random 4 KiB writes (ioping -R -W, 10 s)')
      // ioping -B: raw statistics, "requests time iops mibs …" on one line.
      // The last line only: a long command line echoed back may wrap into the output's first lines.
      const raw = ((await sh.ok('ioping -B -R -W -D -s 4k -S 64m -w 10 /data 2>&1 | tail -n1', 120_000)).trim().split('\n').pop() ?? '').trim().split(/\s+/).map(Number)
      const iops = raw[2] ?? NaN
      return { seqWriteMBps: round1(w), seqReadMBps: round1(r), randWriteIops: Math.round(iops), randWriteMBps: round1(iops * BLOCK / 1e6) }
    } finally {
      sh.close()
      await m.destroy()
    }
  } finally {
    await engine.stop()
    rmSync(root, { recursive: true, force: true })
  }
}

/** Writes `bytes` of random-looking blocks, spread over the disk, into a detached disk's files. */
async function halfWrite (dir: string, bytes: number): Promise<void> {
  const d = await openDisk(dir, { sizeBytes: DISK_BYTES })
  try {
    const step = DISK_BYTES / bytes
    const per = 1024
    const total = bytes / BLOCK
    for (let at = 0; at < total; at += per) {
      const n = Math.min(per, total - at)
      const indexes = Uint32Array.from({ length: n }, (_, i) => Math.floor((at + i) * step))
      const data = new Uint8Array(n * BLOCK)
      for (let i = 0; i < data.length; i += 4096) data.fill((at + i / 4096) & 0xff, i, i + 4096)
      d.writeBlocks(indexes, data)
    }
    await d.flush()
  } finally {
    await d.close()
  }
}

/** The host's log line for a VM's first copy to a new standby (protection-link.ts), the last one after line `from`. */
function firstCopyLogged (log: string, vm: string, from: number): { copyMs: number, pauseMs: number, bytes: number, diskBlocks: number } | undefined {
  const lines = readFileSync(log, 'utf8').split('\n').slice(from)
  for (const line of lines.reverse()) {
    if (!line.includes('the standby holds a whole copy of the VM') || !line.includes(vm)) continue
    return JSON.parse(line) as { copyMs: number, pauseMs: number, bytes: number, diskBlocks: number }
  }
  return undefined
}

const lineCount = (log: string): number => readFileSync(log, 'utf8').split('\n').length - 1

async function onTestnet (reps: number, progress: (m: string) => void): Promise<{ runs: MigrationRun[], protects: ProtectRun[] }> {
  return await withBenchTestnet('disk', async ctx => {
    const net = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir: ctx.dir, peerConfig: { memoryBytes: 512 * MiB, diskBytes: 1024 * MiB } })
    const peers = net.peers as [TestnetPeer, TestnetPeer, TestnetPeer]
    const api = (i: number): ApiClient => new ApiClient({ url: peers[i]?.api ?? '', token: peers[i]?.token ?? '' }, 300_000)
    progress('a 256 MiB disk, 128 MiB of it written')
    const disk = await api(0).request<CloudDisk>('POST', '/v1/disks', { name: 'bench', sizeBytes: DISK_BYTES })
    await halfWrite(join(peers[0].dataDir, 'disks', disk.id), WRITTEN_BYTES)
    const withDisk = await api(0).request<VmView>('POST', '/v1/vms', { image: 'tiny', name: 'with-disk', disks: ['bench'] })
    const plain = await api(0).request<VmView>('POST', '/v1/vms', { image: 'tiny', name: 'no-disk' })
    ctx.created.push({ peer: 0, id: withDisk.id }, { peer: 0, id: plain.id })
    await sleep(2000)
    const at = new Map([[withDisk.id, 0], [plain.id, 0]])
    const runs: MigrationRun[] = []
    for (let rep = 0; rep < reps; rep++) {
      for (const vm of [withDisk, plain]) {
        const from = at.get(vm.id) ?? 0
        const to = 1 - from
        const started = await api(from).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: peers[to]?.id })
        let done: MigrationView | undefined
        for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
          const m = await api(from).request<MigrationView>('GET', `/v1/migrations/${started.id}`)
          if (m.phase === 'committed' || m.phase === 'aborted' || m.phase === 'unknown') { done = m; break }
          await sleep(100)
        }
        if (done?.phase !== 'committed') throw new Error(`migration of ${vm.name} ended ${done?.phase ?? 'never'}: ${done?.reason ?? ''}`)
        at.set(vm.id, to)
        ctx.created.splice(ctx.created.findIndex(c => c.id === vm.id), 1, { peer: to, id: vm.id })
        const run: MigrationRun = { disk: vm === withDisk, downtimeMs: done.downtimeMs ?? NaN, totalMs: done.totalMs ?? NaN, bytes: done.bytes, diskBytes: done.disk?.bytes ?? 0, diskBlocksResent: done.disk?.resent ?? 0, lastBlocks: done.disk?.lastBlocks ?? 0, lastBlocksMs: done.disk?.lastMs ?? 0, ...(done.downtimeBreakdownMs === undefined ? {} : { breakdown: done.downtimeBreakdownMs }) }
        runs.push(run)
        progress(`${vm.name} ${from}→${to}: downtime ${run.downtimeMs} ms, total ${run.totalMs} ms, ${(run.bytes / 1e6).toFixed(1)} MB (disk ${(run.diskBytes / 1e6).toFixed(1)} MB, ${run.diskBlocksResent} blocks re-sent, ${run.lastBlocks} after the pause)`)
        await sleep(1000)
      }
    }
    const protects: ProtectRun[] = []
    for (let rep = 0; rep < reps; rep++) {
      for (const vm of rep % 2 === 0 ? [withDisk, plain] : [plain, withDisk]) {
        const host = at.get(vm.id) ?? 0
        const log = peers[host]?.log ?? ''
        const mark = lineCount(log)
        const t0 = performance.now()
        await api(host).request<VmView>('POST', `/v1/vms/${vm.id}/protect`, {})
        for (const deadline = Date.now() + 300_000; ; await sleep(50)) {
          if ((await api(host).request<VmView>('GET', `/v1/vms/${vm.id}`)).protection?.state === 'protected') break
          if (Date.now() > deadline) throw new Error(`${vm.name} never protected`)
        }
        const protectedMs = performance.now() - t0
        const copy = firstCopyLogged(log, vm.id, mark)
        if (copy === undefined) throw new Error(`no first copy of ${vm.name} in ${log}`)
        const run: ProtectRun = { disk: vm === withDisk, protectedMs: Math.round(protectedMs), copyMs: copy.copyMs, pauseMs: copy.pauseMs, copyMB: round2(copy.bytes / 1e6), diskBlocks: copy.diskBlocks }
        protects.push(run)
        progress(`${vm.name} protected in ${run.protectedMs} ms: first copy ${run.copyMB} MB (${run.diskBlocks} disk blocks) in ${run.copyMs} ms, guest paused ${run.pauseMs} ms for its checkpoint`)
        await api(host).request<VmView>('POST', `/v1/vms/${vm.id}/unprotect`)
        await sleep(1000)
      }
    }
    return { runs, protects }
  })
}

async function main (): Promise<void> {
  const { values } = scriptArgs('npm run bench:disk [-- --json] [--no-guest]   (env BENCH_REPS=3)', { options: { json: { type: 'boolean' }, 'no-guest': { type: 'boolean' } } })
  const reps = Number(process.env.BENCH_REPS ?? 3)
  const progress = (m: string): void => { process.stderr.write(`[bench:disk] ${m}\n`) }
  const guest = values['no-guest'] === true ? undefined : await guestThroughput(progress)
  const { runs, protects } = await onTestnet(reps, progress)
  const summary = (disk: boolean): Record<string, number> => {
    const rs = runs.filter(r => r.disk === disk)
    return {
      downtimeMs: round1(median(rs.map(r => r.downtimeMs))),
      totalMs: round1(median(rs.map(r => r.totalMs))),
      wireMB: round1(median(rs.map(r => r.bytes)) / 1e6),
      diskMB: round1(median(rs.map(r => r.diskBytes)) / 1e6),
      diskBlocksResent: median(rs.map(r => r.diskBlocksResent)),
      lastBlocks: median(rs.map(r => r.lastBlocks))
    }
  }
  const withDisk = summary(true)
  const without = summary(false)
  const protection = (disk: boolean): Record<string, number> => {
    const rs = protects.filter(r => r.disk === disk)
    return { protectedMs: median(rs.map(r => r.protectedMs)), copyMs: median(rs.map(r => r.copyMs)), pauseMs: median(rs.map(r => r.pauseMs)), copyMB: median(rs.map(r => r.copyMB)), diskBlocks: median(rs.map(r => r.diskBlocks)) }
  }
  const protectWithDisk = protection(true)
  const protectWithout = protection(false)
  const result = {
    guest: guest ?? null,
    migration: { reps, withDisk, without, extraDowntimeMs: round1((withDisk.downtimeMs ?? 0) - (without.downtimeMs ?? 0)), extraTotalMs: round1((withDisk.totalMs ?? 0) - (without.totalMs ?? 0)) },
    protection: { reps, withDisk: protectWithDisk, without: protectWithout, extraPauseMs: round1((protectWithDisk.pauseMs ?? 0) - (protectWithout.pauseMs ?? 0)) },
    runs,
    protects
  }
  emit({ json: values.json === true }, result, () => [
    guest === undefined ? 'guest throughput: skipped' : `guest (Linux, ext4 on /data, 256 MiB disk): sequential write ${guest.seqWriteMBps} MB/s, sequential read ${guest.seqReadMBps} MB/s, random 4 KiB writes ${guest.randWriteIops} IOPS (${guest.randWriteMBps} MB/s)`,
    `live migration, tiny VM, 256 MiB disk with 128 MiB written, guest writing + flushing every 50 ms (median of ${reps}):`,
    table([{ vm: 'with disk', ...withDisk }, { vm: 'without', ...without }], ['vm', 'downtimeMs', 'totalMs', 'wireMB', 'diskMB', 'diskBlocksResent', 'lastBlocks']),
    `the disk adds ${result.migration.extraDowntimeMs} ms of downtime and ${result.migration.extraTotalMs} ms of total time`,
    `protection of the same VMs (vm protect; median of ${reps}): time to protected, the first copy, the guest's pause for the checkpoint that completes it:`,
    table([{ vm: 'with disk', ...protectWithDisk }, { vm: 'without', ...protectWithout }], ['vm', 'protectedMs', 'copyMs', 'copyMB', 'diskBlocks', 'pauseMs']),
    `the disk adds ${result.protection.extraPauseMs} ms to the guest's pause as it is protected`
  ].join('\n'))
}

main().catch(err => {
  process.stderr.write(`bench:disk failed: ${(err as Error).stack ?? String(err)}\n`)
  process.exitCode = 1
})
