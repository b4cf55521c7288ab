// Across machines: two daemons in two network namespaces, joined only by a veth pair with their own
// addresses, so the join, the liveness gossip and a control request cross a real link, not loopback.
import { expect } from 'chai'
import { execFile, type ChildProcess } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { generateSwarmKey } from '../overlay/pnet/index.js'
import { cli, cliJson, exited, logOf, startNode } from './util/cli.js'
import { waitFor } from './util/wait.js'

interface Status { id: string, addrs: string[], joined: boolean }
interface PeerRow { id: string, state: string, addrs: string[], connected: boolean }

const run = promisify(execFile)

/** Runs `ip ARGS`; rejects with ip's own complaint. */
async function ip (...args: string[]): Promise<void> {
  try {
    await run('ip', args, { timeout: 10_000 })
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim()
    throw new Error(`ip ${args.join(' ')} failed: ${stderr !== undefined && stderr !== '' ? stderr : (err as Error).message}`, { cause: err })
  }
}

/** Marks the suite's tests skipped; mocha's skip() takes no reason, so the reason goes in the titles. */
function skipBecause (ctx: Mocha.Context, reason: string): never {
  for (const test of ctx.test?.parent?.tests ?? []) test.title += ` (skipped: ${reason})`
  ctx.skip()
}

/** One emulated machine: a namespace, its end of the link, and the daemon running in it. */
interface Machine { ns: string, dev: string, addr: string, dir: string, child?: ChildProcess }

