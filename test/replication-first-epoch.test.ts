// The standby's side of replication between real js-libp2p nodes (tcp, noise, yamux): a new
// replica's first epoch writes its whole pages and disk blocks as they arrive (Replica.firstEpoch), before its End,
// since a replica without a whole epoch never runs; every later epoch, and a first one when the
// replica holds a state already, is buffered whole and applied only once complete, so a stream cut
// in the middle of one leaves the replica at the last whole epoch.
import '../node/runtime/polyfill.js'
import { expect } from 'chai'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { identify } from '@libp2p/identify'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import { silentLogger } from '../node/log.js'
import { PAGE_BYTES, type PageBatch } from '../overlay/migration/pages.js'
import type { VmRecordData } from '../overlay/records/inventory.js'
import { newVmIdentity } from '../overlay/records/handoff.js'
import { MAX_EPOCH_BYTES, ReplicationSender, StandbyRefusedError, StandbyServer, type Checkpoint, type ReceivedEpoch, type Replica } from '../overlay/replication/index.js'
import { waitFor } from './util/wait.js'

async function node (privateKey: PrivateKey): Promise<Libp2p> {
  return await createLibp2p({
    privateKey,
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: { identify: identify() }
  })
}

/** `count` whole pages from page `first`, each filled with `fill`, as a scan gives them (a copy of their own). */
function pages (first: number, count: number, fill: number): PageBatch {
  return {
    runs: Uint32Array.of(first, count),
    shadow: new Uint8Array(count * PAGE_BYTES).fill(fill),
    shadowStart: first,
    deltas: { indexes: new Uint32Array(0), ends: new Uint32Array(0), data: new Uint8Array(0) },
    scanMs: 0
  }
}

const checkpoint = (batch: PageBatch, blocks: Checkpoint['disk']['blocks'] = []): Checkpoint => ({ batch, devices: { deviceState: new Uint8Array(64).fill(7), hypercall: '{}', mac: '02:00:00:00:00:01' }, running: true, disk: { blocks } })

const DISK_ID = 'disk-00000000000000d1'
const BLOCK = 4096
/** Blocks 0..count-1 of disk 0, each filled with its index's low byte. */
function blocks (count: number): Checkpoint['disk']['blocks'] {
  const indexes = Uint32Array.from({ length: count }, (_, i) => i)
  const data = new Uint8Array(count * BLOCK)
  for (let i = 0; i < count; i++) data.fill(i & 0xff, i * BLOCK, (i + 1) * BLOCK)
  return [{ disk: 0, indexes, data }]
}

/** What the standby's replica saw, in order. */
type Seen = { written: number[] } | { disk: number, blocks: number, bytes: number } | { applied: number, pages: number[], blocks?: number } | { broken: string }

/** The page indexes of an epoch's buffered pages. */
const indexesOf = (e: ReceivedEpoch): number[] => e.pages.flatMap(p => [...p.indexes])

