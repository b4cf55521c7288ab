// Bad input on the VM protocols from peers holding the swarm key: a non-member gets nothing; a
// member's malformed, oversized or forged messages are refused; the daemon and its VMs carry on.
import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import type { Stream } from '@libp2p/interface'
import { supercloud } from '../proto/gen/wire.js'
import { CONSOLE_PROTOCOL, SNAPSHOT_PROTOCOL, VM_PROTOCOL } from '../overlay/control/constants.js'
import { RECORDS_PROTOCOL, RECORDS_TOPIC } from '../overlay/records/constants.js'
import { MIGRATION_PROTOCOL } from '../overlay/migration/constants.js'
import { newVmIdentity } from '../overlay/records/handoff.js'
import { signInventory, toRecordMsg } from '../overlay/records/inventory.js'
import { LpReader } from '../overlay/wire/lp-reader.js'
import { frame } from '../overlay/wire/lp.js'
import type { Host } from '../node/host.js'
import { V86Engine } from '../node/hypervisor/engine.js'
import { TINY_IMAGE_FILE } from '../node/hypervisor/images.js'
import { HEADLESS_VGA_BYTES } from '../node/hypervisor/limits.js'
import type { DeviceSnapshot } from '../node/hypervisor/types.js'
import { silentLogger } from '../node/log.js'
import type { VmView } from '../node/vms/view.js'
import { cliJson } from './util/cli.js'
import { openStream, sendRaw } from './util/intruder.js'
import { waitFor } from './util/wait.js'
import { WireFixture } from './util/wire-fixture.js'

const { VmRequest, VmResponse, ConsoleOpen, ConsoleOpened, SnapshotStart, SnapshotHead, RecordsRequest, Chunk } = supercloud.vm
const { MigrationMessage } = supercloud.migration

