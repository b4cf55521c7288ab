// Bulk throughput of one libp2p stream (tcp + noise + yamux on 127.0.0.1), without and with the
// pnet connection protector, in the same run.
//
//   node dist/scripts/bench-pnet.js [MiB per transfer, default 256] [rounds, default 3] [--json] [--in-process]
//
// By default the receiving nodes run in a child process, so sender and receiver each have a core,
// as two daemons on two machines would: the protector's cost is paid once per side, on that side's
// core. With --in-process both nodes share one thread and every cost is paid twice on it (the
// setup of earlier runs of this benchmark): a floor, not what two peers see.
import '../node/runtime/polyfill.js'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p, type Libp2p } from 'libp2p'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createInterface } from 'node:readline'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import type { ConnectionProtector, ComponentLogger, Stream } from '@libp2p/interface'
import { emit } from '../node/cli/output.js'
import { clockTicksPerSecond, cpuTicks } from './lib/measure.js'
import { decodeSwarmKey, generateSwarmKey, privateNetwork } from '../overlay/pnet/index.js'
import { Keystream } from '../overlay/pnet/pnet.js'
import { scriptArgs } from './lib/args.js'

const PROTOCOL = '/supercloud/bench/bulk/1.0.0'
const CHUNK = 64 * 1024
/** The receiver's answer: the byte count it read, as a little-endian float64. */
const REPLY_BYTES = 8
const TRANSFER_TIMEOUT_MS = 120_000
const SWARM_KEY_ENV = 'SUPERCLOUD_BENCH_SWARM_KEY'

type ProtectorFactory = (components: { logger: ComponentLogger }) => ConnectionProtector

interface Receivers { plain: string, protected: string }

/** CPU time per byte carried, in ns: of the sending and of the receiving process. */
interface CpuPerByte { sender: number, receiver: number }
interface Transfer { mbps: number, cpu: CpuPerByte }
interface ReceiverHandle { addrs: Receivers, stop: () => Promise<void>, cpuSeconds: () => number }

const TICKS_PER_SECOND = clockTicksPerSecond()
const ownCpuSeconds = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6 }

async function createNode (connectionProtector?: ProtectorFactory): Promise<Libp2p> {
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionProtector
  })
}

/** Reads a stream to its end and answers with how many bytes it read. */
async function countAndReply (stream: Stream): Promise<void> {
  let bytes = 0
  for await (const chunk of stream) bytes += chunk.byteLength
  const reply = new Uint8Array(REPLY_BYTES)
  new DataView(reply.buffer).setFloat64(0, bytes, true)
  stream.send(reply)
  await stream.close({ signal: AbortSignal.timeout(10_000) })
}

/** Two listening nodes, one without and one with the protector, that count what they are sent. */
async function startReceivers (swarmKey: Uint8Array): Promise<{ addrs: Receivers, stop: () => Promise<void> }> {
  const [plain, guarded] = await Promise.all([createNode(), createNode(privateNetwork({ swarmKey }))])
  for (const node of [plain, guarded]) {
    await node.handle(PROTOCOL, async (stream) => { await countAndReply(stream) }, { maxInboundStreams: 4 })
  }
  return {
    addrs: { plain: plain.getMultiaddrs()[0]!.toString(), protected: guarded.getMultiaddrs()[0]!.toString() },
    stop: async () => { await Promise.all([plain.stop(), guarded.stop()]) }
  }
}

/** The receivers in a child process: it prints their addresses, and exits when its stdin closes. */
async function receiverProcess (): Promise<void> {
  const key = process.env[SWARM_KEY_ENV]
  if (key === undefined) throw new Error(`${SWARM_KEY_ENV} is not set`)
  const receivers = await startReceivers(decodeSwarmKey(Buffer.from(key, 'base64')))
  process.stdout.write(JSON.stringify(receivers.addrs) + '\n')
  process.stdin.resume()
  await new Promise((resolve) => process.stdin.once('close', resolve))
  await receivers.stop()
}

