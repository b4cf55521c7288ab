// Bulk throughput of one libp2p stream between two in-process nodes (tcp + noise + yamux on
// 127.0.0.1), without and with the pnet connection protector, in the same run.
//
//   node dist/scripts/bench-pnet.js [MiB per transfer, default 256] [rounds, default 3]
//
// Both nodes share one thread, so the protector's cost is paid twice (encrypt and decrypt) on the
// same core: the ratio is a floor for two processes on two cores.
import '../node/runtime/polyfill.js'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { Uint8ArrayList } from 'uint8arraylist'
import type { ConnectionProtector, ComponentLogger } from '@libp2p/interface'
import { generateSwarmKey, privateNetwork } from '../overlay/pnet/index.js'
import { Keystream } from '../overlay/pnet/pnet.js'

const PROTOCOL = '/supercloud/bench/bulk/1.0.0'
const CHUNK = 64 * 1024

type ProtectorFactory = (components: { logger: ComponentLogger }) => ConnectionProtector

async function createNode (connectionProtector?: ProtectorFactory) {
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionProtector
  })
}

/** MiB/s of `mib` MiB sent over one stream, timed until the receiver has every byte. */
async function transfer (mib: number, connectionProtector?: ProtectorFactory): Promise<number> {
  const [sender, receiver] = await Promise.all([createNode(connectionProtector), createNode(connectionProtector)])
  try {
    const total = mib * 1024 * 1024
    const chunks = Array.from({ length: 16 }, () => randomBytes(CHUNK))
    const done = Promise.withResolvers<number>()
    await receiver.handle(PROTOCOL, async (stream) => {
      let bytes = 0
      for await (const chunk of stream) bytes += chunk.byteLength
      done.resolve(bytes)
    })
    const stream = await sender.dialProtocol(receiver.getMultiaddrs()[0]!, PROTOCOL)
    const started = performance.now()
    for (let sent = 0, i = 0; sent < total; sent += CHUNK, i++) {
      if (!stream.send(chunks[i % chunks.length]!)) await stream.onDrain({ signal: AbortSignal.timeout(30_000) })
    }
    await stream.close()
    const bytes = await done.promise
    const seconds = (performance.now() - started) / 1000
    if (bytes !== total) throw new Error(`received ${bytes} of ${total} bytes`)
    return mib / seconds
  } finally {
    await Promise.all([sender.stop(), receiver.stop()])
  }
}

/** MiB/s of the keystream alone (one direction, 64 KiB + 2 B chunks like noise frames). */
function cipherOnly (mib: number): number {
  const keystream = new Keystream(randomBytes(32), randomBytes(24))
  const chunk = new Uint8ArrayList(randomBytes(CHUNK + 2))
  const started = performance.now()
  for (let done = 0; done < mib * 1024 * 1024; done += chunk.byteLength) keystream.xorCopy(chunk)
  return mib / ((performance.now() - started) / 1000)
}

function median (values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function main (): Promise<void> {
  const mib = Number(process.argv[2] ?? 256)
  const rounds = Number(process.argv[3] ?? 3)
  if (!(mib > 0) || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error('usage: bench-pnet [MiB per transfer > 0] [rounds >= 1]')
  }
  const pnet = privateNetwork({ swarmKey: generateSwarmKey() })
  await transfer(Math.min(mib, 32))
  await transfer(Math.min(mib, 32), pnet)

  const plain: number[] = []
  const protectedRuns: number[] = []
  for (let round = 1; round <= rounds; round++) {
    plain.push(await transfer(mib))
    protectedRuns.push(await transfer(mib, pnet))
    console.log(`round ${round}: without ${plain.at(-1)!.toFixed(0)} MiB/s, with pnet ${protectedRuns.at(-1)!.toFixed(0)} MiB/s`)
  }
  const without = median(plain)
  const withPnet = median(protectedRuns)
  console.log(`one stream, ${mib} MiB in ${CHUNK / 1024} KiB chunks, two in-process nodes, median of ${rounds}:`)
  console.log(`  without protector  ${without.toFixed(0)} MiB/s`)
  console.log(`  with pnet          ${withPnet.toFixed(0)} MiB/s`)
  console.log(`  ratio              ${(withPnet / without).toFixed(2)}`)
  console.log(`  keystream alone    ${cipherOnly(Math.min(mib, 128)).toFixed(0)} MiB/s (one direction, one core)`)
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err)
  process.exit(1)
})
