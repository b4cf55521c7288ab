// The VM controller in process, against fake machines and a fake network: every action in every
// phase is allowed (and does what it says) or refused with a VmPhaseError naming both; and what only
// a controller decides — one action at a time, destroy cancelling the one in flight, a migration's
// outcomes (committed, aborted, never started, unknown then settled), a guest that dies.
import { expect } from 'chai'
import { ImageCatalog } from '../../node/hypervisor/images.js'
import { silentLogger } from '../../node/log.js'
import { VmController, type ControllerHost, type SourceMove } from '../../node/vms/controller.js'
import { Machines } from '../../node/vms/machines.js'
import { VM_PHASES, type VmPhase } from '../../node/vms/phases.js'
import type { VmAction, VmActionKind } from '../../node/vms/actions.js'
import type { MigrationOutcome } from '../../overlay/migration/types.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import { FakeEngine, type FakeMachine } from '../fakes/engine.js'
import { FakeNetwork } from '../fakes/network.js'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DiskService } from '../../node/disks/service.js'
import { VmDisks } from '../../node/vms/vm-disks.js'

const outcome = (o: MigrationOutcome['outcome']): MigrationOutcome => ({ outcome: o, rounds: 1, pagesPerRound: [1], bytes: 4096, streamBytesPerSec: 0, totalMs: 1, downtimeMs: 1 })

interface Rig {
  host: ControllerHost
  engine: FakeEngine
  network: FakeNetwork
  forgotten: Set<string>
  announced: { count: number }
  disks: DiskService
  /** What the next migration does: its outcome, or a function of its move. */
  migrate: (move: SourceMove) => Promise<MigrationOutcome>
}

function rig (): Rig {
  const engine = new FakeEngine()
  const network = new FakeNetwork()
  const r: Rig = {
    engine,
    network,
    forgotten: new Set(),
    announced: { count: 0 },
    migrate: async () => outcome('committed'),
    host: undefined as unknown as ControllerHost,
    disks: new DiskService({ log: silentLogger(), cloudDisks: () => [], changed: () => {} }, { selfId: '12D3KooWSelf', dataDir: mkdtempSync(join(tmpdir(), 'sc-ctl-disks-')), budgetBytes: 1 << 30 })
  }
  r.host = {
    machines: new Machines({ engine, log: silentLogger(), network }),
    images: new ImageCatalog(),
    log: silentLogger(),
    selfId: '12D3KooWSelf',
    reserve: () => {},
    protection: () => undefined,
    announce: async () => { r.announced.count++ },
    forget: id => { r.forgotten.add(id) },
    migrate: async move => await r.migrate(move),
    disks: new VmDisks(r.disks)
  }
  return r
}

function record (phase: VmPhase): VmRecordData {
  return { id: 'vm-00000000000000aa', creator: '12D3KooWSelf', nonce: '00', epoch: 1, handoffs: [], spec: { name: 'v', image: 'tiny', memoryBytes: 32 << 20, nic: 'ne2k', mac: '02:00:00:00:00:aa' }, phase, createdAtMs: 1, updatedAtMs: 1 }
}

/** A controller in `phase`, with a guest where the phase has one (a migration left unknown for `migrating`). */
async function inPhase (r: Rig, phase: VmPhase): Promise<VmController> {
  const vm = new VmController(r.host, record(phase === 'migrating' ? 'running' : phase))
  if (['running', 'paused', 'migrating'].includes(phase)) {
    const machine = await r.engine.create({ id: vm.id, memoryBytes: 32 << 20, vgaMemoryBytes: 256 << 10, nic: 'ne2k', mac: vm.record.spec.mac, boot: { kind: 'none' }, guestConfig: {} })
    await vm.adopt(machine, phase !== 'paused', async () => {})
  }
  if (phase === 'migrating') {
    r.migrate = async () => outcome('unknown')
    await vm.dispatch(migrateTo('peer-b'))
  }
  expect(vm.phase).to.equal(phase)
  return vm
}