async function spawnReceivers (swarmKey: Uint8Array): Promise<ReceiverHandle> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--role', 'receiver'], {
    env: { ...process.env, [SWARM_KEY_ENV]: Buffer.from(swarmKey).toString('base64') },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => { resolve() }))
  const lines = createInterface({ input: child.stdout })
  const first = await Promise.race([
    new Promise<string>((resolve) => lines.once('line', resolve)),
    exited.then(() => { throw new Error('the receiver process exited before listening') }),
    new Promise<never>((_resolve, reject) => setTimeout(() => { reject(new Error('the receiver process did not listen within 30 s')) }, 30_000).unref())
  ])
  const pid = child.pid ?? 0
  return {
    addrs: JSON.parse(first) as Receivers,
    cpuSeconds: () => cpuTicks(pid) / TICKS_PER_SECOND,
    stop: async () => {
      child.stdin.end()
      const timer = setTimeout(() => child.kill(), 5_000)
      await exited
      clearTimeout(timer)
    }
  }
}

/**
 * MB/s of `mib` MiB sent over one stream on a fresh connection, until the receiver has counted every
 * byte, and the CPU each side spent per byte (in one process, both sides' CPU is the one figure).
 */
async function transfer (receivers: ReceiverHandle, to: string, mib: number, connectionProtector?: ProtectorFactory): Promise<Transfer> {
  const sender = await createNode(connectionProtector)
  try {
    const total = mib * 1024 * 1024
    const chunks = Array.from({ length: 16 }, () => randomBytes(CHUNK))
    const signal = AbortSignal.timeout(TRANSFER_TIMEOUT_MS)
    const stream = await sender.dialProtocol(multiaddr(to), PROTOCOL, { signal })
    const started = performance.now()
    const cpu0 = [ownCpuSeconds(), receivers.cpuSeconds()]
    for (let sent = 0, i = 0; sent < total; sent += CHUNK, i++) {
      if (!stream.send(chunks[i % chunks.length]!)) await stream.onDrain({ signal })
    }
    await stream.close({ signal })
    let reply = new Uint8Array(0)
    for await (const chunk of stream) reply = Buffer.concat([reply, chunk.subarray()])
    const seconds = (performance.now() - started) / 1000
    const nsPerByte = (s: number): number => Math.round(s * 1e9 / total * 100) / 100
    const cpu = { sender: nsPerByte(ownCpuSeconds() - (cpu0[0] ?? 0)), receiver: nsPerByte(receivers.cpuSeconds() - (cpu0[1] ?? 0)) }
    if (reply.byteLength !== REPLY_BYTES) throw new Error(`the receiver answered ${reply.byteLength} bytes, not ${REPLY_BYTES}`)
    const bytes = new DataView(reply.buffer, reply.byteOffset).getFloat64(0, true)
    if (bytes !== total) throw new Error(`the receiver counted ${bytes} of ${total} bytes`)
    return { mbps: total / 1e6 / seconds, cpu }
  } finally {
    await sender.stop()
  }
}

