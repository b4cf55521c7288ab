import { expect } from 'chai'
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, connect } from 'node:net'
import type { Server, Socket, AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { pino } from 'pino'
import { createLinkLayer, indexForIp, sourceIpFor } from '../testnet/link/index.js'
import type { LinkLayer, LinkPeer, LinkRule } from '../testnet/link/index.js'
import { createControlServer } from '../testnet/link/server.js'
import type { ControlServer } from '../testnet/link/server.js'
import { parseLinkArgs } from '../testnet/link/main.js'

const logger = pino({ level: 'silent' })
const PEER0 = sourceIpFor(0)
const MAIN = fileURLToPath(new URL('../testnet/link/main.js', import.meta.url))

async function listen (server: Server): Promise<number> {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening', { signal: AbortSignal.timeout(5_000) })
  return (server.address() as AddressInfo).port
}

/** "Peer 1": echoes every byte back. */
async function startEcho (): Promise<{ server: Server, port: number }> {
  const server = createServer(socket => {
    socket.on('error', () => {})
    socket.pipe(socket)
  })
  return { server, port: await listen(server) }
}

/** "Peer 0": a client dialing from its own source IP. */
async function dial (port: number, localAddress: string | undefined = PEER0): Promise<Socket> {
  const socket = connect({ host: '127.0.0.1', port, localAddress, noDelay: true })
  await once(socket, 'connect', { signal: AbortSignal.timeout(5_000) })
  return socket
}

/** Writes `payload` and resolves with as many bytes read back; rejects on close, error or timeout. */
async function exchange (socket: Socket, payload: Buffer, timeoutMs = 5_000): Promise<Buffer> {
  return await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let length = 0
    const done = (err?: Error): void => {
      clearTimeout(timer)
      socket.off('data', onData).off('close', onClose).off('error', done)
      if (err !== undefined) reject(err)
      else resolve(Buffer.concat(chunks))
    }
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk)
      length += chunk.length
      if (length >= payload.length) done()
    }
    const onClose = (): void => { done(new Error('closed')) }
    const timer = setTimeout(() => { done(new Error('timeout')) }, timeoutMs)
    socket.on('data', onData).on('close', onClose).on('error', done)
    socket.write(payload)
  })
}

/** True if a fresh connection from peer 0 echoes a ping; false if it is reset, closed or silent. */
async function canEcho (port: number): Promise<boolean> {
  let socket: Socket | undefined
  try {
    socket = await dial(port)
    const reply = await exchange(socket, Buffer.from('ping'), 2_000)
    return reply.toString() === 'ping'
  } catch {
    return false
  } finally {
    socket?.destroy()
  }
}

/** Resolves when the socket has closed, whether cleanly or by a reset. */
async function closed (socket: Socket): Promise<void> {
  socket.on('error', () => {})
  if (socket.destroyed) return
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { reject(new Error('socket still open')) }, 5_000)
    socket.once('close', () => { clearTimeout(timer); resolve() })
  })
}