describe('across machines (two network namespaces joined by a veth pair)', function () {
  this.timeout(300_000)
  // A private range that exists only inside the two namespaces: nothing here routes anywhere else.
  const subnet = `10.231.${randomInt(1, 255)}`
  const a: Machine = { ns: `sc-a-${process.pid}`, dev: 'veth-a', addr: `${subnet}.1`, dir: '' }
  const b: Machine = { ns: `sc-b-${process.pid}`, dev: 'veth-b', addr: `${subnet}.2`, dir: '' }
  const created: string[] = []
  let root: string | undefined
  let swarmKey = ''
  let founder: Status
  let founderAddr: string
  let joiner: Status

  /** The CLI inside a machine's namespace: each daemon's API is on that namespace's loopback. */
  const inNs = (m: Machine): string[] => ['ip', 'netns', 'exec', m.ns]
  const statusOf = async (m: Machine, remote?: string): Promise<Status> =>
    await cliJson<Status>(['status', '--data-dir', m.dir, ...(remote === undefined ? [] : ['--remote', remote])], { prefix: inNs(m) })
  const peersOf = async (m: Machine): Promise<PeerRow[]> => await cliJson<PeerRow[]>(['peers', '--data-dir', m.dir], { prefix: inNs(m) })
  const answering = async (m: Machine): Promise<Status> => await waitFor(`the daemon in ${m.ns} to answer`, async () => await statusOf(m), 120_000)

  function start (m: Machine, extra: string[]): void {
    m.child = startNode(['--data-dir', m.dir, '--listen', `/ip4/${m.addr}/tcp/0`, '--api-port', '0', '--swarm-key', swarmKey,
      '--heartbeat-ms', '500', '--suspect-after-ms', '2000', '--dead-after-ms', '4000', ...extra], {}, inNs(m))
  }

  before(async function () {
    if (process.getuid?.() !== 0) skipBecause(this, 'network namespaces need root')
    for (const m of [a, b]) {
      // Recorded first: a failed add can still leave its mount point behind for `after` to remove.
      created.push(m.ns)
      try {
        await ip('netns', 'add', m.ns)
      } catch (err) {
        skipBecause(this, `cannot create network namespaces here: ${(err as Error).message}`)
      }
    }
    // Created inside A with its peer end moved straight into B: the host's own namespace never sees it.
    await ip('-n', a.ns, 'link', 'add', a.dev, 'type', 'veth', 'peer', 'name', b.dev, 'netns', b.ns)
    for (const m of [a, b]) {
      await ip('-n', m.ns, 'link', 'set', 'lo', 'up')
      await ip('-n', m.ns, 'addr', 'add', `${m.addr}/24`, 'dev', m.dev)
      await ip('-n', m.ns, 'link', 'set', m.dev, 'up')
    }

    root = mkdtempSync(join(tmpdir(), 'sc-netns-'))
    a.dir = join(root, 'founder')
    b.dir = join(root, 'joiner')
    swarmKey = join(root, 'swarm.key')
    writeFileSync(swarmKey, generateSwarmKey(), { mode: 0o600 })
    start(a, [])
    founder = await answering(a)
    founderAddr = founder.addrs.find(s => s.startsWith(`/ip4/${a.addr}/tcp/`)) ?? ''
  })

  after(async () => {
    const children = [a.child, b.child].filter(c => c !== undefined)
    for (const c of children) c.kill('SIGTERM')
    await Promise.all(children.map(async c => { await exited(c).catch(() => { c.kill('SIGKILL') }) }))
    // Deleting a namespace also destroys its end of the veth pair, and with it the other end.
    for (const ns of created) await ip('netns', 'delete', ns).catch(() => {})
    if (root !== undefined) rmSync(root, { recursive: true, force: true })
  })

  it('the founder announces its link address, with its peer id', async () => {
    expect(founderAddr, JSON.stringify(founder.addrs)).to.match(new RegExp(`^/ip4/${a.addr.replaceAll('.', '\\.')}/tcp/\\d+/p2p/${founder.id}$`))
    expect(founder.addrs.filter(s => s.startsWith('/ip4/127.'))).to.deep.equal([])
  })

  it('a peer in the other namespace joins through the link with --bootstrap, --swarm-key and --join-token', async () => {
    const token = await cliJson<{ token: string }>(['token', 'create', '--data-dir', a.dir], { prefix: inNs(a) })
    start(b, ['--bootstrap', founderAddr, '--join-token', token.token])
    joiner = await answering(b)
    expect(joiner.id).not.to.equal(founder.id)
    const joined = await waitFor('the joiner to be admitted', async () => (await statusOf(b)).joined, 120_000)
      .catch((err: Error) => { throw new Error(`${err.message}\njoiner log:\n${logOf(b.child as ChildProcess)}`, { cause: err }) })
    expect(joined).to.equal(true)
  })

  it('both see each other alive, at their own link addresses', async () => {
    const [fromA, fromB] = await waitFor('founder and joiner to see each other alive', async () => {
      const [rowsA, rowsB] = await Promise.all([peersOf(a), peersOf(b)])
      const seenByA = rowsA.find(p => p.id === joiner.id)
      const seenByB = rowsB.find(p => p.id === founder.id)
      return seenByA?.state === 'alive' && seenByB?.state === 'alive' ? [seenByA, seenByB] : undefined
    }, 120_000)
    expect(fromA.addrs.some(s => s.startsWith(`/ip4/${b.addr}/tcp/`)), JSON.stringify(fromA.addrs)).to.equal(true)
    expect(fromB.addrs.some(s => s.startsWith(`/ip4/${a.addr}/tcp/`)), JSON.stringify(fromB.addrs)).to.equal(true)
    expect(fromB.connected).to.equal(true)
  })

  it('a control request from the joiner reaches the founder across the link', async () => {
    const remote = await statusOf(b, founder.id)
    expect(remote.id).to.equal(founder.id)
    // The founder's API is on A's loopback, which B cannot reach: the answer came over the overlay.
    const direct = await cli(['status', '--data-dir', a.dir, '--json'], { prefix: inNs(b) })
    expect(direct.code, direct.stdout).to.equal(1)
    expect(JSON.parse(direct.stdout)).to.include({ name: 'ApiUnreachableError' }).and.to.have.property('error').that.matches(/cannot reach the node/)
  })
})
