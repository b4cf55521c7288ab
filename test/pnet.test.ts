import '../node/runtime/polyfill.js'
import { gossipsub } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { echo, multiaddrConnectionPair } from '@libp2p/utils'
import { yamux } from '@libp2p/yamux'
import { xsalsa20 } from '@noble/ciphers/salsa.js'
import { expect } from 'chai'
import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { connect, createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { createLibp2p } from 'libp2p'
import { Uint8ArrayList } from 'uint8arraylist'
import { multiaddr } from '@multiformats/multiaddr'
import type { ComponentLogger, Logger, MessageStream } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { decodeSwarmKey, generateSwarmKey, privateNetwork } from '../overlay/pnet/index.js'
import { Keystream } from '../overlay/pnet/pnet.js'
import { DIRECT_XOR_MIN_BYTES } from '../overlay/pnet/constants.js'

const BULK = '/supercloud/test/bulk/1.0.0'
const ECHO = '/supercloud/test/echo/1.0.0'
const TOPIC = 'pnet-test'
/** For the nodes that must drop silent or garbage-sending peers quickly (defaults: 5 s and 10 s). */
const STRICT = { handshakeTimeoutMs: 2_000, inboundUpgradeTimeout: 5_000 }

const silentLog: Logger = Object.assign(() => {}, {
  error: () => {}, trace: () => {}, enabled: false, newScope: () => silentLog
})
const silentLogger: ComponentLogger = { forComponent: () => silentLog }

async function createNode (swarmKey: Uint8Array, options: Partial<typeof STRICT> = {}) {
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionProtector: privateNetwork({ swarmKey, timeoutMs: options.handshakeTimeoutMs }),
    connectionManager: options.inboundUpgradeTimeout == null ? {} : { inboundUpgradeTimeout: options.inboundUpgradeTimeout },
    services: { identify: identify(), pubsub: gossipsub({ allowPublishToZeroTopicPeers: true }) }
  })
}
type Node = Awaited<ReturnType<typeof createNode>>

async function waitFor (what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(10)
  }
}

/** Resolves once 1,000 random bytes echo back through a fresh node with `swarmKey` dialing `target`. */
async function echoThrough (target: Multiaddr, swarmKey: Uint8Array): Promise<void> {
  const node = await createNode(swarmKey)
  try {
    const stream = await node.dialProtocol(target, ECHO, { signal: AbortSignal.timeout(15_000) })
    const sent = randomBytes(1_000)
    const got = new Uint8ArrayList()
    stream.send(sent)
    for await (const chunk of stream) {
      got.append(chunk)
      if (got.byteLength >= sent.byteLength) break
    }
    expect(Buffer.from(got.subarray())).to.deep.equal(sent)
  } finally {
    await node.stop()
  }
}

