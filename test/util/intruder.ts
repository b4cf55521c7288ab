// An in-process libp2p peer for bad-input tests: it holds the swarm key but is not admitted unless
// a test says so, and speaks raw bytes on the daemon's protocols.
import { readFileSync } from 'node:fs'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import type { PrivateKey, Stream } from '@libp2p/interface'
import { createHost, type Host } from '../../node/host.js'
import { decodeSwarmKey } from '../../overlay/pnet/index.js'

export async function startIntruder (swarmKeyFile: string, key?: PrivateKey, listen = ['/ip4/127.0.0.1/tcp/0']): Promise<Host> {
  const host = await createHost({
    privateKey: key ?? await generateKeyPair('Ed25519'),
    swarmKey: decodeSwarmKey(readFileSync(swarmKeyFile)),
    listen,
    announce: [],
    bootstrap: [],
    maxConnections: 16,
    dialFrom: ''
  })
  await host.start()
  return host
}

export async function openStream (host: Host, addr: string, protocol: string): Promise<Stream> {
  return await host.dialProtocol(multiaddr(addr), protocol, { signal: AbortSignal.timeout(10_000) })
}

/** Sends bytes and collects whatever comes back until the stream ends or `ms` passes. */
export async function sendRaw (stream: Stream, bytes: Uint8Array, ms = 3000): Promise<{ received: number, ended: boolean }> {
  try {
    stream.send(bytes)
  } catch {
    // Reset already (a member's gate resets a non-member's streams at once).
    return { received: 0, ended: true }
  }
  let received = 0
  const timer = AbortSignal.timeout(ms)
  try {
    for await (const chunk of stream) {
      received += chunk.byteLength
      if (timer.aborted) break
    }
    return { received, ended: true }
  } catch {
    return { received, ended: true }
  }
}