/** MB/s of the keystream alone: one direction, one core, 64 KiB + 2 B chunks like noise frames. */
function keystreamOnly (mib: number): number {
  const keystream = new Keystream(randomBytes(32), randomBytes(24))
  const chunk = randomBytes(CHUNK + 2)
  const started = performance.now()
  for (let done = 0; done < mib * 1024 * 1024; done += chunk.byteLength) keystream.xor(chunk)
  return mib * 1024 * 1024 / 1e6 / ((performance.now() - started) / 1000)
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const round = (x: number): number => Math.round(x * 10) / 10

async function main (): Promise<void> {
  const { values, positionals } = scriptArgs('npm run bench:pnet [-- --json] [--in-process]', {
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'in-process': { type: 'boolean', default: false }, role: { type: 'string' } }
  })
  if (values.role === 'receiver') return await receiverProcess()
  const mib = Number(positionals[0] ?? 256)
  const rounds = Number(positionals[1] ?? 3)
  if (!(mib > 0) || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error('usage: bench-pnet [MiB per transfer > 0] [rounds >= 1] [--json] [--in-process]')
  }
  const progress = (message: string): void => { process.stderr.write(`[pnet] ${message}\n`) }
  const inProcess = values['in-process']
  const mode = inProcess ? 'one process: sender and receiver share one thread' : 'two processes: sender and receiver each have their own'
  const swarmKey = generateSwarmKey()
  const pnet = privateNetwork({ swarmKey })
  const receivers: ReceiverHandle = inProcess ? { ...await startReceivers(swarmKey), cpuSeconds: () => 0 } : await spawnReceivers(swarmKey)
  const plainRuns: Transfer[] = []
  const guardedRuns: Transfer[] = []
  try {
    // Untimed: the first connections warm up the JIT on both sides.
    await transfer(receivers, receivers.addrs.plain, Math.min(mib, 32))
    await transfer(receivers, receivers.addrs.protected, Math.min(mib, 32), pnet)
    for (let r = 1; r <= rounds; r++) {
      plainRuns.push(await transfer(receivers, receivers.addrs.plain, mib))
      guardedRuns.push(await transfer(receivers, receivers.addrs.protected, mib, pnet))
      const [p, g] = [plainRuns.at(-1)!, guardedRuns.at(-1)!]
      progress(`round ${r}/${rounds}: without ${p.mbps.toFixed(0)} MB/s, with pnet ${g.mbps.toFixed(0)} MB/s; ` +
        `CPU ns per byte without/with: sender ${p.cpu.sender}/${g.cpu.sender}, receiver ${p.cpu.receiver}/${g.cpu.receiver}`)
    }
  } finally {
    await receivers.stop()
  }
  const plain = plainRuns.map(t => t.mbps)
  const guarded = guardedRuns.map(t => t.mbps)
  const unprotectedMBps = median(plain)
  const protectedMBps = median(guarded)
  const cpuMedian = (runs: Transfer[]): CpuPerByte => ({ sender: median(runs.map(t => t.cpu.sender)), receiver: median(runs.map(t => t.cpu.receiver)) })
  const result = {
    protectedMBps: round(protectedMBps),
    unprotectedMBps: round(unprotectedMBps),
    ratio: Math.round(protectedMBps / unprotectedMBps * 100) / 100,
    mode,
    transferMiB: mib,
    chunkBytes: CHUNK,
    rounds,
    runsMBps: { protected: guarded.map(round), unprotected: plain.map(round) },
    // CPU per byte (medians) shows what each side pays whatever else the machine runs; in one
    // process it is all under sender.
    cpuNsPerByte: { protected: cpuMedian(guardedRuns), unprotected: cpuMedian(plainRuns) },
    keystreamMBps: round(keystreamOnly(Math.min(mib, 128)))
  }
  emit({ json: values.json }, result, () => [
    `one stream, ${mib} MiB in ${CHUNK / 1024} KiB chunks, ${mode}; median of ${rounds}:`,
    `  without protector  ${result.unprotectedMBps.toFixed(0)} MB/s`,
    `  with pnet          ${result.protectedMBps.toFixed(0)} MB/s`,
    `  ratio              ${result.ratio.toFixed(2)}`,
    inProcess
      ? `  CPU ns per byte    ${result.cpuNsPerByte.unprotected.sender} → ${result.cpuNsPerByte.protected.sender} (both sides, one process; without → with)`
      : `  CPU ns per byte    sender ${result.cpuNsPerByte.unprotected.sender} → ${result.cpuNsPerByte.protected.sender}, receiver ${result.cpuNsPerByte.unprotected.receiver} → ${result.cpuNsPerByte.protected.receiver} (without → with)`,
    `  keystream alone    ${result.keystreamMBps.toFixed(0)} MB/s (one direction, one core)`
  ].join('\n'))
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err)
  process.exit(1)
})