describe('pnet connection protector', function () {
  this.timeout(120_000)
  const swarmKey = generateSwarmKey()
  let listener: Node
  let dialer: Node
  let strict: Node
  let target: Multiaddr
  let strictTarget: Multiaddr

  before(async () => {
    [listener, dialer, strict] = await Promise.all([
      createNode(swarmKey), createNode(swarmKey), createNode(swarmKey, STRICT)
    ])
    target = listener.getMultiaddrs()[0]!
    strictTarget = strict.getMultiaddrs()[0]!
    await listener.handle(ECHO, async (stream) => { await echo(stream) })
    await strict.handle(ECHO, async (stream) => { await echo(stream) })
  })

  after(async () => {
    await Promise.all([dialer?.stop(), listener?.stop(), strict?.stop()])
  })

  it('carries 256 MiB on one stream alongside large gossip messages on the same connection', async function () {
    this.timeout(180_000) // ~6 s on an idle machine, ~30 s when other jobs load the 2 cores
    const TOTAL = 256 * 1024 * 1024
    const CHUNK = 64 * 1024
    const crashes: unknown[] = []
    const onCrash = (err: unknown): void => { crashes.push(err) }
    process.on('uncaughtException', onCrash)
    process.on('unhandledRejection', onCrash)
    try {
      const received = new Promise<{ bytes: number, digest: string }>((resolve, reject) => {
        listener.handle(BULK, async (stream) => {
          const hash = createHash('sha256')
          let bytes = 0
          for await (const chunk of stream) {
            for (const buf of chunk instanceof Uint8Array ? [chunk] : chunk) {
              hash.update(buf)
              bytes += buf.byteLength
            }
          }
          resolve({ bytes, digest: hash.digest('hex') })
        }).catch(reject)
      })

      const gossip = new Map<string, string>()
      listener.services.pubsub.subscribe(TOPIC)
      listener.services.pubsub.addEventListener('message', (evt) => {
        gossip.set(Buffer.from(evt.detail.data.subarray(0, 8)).toString('hex'), createHash('sha256').update(evt.detail.data).digest('hex'))
      })
      await dialer.dial(target)
      await waitFor('the gossip subscription', () =>
        dialer.services.pubsub.getSubscribers(TOPIC).some((peer) => peer.equals(listener.peerId)), 30_000)

      const published = new Map<string, string>()
      let sending = true
      const publishing = (async () => {
        while (sending) {
          const message = randomBytes(200 * 1024)
          published.set(message.subarray(0, 8).toString('hex'), createHash('sha256').update(message).digest('hex'))
          await dialer.services.pubsub.publish(TOPIC, message)
          await sleep(5)
        }
      })()

      const stream = await dialer.dialProtocol(target, BULK)
      const hash = createHash('sha256')
      for (let sent = 0; sent < TOTAL; sent += CHUNK) {
        const chunk = randomBytes(CHUNK)
        hash.update(chunk)
        if (!stream.send(chunk)) await stream.onDrain({ signal: AbortSignal.timeout(60_000) })
      }
      await stream.close()
      sending = false
      await publishing

      expect(await received).to.deep.equal({ bytes: TOTAL, digest: hash.digest('hex') })
      expect(published.size).to.be.greaterThan(10)
      await waitFor('every gossip message', () => gossip.size === published.size, 30_000)
      expect(gossip).to.deep.equal(published)
      expect(crashes).to.deep.equal([])
    } finally {
      process.off('uncaughtException', onCrash)
      process.off('unhandledRejection', onCrash)
    }
  })

  it('fails a dial with the wrong swarm key and keeps the listener healthy', async () => {
    const stranger = await createNode(generateSwarmKey())
    try {
      const started = Date.now()
      const err = await stranger.dial(target, { signal: AbortSignal.timeout(5_000) }).then(() => undefined, (e: unknown) => e)
      expect(err).to.be.instanceOf(Error)
      expect(Date.now() - started).to.be.lessThan(7_000)
      expect(listener.getConnections(stranger.peerId)).to.have.length(0)
    } finally {
      await stranger.stop()
    }
    await echoThrough(target, swarmKey)
  })

  const rawClients = [
    { id: 'a client that sends nothing', payload: Buffer.alloc(0) },
    { id: 'a client that sends half a nonce', payload: randomBytes(10) },
    { id: 'a client that sends 64 KiB of garbage', payload: randomBytes(64 * 1024) }
  ]
  for (const { id, payload } of rawClients) {
    it(`drops ${id} and keeps working`, async () => {
      const port = Number(strictTarget.getComponents().find((c) => c.name === 'tcp')?.value)
      const socket = connect({ host: '127.0.0.1', port })
      socket.on('error', () => {})
      const fromListener: Buffer[] = []
      socket.on('data', (buf: Buffer) => fromListener.push(buf))
      await once(socket, 'connect', { signal: AbortSignal.timeout(5_000) })
      socket.write(payload)
      // the handshake timeout or, for garbage after a nonce, the upgrade timeout; the listener
      // resets the connection, so the client sees ECONNRESET before 'close'
      const closed = new Promise((resolve) => socket.once('close', resolve))
      const bound = STRICT.inboundUpgradeTimeout + 2_000
      await Promise.race([closed, sleep(bound).then(() => { throw new Error('the listener kept the connection') })])
      expect(Buffer.concat(fromListener).byteLength).to.be.at.least(24, 'the listener sends its nonce first')
      await echoThrough(strictTarget, swarmKey)
    })
  }

  it('fails a dial to a listener that never sends its nonce, within the handshake timeout', async () => {
    const server = createServer((socket: Socket) => { socket.on('error', () => {}) })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    try {
      const { port } = server.address() as AddressInfo
      const started = Date.now()
      const err = await strict.dial(multiaddr(`/ip4/127.0.0.1/tcp/${port}`), { signal: AbortSignal.timeout(15_000) })
        .then(() => undefined, (e: unknown) => e)
      expect(err).to.have.property('name', 'PrivateNetworkHandshakeError')
      expect(Date.now() - started).to.be.within(STRICT.handshakeTimeoutMs - 100, STRICT.handshakeTimeoutMs + 3_000)
    } finally {
      server.close()
    }
  })
})