describe('bad input on the VM protocols (real processes)', function () {
  this.timeout(120_000)
  const f = new WireFixture('sc-vmwire-')
  let vm: VmView

  const show = async (): Promise<VmView> => await cliJson<VmView>(['vm', 'show', vm.id, '--data-dir', f.dir])

  /** One request on `protocol`; the first length-prefixed answer, decoded. */
  async function ask<T> (host: Host, protocol: string, message: Uint8Array, decode: (b: Uint8Array) => T, then?: (s: Stream) => void): Promise<T> {
    const stream = await openStream(host, f.ownerAddr, protocol)
    stream.send(frame(message))
    then?.(stream)
    const reply = await new LpReader(stream, 8 << 20).next({ signal: AbortSignal.timeout(15_000) })
    stream.abort(new Error('done'))
    return decode(reply?.subarray() ?? new Uint8Array())
  }

  before(async () => {
    await f.start()
    vm = await cliJson<VmView>(['vm', 'create', '--image', 'tiny', '--name', 'steady', '--data-dir', f.dir])
  })

  after(async () => { await f.stop() })

  afterEach(async () => {
    // Whatever a test sent, the daemon and its guest carry on.
    const a = (await show()).guest?.counter ?? 0
    await new Promise(resolve => setTimeout(resolve, 150))
    expect((await show()).guest?.counter).to.be.above(a)
  })

  it('resets a non-member\'s stream on every VM protocol before answering a byte (the admission gate)', async () => {
    const requests = [
      { protocol: VM_PROTOCOL, bytes: VmRequest.encode({ list: {} }).finish() },
      { protocol: CONSOLE_PROTOCOL, bytes: ConsoleOpen.encode({ vmId: vm.id }).finish() },
      { protocol: SNAPSHOT_PROTOCOL, bytes: SnapshotStart.encode({ snapshotVmId: vm.id }).finish() },
      { protocol: RECORDS_PROTOCOL, bytes: RecordsRequest.encode({}).finish() },
      { protocol: MIGRATION_PROTOCOL, bytes: MigrationMessage.encode({ statusQuery: { vmId: vm.id, epoch: 1 } }).finish() }
    ]
    for (const { protocol, bytes } of requests) {
      // Reset during negotiation, while reading, or ended: anything but an answer.
      const answer = await ask(f.outsider, protocol, bytes, b => b).catch((err: Error) => err)
      if (answer instanceof Error) expect(answer.name, protocol).to.match(/Reset|Abort|Closed|EOF|StreamState/i)
      else expect(answer, protocol).to.have.length(0)
    }
    const a = (await show()).guest?.counter ?? 0
    await new Promise(resolve => setTimeout(resolve, 150))
    expect((await show()).guest?.counter, 'the VM carries on').to.be.above(a)
  })

  it('lets a member list and show VMs, and names what it cannot find', async () => {
    const list = await ask(f.member, VM_PROTOCOL, VmRequest.encode({ list: {} }).finish(), b => VmResponse.decode(b))
    expect(list.list?.vms?.map(v => v.record?.id)).to.deep.equal([vm.id])
    const missing = await ask(f.member, VM_PROTOCOL, VmRequest.encode({ action: { vmId: 'vm-00000000deadbeef', action: 'pause' } }).finish(), b => VmResponse.decode(b))
    expect(missing.error?.name).to.equal('VmNotFoundError')
    const unknown = await ask(f.member, VM_PROTOCOL, VmRequest.encode({ action: { vmId: vm.id, action: 'explode' } }).finish(), b => VmResponse.decode(b))
    expect(unknown.error?.name).to.equal('VmSpecError')
    const bad = await ask(f.member, VM_PROTOCOL, VmRequest.encode({ create: { spec: { image: 'tiny', memoryBytes: 7 } } }).finish(), b => VmResponse.decode(b))
    expect(bad.error?.name).to.equal('VmSpecError')
  })

  it('refuses a restore larger than the peer would take before reading it', async () => {
    const head = await ask(f.member, SNAPSHOT_PROTOCOL, SnapshotStart.encode({ restore: { totalBytes: 64 * 1024 * 1024 * 1024 } }).finish(), b => SnapshotHead.decode(b))
    expect(head.error?.name).to.equal('MessageTooLargeError')
  })

  it('refuses a restore whose bytes are not a snapshot', async () => {
    const junk = Buffer.alloc(300_000, 7)
    const head = await ask(f.member, SNAPSHOT_PROTOCOL, SnapshotStart.encode({ restore: { totalBytes: junk.byteLength } }).finish(), b => SnapshotHead.decode(b), stream => {
      for (let at = 0; at < junk.byteLength; at += 100_000) stream.send(frame(Chunk.encode({ data: junk.subarray(at, at + 100_000) }).finish()))
    })
    expect(head.error?.name).to.equal('SnapshotError')
    expect(head.vm).to.equal(null)
  })

  it('refuses a restore that sends more than it announced', async () => {
    const head = await ask(f.member, SNAPSHOT_PROTOCOL, SnapshotStart.encode({ restore: { totalBytes: 1000 } }).finish(), b => SnapshotHead.decode(b), stream => {
      stream.send(frame(Chunk.encode({ data: Buffer.alloc(5000) }).finish()))
    })
    expect(head.error?.name).to.equal('MessageTooLargeError')
  })

  it('refuses a console for a VM it does not have', async () => {
    const answer = await ask(f.member, CONSOLE_PROTOCOL, ConsoleOpen.encode({ vmId: 'vm-00000000deadbeef' }).finish(), b => ConsoleOpened.decode(b))
    expect(answer.error?.name).to.equal('VmNotFoundError')
  })

  const migrate = async (message: supercloud.migration.IMigrationMessage): Promise<supercloud.migration.MigrationMessage> =>
    await ask(f.member, MIGRATION_PROTOCOL, MigrationMessage.encode(message).finish(), b => MigrationMessage.decode(b))

  it('refuses a migration offer of a VM the offering peer does not own', async () => {
    const list = await ask(f.member, VM_PROTOCOL, VmRequest.encode({ list: {} }).finish(), b => VmResponse.decode(b))
    const record = list.list?.vms?.[0]?.record ?? {}
    // The owner's own VM, offered back to it by the member: nobody handed it to the member.
    const answer = await migrate({ offer: { migrationId: 'm-stolen', record, vgaMemoryBytes: 0, mode: 'precopy' } })
    expect(answer.refuse?.name).to.equal('InvalidHandoffError')
    expect(answer.refuse?.message).to.match(/not to/)
    expect(answer.accept).to.equal(null)
    // A made-up id that does not derive from its creator.
    const forged = await migrate({ offer: { migrationId: 'm-forged', record: { ...record, id: 'vm-00000000deadbeef', creator: peerIdFromPrivateKey(f.memberKey).toMultihash().bytes }, mode: 'precopy' } })
    expect(forged.refuse?.name).to.equal('InvalidHandoffError')
    expect((await show()).epoch).to.equal(1)
  })

  it('refuses an offer whose device state is garbage, and gives its reservation back', async () => {
    const creator = peerIdFromPrivateKey(f.memberKey).toString()
    const { id, nonce } = newVmIdentity(creator)
    const record = toRecordMsg({ id, creator, nonce, handoffs: [], epoch: 1, spec: { name: 'junk', image: 'tiny', memoryBytes: 32 << 20, nic: 'ne2k', mac: '02:00:00:00:be:ef' }, phase: 'running', createdAtMs: 1, updatedAtMs: Date.now() })
    for (const rehearsalDeviceState of [new Uint8Array(5000).fill(0x5a), new Uint8Array()]) {
      const answer = await migrate({ offer: { migrationId: 'm-junk', record, vgaMemoryBytes: 0, mode: 'precopy', rehearsalDeviceState } })
      expect(answer.accept).to.equal(null)
      // Refused for what it sent each time, never because the first attempt is still held.
      expect(answer.refuse?.name).to.not.equal('VmPhaseError')
      expect(answer.refuse?.message).to.be.a('string').and.not.equal('')
    }
    const list = await ask(f.member, VM_PROTOCOL, VmRequest.encode({ list: {} }).finish(), b => VmResponse.decode(b))
    expect(list.list?.vms?.map(v => v.record?.id)).to.deep.equal([vm.id])
  })

  it('aborts a migration it accepted once its pages or deltas do not fit the machine, and forgets it', async function () {
    // A real device state (the offer's rehearsal is restored before it is accepted): a tiny guest
    // booted here, in this process's own engine.
    const engine = new V86Engine({ workers: 1, nice: 0, log: silentLogger() })
    await engine.start()
    let devices: DeviceSnapshot
    try {
      const machine = await engine.create({ id: 'rehearsal', memoryBytes: 32 << 20, vgaMemoryBytes: HEADLESS_VGA_BYTES, nic: 'ne2k', mac: '02:00:00:00:be:ef', boot: { kind: 'multiboot', kernel: readFileSync(TINY_IMAGE_FILE) }, guestConfig: {} })
      await machine.run()
      await machine.waitGuestReady()
      devices = await machine.saveDevices()
    } finally {
      await engine.stop()
    }
    const creator = peerIdFromPrivateKey(f.memberKey).toString()
    const bad = [
      { id: 'a page past the end of RAM', message: { pages: { indexes: new Uint8Array(Uint32Array.from([9000]).buffer), data: new Uint8Array(4096) } }, error: /past the end/ },
      { id: 'a delta that runs past its page', message: { deltas: { indexes: new Uint8Array(Uint32Array.from([3]).buffer), ends: new Uint8Array(Uint32Array.from([4]).buffer), data: Uint8Array.from([0xff, 0x07, 2, 1]) } }, error: /MalformedDeltaError|does not fit|ends inside/ }
    ]
    for (const c of bad) {
      const { id, nonce } = newVmIdentity(creator)
      const record = toRecordMsg({ id, creator, nonce, handoffs: [], epoch: 1, spec: { name: `fed-${id.slice(3, 9)}`, image: 'tiny', memoryBytes: 32 << 20, nic: 'ne2k', mac: '02:00:00:00:be:ef' }, phase: 'running', createdAtMs: 1, updatedAtMs: Date.now() })
      const stream = await openStream(f.member, f.ownerAddr, MIGRATION_PROTOCOL)
      const reader = new LpReader(stream, 8 << 20)
      const next = async (): Promise<supercloud.migration.MigrationMessage> => MigrationMessage.decode((await reader.next({ signal: AbortSignal.timeout(30_000) }))?.subarray() ?? new Uint8Array())
      stream.send(frame(MigrationMessage.encode({ offer: { migrationId: `m-${c.id}`, record, vgaMemoryBytes: HEADLESS_VGA_BYTES, mode: 'precopy', rehearsalDeviceState: deflateRawSync(devices.deviceState), rehearsalHypercall: JSON.stringify(devices.hypercall) } }).finish()))
      expect((await next()).accept, c.id).to.not.equal(null)
      stream.send(frame(MigrationMessage.encode(c.message).finish()))
      stream.send(frame(MigrationMessage.encode({ sync: { round: 1 } }).finish()))
      const answer = await next()
      stream.abort(new Error('done'))
      expect(answer.sync, c.id).to.equal(null)
      expect(`${answer.aborted?.name ?? ''}: ${answer.aborted?.message ?? ''}`, c.id).to.match(c.error)
    }
    const list = await ask(f.member, VM_PROTOCOL, VmRequest.encode({ list: {} }).finish(), b => VmResponse.decode(b))
    expect(list.list?.vms?.map(v => v.record?.id)).to.deep.equal([vm.id])
  })

  it('answers a status query for a VM it never took: not committed', async () => {
    const answer = await migrate({ statusQuery: { vmId: vm.id, epoch: 7, migrationId: 'm-none' } })
    expect(answer.status?.committed).to.equal(false)
  })

  it('refuses a migration stream that starts with anything but an offer or a status query', async () => {
    const answer = await migrate({ final: { run: true } })
    expect(answer.refuse?.name).to.equal('MalformedMessageError')
    expect(answer.committed).to.equal(null)
  })

  const garbage = [
    { id: 'an endless varint on the migration protocol', protocol: MIGRATION_PROTOCOL, bytes: new Uint8Array(1 << 20).fill(0xff) },
    { id: 'a 1 GiB length prefix on the migration protocol', protocol: MIGRATION_PROTOCOL, bytes: new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x04]) },
    { id: 'protobuf garbage on the migration protocol', protocol: MIGRATION_PROTOCOL, bytes: frame(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x0f, 1, 2])).subarray() },
    { id: 'an endless varint on the VM protocol', protocol: VM_PROTOCOL, bytes: new Uint8Array(1 << 20).fill(0xff) },
    { id: 'a 1 GiB length prefix on the snapshot protocol', protocol: SNAPSHOT_PROTOCOL, bytes: new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x04]) },
    { id: 'protobuf garbage on the console protocol', protocol: CONSOLE_PROTOCOL, bytes: frame(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x0f, 1, 2])).subarray() },
    { id: 'protobuf garbage on the records protocol', protocol: RECORDS_PROTOCOL, bytes: frame(new Uint8Array([0x12, 0xff, 0xff, 0x7f])).subarray() }
  ]
  for (const c of garbage) {
    it(`survives ${c.id} from a member`, async () => {
      const stream = await openStream(f.member, f.ownerAddr, c.protocol)
      expect((await sendRaw(stream, c.bytes, 5000)).ended).to.equal(true)
    })
  }

  it('drops inventories that claim another peer\'s VMs or are garbage, and keeps its own records', async () => {
    const pubsub = f.member.services.pubsub
    pubsub.subscribe(RECORDS_TOPIC)
    await waitFor('the owner in the member\'s mesh', async () => pubsub.getSubscribers(RECORDS_TOPIC).length > 0, 20_000)
    const record = { id: vm.id, creator: f.ownerId, nonce: '0000000000000000', handoffs: [], epoch: 99, spec: { name: 'stolen', image: 'tiny', memoryBytes: 32 << 20, nic: 'ne2k' as const, mac: vm.mac }, phase: 'running' as const, createdAtMs: 1, updatedAtMs: Date.now() }
    // Signed by the member, but naming the owner as the owner of its VMs.
    const forged = await signInventory(f.memberKey, peerIdFromString(f.ownerId).toMultihash().bytes, { seq: Date.now() * 2, incarnation: 1, vms: [record] })
    // The member's own inventory, validly signed, claiming the owner's VM at a higher epoch (nobody
    // handed it over) and at the same epoch.
    const claimed = await signInventory(f.memberKey, peerIdFromPrivateKey(f.memberKey).toMultihash().bytes, { seq: Date.now(), incarnation: 1, vms: [record] })
    const tied = await signInventory(f.memberKey, peerIdFromPrivateKey(f.memberKey).toMultihash().bytes, { seq: Date.now() + 1, incarnation: 1, vms: [{ ...record, epoch: 1, createdAtMs: 0 }] })
    for (const data of [forged, claimed, tied].map(i => supercloud.vm.SignedInventory.encode(i).finish()).concat([new Uint8Array([0x0a, 0xff, 0xff]), new Uint8Array(600 << 10).fill(1)])) {
      await pubsub.publish(RECORDS_TOPIC, data).catch(() => {})
    }
    await new Promise(resolve => setTimeout(resolve, 1000))
    const listed = await cliJson<VmView[]>(['vm', 'ls', '--data-dir', f.dir])
    expect(listed.map(v => ({ id: v.id, name: v.name, epoch: v.epoch, peer: v.peer }))).to.deep.equal([{ id: vm.id, name: 'steady', epoch: 1, peer: f.ownerId }])
  })
})