describe('replication: a new replica takes its first copy\'s pages and disk blocks as they come (real libp2p nodes)', function () {
  this.timeout(60_000)
  let primary: Libp2p
  let primaryKey: PrivateKey
  let standby: Libp2p
  let seen: Seen[] = []
  /** Whether the next replica opened holds a state already (as one carried on after a move does). */
  let holdsState = false

  before(async () => {
    primaryKey = await generateKeyPair('Ed25519')
    primary = await node(primaryKey)
    standby = await node(await generateKeyPair('Ed25519'))
    const server = new StandbyServer({ libp2p: standby, membership: { assertMember: () => {} }, log: silentLogger() }, {
      open: async () => {
        let epochs = holdsState ? 1 : 0
        const replica: Replica = {
          apply: async e => {
            const blocks = e.disk.blocks.reduce((n, b) => n + b.indexes.length, 0)
            seen.push({ applied: e.epoch, pages: indexesOf(e), ...(blocks > 0 ? { blocks } : {}) })
            epochs = e.epoch
          },
          firstEpoch: () => epochs > 0
            ? undefined
            : {
                pages: async p => { seen.push({ written: [...p.indexes] }) },
                blocks: async (disk, b) => { seen.push({ disk, blocks: b.indexes.length, bytes: b.data.byteLength }) }
              },
          close: async () => {},
          broken: reason => { seen.push({ broken: reason }) },
          handingOver: () => undefined
        }
        return replica
      }
    })
    await server.start()
    await primary.dial(standby.getMultiaddrs()[0]!)
  })
  after(async () => { await Promise.all([primary?.stop(), standby?.stop()]) })
  beforeEach(() => { seen = []; holdsState = false })

  const record = (memoryBytes = 1 << 20, disks: string[] = []): VmRecordData => ({ ...newVmIdentity(primary.peerId.toString()), creator: primary.peerId.toString(), epoch: 1, handoffs: [], spec: { name: 'first-pages', image: 'tiny', memoryBytes, ...(disks.length > 0 ? { disks } : {}), nic: 'ne2k', mac: '02:00:00:00:00:01' }, phase: 'running', createdAtMs: 1, updatedAtMs: 1 })
  const open = async (memoryBytes?: number, diskBytes?: number): Promise<ReplicationSender> => {
    const vm = record(memoryBytes, diskBytes === undefined ? [] : [DISK_ID])
    const disks = diskBytes === undefined ? [] : [{ record: { id: DISK_ID, name: 'data', sizeBytes: diskBytes, vmId: vm.id, epoch: 1, createdAtMs: 1, writtenBytes: 0 }, blockBytes: BLOCK }]
    return await ReplicationSender.open({ libp2p: primary, privateKey: primaryKey }, standby.peerId.toString(), vm, { vgaMemoryBytes: 0, acpi: false, intervalMs: 100, leaseMs: 1000, disks })
  }
  const written = (): number[] => seen.flatMap(s => 'written' in s ? s.written : [])

  it('writes a first epoch\'s pages before its End, then buffers the next epoch whole', async () => {
    const sender = await open()
    // The precopy waits until the replica has the first slice: only possible before the End leaves.
    async function * precopy (): AsyncGenerator<PageBatch> {
      yield pages(0, 4, 1)
      await waitFor('the first slice written before the End', async () => written().length === 4, 10_000, 20)
      yield pages(4, 4, 2)
    }
    await sender.sendEpoch(async () => checkpoint(pages(2, 1, 3)), 10_000, { precopy: precopy() })
    expect(written()).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 2])
    expect(seen.at(-1)).to.deep.equal({ applied: 1, pages: [] })
    // Epoch 2: held until whole, then applied with its pages.
    await sender.sendEpoch(async () => checkpoint(pages(5, 2, 4)), 10_000)
    expect(seen.at(-1)).to.deep.equal({ applied: 2, pages: [5, 6] })
    expect(written()).to.have.length(9)
    sender.abort('done')
  })

  it('a later epoch cut in the middle never reaches the replica: it stays at its last whole epoch', async () => {
    const sender = await open()
    await sender.sendEpoch(async () => checkpoint(pages(0, 2, 1)), 10_000)
    const before = seen.length
    let cut = (): void => {}
    const cutNow = new Promise<void>(resolve => { cut = resolve })
    let stopped = (): void => {}
    const streamCut = new Promise<void>(resolve => { stopped = resolve })
    async function * precopy (): AsyncGenerator<PageBatch> {
      yield pages(8, 8, 9)
      cut()
      await streamCut // the rest never comes: the stream is cut meanwhile
      throw new Error('the primary died')
    }
    const second = sender.sendEpoch(async () => checkpoint(pages(0, 1, 1)), 10_000, { precopy: precopy() }).catch((err: Error) => err)
    await cutNow
    await new Promise(resolve => setTimeout(resolve, 200))
    sender.abort('cut in the middle of epoch 2')
    stopped()
    expect(await second).to.be.instanceOf(Error)
    await waitFor('the replica told the stream broke', async () => seen.some(s => 'broken' in s), 10_000, 20)
    expect(seen.slice(before).filter(s => !('broken' in s))).to.deep.equal([])
    expect(written()).to.deep.equal([0, 1])
    expect(seen.filter(s => 'applied' in s)).to.deep.equal([{ applied: 1, pages: [] }])
  })

  it(`takes a first copy of more than ${MAX_EPOCH_BYTES >> 20} MiB (a VM with that much RAM in use), whose pages it holds none of`, async function () {
    this.timeout(120_000)
    const sender = await open(2 * MAX_EPOCH_BYTES)
    const slice = 1024 // pages: 4 MiB
    const slices = MAX_EPOCH_BYTES / (slice * PAGE_BYTES) + 2
    async function * precopy (): AsyncGenerator<PageBatch> {
      for (let i = 0; i < slices; i++) yield pages(i * slice, slice, i & 0xff)
    }
    const sent = await sender.sendEpoch(async () => checkpoint(pages(0, 1, 1)), 100_000, { precopy: precopy() })
    expect(sent.bytes).to.be.above(MAX_EPOCH_BYTES)
    expect(written()).to.have.length(slices * slice + 1)
    expect(seen.at(-1)).to.deep.equal({ applied: 1, pages: [] })
    sender.abort('done')
  })

  it('refuses a first epoch with more whole pages than twice the VM\'s RAM, and tells the primary why', async () => {
    const sender = await open(1 << 20)
    async function * precopy (): AsyncGenerator<PageBatch> {
      for (let i = 0; i < 3; i++) yield pages(0, 256, i + 1) // 1 MiB each: all of RAM, three times
    }
    const failed = await sender.sendEpoch(async () => checkpoint(pages(0, 1, 1)), 10_000, { precopy: precopy() }).catch((err: Error) => err)
    // The primary hears why.
    expect(failed).to.be.instanceOf(StandbyRefusedError)
    expect((failed as Error).message).to.match(/refused epoch 1: MalformedMessageError: .*twice the VM's RAM/)
    await waitFor('the replica told the stream broke', async () => seen.some(s => 'broken' in s), 10_000, 20)
    expect(seen.find(s => 'broken' in s)).to.have.property('broken').that.matches(/twice the VM's RAM/)
    expect(written()).to.have.length(512)
    expect(seen.filter(s => 'applied' in s)).to.deep.equal([])
  })

  it(`takes a first epoch with more than ${MAX_EPOCH_BYTES >> 20} MiB of disk blocks (the disks' written blocks, all at once), and buffers a later epoch's`, async function () {
    this.timeout(120_000)
    const count = MAX_EPOCH_BYTES / BLOCK + 2048
    const sender = await open(1 << 20, 2 * MAX_EPOCH_BYTES)
    const sent = await sender.sendEpoch(async () => checkpoint(pages(0, 1, 1), blocks(count)), 100_000)
    expect(sent.diskBlocks).to.equal(count)
    expect(seen.filter(s => 'blocks' in s && 'disk' in s).reduce((n, s) => n + (s as { blocks: number }).blocks, 0)).to.equal(count)
    expect(seen.at(-1)).to.deep.equal({ applied: 1, pages: [] })
    await sender.sendEpoch(async () => checkpoint(pages(0, 1, 2), blocks(3)), 10_000)
    expect(seen.at(-1)).to.deep.equal({ applied: 2, pages: [0], blocks: 3 })
    sender.abort('done')
  })

  it('writes a first copy\'s disk blocks sent with the guest running before the checkpoint\'s, which come after them', async () => {
    const sender = await open(1 << 20, 1 << 20)
    async function * precopyBlocks (): AsyncGenerator<Checkpoint['disk']['blocks'][number]> {
      for (const b of blocks(10)) yield b
      // The standby writes them before the End: only possible if they come ahead of the checkpoint.
      await waitFor('the precopied blocks at the replica', async () => seen.some(s => 'disk' in s && s.blocks === 10) ? true : undefined, 10_000, 10)
    }
    const sent = await sender.sendEpoch(async () => checkpoint(pages(0, 1, 1), blocks(3)), 10_000, { precopyBlocks: precopyBlocks() })
    expect(sent.diskBlocks).to.equal(13)
    expect(seen.filter(s => 'disk' in s).map(s => (s as { blocks: number }).blocks)).to.deep.equal([10, 3])
    expect(seen.at(-1)).to.deep.equal({ applied: 1, pages: [] })
    sender.abort('done')
  })

  it('refuses a first epoch with more disk blocks than twice the VM\'s disks hold', async () => {
    const sender = await open(1 << 20, 1 << 20)
    const failed = await sender.sendEpoch(async () => checkpoint(pages(0, 1, 1), [...blocks(256), ...blocks(256), ...blocks(256)]), 10_000).catch((err: Error) => err)
    expect(failed).to.be.instanceOf(StandbyRefusedError)
    expect((failed as Error).message).to.match(/twice the VM's disks/)
    expect(seen.filter(s => 'applied' in s)).to.deep.equal([])
  })

  it('a replica that holds a state already buffers even its first epoch whole', async () => {
    holdsState = true
    const sender = await open()
    await sender.sendEpoch(async () => checkpoint(pages(3, 1, 5)), 10_000, { precopy: (async function * () { yield pages(0, 2, 6) })() })
    expect(written()).to.deep.equal([])
    expect(seen).to.deep.equal([{ applied: 1, pages: [0, 1, 3] }])
    sender.abort('done')
  })
})
