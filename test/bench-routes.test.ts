// bench:switch's routes and raw bench stream are no open door: a daemon that is not a testing peer
// (failpoints off, the default) refuses every bench route with 403 and never speaks the bench
// protocol, even to a peer holding the swarm key; a testing peer that armed it cuts non-members.
import { expect } from 'chai'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApiClient, ApiError } from '../node/api/client.js'
import { resolveTarget } from '../node/cli/client.js'
import type { Host } from '../node/host.js'
import { BENCH_STREAM_PROTOCOL } from '../node/net/bench-stream.js'
import { generateSwarmKey } from '../overlay/pnet/index.js'
import { cliJson, exited, startNode } from './util/cli.js'
import { openStream, startIntruder } from './util/intruder.js'
import { waitFor } from './util/wait.js'

const dialable = (addr: string, id: string): string => addr.includes('/p2p/') ? addr : `${addr}/p2p/${id}`

describe('bench routes and the bench stream are no open door (real processes)', function () {
  this.timeout(60_000)
  const root = mkdtempSync(join(tmpdir(), 'sc-bench-routes-'))
  const dir = join(root, 'peer')
  const swarmKey = join(root, 'swarm.key')
  let child: ChildProcess
  let api: ApiClient
  let addr: string
  let id: string
  let intruder: Host | undefined

  before(async () => {
    writeFileSync(swarmKey, generateSwarmKey(), { mode: 0o600 })
    child = startNode(['--data-dir', dir, '--listen', '/ip4/127.0.0.1/tcp/0', '--api-port', '0', '--swarm-key', swarmKey])
    const status = await waitFor('the daemon to answer', async () => await cliJson<{ id: string, addrs: string[] }>(['status', '--data-dir', dir]), 30_000)
    id = status.id
    addr = status.addrs[0] ?? ''
    api = new ApiClient(resolveTarget({ dataDir: dir }))
    await cliJson(['net', 'create', 'lan', '--cidr', '10.77.0.0/24', '--data-dir', dir])
  })

  after(async () => {
    await intruder?.stop()
    child?.kill('SIGTERM')
    if (child !== undefined) await exited(child).catch(() => { child.kill('SIGKILL') })
    rmSync(root, { recursive: true, force: true })
  })

  const routes = [
    { method: 'PUT', path: '/v1/nets/lan/bench/sink' },
    { method: 'GET', path: '/v1/nets/lan/bench/sink' },
    { method: 'POST', path: '/v1/nets/lan/bench/send', body: { ip: '10.77.0.9', frames: 1000 } },
    { method: 'PUT', path: '/v1/bench/stream/sink' },
    { method: 'GET', path: '/v1/bench/stream/sink' },
    { method: 'POST', path: '/v1/bench/stream', body: { peer: '12D3KooWRm1mUkZ3vC4y7fDw6LkpCGYRkHaj2KyJyHHHuQwTm5zb', bytes: 1000 } }
  ]
  for (const { method, path, body } of routes) {
    it(`refuses ${method} ${path} with 403`, async () => {
      const err = await api.request(method, path, body).then(() => undefined, (e: unknown) => e)
      expect(err).to.be.instanceOf(ApiError)
      expect(err).to.include({ remoteName: 'FailpointsDisabledError', status: 403 })
    })
  }

  it('does not speak the bench stream protocol, even to a peer with the swarm key', async () => {
    intruder = await startIntruder(swarmKey)
    const err = await openStream(intruder, dialable(addr, id), BENCH_STREAM_PROTOCOL).then(() => undefined, (e: unknown) => e)
    expect(err).to.have.property('name', 'UnsupportedProtocolError')
  })

  it('on a testing peer, once armed, still takes bench streams from members only', async () => {
    const testing = join(root, 'testing')
    const other = startNode(['--data-dir', testing, '--listen', '/ip4/127.0.0.1/tcp/0', '--api-port', '0', '--swarm-key', swarmKey, '--failpoints', 'true'])
    try {
      const status = await waitFor('the testing daemon to answer', async () => await cliJson<{ id: string, addrs: string[] }>(['status', '--data-dir', testing]), 30_000)
      const testingApi = new ApiClient(resolveTarget({ dataDir: testing }))
      expect(await testingApi.request('PUT', '/v1/bench/stream/sink')).to.deep.include({ bytes: 0 })
      intruder ??= await startIntruder(swarmKey)
      const stream = await openStream(intruder, dialable(status.addrs[0] ?? '', status.id), BENCH_STREAM_PROTOCOL)
      try {
        stream.send(new Uint8Array(64 * 1024))
      } catch (err) {
        // cut before we could send: the refusal came first
        expect(err).to.have.property('name', 'StreamStateError')
      }
      await waitFor('the stream to be cut', async () => stream.status !== 'open', 10_000, 50)
      expect(await testingApi.request('GET', '/v1/bench/stream/sink')).to.deep.include({ bytes: 0 })
    } finally {
      other.kill('SIGTERM')
      await exited(other).catch(() => { other.kill('SIGKILL') })
    }
  })
})
