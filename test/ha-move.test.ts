// A protected VM keeps its standby through a live migration (replication 2.1.0), on a real 3-peer
// testnet: its checkpoints go on through pre-copy, the switchover sends the last one, and the
// destination carries protection on from it without a full resync. So a kill at either end of the
// move, or right after it, is a failover and not a lost VM: the two windows a protected VM used to
// spend unprotected (the move, and its new standby's first full checkpoint). A destination that dies
// after taking the VM and before carrying protection on left its standby a grant: it fails over too.
// A move onto the VM's own standby hands protection to another standby first, which follows it.
import { expect } from 'chai'
import { join } from 'node:path'
import { restartPeer } from '../testnet/launcher.js'
import { isRunning, signalQuietly } from '../testnet/processes.js'
import type { CloudDisk } from '../overlay/records/index.js'
import type { VmView } from '../node/vms/view.js'
import type { MigrationView } from '../node/vms/migrate-out.js'
import { expectUnbrokenTinyDisk } from './util/tiny-disk.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20

describe('HA: a protected VM keeps its standby through a migration (real processes)', function () {
  this.timeout(180_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-ha-move-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 256 * MiB, diskBytes: 256 * MiB }, keepLogsOnFailure: true })
  const { ok, api, show, here, shownAt, peerId, link, replicas } = testnet.cli
  const protectedOn = async (peer: number, name: string): Promise<VmView> => await waitFor(`${name} protected on peer ${peer}`, async () => {
    const v = await show(peer, name).catch(() => undefined)
    return v?.peer === peerId(peer) && v.protection?.state === 'protected' ? v : undefined
  }, 30_000, 100)
  /** A tiny VM created on `on`, protected by `standby`: its boot id once protected. */
  const createProtected = async (on: number, name: string, standby: number): Promise<string | undefined> => {
    await ok(on, ['vm', 'create', '--image', 'tiny', '--name', name, '--ha', '--standby', peerId(standby)])
    await protectedOn(on, name)
    return (await show(on, name)).guest?.bootId
  }
  /** Kills `peer` and waits for `name` to run at `standby`: the failover's time, and the VM there. */
  const killAndFailOver = async (peer: number, name: string, standby: number): Promise<{ ms: number, vm: VmView }> => {
    const killedAt = performance.now()
    signalQuietly(testnet.state.peers[peer]?.pid ?? 0, 'SIGKILL')
    await waitFor(`${name} running at peer ${standby}`, async () => (await here(standby)).find(v => v.name === name && v.phase === 'running'), 15_000, 50)
    const ms = performance.now() - killedAt
    return { ms, vm: await shownAt(standby, name) }
  }
  /**
   * `name` runs at `host` after a move (at record epoch `epoch`): `host` is killed 300 ms later, and
   * the VM runs at `standby` with its boot id, its counter not behind, at the next epoch.
   */
  const killRightAfterMove = async (host: number, name: string, standby: number, was: { bootId: string | undefined, epoch: number }): Promise<{ ms: number, vm: VmView, reported: number }> => {
    await sleep(300)
    const reported = (await show(host, name)).guest?.counter ?? Infinity
    const { ms, vm } = await killAndFailOver(host, name, standby)
    expect(vm.guest?.bootId).to.equal(was.bootId)
    expect(vm.guest?.counter).to.be.at.least(reported)
    expect(vm.epoch).to.equal(was.epoch + 1)
    return { ms, vm, reported }
  }
  /** Restarts a killed peer and waits until every member sees three alive. */
  const restart = async (peer: number): Promise<void> => {
    restartPeer(testnet.dir, peer)
    testnet.reread()
    await waitFor(`peer ${peer} back`, async () => (await api(peer).request<{ peers: Record<string, number> }>('GET', '/v1/status')).peers.alive === 3 ? true : undefined, 60_000, 250)
  }

  it('moves with its standby: protected at the destination at once, the replica carried on (not resent), and a kill of the destination right after is a failover', async () => {
    const bootId = await createProtected(0, 'mv-a', 1)
    const bytesBefore = (await replicas(1)).find(r => r.name === 'mv-a')?.bytes ?? 0
    const moved = await ok<MigrationView>(0, ['vm', 'migrate', 'mv-a', '--to', peerId(2)])
    expect(moved.phase, moved.reason).to.equal('committed')
    // Protected at peer 2 by the same standby, with no full checkpoint: the replica there grew by
    // far less than the VM's 32 MiB of RAM.
    const at2 = await protectedOn(2, 'mv-a')
    expect(at2.protection?.standby).to.equal(peerId(1))
    const replica = (await replicas(1)).find(r => r.name === 'mv-a')
    expect(replica?.primary).to.equal(peerId(2))
    expect((replica?.bytes ?? 0) - bytesBefore).to.be.below(8 * MiB)
    // The destination dies at once: the standby holds the VM as it ran there.
    const { ms, vm, reported } = await killRightAfterMove(2, 'mv-a', 1, { bootId, epoch: at2.epoch })
    expect((await here(0)).filter(v => v.name === 'mv-a')).to.have.length(0)
    process.stdout.write(`      moved in ${String(moved.totalMs)} ms (downtime ${String(moved.downtimeMs)} ms); destination killed, running at the standby ${Math.round(ms)} ms later, counter ${String(vm.guest?.counter)} ≥ ${reported}\n`)
  })

  it('a kill of the source in the middle of the move is a failover at the standby; the destination never runs the VM', async () => {
    await restart(2)
    const bootId = await createProtected(0, 'mv-b', 1)
    // The move stalls after the destination accepted it (a failpoint), and peer 0 dies meanwhile.
    await ok(0, ['failpoint', 'set', 'migration.source.after-accept', 'delay:8000'])
    const moving = api(0).request<MigrationView>('POST', '/v1/vms/mv-b/migrate', { to: peerId(2) }).catch(() => undefined)
    await waitFor('the move under way', async () => (await show(1, 'mv-b')).phase === 'migrating' ? true : undefined, 10_000, 50)
    await sleep(1500)
    const during = await show(0, 'mv-b')
    // Still protected while it moves: the standby follows its checkpoints.
    expect(during.protection?.state).to.equal('protected')
    const reported = during.guest?.counter ?? Infinity
    const { ms, vm } = await killAndFailOver(0, 'mv-b', 1)
    await moving
    expect(vm.guest?.bootId).to.equal(bootId)
    expect(vm.guest?.counter).to.be.at.least(reported)
    await sleep(1000)
    expect((await here(2)).filter(v => v.name === 'mv-b')).to.have.length(0)
    process.stdout.write(`      source killed mid-move: running at the standby ${Math.round(ms)} ms later, counter ${String(vm.guest?.counter)} ≥ ${reported}\n`)
  })
  it('a VM with a disk moves with its standby; the destination killed, the standby\'s disk holds every record, unbroken', async () => {
    await restart(0)
    const disk = await ok<CloudDisk>(2, ['disk', 'create', 'mvd', '--size', '32M'])
    await ok(2, ['vm', 'create', '--image', 'tiny', '--name', 'mv-d', '--disk', 'mvd', '--ha', '--standby', peerId(1)])
    await waitFor('10 durable records', async () => ((await show(2, 'mv-d')).guest?.disk?.flushed?.seq ?? -1) >= 10 ? true : undefined, 30_000)
    await protectedOn(2, 'mv-d')
    const moved = await ok<MigrationView>(2, ['vm', 'migrate', 'mv-d', '--to', peerId(0)])
    expect(moved.phase, moved.reason).to.equal('committed')
    await protectedOn(0, 'mv-d')
    await waitFor('records written at the destination', async () => ((await show(0, 'mv-d')).guest?.disk?.flushed?.seq ?? -1) >= 20 ? true : undefined, 30_000)
    const reported = (await show(0, 'mv-d')).guest?.disk?.flushed?.seq ?? Infinity
    const { vm } = await killAndFailOver(0, 'mv-d', 1)
    expect(vm.guest?.disk?.flushed?.seq).to.be.at.least(reported)
    await waitFor('the guest goes on writing at the standby', async () => ((await show(1, 'mv-d')).guest?.disk?.flushed?.seq ?? -1) > reported + 5 ? true : undefined, 30_000)
    const last = (await show(1, 'mv-d')).guest?.disk?.flushed?.seq ?? Infinity
    await ok(1, ['vm', 'stop', 'mv-d'])
    const top = await expectUnbrokenTinyDisk(join(testnet.state.peers[1]?.dataDir ?? '', 'disks', disk.id), 32 * MiB, last)
    process.stdout.write(`      with a disk: moved (downtime ${String(moved.downtimeMs)} ms), destination killed, record ${String(vm.guest?.disk?.flushed?.seq)} ≥ ${reported} reported; disk unbroken up to ${top}\n`)
  })

  it('the destination dies right after taking the VM, before it answers: the standby fails over from the handoff\'s state', async () => {
    await restart(0)
    const bootId = await createProtected(1, 'mv-e', 2)
    await ok(0, ['failpoint', 'set', 'migration.dest.after-commit', 'exit'])
    await sleep(300)
    const reported = (await show(1, 'mv-e')).guest?.counter ?? Infinity
    const pid = testnet.state.peers[0]?.pid ?? 0
    await api(1).request<MigrationView>('POST', '/v1/vms/mv-e/migrate', { to: peerId(0) })
    await waitFor('the destination to die at its commit', async () => isRunning(pid) ? undefined : true, 30_000, 50)
    const diedAt = performance.now()
    // Back (without the VM: its memory died with it), it tells the source it took the VM; the source
    // tells the standby, with the move's handoff and the destination's grant, and the members vote.
    await restart(0)
    await waitFor('mv-e running at the standby', async () => (await here(2)).find(v => v.name === 'mv-e' && v.phase === 'running'), 30_000, 100)
    const ms = performance.now() - diedAt
    const vm = await shownAt(2, 'mv-e')
    expect(vm.guest?.bootId).to.equal(bootId)
    expect(vm.guest?.counter).to.be.at.least(reported)
    await sleep(500)
    for (const peer of [0, 1]) expect((await here(peer)).filter(v => v.name === 'mv-e' && v.phase === 'running'), `peer ${peer}`).to.have.length(0)
    process.stdout.write(`      destination died at its commit: running at the standby ${Math.round(ms)} ms after (its restart included), counter ${String(vm.guest?.counter)} ≥ ${reported}\n`)
  })

  it('a move onto its standby, cut off from it, fails: the VM stays fenced until a majority keeps it, is protected elsewhere, and only the new standby takes over after a kill', async () => {
    const bootId = await createProtected(1, 'mv-f', 0)
    await link(['--from', '1', '--to', '0', '--drop'])
    let again: VmView
    try {
      // The move ends protection first (the standby cannot confirm it dropped its replica), then fails.
      const m = await api(1).request<MigrationView>('POST', '/v1/vms/mv-f/migrate', { to: peerId(0) })
      await waitFor('the move to end', async () => (await api(1).request<MigrationView>('GET', `/v1/migrations/${m.id}`)).endedAt, 30_000, 100)
      again = await waitFor('protected again, by the third peer', async () => {
        const v = await show(1, 'mv-f')
        return v.protection?.state === 'protected' && v.protection.standby === peerId(2) ? v : undefined
      }, 30_000, 100)
    } finally {
      await link(['--clear'])
    }
    expect(again.peer).to.equal(peerId(1))
    await sleep(1000)
    const reported = (await show(1, 'mv-f')).guest?.counter ?? Infinity
    const { vm } = await killAndFailOver(1, 'mv-f', 2)
    expect(vm.guest?.bootId).to.equal(bootId)
    expect(vm.guest?.counter).to.be.at.least(reported)
    // The old standby, which lost the keep vote, never runs it.
    for (let i = 0; i < 15; i++) {
      expect((await here(0)).filter(v => v.name === 'mv-f' && v.phase === 'running'), 'the old standby runs no copy').to.have.length(0)
      await sleep(200)
    }
  })

  it('a move onto its own standby: another standby takes protection over first and follows the VM, so a kill of the destination right after is a failover', async () => {
    await restart(1)
    const bootId = await createProtected(0, 'mv-g', 1)
    const moved = await ok<MigrationView>(0, ['vm', 'migrate', 'mv-g', '--to', peerId(1)])
    expect(moved.phase, moved.reason).to.equal('committed')
    // Peer 2 held the VM before the move and carried it on after: its replica's primary is peer 1
    // as soon as the move ends, with no full checkpoint after it.
    const replica = await waitFor('peer 2 carries the replica on for peer 1', async () => (await replicas(2)).find(r => r.name === 'mv-g' && r.primary === peerId(1)), 3000, 50)
    expect(replica.state).to.equal('standby')
    const at1 = await protectedOn(1, 'mv-g')
    expect(at1.protection?.standby).to.equal(peerId(2))
    const { ms } = await killRightAfterMove(1, 'mv-g', 2, { bootId, epoch: at1.epoch })
    process.stdout.write(`      moved onto its standby in ${String(moved.totalMs)} ms (downtime ${String(moved.downtimeMs)} ms); killed there, running at the new standby ${Math.round(ms)} ms later\n`)
  })
})
