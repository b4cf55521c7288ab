// Protection (replication to a standby) on a real 3-peer testnet, through the CLI: a protected tiny
// guest's host is SIGKILLed and the VM runs on at its standby, its counter continuing from at least
// what was reported, with the same boot id, and never two copies.
import { expect } from 'chai'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { restartPeer, testnetDown, testnetUp } from '../testnet/launcher.js'
import { readTestnetState, type TestnetState } from '../testnet/state.js'
import { signalQuietly } from '../testnet/processes.js'
import type { VmView } from '../node/vms/view.js'
import { TestnetCli } from './util/testnet-cli.js'
import { BALLOTS_FILE } from '../overlay/replication/index.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20

describe('HA: protected VMs on a testnet (real processes)', function () {
  this.timeout(120_000)
  let root: string
  let net: TestnetState
  const { ok, fails, api, shownAt, show, here, link, shownProtected, replicas } = new TestnetCli(() => net)

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-ha-'))
    net = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir: join(root, 'net'), peerConfig: { memoryBytes: 256 * MiB } })
  })

  after(async () => {
    if (net !== undefined) await testnetDown(net.dir).catch(() => {})
    if (root !== undefined && process.env.SC_KEEP_TESTNET === undefined) rmSync(root, { recursive: true, force: true })
  })

  it('`vm create --ha` protects a VM on another provider: syncing, then protected, the replica reserved there', async () => {
    const vm = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'ha-a', '--ha', '--standby', 'provider:gcp'])
    expect(vm.phase).to.equal('running')
    expect(vm.protection?.standby).to.equal(net.peers[1]?.id)
    const protectedVm = await shownProtected(2, 'ha-a')
    expect(protectedVm.protection?.epoch).to.be.above(0)
    expect(protectedVm.guest?.counter).to.be.a('number')
    expect(protectedVm.guestLive?.counter).to.be.at.least(protectedVm.guest?.counter ?? Infinity)
    const standby = await api(1).request<{ replicas: Array<{ vm: string, epoch: number }>, memoryBytes: number }>('GET', '/v1/replicas')
    expect(standby.replicas.map(r => r.vm)).to.deep.equal([vm.id])
    expect(standby.memoryBytes).to.equal(32 * MiB)
  })

  it('`vm unprotect` frees the standby; `vm protect` protects again', async () => {
    const after = await ok(2, ['vm', 'unprotect', 'ha-a'])
    expect(after.protection?.state).to.equal('unprotected')
    await waitFor('replica freed', async () => (await api(1).request<{ memoryBytes: number }>('GET', '/v1/replicas')).memoryBytes === 0 ? true : undefined)
    const again = await ok(1, ['vm', 'protect', 'ha-a', '--standby', net.peers[1]?.id ?? '', '--checkpoint-interval', '100ms'])
    expect(again.protection?.state).to.be.oneOf(['syncing', 'protected'])
  })

  it('a protected VM migrates: protection resumes at the destination, with the same standby unless it is the destination', async () => {
    const protectedAt = async (peer: number): Promise<VmView> => await waitFor(`protected on peer ${peer}`, async () => {
      const v = await show(2, 'ha-a')
      return v.peer === net.peers[peer]?.id && v.protection?.state === 'protected' ? v : undefined
    }, 30_000, 100)
    const migrate = async (to: number): Promise<void> => {
      const m = await ok<{ phase: string, reason?: string }>(2, ['vm', 'migrate', 'ha-a', '--to', net.peers[to]?.id ?? ''])
      expect(m.phase, m.reason).to.equal('committed')
    }
    await protectedAt(0)
    const bootId = (await show(2, 'ha-a')).guest?.bootId
    // To a third peer: the standby stays where it was.
    await migrate(2)
    expect((await protectedAt(2)).protection?.standby).to.equal(net.peers[1]?.id)
    // To its own standby: the new owner picks another standby.
    await migrate(1)
    const atStandby = await protectedAt(1)
    expect(atStandby.protection?.standby).to.be.oneOf([net.peers[0]?.id, net.peers[2]?.id])
    expect(atStandby.guest?.bootId).to.equal(bootId)
    expect((await replicas(net.peers.findIndex(p => p.id === atStandby.protection?.standby))).map(r => r.vm)).to.deep.equal([atStandby.id])
    // Back to peer 0, its standby on peer 1 again for the cases below.
    await migrate(0)
    await protectedAt(0)
    await ok(2, ['vm', 'unprotect', 'ha-a'])
    await ok(2, ['vm', 'protect', 'ha-a', '--standby', net.peers[1]?.id ?? ''])
  })

  it('SIGSTOP of the primary\'s daemon for 20 s: the standby takes over, and the stopped copy never runs again after SIGCONT', async () => {
    const before = await shownProtected(0, 'ha-a')
    await sleep(300)
    const reported = (await show(0, 'ha-a')).guest?.counter ?? Infinity
    const pid = net.peers[0]?.pid ?? 0
    signalQuietly(pid, 'SIGSTOP')
    const stoppedAt = performance.now()
    let moved: VmView
    // What peer 2 reports of the VM's counter, through the stop and after: it never goes back.
    const reports: number[] = []
    try {
      await waitFor('running at the standby', async () => (await here(1)).find(v => v.name === 'ha-a' && v.phase === 'running'), 10_000, 50)
      moved = await shownAt(1, 'ha-a')
      while (performance.now() - stoppedAt < 20_000) {
        const c = (await show(2, 'ha-a').catch(() => undefined))?.guest?.counter
        if (c !== undefined) reports.push(c)
        await sleep(250)
      }
    } finally {
      signalQuietly(pid, 'SIGCONT')
    }
    expect(moved.epoch).to.equal(before.epoch + 1)
    expect(moved.guest?.bootId).to.equal(before.guest?.bootId)
    expect(moved.guest?.counter).to.be.at.least(reported)
    // Woken, the old primary's worker stops the guest at its lease before another slice, and the
    // newer epoch elsewhere drops its copy. Its RAM, while still there, never ran past the lease.
    const samples: number[] = []
    await waitFor('the old copy gone', async () => {
      const old = (await here(0)).find(v => v.name === 'ha-a')
      if (old?.guestLive !== undefined) samples.push(old.guestLive.counter)
      return old === undefined ? true : undefined
    }, 15_000, 50)
    for (const c of samples) expect(c).to.be.below(reported + 1000 + 500)
    for (let i = 0; i < 8; i++) {
      const c = (await show(2, 'ha-a')).guest?.counter
      if (c !== undefined) reports.push(c)
      await sleep(250)
    }
    expect(reports.length).to.be.above(40)
    for (let i = 1; i < reports.length; i++) expect(reports[i], `report ${i}`).to.be.at.least(reports[i - 1] ?? 0)
    const now = await show(2, 'ha-a')
    expect(now.peer).to.equal(net.peers[1]?.id)
    expect(now.guest?.counter).to.be.at.least(moved.guest?.counter ?? Infinity)
    // Protected again by itself, never by its silent old primary: peer 2 is the one left.
    const again = await shownProtected(1, 'ha-a')
    expect(again.protection?.standby).to.equal(net.peers[2]?.id)
  })

  it('SIGKILL of the primary: the VM runs at the standby with the same boot id, its counter not behind', async () => {
    // ha-a runs on peer 1 now, protected again after the failover above, with its standby on peer 2.
    const before = await shownProtected(1, 'ha-a')
    await sleep(500)
    const logsBefore = (await ok<{ logs: string }>(1, ['vm', 'logs', 'ha-a'])).logs
    expect(logsBefore).to.match(/tiny: ready/)
    const last = await show(1, 'ha-a')
    const reported = last.guest?.counter ?? Infinity
    const killedAt = performance.now()
    signalQuietly(net.peers[1]?.pid ?? 0, 'SIGKILL')
    await waitFor('running at the standby', async () => (await here(2)).find(v => v.name === 'ha-a' && v.phase === 'running'), 10_000, 50)
    const tookMs = performance.now() - killedAt
    const moved = await shownAt(2, 'ha-a')
    expect(moved.epoch).to.equal(before.epoch + 1)
    expect(moved.guest?.bootId).to.equal(before.guest?.bootId)
    expect(moved.guest?.counter).to.be.at.least(reported)
    expect(tookMs).to.be.below(5000)
    // Never two copies: the other live peer holds none.
    expect((await here(0)).filter(v => v.name === 'ha-a')).to.have.length(0)
    await sleep(300)
    const later = await show(0, 'ha-a')
    expect(later.peer).to.equal(net.peers[2]?.id)
    expect(later.guest?.counter).to.be.above(moved.guest?.counter ?? Infinity)
    // The console's history came with the checkpoints: `vm logs` goes on from it.
    expect((await ok<{ logs: string }>(2, ['vm', 'logs', 'ha-a'])).logs.startsWith(logsBefore.slice(0, 200))).to.equal(true)
    // The two members that voted the takeover hold their vote on disk: a restart cannot undo it.
    for (const peer of [0, 2]) {
      const cast = (JSON.parse(readFileSync(join(net.peers[peer]?.dataDir ?? '', BALLOTS_FILE), 'utf8')) as { ballots: Array<{ ballot: string, takeoverFrom?: number }> }).ballots
      expect(cast.some(b => b.ballot.startsWith(`${moved.id}:${before.epoch}:`) && b.takeoverFrom !== undefined), `peer ${peer}: ${JSON.stringify(cast)}`).to.equal(true)
    }
    // And it is protected again, by the one peer left that is not its dead old primary.
    const again = await shownProtected(2, 'ha-a')
    expect(again.protection?.standby).to.equal(net.peers[0]?.id)
    process.stdout.write(`      failover: running at the standby ${Math.round(tookMs)} ms after the kill; counter ${String(moved.guest?.counter)} ≥ ${reported} reported\n`)
  })

  it('the killed primary, restarted, drops its superseded copy and refuses to start it', async () => {
    restartPeer(net.dir, 1)
    net = readTestnetState(net.dir)
    await waitFor('peer 1 back and joined', async () => {
      const s = await api(1).request<{ joined: boolean, peers: Record<string, number> }>('GET', '/v1/status')
      return s.joined && s.peers.alive === 3 ? true : undefined
    }, 60_000, 250)
    await waitFor('no copy on peer 1', async () => (await here(1)).some(v => v.name === 'ha-a') ? undefined : true, 20_000, 200)
    const refused = await fails(1, ['vm', 'start', 'ha-a'])
    expect(refused.name).to.match(/Phase/)
    expect((await show(1, 'ha-a')).peer).to.equal(net.peers[2]?.id)
  })

  it('a partition cutting the standby off (a minority) never fails over, and heals with one copy', async () => {
    // ha-a runs on peer 2, its standby on peer 0 (chosen after the failover above), cut off below with a minority of one.
    await waitFor('protected', async () => { const p = (await show(2, 'ha-a')).protection; return p?.state === 'protected' && p.standby === net.peers[0]?.id ? true : undefined })
    await link(['--from', '0', '--to', '2', '--drop'])
    await link(['--from', '2', '--to', '0', '--drop'])
    try {
      for (let i = 0; i < 25; i++) {
        expect((await here(0)).filter(v => v.name === 'ha-a'), 'the cut-off standby runs no copy').to.have.length(0)
        await sleep(200)
      }
    } finally {
      await link(['--clear'])
    }
    const back = await waitFor('running on at its primary', async () => {
      const v = (await here(2)).find(x => x.name === 'ha-a')
      const a = v?.guestLive?.counter ?? v?.guest?.counter ?? 0
      await sleep(300)
      const w = (await here(2)).find(x => x.name === 'ha-a')
      return w !== undefined && (w.guestLive?.counter ?? w.guest?.counter ?? 0) > a ? w : undefined
    }, 30_000, 200)
    expect(back.phase).to.equal('running')
    expect((await here(0)).filter(v => v.name === 'ha-a')).to.have.length(0)
    // Protection resumes with a new standby, and `vm rm` frees its replica.
    const again = await shownProtected(2, 'ha-a')
    const standby = net.peers.findIndex(p => p.id === again.protection?.standby)
    expect(standby).to.be.oneOf([0, 1])
    expect((await replicas(standby)).map(r => r.vm)).to.deep.equal([back.id])
    await ok(0, ['vm', 'rm', 'ha-a'])
    await waitFor('the replica freed', async () => (await replicas(standby)).length === 0 ? true : undefined, 10_000, 100)
  })

  it('a standby that drains hands protection over first: the VM runs on, protected by another peer, with no failover', async () => {
    const vm = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'ha-d', '--ha', '--standby', net.peers[1]?.id ?? ''])
    await shownProtected(2, 'ha-d')
    await api(1).request('POST', '/v1/drain', {})
    try {
      const moved = await waitFor('protected by peer 2', async () => {
        const v = await show(2, 'ha-d')
        return v.protection?.state === 'protected' && v.protection.standby === net.peers[2]?.id ? v : undefined
      }, 30_000, 100)
      expect(moved).to.include({ peer: net.peers[0]?.id, epoch: vm.epoch, phase: 'running' })
      expect((await api(1).request<{ replicas: unknown[] }>('GET', '/v1/replicas')).replicas).to.deep.equal([])
      expect((await here(1)).filter(v => v.name === 'ha-d')).to.have.length(0)
    } finally {
      await api(1).request('POST', '/v1/undrain', {})
    }
  })
})