describe('pnet wire format', () => {
  it('speaks the pnet spec: nonce in clear, then XSalsa20(key, sender nonce) across chunk boundaries', async () => {
    const key = randomBytes(32)
    const [outbound, inbound] = multiaddrConnectionPair()
    const fromProtector = new Uint8ArrayList()
    inbound.addEventListener('message', (evt) => { fromProtector.append(evt.data) })

    // the reference peer: its nonce and its first ciphertext in one write, then more later
    const refNonce = randomBytes(24)
    const refPlain = randomBytes(100_000)
    const refCipher = xsalsa20(key, refNonce, refPlain)
    inbound.send(Buffer.concat([refNonce, refCipher.subarray(0, 1_000)]))

    const stream: MessageStream = await privateNetwork({ swarmKey: key })({ logger: silentLogger }).protect(outbound)
    const plain = new Uint8ArrayList()
    stream.addEventListener('message', (evt) => { plain.append(evt.data) })
    for (let i = 1_000, n = 1; i < refCipher.byteLength; i += n, n = n * 3 + 1) {
      inbound.send(refCipher.slice(i, i + n))
    }
    const sent: Buffer[] = []
    for (const n of [1, 63, 64, 65, 4_095, 4_096, 4_097, 70_001, 3, 200_000, 600_001]) {
      sent.push(randomBytes(n))
      // a copy: the protector encrypts what it is given in place, as the encrypter above never reads it again
      stream.send(Buffer.from(sent[sent.length - 1]!))
    }
    const sentPlain = Buffer.concat(sent)

    await waitFor('all bytes', () => plain.byteLength === refPlain.byteLength && fromProtector.byteLength === 24 + sentPlain.byteLength)
    expect(Buffer.from(plain.subarray())).to.deep.equal(refPlain)
    const wire = fromProtector.subarray()
    expect(Buffer.from(xsalsa20(key, wire.subarray(0, 24), wire.subarray(24)))).to.deep.equal(sentPlain)
  })

  it('continues the keystream across any split, equal to one-shot XSalsa20', () => {
    const key = randomBytes(32)
    const nonce = randomBytes(24)
    const data = randomBytes(300_000)
    const reference = xsalsa20(key, nonce, data)
    const sizes = [1, 2, 3, 63, 64, 65, 100, 4_095, 4_096, 4_097, 8_191, 65_537]
    for (const mode of ['list', 'list in writes of 700', 'list in writes of 5000', 'in place', 'into'] as const) {
      const keystream = new Keystream(key, nonce)
      const out: Uint8Array[] = []
      for (let i = 0, k = 0; i < data.byteLength; k++) {
        const piece = Buffer.from(data.subarray(i, i + sizes[k % sizes.length]!))
        i += piece.byteLength
        if (mode.startsWith('list')) {
          // split again like noise's sends (a 2-byte length, a large chunk, a small one), so that
          // chunks XORed in place, copied and XORed together, and both in one list all run
          const list = new Uint8ArrayList(...(piece.byteLength > 5 ? [piece.subarray(0, 2), piece.subarray(2, -3), piece.subarray(-3)] : [piece]))
          const maxWrite = Number(mode.split(' ').at(-1)) || undefined
          const chunks: Uint8Array[] = [...list]
          const small = chunks.filter(c => c.byteLength < DIRECT_XOR_MIN_BYTES).map(c => Buffer.from(c))
          const writes = keystream.xorList(list, maxWrite)
          out.push(...writes)
          // large chunks are encrypted in place and written as they are; short ones are copied
          // (others may hold them) and left untouched
          const passed = writes.filter(w => chunks.includes(w))
          expect(passed, 'large chunks written as they are').to.deep.equal(chunks.filter(c => c.byteLength >= DIRECT_XOR_MIN_BYTES))
          expect(chunks.filter(c => c.byteLength < DIRECT_XOR_MIN_BYTES).map(c => Buffer.from(c)), 'short chunks untouched').to.deep.equal(small)
          const copies = writes.filter(w => !chunks.includes(w))
          expect(copies.every(w => w.byteLength <= (maxWrite ?? Infinity) && w.byteLength > 0), 'copies within their bound').to.equal(true)
        } else if (mode === 'in place') {
          keystream.xor(piece)
          out.push(piece)
        } else {
          const into = new Uint8Array(piece.byteLength)
          keystream.xor(piece, into)
          out.push(into)
        }
      }
      expect(Buffer.concat(out), mode).to.deep.equal(Buffer.from(reference))
    }
  })

  it('uses the keystream up to its block limit, counting partly used blocks, then refuses to reuse it', () => {
    const exact = new Keystream(randomBytes(32), randomBytes(24), 64)
    expect(() => { exact.xor(new Uint8Array(64 * 64)) }).not.to.throw()
    expect(() => { exact.xor(new Uint8Array(1)) }).to.throw().with.property('name', 'KeystreamExhaustedError')

    const partial = new Keystream(randomBytes(32), randomBytes(24), 2)
    partial.xor(new Uint8Array(65)) // the second block is started
    partial.xor(new Uint8Array(63)) // and used up
    expect(() => { partial.xor(new Uint8Array(1)) }).to.throw().with.property('name', 'KeystreamExhaustedError')

    const bulk = new Keystream(randomBytes(32), randomBytes(24), 100)
    const buf = randomBytes(64 * 1024)
    const before = Buffer.from(buf)
    expect(() => { bulk.xor(buf) }).to.throw().with.property('name', 'KeystreamExhaustedError')
    expect(buf, 'nothing is encrypted with keystream past the limit').to.deep.equal(before)
  })

  it('refuses to go on once its key is wiped (the connection closed)', () => {
    const keystream = new Keystream(randomBytes(32), randomBytes(24))
    keystream.xor(new Uint8Array(10))
    keystream.wipe()
    expect(() => { keystream.xor(new Uint8Array(10)) }).to.throw().with.property('name', 'KeystreamExhaustedError')
  })
})