const migrateTo = (to: string): VmAction & { kind: 'migrateOut' } => ({ kind: 'migrateOut', to, migrationId: 'mig-1', mode: 'precopy' })
const machineOf = (r: Rig, vm: VmController): FakeMachine | undefined => r.engine.machines.get(vm.id)

/**
 * The contract the table in phases.ts must keep, written the other way round (what each phase lets
 * one do), so that a slip in either table shows. In `migrating`, `supersede` leaves the VM alone:
 * the migration's outcome settles it (migrate-out.ts watches the same record).
 */
const DOABLE: Record<VmPhase, readonly VmActionKind[]> = {
  creating: ['attach', 'detach', 'destroy', 'fail', 'supersede', 'setProtection'],
  running: ['pause', 'stop', 'snapshot', 'attach', 'detach', 'migrateOut', 'destroy', 'fail', 'supersede', 'setProtection'],
  paused: ['resume', 'stop', 'snapshot', 'attach', 'detach', 'migrateOut', 'destroy', 'fail', 'supersede', 'setProtection'],
  migrating: ['destroy', 'fail', 'settle', 'setProtection'],
  stopped: ['start', 'attach', 'detach', 'attachDisk', 'detachDisk', 'destroy', 'supersede', 'setProtection'],
  failed: ['start', 'stop', 'attach', 'detach', 'attachDisk', 'detachDisk', 'destroy', 'supersede', 'setProtection'],
  lost: ['start', 'attach', 'detach', 'attachDisk', 'detachDisk', 'destroy', 'supersede', 'setProtection']
}

/** What an allowed action leaves behind. */
const EXPECT: Record<VmActionKind, (r: Rig, vm: VmController, before: VmPhase, result: unknown) => void> = {
  start: (r, vm) => { expect(vm.phase).to.equal('running'); expect(machineOf(r, vm)?.running).to.equal(true) },
  pause: (r, vm) => { expect(vm.phase).to.equal('paused'); expect(machineOf(r, vm)?.running).to.equal(false) },
  resume: (r, vm) => { expect(vm.phase).to.equal('running'); expect(machineOf(r, vm)?.running).to.equal(true) },
  stop: (r, vm) => { expect(vm.phase).to.equal('stopped'); expect(vm.machine).to.equal(undefined) },
  snapshot: (_r, vm, before, result) => { expect(result).to.be.instanceOf(Uint8Array); expect(vm.phase).to.equal(before) },
  attach: (r, vm, before) => { expect(vm.record.spec.net?.ip).to.match(/^10\.0\.0\./); expect(r.network.leases.has(vm.id)).to.equal(true); expect(vm.phase).to.equal(before) },
  detach: (r, vm, before) => { expect(vm.record.spec.net).to.equal(undefined); expect(r.network.leases.has(vm.id)).to.equal(false); expect(vm.phase).to.equal(before) },
  attachDisk: (r, vm, before) => { const d = r.disks.find('d1'); expect(vm.record.spec.disks).to.deep.equal([d?.id]); expect(d?.vmId).to.equal(vm.id); expect(vm.phase).to.equal(before) },
  detachDisk: (r, vm, before) => { expect(vm.record.spec.disks).to.equal(undefined); expect(r.disks.find('d1')?.vmId).to.equal(undefined); expect(vm.phase).to.equal(before) },
  migrateOut: (r, vm) => { expect(r.forgotten.has(vm.id)).to.equal(true); expect(machineOf(r, vm)?.destroyed).to.equal(true) },
  destroy: (r, vm) => { expect(r.forgotten.has(vm.id)).to.equal(true) },
  fail: (_r, vm) => { expect(vm.phase).to.equal('failed'); expect(vm.record.reason).to.equal('boom') },
  settle: (r, vm) => { expect(vm.phase).to.equal('running'); expect(machineOf(r, vm)?.calls).to.include('stopTracking') },
  supersede: (r, vm) => { expect(r.forgotten.has(vm.id)).to.equal(true) },
  setProtection: (_r, vm, before) => { expect(vm.record.spec.protection).to.deep.equal({ intervalMs: 100 }); expect(vm.phase).to.equal(before) }
}

