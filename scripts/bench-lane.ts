// Bulk throughput of a lane (overlay/lane: AES-256-GCM, a worker thread at each end) on 127.0.0.1:
// a migration's shadow of RAM (shared memory, random bytes) sent in 1 MiB messages, as a source's
// lane sends pages, and the CPU it took per byte (this process: both lane workers and the thread
// feeding them). Compare with `bench:pnet`'s protected libp2p stream, which a migration used before.
//
//   node dist/scripts/bench-lane.js [--mib 256] [--rounds 3] [--json]
import { randomFillSync } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { pino } from 'pino'
import { Lanes, newLaneTicket } from '../overlay/lane/lanes.js'
import { packagePath } from '../overlay/core/package-root.js'
import { emit } from '../node/cli/output.js'
import { scriptArgs } from './lib/args.js'

const MiB = 1 << 20
const round2 = (x: number): number => Math.round(x * 100) / 100

async function main (): Promise<void> {
  const { values } = scriptArgs('npm run bench:lane [-- --mib 256] [-- --rounds 3] [-- --json]', {
    options: { mib: { type: 'string', default: '256' }, rounds: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } }
  })
  const mib = Number(values.mib)
  const rounds = Number(values.rounds)
  if (!(Number.isInteger(mib) && mib > 0 && mib <= 4096 && Number.isInteger(rounds) && rounds > 0)) throw new Error('--mib takes 1..4096, --rounds a positive integer')
  const lanes = (): Lanes => new Lanes({ workerUrl: pathToFileURL(packagePath('dist', 'overlay', 'lane', 'worker.js')), host: '127.0.0.1', port: 0, log: pino({ level: 'silent' }) })
  const source = lanes()
  const destination = lanes()
  await source.start()
  await destination.start()
  const shadow = new Uint8Array(new SharedArrayBuffer(mib * MiB))
  for (let at = 0; at < shadow.byteLength; at += 64 << 10) randomFillSync(shadow, at, 64 << 10)
  const runs: Array<{ mbps: number, nsPerByte: number }> = []
  try {
    for (let r = 0; r < rounds; r++) {
      const ticket = newLaneTicket()
      const inbound = destination.expect(ticket)
      const received = (async () => { let n = 0; for await (const chunk of inbound) n += chunk.byteLength; return n })()
      const outbound = await source.connect(ticket, '127.0.0.1', destination.port, AbortSignal.timeout(5_000))
      const cpu = process.cpuUsage()
      const t0 = performance.now()
      for (let at = 0; at < shadow.byteLength; at += MiB) {
        if (!outbound.send(shadow.subarray(at, at + MiB))) await outbound.onDrain({ signal: AbortSignal.timeout(30_000) })
      }
      outbound.end()
      const bytes = await received
      const ms = performance.now() - t0
      const used = process.cpuUsage(cpu)
      if (bytes !== shadow.byteLength) throw new Error(`the lane carried ${bytes} of ${shadow.byteLength} bytes`)
      runs.push({ mbps: round2(bytes / 1e6 / (ms / 1000)), nsPerByte: round2((used.user + used.system) * 1000 / bytes) })
    }
  } finally {
    await source.stop()
    await destination.stop()
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN
  const result = { mib, rounds, laneMBps: median(runs.map(r => r.mbps)), cpuNsPerByte: median(runs.map(r => r.nsPerByte)), runs }
  emit({ json: values.json }, result, () => `lane: ${result.laneMBps} MB/s (median of ${rounds} × ${mib} MiB), ${result.cpuNsPerByte} ns of CPU per byte (both ends)`)
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
