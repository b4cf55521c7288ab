// The migration protocol's two state machines, in-process: the real source (SourceRun) and
// destination (receiveVm) over a pair of connected streams, with fakes of the machines at both ends.
// What each failure leaves behind: who owns the VM, whether it runs, whether the destination fenced.
import '../../node/runtime/polyfill.js'
import { expect } from 'chai'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PeerId, PrivateKey, Stream } from '@libp2p/interface'
import { streamPair } from '@libp2p/utils'
import { noFailpoint, type Failpoint } from '../../overlay/core/failpoint.js'
import { silentLogger } from '../../node/log.js'
import { openHandoff, deriveVmId } from '../../overlay/records/handoff.js'
import type { VmRecordData } from '../../overlay/records/inventory.js'
import { MAX_MESSAGE_BYTES } from '../../overlay/migration/constants.js'
import { receiveVm } from '../../overlay/migration/destination.js'
import { SourceRun, type MigrateOptions } from '../../overlay/migration/source.js'
import type { MigrationMode, MigrationOutcome } from '../../overlay/migration/types.js'
import { receiveSoon } from '../../overlay/migration/wire.js'
import { LpReader } from '../../overlay/wire/lp-reader.js'
import { FakeDestination, FakeSourceMachine } from '../fakes/migration.js'

const PAGES = 2048

interface Peer { key: PrivateKey, id: PeerId }

async function peer (): Promise<Peer> {
  const key = await generateKeyPair('Ed25519')
  return { key, id: peerIdFromPrivateKey(key) }
}

function recordOf (creator: Peer, pages = PAGES): VmRecordData {
  const nonce = 'aaaaaaaaaaaaaaaa'
  return {
    id: deriveVmId(creator.id.toString(), nonce),
    creator: creator.id.toString(),
    nonce,
    handoffs: [],
    epoch: 1,
    spec: { name: 'm', image: 'tiny', memoryBytes: pages * 4096, nic: 'ne2k', mac: '02:00:00:00:00:01' },
    phase: 'running',
    createdAtMs: 1,
    updatedAtMs: 1
  }
}

interface Run {
  outcome: MigrationOutcome
  /** What receiveVm ended with: undefined, or what it threw. */
  destination: Error | undefined
}

/**
 * One migration of `machine` from `from` (which signs) to `to`, over connected streams. The
 * destination's failpoint can throw at a step, and `offeredBy` can sign the offer as another peer.
 */
async function migrate (from: Peer, to: Peer, record: VmRecordData, machine: FakeSourceMachine, dest: FakeDestination, options: { mode?: MigrationMode, destFailpoint?: Failpoint, sourceFailpoint?: Failpoint, signal?: AbortSignal } = {}): Promise<Run> {
  const [outbound, inbound] = await streamPair()
  const destination = serve(inbound, from.id, dest, to, options.destFailpoint ?? noFailpoint)
  const run: MigrateOptions = { migrationId: 'mig-1', mode: options.mode ?? 'precopy', vgaMemoryBytes: 0, acpi: false, paused: false, signal: options.signal ?? AbortSignal.timeout(20_000) }
  const outcome = await new SourceRun({ privateKey: from.key, selfId: from.id.toString(), failpoint: options.sourceFailpoint ?? noFailpoint }, outbound, to.id.toString(), record, machine, run).run()
  return { outcome, destination: await destination }
}

/** What the migration server does with a stream: read the offer, then receive the VM. */
async function serve (stream: Stream, from: PeerId, hooks: FakeDestination, self: Peer, failpoint: Failpoint): Promise<Error | undefined> {
  const reader = new LpReader(stream, MAX_MESSAGE_BYTES)
  try {
    const first = await receiveSoon(reader)
    await receiveVm({ hooks, selfId: self.id.toString(), failpoint, log: silentLogger() }, stream, reader, from, first.offer ?? {})
    return undefined
  } catch (err) {
    stream.abort(err as Error)
    return err as Error
  }
}

const failAt = (step: string, then?: () => void): Failpoint => async (name) => {
  if (name !== step) return
  then?.()
  throw new Error(`injected at ${step}`)
}

