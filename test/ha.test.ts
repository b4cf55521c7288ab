// Protection (replication to a standby) on a real 3-peer testnet, through the CLI: a protected tiny
// guest's host is SIGKILLed and the VM runs on at its standby, its counter continuing from at least
// what was reported, with the same boot id, and never two copies.
import { expect } from 'chai'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testnetDown, testnetUp } from '../testnet/launcher.js'
import type { TestnetState } from '../testnet/state.js'
import { signalQuietly } from '../testnet/processes.js'
import type { VmView } from '../node/vms/view.js'
import { TestnetCli } from './util/testnet-cli.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('HA: protected VMs on a testnet (real processes)', function () {
  this.timeout(120_000)
  let root: string
  let net: TestnetState
  const { ok, fails, api } = new TestnetCli(() => net)
  const show = async (peer: number, ref: string): Promise<VmView> => await api(peer).request<VmView>('GET', `/v1/vms/${ref}`)
  const here = async (peer: number): Promise<VmView[]> => await api(peer).request<VmView[]>('GET', '/v1/vms?here=true')
  const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

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
    const protectedVm = await waitFor('protected', async () => { const v = await show(2, 'ha-a'); return v.protection?.state === 'protected' ? v : undefined })
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
    const refused = await fails(0, ['vm', 'migrate', 'ha-a', '--to', net.peers[2]?.id ?? ''])
    expect(refused.error).to.match(/protected/)
  })

  it('SIGKILL of the primary: the VM runs at the standby with the same boot id, its counter not behind', async () => {
    const before = await waitFor('protected', async () => { const v = await show(0, 'ha-a'); return v.protection?.state === 'protected' ? v : undefined })
    await sleep(500)
    const last = await show(0, 'ha-a')
    const reported = last.guest?.counter ?? Infinity
    const bootId = before.guest?.bootId
    const killedAt = performance.now()
    signalQuietly(net.peers[0]?.pid ?? 0, 'SIGKILL')
    const moved = await waitFor('running at the standby', async () => {
      const list = await here(1)
      return list.find(v => v.name === 'ha-a' && v.phase === 'running')
    }, 10_000, 50)
    const tookMs = performance.now() - killedAt
    expect(moved.epoch).to.equal(before.epoch + 1)
    expect(moved.guest?.bootId).to.equal(bootId)
    expect(moved.guest?.counter).to.be.at.least(reported)
    expect(tookMs).to.be.below(5000)
    // Never two copies: the third peer holds none, the dead one none.
    expect((await here(2)).filter(v => v.name === 'ha-a')).to.have.length(0)
    await sleep(300)
    const later = await show(2, 'ha-a')
    expect(later.peer).to.equal(net.peers[1]?.id)
    expect(later.guest?.counter).to.be.above(moved.guest?.counter ?? Infinity)
    process.stdout.write(`      failover: running at the standby ${Math.round(tookMs)} ms after the kill; counter ${String(moved.guest?.counter)} ≥ ${reported} reported\n`)
  })
})
