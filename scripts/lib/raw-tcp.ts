// What raw TCP carries between two processes on this machine, over the same path the testnet's
// peers use: their connections go through the link layer's relay process, so the raw figure does
// too (a link layer of its own, started here, between a client and a sink process).
import { spawn, type ChildProcess } from 'node:child_process'
import { connect } from 'node:net'
import { once } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sourceIpFor } from '../../testnet/link/index.js'
import { sleep } from './measure.js'

const LINK_MAIN = fileURLToPath(new URL('../../testnet/link/main.js', import.meta.url))
const CHUNK = 64 << 10

export interface RawTcpOptions {
  bytes: number
  runs: number
  /** Through a link-layer relay, as testnet peers connect (default), or straight to the sink. */
  throughLink: boolean
}

/** Median MB/s of `runs` transfers of `bytes` over one TCP connection to a process that discards them. */
export async function rawTcpMBps (options: RawTcpOptions): Promise<number> {
  const sink = spawn(process.execPath, ['-e', `
    const s = require('node:net').createServer(c => { let n = 0; c.on('data', d => { n += d.length }); c.on('end', () => c.end(String(n))) })
    s.listen(0, '127.0.0.1', () => process.stdout.write(s.address().port + '\\n'))`], { stdio: ['ignore', 'pipe', 'inherit'] })
  let link: { process: ChildProcess, dir: string, port: number } | undefined
  try {
    const [line] = await once(sink.stdout, 'data') as [Buffer]
    const sinkPort = Number(line.toString().trim())
    let target = { port: sinkPort, localAddress: '127.0.0.1' }
    if (options.throughLink) {
      link = await startLink(sinkPort)
      target = { port: link.port, localAddress: sourceIpFor(0) }
    }
    const chunk = Buffer.alloc(CHUNK, 0xa5)
    const runs: number[] = []
    for (let r = 0; r < options.runs; r++) {
      const socket = connect({ host: '127.0.0.1', port: target.port, localAddress: target.localAddress })
      await once(socket, 'connect')
      const t0 = performance.now()
      for (let sent = 0; sent < options.bytes; sent += chunk.byteLength) {
        if (!socket.write(chunk)) await once(socket, 'drain')
      }
      socket.end()
      const [answer] = await once(socket, 'data') as [Buffer]
      if (Number(answer.toString()) !== options.bytes) throw new Error(`the TCP sink got ${answer.toString()} bytes of ${options.bytes}`)
      runs.push(options.bytes / 1e6 / ((performance.now() - t0) / 1000))
      socket.destroy()
    }
    return runs.sort((a, b) => a - b)[runs.length >> 1] ?? NaN
  } finally {
    sink.kill()
    if (link !== undefined) {
      link.process.kill()
      await rm(link.dir, { recursive: true, force: true })
    }
  }
}

/** A link layer of two peers: peer 0 (this process, dialing from its source address) and peer 1, the sink. */
async function startLink (sinkPort: number): Promise<{ process: ChildProcess, dir: string, port: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'supercloud-raw-tcp-'))
  const stateFile = join(dir, 'link.json')
  await writeFile(stateFile, JSON.stringify({ peers: [0, 1].map(index => ({ index, sourceIp: sourceIpFor(index), targetPort: sinkPort })), rules: [] }))
  const child = spawn(process.execPath, [LINK_MAIN, '--state', stateFile], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LOG_LEVEL: 'warn' } })
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as { pid?: number, peers: Array<{ index: number, relayPort?: number }> }
    const port = state.peers.find(p => p.index === 1)?.relayPort
    if (state.pid === child.pid && port !== undefined) return { process: child, dir, port }
    await sleep(50)
  }
  child.kill()
  await rm(dir, { recursive: true, force: true })
  throw new Error('the link layer for the raw TCP measurement did not start within 15 s')
}