describe('migration protocol state machines (in-process, fake machines)', () => {
  let a: Peer
  let b: Peer
  before(async () => { a = await peer(); b = await peer() })

  it('pre-copy: rounds while the guest writes, then the destination holds RAM as it was at the pause, with the handoff to it', async () => {
    const machine = new FakeSourceMachine(PAGES, 40)
    const dest = new FakeDestination()
    const record = recordOf(a)
    const { outcome, destination } = await migrate(a, b, record, machine, dest)
    expect(destination).to.equal(undefined)
    expect(outcome.outcome, outcome.reason).to.equal('committed')
    expect(outcome.rounds).to.be.at.least(2)
    expect(outcome.pagesPerRound[0], 'round 1 sends every written page').to.be.at.least(Math.ceil(PAGES / 3))
    expect(machine.running, 'the source stays paused: the VM runs at the destination now').to.equal(false)
    const arrived = dest.arrivals[0]
    expect(Buffer.compare(arrived?.ram ?? new Uint8Array(), machine.ram), 'RAM at the destination equals the source\'s').to.equal(0)
    const handoff = await openHandoff(arrived?.final?.handoff ?? {})
    expect(handoff).to.include({ vmId: record.id, epoch: 2, from: a.id.toString(), to: b.id.toString() })
    expect(arrived?.final?.run).to.equal(true)
    expect(dest.committed(record.id, 2)).to.equal(true)
    expect(arrived?.devices.length, 'the rehearsal at the offer, then the final devices').to.equal(2)
  })

  it('stop-and-copy: the guest is paused first and its RAM goes in one round', async () => {
    const machine = new FakeSourceMachine(PAGES, 40)
    const dest = new FakeDestination()
    const { outcome } = await migrate(a, b, recordOf(a), machine, dest, { mode: 'stopcopy' })
    expect(outcome.outcome, outcome.reason).to.equal('committed')
    expect(machine.calls[0]).to.equal('pause')
    expect(Buffer.compare(dest.arrivals[0]?.ram ?? new Uint8Array(), machine.ram)).to.equal(0)
  })

  it('a refused offer: aborted with the destination\'s reason, the VM never paused at the source', async () => {
    const machine = new FakeSourceMachine(PAGES)
    const dest = new FakeDestination()
    const refusal = new Error('no room for 8 MiB')
    refusal.name = 'CapacityError'
    dest.refuseWith = refusal
    const { outcome } = await migrate(a, b, recordOf(a), machine, dest)
    expect(outcome.outcome).to.equal('aborted')
    expect(outcome.reason).to.equal('CapacityError: no room for 8 MiB')
    expect(machine.calls).to.not.include('pause')
    expect(machine.running).to.equal(true)
  })

  it('an offer from a peer that does not own the VM is refused before anything is built', async () => {
    const machine = new FakeSourceMachine(PAGES)
    const dest = new FakeDestination()
    const c = await peer()
    const { outcome } = await migrate(a, b, recordOf(c), machine, dest)
    expect(outcome.outcome).to.equal('aborted')
    expect(outcome.reason).to.match(/^InvalidHandoffError/)
    expect(dest.arrivals).to.have.length(0)
    expect(machine.running).to.equal(true)
  })

  it('a destination that fails during pre-copy: aborted, the source runs the VM on, the destination drops its copy and fences the handoff', async () => {
    const machine = new FakeSourceMachine(PAGES, 40)
    const dest = new FakeDestination()
    const record = recordOf(a)
    const { outcome, destination } = await migrate(a, b, record, machine, dest, { destFailpoint: failAt('migration.dest.after-accept') })
    expect(outcome.outcome).to.equal('aborted')
    expect(destination?.message).to.equal('injected at migration.dest.after-accept')
    expect(machine.running, 'resumed at the source').to.equal(true)
    expect(dest.arrivals[0]?.aborted).to.equal('injected at migration.dest.after-accept')
    expect(dest.fenced).to.deep.equal([`${record.id}@2`])
    expect(dest.committed(record.id, 2)).to.equal(false)
  })

  it('a destination that fails after the devices came but before it took the VM: aborted, resumed at the source, fenced', async () => {
    const machine = new FakeSourceMachine(PAGES, 40)
    const dest = new FakeDestination()
    const record = recordOf(a)
    const { outcome } = await migrate(a, b, record, machine, dest, { destFailpoint: failAt('migration.dest.after-devices') })
    expect(outcome.outcome).to.equal('aborted')
    expect(machine.calls.filter(c => c === 'pause' || c === 'run'), 'paused for the switchover, then resumed').to.deep.equal(['pause', 'run'])
    expect(machine.running).to.equal(true)
    expect(dest.fenced).to.deep.equal([`${record.id}@2`])
  })

  it('the answer lost after the destination took the VM: unknown, and the source does not resume it', async () => {
    const machine = new FakeSourceMachine(PAGES, 40)
    const dest = new FakeDestination()
    const record = recordOf(a)
    const { outcome } = await migrate(a, b, record, machine, dest, { destFailpoint: failAt('migration.dest.after-commit') })
    expect(outcome.outcome).to.equal('unknown')
    expect(machine.running, 'two copies must never run: it stays paused until settled').to.equal(false)
    expect(dest.committed(record.id, 2)).to.equal(true)
    expect(dest.fenced, 'a destination that took the VM does not fence it').to.deep.equal([])
    expect(dest.arrivals[0]?.aborted).to.equal(undefined)
  })

  it('cancelled by the source mid-way: aborted as cancelled, resumed, and the destination drops its copy', async () => {
    const machine = new FakeSourceMachine(PAGES, 40)
    const dest = new FakeDestination()
    const cancel = new AbortController()
    const { outcome } = await migrate(a, b, recordOf(a), machine, dest, { signal: cancel.signal, sourceFailpoint: async (name) => { if (name === 'migration.source.after-accept') cancel.abort() } })
    expect(outcome).to.include({ outcome: 'aborted', reason: 'cancelled' })
    expect(machine.running).to.equal(true)
    expect(dest.arrivals[0]?.aborted).to.be.a('string')
  })
})