describe('testnet link layer', function () {
  this.timeout(60_000)
  let echo: { server: Server, port: number }
  let link: LinkLayer
  let relay1: number
  const sockets: Socket[] = []

  async function peerConnection (): Promise<Socket> {
    const socket = await dial(relay1)
    sockets.push(socket)
    return socket
  }

  beforeEach(async () => {
    echo = await startEcho()
    const peers: LinkPeer[] = [
      { index: 0, sourceIp: PEER0, targetPort: echo.port },
      { index: 1, sourceIp: sourceIpFor(1), targetPort: echo.port }
    ]
    link = createLinkLayer({ peers, logger })
    await link.start()
    relay1 = link.relayPort(1)
  })

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy()
    await link.stop()
    echo.server.close()
  })

  describe('source addresses', () => {
    const cases = [
      { id: 'peer 0', ip: '127.0.0.2', index: 0 },
      { id: 'peer 9 dual-stack', ip: '::ffff:127.0.0.11', index: 9 },
      { id: 'the relays\' own address', ip: '127.0.0.1', index: -1 },
      { id: 'another host', ip: '10.0.0.2', index: -1 }
    ]
    for (const { id, ip, index } of cases) {
      it(id, () => { expect(indexForIp(ip)).to.equal(index) })
    }
    it('round-trips sourceIpFor', () => { expect(indexForIp(sourceIpFor(41))).to.equal(41) })
  })

  it('passes 64 MiB through intact', async () => {
    const socket = await peerConnection()
    const payload = randomBytes(64 * 1024 * 1024)
    const received = createHash('sha256')
    let length = 0
    const done = new Promise<void>((resolve, reject) => {
      socket.on('data', (chunk: Buffer) => {
        received.update(chunk)
        length += chunk.length
        if (length >= payload.length) resolve()
      })
      socket.on('close', () => { reject(new Error(`closed after ${length} bytes`)) })
    })
    socket.write(payload)
    await done
    expect(received.digest('hex')).to.equal(createHash('sha256').update(payload).digest('hex'))
    const pair = link.stats().find(entry => entry.from === 0 && entry.to === 1)
    expect(pair?.bytesFromTo).to.equal(payload.length)
    expect(pair?.bytesToFrom).to.equal(payload.length)
  })

  it('delays 20 ms each way: a request/response takes 40-60 ms', async () => {
    link.setRules([{ from: 0, to: 1, delayMs: 20 }, { from: 1, to: 0, delayMs: 20 }])
    const socket = await peerConnection()
    await exchange(socket, Buffer.alloc(64, 1))
    const rtts: number[] = []
    for (let i = 0; i < 9; i++) {
      const started = performance.now()
      await exchange(socket, Buffer.alloc(64, i))
      rtts.push(performance.now() - started)
    }
    rtts.sort((a, b) => a - b)
    expect(rtts[0]).to.be.at.least(40)
    expect(rtts[4]).to.be.at.most(60)
  })

  it('keeps bytes in order while the delay changes under load', async () => {
    const socket = await peerConnection()
    const chunks = Array.from({ length: 200 }, (_, i) => Buffer.alloc(1024 + i, i))
    const expected = Buffer.concat(chunks)
    const received: Buffer[] = []
    let length = 0
    const all = new Promise<void>((resolve, reject) => {
      socket.on('data', (chunk: Buffer) => {
        received.push(chunk)
        length += chunk.length
        if (length >= expected.length) resolve()
      })
      socket.on('close', () => { reject(new Error(`closed after ${length} bytes`)) })
    })
    const delays = [0, 30, 1, 15, 0]
    for (const [i, chunk] of chunks.entries()) {
      if (i % 40 === 0) link.setRules([{ from: 0, to: 1, delayMs: delays[i / 40] ?? 0 }, { from: 1, to: 0, delayMs: delays[(i / 40 + 2) % 5] ?? 0 }])
      socket.write(chunk)
      if (i % 10 === 0) await sleep(2)
    }
    await all
    expect(Buffer.concat(received).equals(expected)).to.equal(true)
  })

  it('forwards a half-close only after the delayed data before it', async () => {
    link.setRules([{ from: 0, to: 1, delayMs: 15 }, { from: 1, to: 0, delayMs: 5 }])
    const socket = await peerConnection()
    const received: Buffer[] = []
    socket.on('data', (chunk: Buffer) => { received.push(chunk) })
    socket.end('last words')
    await once(socket, 'end', { signal: AbortSignal.timeout(5_000) })
    expect(Buffer.concat(received).toString()).to.equal('last words')
  })

  describe('backpressure: a daemon that stops reading holds the dialer back', () => {
    const cases: Array<{ id: string, rules: LinkRule[] }> = [
      { id: 'pass-through', rules: [] },
      { id: 'delayed', rules: [{ from: 0, to: 1, delayMs: 5 }] }
    ]
    for (const { id, rules } of cases) {
      it(id, async () => {
        const stalled = createServer(socket => { socket.pause() })
        const port = await listen(stalled)
        try {
          link.updatePeer({ index: 1, sourceIp: sourceIpFor(1), targetPort: port })
          link.setRules(rules)
          const socket = await peerConnection()
          const written = 128 * 1024 * 1024
          socket.write(Buffer.alloc(written))
          await sleep(1_000)
          // Without backpressure the relay would read it all and empty the dialer's buffer; with
          // it, only socket buffers and one 4 MiB queue fill up.
          expect(socket.writableLength).to.be.greaterThan(written / 2)
        } finally {
          stalled.close()
        }
      })
    }
  })

  describe('drop', () => {
    const cases: Array<{ id: string, rule: LinkRule }> = [
      { id: 'set on the dialing direction', rule: { from: 0, to: 1, drop: true } },
      { id: 'set on the reverse direction', rule: { from: 1, to: 0, drop: true } }
    ]
    for (const { id, rule } of cases) {
      it(`cuts existing connections and resets new ones when ${id}; clearing restores`, async () => {
        const existing = await peerConnection()
        expect((await exchange(existing, Buffer.from('hello'))).toString()).to.equal('hello')
        link.setRules([rule])
        await closed(existing)
        expect(await canEcho(relay1)).to.equal(false)
        const pair = link.stats().find(entry => entry.from === 0 && entry.to === 1)
        expect(pair?.dropped).to.equal(2)
        link.setRules([])
        expect(await canEcho(relay1)).to.equal(true)
      })
    }

    it('leaves dialers that are not peers alone', async () => {
      link.setRules([{ from: 0, to: 1, drop: true }])
      const outside = await dial(relay1, '127.0.0.1')
      sockets.push(outside)
      expect((await exchange(outside, Buffer.from('hi'))).toString()).to.equal('hi')
    })
  })

  it('refuse resets new connections and keeps an existing one working', async () => {
    const existing = await peerConnection()
    expect((await exchange(existing, Buffer.from('before'))).toString()).to.equal('before')
    link.setRules([{ from: 0, to: 1, refuse: true }])
    expect(await canEcho(relay1)).to.equal(false)
    expect((await exchange(existing, Buffer.from('after'))).toString()).to.equal('after')
    expect(link.stats().find(entry => entry.from === 0 && entry.to === 1)?.refused).to.equal(1)
    link.setRules([])
    expect(await canEcho(relay1)).to.equal(true)
  })

  describe('control API', () => {
    let control: ControlServer
    let base: string
    const good: LinkRule[] = [{ from: 0, to: 1, delayMs: 5 }, { from: 1, to: 0, drop: true }]

    beforeEach(async () => {
      control = createControlServer({ link, logger })
      base = `http://127.0.0.1:${await control.start()}`
    })
    afterEach(async () => { await control.stop() })

    async function put (body: string): Promise<{ status: number, json: unknown }> {
      const response = await fetch(`${base}/rules`, {
        method: 'PUT', body, headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(5_000)
      })
      return { status: response.status, json: await response.json() }
    }

    const bad = [
      { id: 'not an array', body: JSON.stringify({ from: 0, to: 1 }) },
      { id: 'negative delay', body: JSON.stringify([{ from: 0, to: 1, delayMs: -5 }]) },
      { id: 'misspelt field', body: JSON.stringify([{ from: 0, to: 1, dealyMs: 5 }]) },
      { id: 'fractional index', body: JSON.stringify([{ from: 0.5, to: 1 }]) },
      { id: 'unknown peer', body: JSON.stringify([{ from: 0, to: 7, drop: true }]) },
      { id: 'peer linked to itself', body: JSON.stringify([{ from: 1, to: 1, drop: true }]) },
      { id: 'duplicate pair', body: JSON.stringify([{ from: 0, to: 1 }, { from: 0, to: 1, drop: true }]) },
      { id: 'malformed JSON', body: '[{"from": 0,' }
    ]
    for (const { id, body } of bad) {
      it(`answers 400 to ${id} and keeps the rules`, async () => {
        link.setRules(good)
        const { status, json } = await put(body)
        expect(status).to.equal(400)
        expect(json).to.have.property('error').that.is.a('string')
        expect(link.rules()).to.deep.equal(good)
      })
    }

    it('applies good rules, and reports rules, stats and health', async () => {
      const { status, json } = await put(JSON.stringify(good))
      expect(status).to.equal(200)
      expect(json).to.deep.equal(good)
      expect(link.rules()).to.deep.equal(good)
      expect(await canEcho(relay1)).to.equal(false)
      expect(await (await fetch(`${base}/rules`)).json()).to.deep.equal(good)
      const stats = await (await fetch(`${base}/stats`)).json() as Array<{ from: number, to: number, dropped: number }>
      expect(stats.find(entry => entry.from === 0 && entry.to === 1)?.dropped).to.equal(1)
      expect((await fetch(`${base}/healthz`)).status).to.equal(200)
    })
  })
})

