// Run inside a NAT testnet namespace: a peer that holds the swarm key but is no member asks a relay
// for a reservation (circuit relay v2 HOP RESERVE) and prints the relay's answer as JSON.
//   node relay-probe.js <swarm.key> <relay multiaddr>
import '../../node/runtime/polyfill.js'
import { multiaddr } from '@multiformats/multiaddr'
import { lpStream } from '@libp2p/utils'
import protobuf from 'protobufjs'
import { startIntruder } from './intruder.js'

// HopMessage { type = 1 (RESERVE = 0, STATUS = 2), status = 5 (OK = 100, PERMISSION_DENIED = 202) }
const RESERVE = Uint8Array.from([0x08, 0x00])
const STATUS_NAMES: Record<number, string> = { 100: 'OK', 200: 'RESERVATION_REFUSED', 202: 'PERMISSION_DENIED' }

async function main (): Promise<void> {
  const [keyFile, relay] = process.argv.slice(2)
  if (keyFile === undefined || relay === undefined) throw new Error('usage: relay-probe <swarm.key> <relay multiaddr>')
  const host = await startIntruder(keyFile, undefined, ['/ip4/0.0.0.0/tcp/0'])
  try {
    const stream = await host.dialProtocol(multiaddr(relay), '/libp2p/circuit/relay/0.2.0/hop', { signal: AbortSignal.timeout(10_000) })
    const lp = lpStream(stream, { maxDataLength: 4096 })
    await lp.write(RESERVE, { signal: AbortSignal.timeout(10_000) })
    const reply = (await lp.read({ signal: AbortSignal.timeout(10_000) })).subarray()
    const reader = protobuf.Reader.create(reply)
    let status = -1
    while (reader.pos < reader.len) {
      const tag = reader.uint32()
      if (tag >>> 3 === 5) status = reader.uint32()
      else reader.skipType(tag & 7)
    }
    process.stdout.write(JSON.stringify({ status: STATUS_NAMES[status] ?? String(status) }) + '\n')
  } finally {
    await host.stop()
  }
}

main().then(() => process.exit(0), (err: Error) => { process.stdout.write(JSON.stringify({ error: `${err.name}: ${err.message}` }) + '\n'); process.exit(1) })