describe('swarm key files', () => {
  it('round-trips a generated key and accepts CRLF line ends', () => {
    const file = generateSwarmKey()
    const text = new TextDecoder().decode(file)
    expect(text).to.match(/^\/key\/swarm\/psk\/1\.0\.0\/\n\/base16\/\n[0-9a-f]{64}\n$/)
    const key = decodeSwarmKey(file)
    expect(Buffer.from(key).toString('hex')).to.equal(text.split('\n')[2])
    expect(decodeSwarmKey(new TextEncoder().encode(text.replaceAll('\n', '\r\n')))).to.deep.equal(key)
  })

  const hex = 'ab'.repeat(32)
  const cases = [
    { id: 'wrong header', file: `/key/swarm/psk/2.0.0/\n/base16/\n${hex}\n`, message: /must start with/ },
    { id: 'missing header', file: `/base16/\n${hex}\n`, message: /must start with/ },
    { id: 'base64 encoding', file: `/key/swarm/psk/1.0.0/\n/base64/\n${hex}\n`, message: /encoding must be/ },
    { id: 'missing key line', file: '/key/swarm/psk/1.0.0/\n/base16/\n', message: /3 lines/ },
    { id: 'extra line', file: `/key/swarm/psk/1.0.0/\n/base16/\n${hex}\nmore\n`, message: /3 lines/ },
    { id: 'short key', file: `/key/swarm/psk/1.0.0/\n/base16/\n${hex.slice(2)}\n`, message: /64 hex digits/ },
    { id: 'long key', file: `/key/swarm/psk/1.0.0/\n/base16/\n${hex}00\n`, message: /64 hex digits/ },
    { id: 'non-hex key', file: `/key/swarm/psk/1.0.0/\n/base16/\n${'zz'.repeat(32)}\n`, message: /not hexadecimal/ },
    { id: 'empty file', file: '', message: /must start with/ },
    { id: 'binary', file: new Uint8Array([0xff, 0xfe, 0x00]), message: /not text/ },
    { id: 'huge file', file: new Uint8Array(1 << 20), message: /about 95 bytes/ }
  ]
  for (const { id, file, message } of cases) {
    it(`rejects ${id}`, () => {
      const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file
      expect(() => decodeSwarmKey(bytes)).to.throw(message).with.property('name', 'InvalidSwarmKeyError')
      expect(() => privateNetwork({ swarmKey: bytes })).to.throw().with.property('name', 'InvalidSwarmKeyError')
    })
  }
})