describe('testnet link main', function () {
  this.timeout(60_000)
  let dir: string
  let echo: { server: Server, port: number }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'link-test-'))
    echo = await startEcho()
  })
  afterEach(async () => {
    echo.server.close()
    await rm(dir, { recursive: true, force: true })
  })

  const argCases = [
    { id: '--state FILE', argv: ['--state', 'x.json'], ok: true },
    { id: '--state=FILE', argv: ['--state=x.json'], ok: true },
    { id: 'no arguments', argv: [], ok: false },
    { id: 'a stray positional', argv: ['--state', 'x.json', 'y'], ok: false },
    { id: 'an unknown flag', argv: ['--stat', 'x.json'], ok: false }
  ]
  for (const { id, argv, ok } of argCases) {
    it(`parses ${id}`, () => {
      if (ok) expect(parseLinkArgs(argv).statePath).to.equal('x.json')
      else expect(() => parseLinkArgs(argv)).to.throw().with.property('name', 'UsageError')
    })
  }

  interface State { peers: LinkPeer[], controlPort?: number, rules?: LinkRule[], pid?: number, launcher?: string }

  async function run (statePath: string): Promise<{ state: State, stop: () => Promise<number | null> }> {
    const child = spawn(process.execPath, [MAIN, '--state', statePath], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const exited = once(child, 'exit')
    const deadline = Date.now() + 15_000
    for (;;) {
      const state = JSON.parse(await readFile(statePath, 'utf8')) as State
      // Ports alone do not say the process is up: after a restart they are already in the file.
      if (state.pid === child.pid) {
        return {
          state,
          stop: async () => {
            child.kill('SIGTERM')
            const [code] = await Promise.race([exited, sleep(10_000).then(() => { throw new Error('no exit after SIGTERM') })]) as unknown[]
            return code as number | null
          }
        }
      }
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`link main did not start: ${stderr}`)
      await sleep(50)
    }
  }

  it('writes its ports to the state file, persists rules, keeps ports across restarts, exits on SIGTERM', async () => {
    const statePath = join(dir, 'link.json')
    const initial: State = {
      peers: [{ index: 0, sourceIp: PEER0, targetPort: echo.port }, { index: 1, sourceIp: sourceIpFor(1), targetPort: echo.port }],
      controlPort: 0,
      launcher: 'kept'
    }
    await writeFile(statePath, JSON.stringify(initial))

    const first = await run(statePath)
    const relayPort = first.state.peers[1]?.relayPort ?? 0
    expect(relayPort).to.be.greaterThan(0)
    expect(first.state.peers[0]?.relayPort).to.be.greaterThan(0)
    expect(first.state.launcher).to.equal('kept')
    expect(await canEcho(relayPort)).to.equal(true)

    const rules: LinkRule[] = [{ from: 0, to: 1, refuse: true }]
    const response = await fetch(`http://127.0.0.1:${first.state.controlPort}/rules`, {
      method: 'PUT', body: JSON.stringify(rules), headers: { 'content-type': 'application/json' }
    })
    expect(response.status).to.equal(200)
    expect((JSON.parse(await readFile(statePath, 'utf8')) as State).rules).to.deep.equal(rules)
    expect(await canEcho(relayPort)).to.equal(false)
    expect(await first.stop()).to.equal(0)

    const second = await run(statePath)
    try {
      expect(second.state.peers.map(peer => peer.relayPort)).to.deep.equal(first.state.peers.map(peer => peer.relayPort))
      expect(second.state.controlPort).to.equal(first.state.controlPort)
      expect(await canEcho(relayPort)).to.equal(false)
    } finally {
      expect(await second.stop()).to.equal(0)
    }
  })

  it('exits with an error on a bad state file', async () => {
    const statePath = join(dir, 'bad.json')
    await writeFile(statePath, JSON.stringify({ peers: [{ index: 0, sourceIp: PEER0 }] }))
    const child = spawn(process.execPath, [MAIN, '--state', statePath], { stdio: 'ignore' })
    const [code] = await once(child, 'exit', { signal: AbortSignal.timeout(15_000) }) as unknown[]
    expect(code).to.equal(1)
  })
})
