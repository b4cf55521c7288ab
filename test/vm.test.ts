// VMs across a real 3-peer testnet, through the CLI as users run it: lifecycle, forwarding to the
// owner, snapshots between peers, bad input, a dead owner, and busy guests next to the daemon.
import { expect } from 'chai'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { restartPeer } from '../testnet/launcher.js'
import { signalQuietly, isRunning } from '../testnet/processes.js'
import type { VmView } from '../node/vms/view.js'
import { cli } from './util/cli.js'
import { useTestnet } from './util/use-testnet.js'
import { flip, guestStateIn, withHeader } from './util/snapshots.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20
const BUDGET = 384 * MiB

describe('VMs on a testnet (real processes)', function () {
  this.timeout(120_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-vm-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: BUDGET } })
  const { ok, fails, api } = testnet.cli
  const show = async (peer: number, ref: string): Promise<VmView> => await api(peer).request<VmView>('GET', `/v1/vms/${ref}`)
  const list = async (peer: number): Promise<VmView[]> => await api(peer).request<VmView[]>('GET', '/v1/vms')

  describe('lifecycle', () => {
    let vm: VmView

    it('`vm create --image tiny` gives a running VM whose counter grows', async () => {
      vm = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'alpha'])
      expect(vm).to.include({ name: 'alpha', phase: 'running', image: 'tiny', memory: 32 * MiB, provider: 'aws', peer: testnet.state.peers[0]?.id })
      expect(vm.id).to.match(/^vm-[0-9a-f]{16}$/)
      expect(vm.mac).to.match(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/)
      expect(vm.guest?.counter).to.be.a('number')
      expect(vm.guest?.bootId).to.match(/^[0-9a-f]{16}$/)
      await sleep(300)
      const later = await ok(0, ['vm', 'show', 'alpha'])
      expect(later.guest?.counter).to.be.above(vm.guest?.counter ?? Infinity)
      expect(later.guest?.bootId).to.equal(vm.guest?.bootId)
    })

    it('is listed by every peer, with its live counter read from its owner', async () => {
      for (const peer of [1, 2]) {
        const listed = await waitFor(`alpha listed by peer ${peer}`, async () => (await ok<VmView[]>(peer, ['vm', 'ls'])).find(v => v.id === vm.id))
        expect(listed).to.include({ name: 'alpha', peer: testnet.state.peers[0]?.id, provider: 'aws', phase: 'running' })
        expect(listed.guest?.counter).to.be.above(vm.guest?.counter ?? Infinity)
      }
    })

    it('is paused and resumed through other peers (the owner does it)', async () => {
      expect((await ok(2, ['vm', 'pause', 'alpha'])).phase).to.equal('paused')
      const a = (await show(1, vm.id)).guest?.counter
      await sleep(300)
      expect((await show(1, vm.id)).guest?.counter).to.equal(a)
      expect((await ok(1, ['vm', 'resume', vm.id.slice(0, 10)])).phase).to.equal('running')
      await sleep(300)
      expect((await show(0, 'alpha')).guest?.counter).to.be.above(a ?? Infinity)
    })

    it('refuses actions that do not fit the phase, by name, and the VM carries on', async () => {
      expect(await fails(1, ['vm', 'resume', 'alpha'])).to.include({ name: 'VmPhaseError' })
      expect((await fails(0, ['vm', 'start', 'alpha'])).error).to.match(/cannot start vm alpha .*it is running; start needs it stopped or failed or lost/)
      expect((await show(0, 'alpha')).phase).to.equal('running')
    })

    it('stops (RAM dropped) and starts again as a fresh boot', async () => {
      expect((await ok(0, ['vm', 'stop', 'alpha'])).phase).to.equal('stopped')
      expect(await fails(0, ['vm', 'pause', 'alpha'])).to.include({ name: 'VmPhaseError' })
      expect(await fails(0, ['vm', 'snapshot', 'alpha', join(testnet.root, 'x.snap')])).to.include({ name: 'VmPhaseError' })
      const started = await ok(1, ['vm', 'start', 'alpha'])
      expect(started.phase).to.equal('running')
      expect(started.guest?.bootId).to.not.equal(vm.guest?.bootId)
      expect(started.mac).to.equal(vm.mac)
    })

    it('shows the guest\'s console output with `vm logs`, from any peer', async () => {
      const r = await cli(['vm', 'logs', 'alpha', '--testnet', testnet.dir, '--peer', '2'])
      expect(r.code).to.equal(0)
      expect(r.stdout).to.include('tiny: ready')
    })

    it('creates on another peer with --on PEER and --on provider:NAME', async () => {
      const onPeer = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'beta', '--on', testnet.state.peers[1]?.id ?? ''])
      expect(onPeer).to.include({ peer: testnet.state.peers[1]?.id, provider: 'gcp', phase: 'running' })
      const onProvider = await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'gamma', '--memory', '16M', '--on', 'provider:azure'])
      expect(onProvider).to.include({ peer: testnet.state.peers[2]?.id, provider: 'azure', memory: 16 * MiB })
      expect(await fails(0, ['vm', 'create', '--image', 'tiny', '--on', 'provider:nowhere'])).to.include({ name: 'NotFoundError' })
    })

    const refusals: Array<{ id: string, args: string[], name: string, error: RegExp }> = [
      { id: 'an unknown image', args: ['--image', 'dos'], name: 'ImageNotFoundError', error: /no image 'dos' \(known: tiny, linux\)/ },
      { id: 'memory below the minimum', args: ['--image', 'tiny', '--memory', '8M'], name: 'VmSpecError', error: /below the tiny image's minimum of 16 MiB/ },
      { id: 'memory above the maximum', args: ['--image', 'tiny', '--memory', '3G'], name: 'VmSpecError', error: /above the maximum of 2048 MiB/ },
      { id: 'memory beyond the budget', args: ['--image', 'tiny', '--memory', '384M'], name: 'CapacityError', error: /no room for 384 MiB: \d+ of its 384 MiB VM memory budget are in use/ },
      { id: 'a NIC the image lacks', args: ['--image', 'tiny', '--nic', 'virtio'], name: 'VmSpecError', error: /no virtio driver/ },
      { id: 'a name that is taken', args: ['--image', 'tiny', '--name', 'beta'], name: 'VmSpecError', error: /a VM named beta exists/ },
      { id: 'a size that is not one', args: ['--image', 'tiny', '--memory', 'lots'], name: 'CliError', error: /not a size/ }
    ]
    for (const c of refusals) {
      it(`refuses ${c.id} with a clear error`, async () => {
        const before = (await list(0)).length
        const err = await fails(0, ['vm', 'create', ...c.args])
        expect(err.name).to.equal(c.name)
        expect(err.error).to.match(c.error)
        expect((await list(0)).length).to.equal(before)
      })
    }

    it('says which VM it cannot find', async () => {
      expect(await fails(1, ['vm', 'show', 'nosuchvm'])).to.include({ name: 'VmNotFoundError' })
      expect(await fails(1, ['vm', 'pause', 'vm-00000000deadbeef'])).to.include({ name: 'VmNotFoundError' })
    })
  })

  describe('snapshots between peers', () => {
    let alpha: VmView
    let file: string

    before(async () => {
      alpha = await show(0, 'alpha')
      file = join(testnet.root, 'alpha.snap')
    })

    it('`vm snapshot` from another peer writes a 0600 file on the caller\'s machine', async () => {
      const r = await ok<{ file: string, bytes: number }>(1, ['vm', 'snapshot', 'alpha', file])
      expect(r.bytes).to.equal(statSync(file).size)
      expect(statSync(file).mode & 0o777).to.equal(0o600)
      expect(await fails(1, ['vm', 'snapshot', 'alpha', file])).to.include({ name: 'CliError' })
    })

    it('restores on a third peer: new id, the counter continues from the snapshot, same boot id, a new MAC while the original lives', async () => {
      const inFile = guestStateIn(readFileSync(file))
      expect(inFile.bootId).to.equal(alpha.guest?.bootId)
      const restored = await ok(0, ['vm', 'restore', file, '--on', testnet.state.peers[2]?.id ?? ''])
      expect(restored.id).to.not.equal(alpha.id)
      expect(restored.peer).to.equal(testnet.state.peers[2]?.id)
      expect(restored.name).to.match(/^alpha-[0-9a-f]{4}$/)
      expect(restored.guest?.bootId).to.equal(inFile.bootId)
      // Read just after the restored guest resumed: where the snapshot left it, plus a moment.
      expect(restored.guest?.counter).to.be.within(inFile.counter, inFile.counter + 2000)
      expect(restored.mac).to.not.equal(alpha.mac)
      expect(restored.guestMac).to.equal(alpha.mac)
      expect(restored.note).to.match(/is held by vm/)
      await sleep(300)
      expect((await show(1, restored.id)).guest?.counter).to.be.above(restored.guest?.counter ?? Infinity)
      // Its console history came in the file: what the guest printed at boot, before the snapshot.
      const logs = await cli(['vm', 'logs', restored.id, '--testnet', testnet.dir, '--peer', '2'])
      expect(logs.stdout).to.include('tiny: ready')
      await ok(1, ['vm', 'rm', restored.id])
    })

    it('keeps the snapshot\'s MAC and name when the original is gone', async () => {
      await ok(2, ['vm', 'rm', 'alpha'])
      await waitFor('alpha gone from peer 1', async () => (await ok<VmView[]>(1, ['vm', 'ls'])).every(v => v.name !== 'alpha'))
      const restored = await ok(1, ['vm', 'restore', file])
      expect(restored).to.include({ name: 'alpha', mac: alpha.mac, peer: testnet.state.peers[1]?.id })
      expect(restored.guestMac).to.equal(undefined)
      expect(restored.note).to.equal(undefined)
    })

    const bad: Array<{ id: string, bytes: () => Buffer, error: RegExp }> = [
      { id: 'truncated', bytes: () => readFileSync(file).subarray(0, 50_000), error: /snapshot truncated/ },
      { id: 'corrupted', bytes: () => flip(readFileSync(file), 30_000), error: /checksum mismatch/ },
      { id: 'not a snapshot', bytes: () => Buffer.from('#!/bin/sh\necho not a snapshot\n'), error: /not a supercloud snapshot/ },
      { id: 'of another format version', bytes: () => { const b = Buffer.from(readFileSync(file)); b.writeUInt32LE(99, 8); return b }, error: /format version 99 is not supported/ },
      { id: 'whose VM spec does not match its machine', bytes: () => withHeader(readFileSync(file), h => { h.meta.spec.memoryBytes = 64 * MiB }), error: /does not match its VM spec/ }
    ]
    for (const c of bad) {
      for (const where of ['here', 'on another peer']) {
        it(`refuses a snapshot ${c.id} (${where}); the daemons and their VMs carry on`, async () => {
          const f = join(testnet.root, `bad-${c.id.replace(/\W+/g, '-')}.snap`)
          writeFileSync(f, c.bytes())
          const vms = await list(0)
          const err = await fails(0, ['vm', 'restore', f, ...(where === 'here' ? [] : ['--on', testnet.state.peers[2]?.id ?? ''])])
          expect(err.error).to.match(c.error)
          expect(err.name).to.equal('SnapshotError')
          expect((await list(0)).map(v => v.id)).to.deep.equal(vms.map(v => v.id))
          for (const p of testnet.state.peers) expect(isRunning(p.pid)).to.equal(true)
        })
      }
    }
  })

  describe('the memory budget', () => {
    it('refuses a restore where the budget has no room, here and through another peer', async () => {
      const big = await ok(2, ['vm', 'create', '--image', 'tiny', '--memory', '300M', '--name', 'big'])
      const file = join(testnet.root, 'big.snap')
      try {
        await ok(2, ['vm', 'snapshot', 'big', file])
        for (const from of [2, 0]) {
          const err = await fails(from, ['vm', 'restore', file, '--on', testnet.state.peers[2]?.id ?? ''])
          expect(err).to.include({ name: 'CapacityError' })
          expect(err.error).to.match(/no room for 300 MiB/)
        }
      } finally {
        await ok(2, ['vm', 'rm', big.id])
      }
    })
  })

  describe('busy guests beside the daemon', () => {
    const busy: string[] = []
    after(async () => { for (const id of busy) await ok(2, ['vm', 'rm', id]).catch(() => {}) })

    it('keeps the API and libp2p ping answering with 4 busy guests on the peer', async () => {
      for (let i = 0; i < 4; i++) busy.push((await ok(2, ['vm', 'create', '--image', 'tiny', '--memory', '16M', '--busy'])).id)
      await sleep(1000)
      const latencies: number[] = []
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now()
        await api(2).request('GET', '/v1/status', undefined, { signal: AbortSignal.timeout(5000) })
        latencies.push(performance.now() - t0)
      }
      const ping = await api(2).request<{ rttMs: number[] }>('GET', `/v1/peers/${testnet.state.peers[0]?.id ?? ''}/ping?count=5`, undefined, { signal: AbortSignal.timeout(20_000) })
      // Generous bounds: the benchmark (npm run bench:isolation) reports the real figures.
      expect(Math.max(...latencies)).to.be.below(1000)
      expect(ping.rttMs).to.have.length(5)
      expect(Math.max(...ping.rttMs)).to.be.below(1000)
      for (const id of busy) expect((await show(2, id)).guest?.counter).to.be.above(500)
    })
  })

  describe('a dead owner', () => {
    let victim: VmView

    it('marks the VMs of a SIGKILLed peer lost everywhere', async () => {
      victim = await show(1, 'beta')
      expect(victim.peer).to.equal(testnet.state.peers[1]?.id)
      signalQuietly(testnet.state.peers[1]?.pid ?? 0, 'SIGKILL')
      for (const peer of [0, 2]) {
        const seen = await waitFor(`beta lost at peer ${peer}`, async () => { const v = await show(peer, victim.id); return v.phase === 'lost' ? v : undefined }, 30_000, 250)
        expect(seen.reason).to.match(/is dead/)
      }
      expect(await fails(0, ['vm', 'pause', 'beta'])).to.include({ name: 'VmPhaseError' })
    })

    it('does not resurrect them when the peer restarts: they stay lost, and can be booted afresh or removed', async () => {
      restartPeer(testnet.dir, 1)
      testnet.reread()
      await waitFor('peer 1 back', async () => (await ok<VmView[]>(1, ['vm', 'ls']).catch(() => undefined)) !== undefined, 30_000, 250)
      for (const peer of [0, 1, 2]) {
        const seen = await waitFor(`beta seen after the restart by peer ${peer}`, async () => {
          const v = await show(peer, victim.id).catch(() => undefined)
          return v !== undefined && v.phase === 'lost' && /restarted/.test(v.reason ?? '') ? v : undefined
        }, 30_000, 250)
        expect(seen.guest).to.equal(undefined)
      }
      const started = await ok(0, ['vm', 'start', 'beta'])
      expect(started).to.include({ phase: 'running', peer: testnet.state.peers[1]?.id, mac: victim.mac })
      expect(started.guest?.bootId).to.not.equal(victim.guest?.bootId)
      await ok(2, ['vm', 'rm', 'beta'])
      await waitFor('beta gone everywhere', async () => {
        for (const peer of [0, 1, 2]) if ((await ok<VmView[]>(peer, ['vm', 'ls'])).some(v => v.id === victim.id)) return false
        return true
      })
    })
  })
})
