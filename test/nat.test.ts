// Peers behind real NATs: the testnet puts each non-relay peer in a network namespace of its own
// behind an iptables MASQUERADE (eim: port-preserving; symmetric: --random-fully), with public relays
// on an "internet" bridge. Membership, a VNet, the console-free VM path and a live migration all
// cross relayed connections; a relay serves members only; with two relays a killed one is replaced.
// Root only (namespaces, iptables): in CI (root) nothing here skips.
import { expect } from 'chai'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { testnetDown, testnetUp } from '../testnet/launcher.js'
import type { TestnetState } from '../testnet/state.js'
import type { VmView } from '../node/vms/view.js'
import type { MigrationView } from '../node/vms/migrate-out.js'
import type { PingResult } from '../overlay/switch/host-port.js'
import type { NetcheckReport } from '../node/reachability/reachability.js'
import { TestnetCli } from './util/testnet-cli.js'
import { waitFor } from './util/wait.js'

const run = promisify(execFile)
const PROBE = fileURLToPath(new URL('./util/relay-probe.js', import.meta.url))
const RELAY = 0

function skipBecause (ctx: Mocha.Context, reason: string): never {
  if (process.env.CI === 'true') throw new Error(`NAT tests must run in CI: ${reason}`)
  for (const test of ctx.test?.parent?.tests ?? []) test.title += ` (skipped: ${reason})`
  ctx.skip()
}

async function namespaces (): Promise<string[]> {
  const { stdout } = await run('ip', ['netns', 'list'])
  return stdout.split('\n').map(l => l.split(' ')[0] ?? '').filter(s => s !== '')
}

