// Membership between protocol versions (real processes): membership 2 (SWIM) cannot understand
// membership 1 (descriptors flooded on gossipsub), so an old peer is refused by name on both sides
// and never half-joins. The old peer is this build with its membership version set back
// (test/util/patched-build.ts): it offers the protocol ids an old daemon offers.
import { expect } from 'chai'
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { restartPeer } from '../testnet/launcher.js'
import { stopAll } from '../testnet/processes.js'
import { useTestnet } from './util/use-testnet.js'
import { membershipV1Build } from './util/patched-build.js'
import { cliJson } from './util/cli.js'
import { waitFor } from './util/wait.js'

const NEW = 0
const OLD = 1

interface Status { id: string, joined: boolean, incompatiblePeers: Array<{ id: string, reason: string }> }
interface PeerRow { id: string, state: string }

describe('membership between protocol versions (real processes)', function () {
  this.timeout(180_000)
  let old: { root: string, bin: string }
  /** Joiners a test starts itself from the old build, outside the testnet. */
  const children: ChildProcess[] = []
  // Hooks in this order: the old build is made before the testnet starts; the joiners are killed
  // while it is still up, and the old build removed only once it is down (peer OLD runs from it).
  before(() => { old = membershipV1Build() })
  after(() => { for (const child of children) child.kill('SIGKILL') })
  const testnet = useTestnet({ tmpPrefix: 'sc-memver-', peers: 2, providers: ['aws', 'gcp'] })
  const { ok, api, peerId } = testnet.cli
  const status = async (peer: number): Promise<Status> => await api(peer).request<Status>('GET', '/v1/status')
  const stateOf = async (peer: number, id: string): Promise<string | undefined> =>
    (await api(peer).request<PeerRow[]>('GET', '/v1/peers')).find(p => p.id === id)?.state

  before(async () => {
    await waitFor('both peers alive to each other', async () => (await stateOf(NEW, peerId(OLD))) === 'alive' && (await stateOf(OLD, peerId(NEW))) === 'alive', 60_000, 250)
  })
  after(() => { rmSync(old.root, { recursive: true, force: true }) })

  it('a member restarted on membership 1.0.0 is refused by name on both sides, and is alive to neither', async () => {
    await stopAll([testnet.state.peers[OLD]?.pid ?? 0])
    restartPeer(testnet.dir, OLD, { bin: old.bin })
    testnet.reread()
    const flagged = await waitFor('each side to list the other as incompatible', async () => {
      const [s, t] = await Promise.all([status(NEW), status(OLD)])
      const theirs = s.incompatiblePeers.find(p => p.id === peerId(OLD))
      const ours = t.incompatiblePeers.find(p => p.id === peerId(NEW))
      return theirs !== undefined && ours !== undefined ? { theirs, ours } : undefined
    }, 60_000, 250)
    expect(flagged.theirs.reason).to.include('/supercloud/membership/1.0.0').and.to.include('/supercloud/membership/2.0.0')
    expect(flagged.ours.reason).to.include('/supercloud/membership/2.0.0').and.to.include('/supercloud/membership/1.0.0')
    await waitFor('the old peer not alive to the new', async () => (await stateOf(NEW, peerId(OLD))) !== 'alive', 30_000, 250)
    // Both keep running and keep trying; neither ever takes the other for alive again.
    for (let i = 0; i < 20; i++) {
      expect(await stateOf(NEW, peerId(OLD)), 'the old peer, to the new').to.not.equal('alive')
      expect(await stateOf(OLD, peerId(NEW)), 'the new peer, to the old').to.not.equal('alive')
      await new Promise(resolve => setTimeout(resolve, 250))
    }
  })

  it('a new peer on membership 1.0.0 with a join token is refused clearly and never admitted', async () => {
    const { token } = await ok<{ token: string }>(NEW, ['token', 'create'])
    const dir = join(testnet.root, 'joiner')
    const child = spawn(process.execPath, [old.bin, 'node', 'start', '--data-dir', dir, '--listen', '/ip4/127.0.0.1/tcp/0', '--api-port', '0',
      '--swarm-key', testnet.state.swarmKey, '--bootstrap', testnet.state.peers[NEW]?.addrs[0] ?? '', '--join-token', token], { stdio: ['ignore', 'ignore', 'pipe'] })
    children.push(child)
    let log = ''
    child.stderr?.on('data', (d: Buffer) => { log = (log + d.toString()).slice(-50_000) })
    const failures = (): string[] => log.split('\n').filter(line => line.includes('join attempt failed'))
    // The first attempt may fail on the dial itself (each side closes the other's connection once
    // identify shows the versions differ); the join's own answer names the versions.
    const failure = await waitFor('the joiner to log why its join failed', async () => failures().find(line => line.includes('incompatible protocol version')), 60_000, 250)
    expect(failure).to.include('/supercloud/admission/1.0.0')
    expect(failures().join('\n'), 'a version mismatch misread as a refusal to admit').to.not.include('not admitted')
    const joiner = await waitFor('the joiner to answer', async () => await cliJson<Status>(['status', '--data-dir', dir]), 30_000)
    expect(joiner.joined).to.equal(false)
    const rows = await api(NEW).request<PeerRow[]>('GET', '/v1/peers')
    expect(rows.map(r => r.id)).to.not.include(joiner.id)
  })
})