const ACTIONS: Record<VmActionKind, VmAction> = {
  start: { kind: 'start' },
  pause: { kind: 'pause' },
  resume: { kind: 'resume' },
  stop: { kind: 'stop' },
  snapshot: { kind: 'snapshot' },
  attach: { kind: 'attach', net: { id: 1 } },
  detach: { kind: 'detach' },
  attachDisk: { kind: 'attachDisk', disk: 'd1' },
  detachDisk: { kind: 'detachDisk', disk: 'd1' },
  migrateOut: migrateTo('peer-b'),
  destroy: { kind: 'destroy' },
  fail: { kind: 'fail', message: 'boom' },
  settle: { kind: 'settle', committed: false },
  supersede: { kind: 'supersede', epoch: 2 },
  setProtection: { kind: 'setProtection', protection: { intervalMs: 100 } }
}

describe('VM controller', () => {
  describe('every action in every phase', () => {
    for (const kind of Object.keys(ACTIONS) as VmActionKind[]) {
      for (const phase of VM_PHASES) {
        const ok = DOABLE[phase].includes(kind)
        it(`${kind} in ${phase}: ${ok ? 'allowed' : 'refused'}`, async () => {
          const r = rig()
          const vm = await inPhase(r, phase)
          // detach needs something to detach.
          if (kind === 'detach' && ok) await vm.dispatch({ kind: 'attach', net: { id: 1 } })
          if (kind === 'attachDisk' || kind === 'detachDisk') await r.disks.create({ name: 'd1', sizeBytes: 4 << 20 })
          if (kind === 'detachDisk' && ok) await vm.dispatch({ kind: 'attachDisk', disk: 'd1' })
          r.migrate = async () => outcome('committed')
          const run = vm.dispatch(ACTIONS[kind])
          if (ok) {
            EXPECT[kind](r, vm, phase, await run)
          } else if (kind === 'fail' || kind === 'supersede') {
            // Events of the peer itself: where they do not apply, nothing changes.
            await run
            expect(vm.phase).to.equal(phase)
            expect(r.forgotten.has(vm.id)).to.equal(false)
          } else {
            const err = await run.then(() => undefined, (e: Error) => e)
            expect(err?.name, `${kind} in ${phase}`).to.equal('VmPhaseError')
            expect(err?.message).to.match(new RegExp(`cannot ${kind} vm v .*it is ${phase}`))
            expect(vm.phase).to.equal(phase)
          }
        })
      }
    }
  })

  it('runs one action at a time, in the order asked', async () => {
    const r = rig()
    const vm = await inPhase(r, 'running')
    const order: string[] = []
    await Promise.all([
      vm.dispatch({ kind: 'snapshot' }).then(() => order.push('snapshot')),
      vm.dispatch({ kind: 'attach', net: { id: 1 } }).then(() => order.push('attach')),
      vm.dispatch({ kind: 'pause' }).then(() => order.push('pause'))
    ])
    expect(order).to.deep.equal(['snapshot', 'attach', 'pause'])
    expect(machineOf(r, vm)?.calls.slice(-2)).to.deep.equal(['snapshot', 'pause'])
  })

  it('refuses at once what cannot fit the phase, without waiting behind the action in flight', async () => {
    const r = rig()
    const vm = await inPhase(r, 'running')
    let release!: () => void
    r.migrate = async () => { await new Promise<void>(resolve => { release = resolve }); return outcome('aborted') }
    const moving = vm.dispatch(migrateTo('peer-b'))
    await new Promise(resolve => setImmediate(resolve))
    const err = await vm.dispatch({ kind: 'resume' }).then(() => undefined, (e: Error) => e)
    expect(err?.name).to.equal('VmPhaseError')
    release()
    expect((await moving).outcome).to.equal('aborted')
    expect(vm.phase).to.equal('running')
  })

  it('destroy cancels a migration in flight, which hands nothing over', async () => {
    const r = rig()
    const vm = await inPhase(r, 'running')
    let seen: AbortSignal | undefined
    r.migrate = async move => {
      seen = move.signal
      await new Promise(resolve => move.signal.addEventListener('abort', resolve, { once: true }))
      return outcome('aborted')
    }
    const moving = vm.dispatch(migrateTo('peer-b'))
    await new Promise(resolve => setImmediate(resolve))
    await vm.dispatch({ kind: 'destroy' })
    expect(seen?.aborted).to.equal(true)
    await moving
    expect(r.forgotten.has(vm.id)).to.equal(true)
    expect(machineOf(r, vm)?.destroyed).to.equal(true)
    const err = await vm.dispatch({ kind: 'pause' }).then(() => undefined, (e: Error) => e)
    expect(err?.name).to.equal('VmNotFoundError')
  })

  const migrations = [
    { id: 'aborted: back as it was', from: 'running' as const, result: async (): Promise<MigrationOutcome> => outcome('aborted'), phase: 'running', gone: false },
    { id: 'aborted, paused: back paused', from: 'paused' as const, result: async (): Promise<MigrationOutcome> => outcome('aborted'), phase: 'paused', gone: false },
    { id: 'never started (the dial failed): back as it was, and the error told', from: 'running' as const, result: async (): Promise<MigrationOutcome> => { throw new Error('dial failed') }, phase: 'running', gone: false },
    { id: 'committed: gone from here', from: 'paused' as const, result: async (): Promise<MigrationOutcome> => outcome('committed'), phase: 'running', gone: true },
    { id: 'unknown: migrating, waiting to hear', from: 'running' as const, result: async (): Promise<MigrationOutcome> => outcome('unknown'), phase: 'migrating', gone: false }
  ]
  for (const m of migrations) {
    it(`a migration ${m.id}`, async () => {
      const r = rig()
      const vm = await inPhase(r, m.from)
      r.migrate = m.result
      const result = await vm.dispatch(migrateTo('peer-b')).then(o => o.outcome, (e: Error) => e.message)
      expect(r.forgotten.has(vm.id)).to.equal(m.gone)
      if (!m.gone) expect(vm.phase, String(result)).to.equal(m.phase)
      if (m.phase === 'migrating') expect(vm.isUnsettled).to.equal(true)
    })
  }

  it('a migration that was unknown and is settled committed leaves; one settled not committed runs on', async () => {
    for (const committed of [true, false]) {
      const r = rig()
      const vm = await inPhase(r, 'migrating')
      expect(await vm.dispatch({ kind: 'settle', committed })).to.equal(committed)
      expect(r.forgotten.has(vm.id)).to.equal(committed)
      if (!committed) {
        expect(vm.phase).to.equal('running')
        expect(machineOf(r, vm)?.running).to.equal(true)
      }
      // Settled once: a second answer changes nothing.
      expect(await vm.dispatch({ kind: 'settle', committed: !committed }).catch(() => committed)).to.equal(committed)
    }
  })

  it('a newer copy elsewhere leaves a migration waiting to hear alone (its settlement decides)', async () => {
    const r = rig()
    const vm = await inPhase(r, 'migrating')
    await vm.dispatch({ kind: 'supersede', epoch: 5 })
    expect(vm.phase).to.equal('migrating')
    expect(r.forgotten.has(vm.id)).to.equal(false)
  })

  it('a guest that dies makes its VM failed, with the reason', async () => {
    const r = rig()
    const vm = await inPhase(r, 'running')
    machineOf(r, vm)?.crash('the worker died')
    await new Promise(resolve => setTimeout(resolve, 10))
    expect(vm.phase).to.equal('failed')
    expect(vm.record.reason).to.equal('the worker died')
    expect(vm.machine).to.equal(undefined)
  })

  it('an action whose machine call fails leaves the phase as it was', async () => {
    const r = rig()
    const vm = await inPhase(r, 'running')
    const m = machineOf(r, vm)
    if (m !== undefined) m.failNext = 'pause'
    const err = await vm.dispatch({ kind: 'pause' }).then(() => undefined, (e: Error) => e)
    expect(err?.name).to.equal('MachineFailedError')
    expect(vm.phase).to.equal('running')
  })
})