for (const kind of ['eim', 'symmetric'] as const) {
  describe(`peers behind ${kind} NATs (real namespaces and iptables, ${kind === 'eim' ? 1 : 2} relay${kind === 'eim' ? '' : 's'})`, function () {
    this.timeout(180_000)
    // Peers 0..relays-1 are the relays; A and B sit behind NATs of their own.
    const relays = kind === 'eim' ? 1 : 2
    const A = relays
    const B = relays + 1
    let root: string
    let net: TestnetState | undefined
    const cli = new TestnetCli(() => net as TestnetState)
    const { ok, api, peerId } = cli
    const netcheck = async (peer: number): Promise<NetcheckReport> => await ok<NetcheckReport>(peer, ['netcheck'])
    const show = async (peer: number, ref: string): Promise<VmView> => await api(peer).request<VmView>('GET', `/v1/vms/${ref}`)

    before(async function () {
      if (process.getuid?.() !== 0) skipBecause(this, 'network namespaces and iptables need root')
      await run('iptables', ['-V']).catch(() => { skipBecause(this, 'iptables is not installed (apt-get install iptables)') })
      root = mkdtempSync(join(tmpdir(), 'sc-nat-'))
      net = await testnetUp({ peers: relays + 2, relays, nat: kind, providers: ['aws', 'gcp', 'azure'], dir: join(root, 'net'), peerConfig: { memoryBytes: 256 << 20 } })
    })
    // A failure here has not been reproduced outside one CI run (A never connected to B): what the
    // NATed peers knew then goes to the test's output, where CI keeps it.
    afterEach(async function () {
      if (this.currentTest?.state !== 'failed' || net === undefined) return
      for (const peer of [A, B]) {
        const report = await netcheck(peer).catch((err: Error) => err.message)
        process.stdout.write(`      peer ${peer} netcheck: ${JSON.stringify(report)}\n`)
        const log = readFileSync(net.peers[peer]?.log ?? '', 'utf8').split('\n').filter(l => l !== '' && !l.includes('"level":30'))
        process.stdout.write(`      peer ${peer} log, its last ${Math.min(20, log.length)} warnings and errors:\n${log.slice(-20).map(l => `        ${l.slice(0, 400)}`).join('\n')}\n`)
      }
    })
    after(async () => {
      const made = net?.nat?.namespaces ?? []
      if (net !== undefined) await testnetDown(net.dir).catch(() => {})
      // Tear-down removed every namespace it made (and with them every veth and rule).
      if (made.length > 0) expect((await namespaces()).filter(ns => made.includes(ns))).to.deep.equal([])
      if (root !== undefined) rmSync(root, { recursive: true, force: true })
    })

    it('records each peer\'s namespace and NAT; the NATed peers join through the relay and see each other alive', async () => {
      const state = net as TestnetState
      expect(state.peers.map(p => p.natKind)).to.deep.equal(kind === 'eim' ? ['none', 'eim', 'eim'] : ['none', 'none', 'symmetric', 'symmetric'])
      expect(await namespaces()).to.include.members(state.peers.map(p => p.netns as string))
      const b = B
      type Row = { id: string, state: string, kind: string | null, reachability: string }
      // B may be alive in A's table (probed through the relay) a moment before A's own connection to
      // it opens; until then `peers` shows its kind as null. Connection upkeep dials it in seconds.
      const rows = await waitFor('A to hold a connection to B', async () => {
        const r = await ok<Row[]>(A, ['peers'])
        return r.find(x => x.id === peerId(b))?.kind != null ? r : undefined
      }, 30_000, 500)
      expect(rows.find(r => r.id === peerId(b))).to.include({ state: 'alive', kind: 'relayed', reachability: 'relayed' })
      expect(rows.find(r => r.id === peerId(RELAY))).to.include({ state: 'alive', kind: 'direct', reachability: 'direct' })
      expect(rows.find(r => r.id === peerId(A))).to.include({ reachability: 'relayed' })
    })

    it('netcheck: the relay is public; a NATed peer is relayed, seen at its NAT\'s outside address, with the NAT\'s behaviour', async () => {
      const relay = await netcheck(RELAY)
      expect(relay).to.include({ reachability: 'public', natBehaviour: 'none' })
      const a = await waitFor('peer A to know its NAT', async () => { const r = await netcheck(A); return r.natBehaviour !== 'unknown' ? r : undefined }, 20_000)
      expect(a.reachability).to.equal('relayed')
      expect(a.natBehaviour).to.equal(kind === 'eim' ? 'endpoint-independent' : 'endpoint-dependent')
      expect(a.observedAddrs.length).to.be.at.least(1)
      for (const addr of a.observedAddrs) expect(addr).to.match(new RegExp(`^${(net as TestnetState).peers[A]?.publicAddr?.replaceAll('.', '\\.') ?? 'x'}:\\d+$`))
      expect(a.relays).to.have.length(1)
      expect([peerId(0), peerId(1)]).to.include(a.relays[0])
      const b = B
      const toB = a.peers.find(p => p.id === peerId(b))
      // Hole punching needs a public address to punch to: see the report in issue 19's notes.
      expect(toB).to.include({ kind: 'relayed' })
      expect(toB?.rttMs).to.be.a('number').and.below(1000)
    })

    it('a non-member with the swarm key asking the relay for a slot is refused', async () => {
      const state = net as TestnetState
      const relay = state.peers[RELAY]
      const { stdout } = await run('ip', ['netns', 'exec', state.peers[A]?.netns as string, process.execPath, PROBE, state.swarmKey, relay?.addrs[0] as string], { timeout: 30_000 })
        .catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }))
      // No reservation: the admission gate resets a non-member's relay stream before the relay reads
      // it (the relay itself would answer PERMISSION_DENIED); a hang would be no answer at all.
      const answer = JSON.parse(stdout) as { status?: string, error?: string }
      if (answer.status !== undefined) expect(answer.status).to.equal('PERMISSION_DENIED')
      else expect(answer.error, 'refused, not left hanging').to.be.a('string').and.not.match(/timeout|aborted/i)
    })

    it('a VNet pings across the two NATs; logs and a snapshot cross them; a tiny VM live-migrates between them and keeps counting', async () => {
      const b = B
      await ok(A, ['net', 'create', 'nat', '--cidr', '10.78.0.0/24'])
      const vm = await ok(A, ['vm', 'create', '--image', 'tiny', '--memory', '32M', '--fill-ram', '--name', 'roamer', '--net', 'nat'])
      const ip = vm.net?.ip ?? ''
      const pinged = await waitFor('pings from B to reach the VM on A', async () => {
        const r = await api(b).request<PingResult>('POST', '/v1/nets/nat/ping', { ip, count: 5, intervalMs: 20, timeoutMs: 1000 }, { signal: AbortSignal.timeout(30_000) })
        return r.received > 0 ? r : undefined
      }, 30_000, 500)
      expect(pinged.received).to.be.at.least(1)
      // The console's log and a snapshot, asked at B of a VM on A, come over the relayed connection.
      expect((await ok<{ logs: string }>(B, ['vm', 'logs', 'roamer'])).logs).to.match(/tiny: ready/)
      const snap = await ok<{ bytes: number }>(B, ['vm', 'snapshot', 'roamer', join(root, `roamer-${kind}.snap`)])
      expect(snap.bytes).to.be.above(0)
      const before = await show(A, 'roamer')
      const moved = await ok<MigrationView>(A, ['vm', 'migrate', 'roamer', '--to', peerId(b)])
      expect(moved).to.include({ phase: 'committed', from: peerId(A), to: peerId(b), path: 'relayed' })
      expect(moved.streamMBps).to.be.above(0)
      process.stdout.write(`      ${kind}: ${(moved.bytes / 1e6).toFixed(1)} MB over a ${moved.path ?? '?'} connection at ${moved.streamMBps ?? '?'} MB/s, total ${moved.totalMs ?? '?'} ms, downtime ${moved.downtimeMs ?? '?'} ms\n`)
      const after = await waitFor('the VM to run on B and count on', async () => {
        const v = await show(b, 'roamer')
        return v.peer === peerId(b) && v.phase === 'running' && (v.guest?.counter ?? 0) > (before.guest?.counter ?? Infinity) ? v : undefined
      }, 30_000, 200)
      expect(after.guest?.bootId).to.equal(before.guest?.bootId)
      expect(after.net?.ip).to.equal(ip)
      // Back out to the relay, over the direct connection B holds to it: the figure to compare with.
      const direct = await ok<MigrationView>(B, ['vm', 'migrate', 'roamer', '--to', peerId(RELAY)])
      expect(direct).to.include({ phase: 'committed', to: peerId(RELAY), path: 'direct' })
      process.stdout.write(`      ${kind}: the same VM back to the relay over a direct connection at ${direct.streamMBps ?? '?'} MB/s, downtime ${direct.downtimeMs ?? '?'} ms\n`)
    })

    if (kind === 'eim') {
      it('refuses, clearly and leaving nothing behind, when not run as root', async () => {
        const dir = join(root, 'as-nobody')
        const bin = fileURLToPath(new URL('../node/cli/bin.js', import.meta.url))
        // Not root: uid 65534 in a user namespace of its own (no capability over the host's network),
        // while files are still read as their owner, so a checkout in a 0700 directory works too.
        const r = await run('unshare', ['--user', process.execPath, bin, 'testnet', 'up', '--nat', 'eim', '--dir', dir, '--json'], { timeout: 30_000 })
          .then(() => ({ code: 0, stdout: '' }), (err: { code?: number, stdout?: string }) => ({ code: err.code ?? -1, stdout: err.stdout ?? '' }))
        expect(r.code).to.equal(1)
        expect(JSON.parse(r.stdout)).to.have.property('error').that.matches(/needs root/)
        expect(existsSync(dir)).to.equal(false)
      })
    }

    if (kind === 'symmetric') {
      it('with two relays, a NATed peer whose relay is killed reserves on the other within 10 s and stays connected', async () => {
        const state = net as TestnetState
        const first = (await netcheck(A)).relays[0] as string
        const victim = state.peers.findIndex(p => p.id === first)
        expect(victim, 'A holds a slot on one of the relays').to.be.oneOf([0, 1])
        const survivor = 1 - victim
        process.kill(state.peers[victim]?.pid ?? 0, 'SIGKILL')
        const killedAt = Date.now()
        await waitFor('peer A to hold a slot on the other relay', async () => (await netcheck(A)).relays.includes(peerId(survivor)), 10_000, 100)
        const tookMs = Date.now() - killedAt
        expect(tookMs).to.be.below(10_000)
        await waitFor('A and B connected again (through the surviving relay)', async () => {
          const rows = await ok<Array<{ id: string, state: string, kind: string | null }>>(A, ['peers'])
          const row = rows.find(r => r.id === peerId(B))
          return row?.state === 'alive' && row.kind === 'relayed'
        }, 20_000, 250)
        process.stdout.write(`      relay killed → re-reserved in ${tookMs} ms\n`)
      })
    }
  })
}
