// How fast VMs come up on one daemon: `vm create --image tiny` until running (guest ready), the
// Linux guest until its shell prompt, and snapshot / restore of both, through the API as the CLI
// uses it. The Linux figures need the image (npm run image:linux) and are skipped without it.
//
//   node dist/scripts/bench-boot.js [--json]      env: BENCH_TINY (10 creates), BENCH_LINUX (2 boots)
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ApiClient } from '../node/api/client.js'
import { emit, table } from '../node/cli/output.js'
import { DEFAULT_IMAGE_DIR } from '../node/hypervisor/images.js'
import type { VmView } from '../node/vms/view.js'
import { testnetUp } from '../testnet/launcher.js'
import { withBenchTestnet } from './lib/bench-testnet.js'
import { percentiles, sleep, type Percentiles } from './lib/measure.js'
import { scriptArgs } from './lib/args.js'

const PROMPT_TIMEOUT_MS = 180_000

interface Row { what: string, runs: number, ms: Percentiles, note: string }

async function timed<T> (fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now()
  const value = await fn()
  return [performance.now() - t, value]
}

async function untilPrompt (client: ApiClient, vm: VmView): Promise<void> {
  const deadline = Date.now() + PROMPT_TIMEOUT_MS
  while (Date.now() < deadline) {
    const logs = Buffer.from(await client.requestBytes('GET', `/v1/vms/${vm.id}/logs`)).toString('latin1')
    if (logs.includes('supercloud-linux: ready') && logs.includes(`${vm.name}# `)) return
    await sleep(100)
  }
  throw new Error(`no shell prompt from ${vm.name} within ${PROMPT_TIMEOUT_MS} ms`)
}

/** Snapshot then restore of `vm` on the same peer, `runs` times; the restored copies are removed. */
async function snapshotRestore (client: ApiClient, vm: VmView, runs: number): Promise<{ save: number[], restore: number[], bytes: number }> {
  const save: number[] = []
  const restore: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const [s, snapshot] = await timed(async () => await client.requestBytes('GET', `/v1/vms/${vm.id}/snapshot`))
    bytes = snapshot.byteLength
    const [r, restored] = await timed(async () => await client.upload<VmView>(`/v1/vms/restore?name=${vm.name}-r${i}`, snapshot))
    save.push(s)
    restore.push(r)
    await client.request('DELETE', `/v1/vms/${restored.id}`)
  }
  return { save, restore, bytes }
}

async function main (): Promise<void> {
  const { values } = scriptArgs('npm run bench:boot [-- --json]   (env BENCH_TINY=10, BENCH_LINUX=2 runs; BENCH_JSON=1)', { options: { json: { type: 'boolean' } } })
  const json = values.json === true || process.env.BENCH_JSON === '1'
  const tinyRuns = Number(process.env.BENCH_TINY ?? 10)
  const linuxRuns = Number(process.env.BENCH_LINUX ?? 2)
  const linux = existsSync(join(DEFAULT_IMAGE_DIR, 'linux', 'manifest.json'))
  const rows: Row[] = []
  await withBenchTestnet('boot', async ({ dir, created, progress }) => {
    const net = await testnetUp({ peers: 1, providers: ['local'], dir, onProgress: progress })
    const peer = net.peers[0]
    if (peer === undefined) throw new Error('no peer')
    // Long enough for a Linux snapshot on a loaded machine.
    const client = new ApiClient({ url: peer.api, token: peer.token }, 300_000)

    const creates: number[] = []
    let tiny: VmView | undefined
    for (let i = 0; i < tinyRuns; i++) {
      const [ms, vm] = await timed(async () => await client.request<VmView>('POST', '/v1/vms', { image: 'tiny', name: `tiny-${i}` }))
      if (vm.phase !== 'running' || vm.guest?.ready !== true) throw new Error(`tiny-${i} came back ${vm.phase}`)
      creates.push(ms)
      if (tiny === undefined) {
        tiny = vm
        created.push({ peer: 0, id: vm.id })
      } else {
        await client.request('DELETE', `/v1/vms/${vm.id}`)
      }
    }
    rows.push({ what: 'tiny: create until running (guest ready)', runs: tinyRuns, ms: percentiles(creates), note: '32 MiB; HTTP round trip included' })
    if (tiny !== undefined) {
      const t = await snapshotRestore(client, tiny, 5)
      rows.push({ what: 'tiny: snapshot to the caller', runs: 5, ms: percentiles(t.save), note: `${(t.bytes / 1048576).toFixed(1)} MiB file` })
      rows.push({ what: 'tiny: restore from the caller until running', runs: 5, ms: percentiles(t.restore), note: '' })
    }

    if (linux) {
      const boots: number[] = []
      let first: VmView | undefined
      for (let i = 0; i < linuxRuns; i++) {
        const [ms, vm] = await timed(async () => {
          const booted = await client.request<VmView>('POST', '/v1/vms', { image: 'linux', name: `linux-${i}` })
          created.push({ peer: 0, id: booted.id })
          await untilPrompt(client, booted)
          return booted
        })
        boots.push(ms)
        if (first === undefined) first = vm
      }
      rows.push({ what: 'linux: create until the shell prompt', runs: linuxRuns, ms: percentiles(boots), note: '128 MiB, ne2k; aim under 30 s' })
      if (first !== undefined) {
        const l = await snapshotRestore(client, first, 3)
        rows.push({ what: 'linux: snapshot at the prompt', runs: 3, ms: percentiles(l.save), note: `${(l.bytes / 1048576).toFixed(1)} MiB file` })
        rows.push({ what: 'linux: restore until running', runs: 3, ms: percentiles(l.restore), note: '' })
      }
    }
  })
  emit({ json }, { rows, linux }, () => table(rows.map(r => ({ what: r.what, runs: r.runs, p50: r.ms.p50, p99: r.ms.p99, max: r.ms.max, note: r.note })), ['what', 'runs', 'p50', 'p99', 'max', 'note']) +
    '\n(ms; one daemon on this machine)' + (linux ? '' : '\nlinux figures skipped: run npm run image:linux first'))
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-boot: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
