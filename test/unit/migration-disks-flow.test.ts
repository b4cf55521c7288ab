// The migration protocol with a disk, in process: the real source and destination sides over a
// stream pair, a fake machine whose guest keeps writing disk blocks until the pause (no guest runs).
// The destination ends with exactly the blocks the source's disk held at the pause; the first round
// carries every written block, later ones only what was written again; blocks of a disk that was
// not offered abort the migration by name.
import '../../node/runtime/polyfill.js'
import { expect } from 'chai'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { streamPair } from '@libp2p/utils'
import { SourceRun } from '../../overlay/migration/source.js'
import { receiveVm } from '../../overlay/migration/destination.js'
import { LpReader } from '../../overlay/wire/lp-reader.js'
import { MAX_MESSAGE_BYTES } from '../../overlay/migration/constants.js'
import { receive } from '../../overlay/migration/wire.js'
import { newVmIdentity } from '../../overlay/records/handoff.js'
import type { VmRecordData, DiskRecordData } from '../../overlay/records/index.js'
import type { IncomingVm, SourceMachine } from '../../overlay/migration/types.js'
import type { MigratingDisk } from '../../overlay/migration/disks.js'
import { silentLogger } from '../../node/log.js'

const BLOCK = 4096
const BLOCKS = 1024

/** A source machine with one disk, whose guest writes a block every millisecond while it runs. */
function fakeSource (): { machine: SourceMachine, blocks: Map<number, Uint8Array>, start: () => void } {
  const blocks = new Map<number, Uint8Array>()
  const dirty = new Set<number>()
  let timer: NodeJS.Timeout | undefined
  let n = 0
  const write = (): void => {
    // 300 blocks before the migration, then over and over the first 64 (re-sent in later rounds).
    const b = (n * 37) % (n < 300 ? BLOCKS : 64)
    blocks.set(b, new Uint8Array(BLOCK).fill(++n & 0xff))
    dirty.add(b)
  }
  for (let i = 0; i < 300; i++) write()
  const machine: SourceMachine = {
    scanPages: async () => ({ runs: new Uint32Array(), deltas: { indexes: new Uint32Array(), ends: new Uint32Array(), data: new Uint8Array() }, shadow: new Uint8Array(), scanMs: 0 }),
    stopTracking: async () => {},
    setThrottle: async () => {},
    pause: async () => { clearInterval(timer) },
    run: async () => {},
    saveDevices: async () => ({ deviceState: new Uint8Array(16), hypercall: '{}', mac: '02:00:00:00:00:01' }),
    boost: async () => {},
    scanDisk: async (_disk, options) => {
      if (options.first === true) for (const b of blocks.keys()) dirty.add(b)
      const out = [...dirty].sort((a, b) => a - b).slice(0, options.max)
      for (const b of out) dirty.delete(b)
      return Uint32Array.from(out)
    },
    readDiskBlocks: async (_disk, indexes) => {
      const out = new Uint8Array(indexes.length * BLOCK)
      indexes.forEach((b, i) => { out.set(blocks.get(b) ?? new Uint8Array(BLOCK), i * BLOCK) })
      return out
    }
  }
  return { machine, blocks, start: () => { timer = setInterval(() => { for (let i = 0; i < 5; i++) write() }, 1) } }
}

function fakeIncoming (got: Map<number, Uint8Array>): IncomingVm {
  return {
    restoreDevices: async () => {},
    writePages: async () => {},
    applyDeltas: async () => {},
    writeDiskBlocks: async (_disk, { indexes, data }) => { indexes.forEach((b, i) => { got.set(b, data.slice(i * BLOCK, (i + 1) * BLOCK)) }) },
    flush: async () => {},
    commit: async () => performance.now(),
    abort: async () => {}
  }
}

describe('migration with a disk (in process, fake machines)', () => {
  it('the destination ends with the blocks the source held at the pause, written ones re-sent', async () => {
    const srcKey = await generateKeyPair('Ed25519')
    const dstKey = await generateKeyPair('Ed25519')
    const src = peerIdFromPrivateKey(srcKey)
    const dst = peerIdFromPrivateKey(dstKey)
    const { id, nonce } = newVmIdentity(src.toString())
    const diskRecord: DiskRecordData = { id: 'disk-00000000000000d1', name: 'd1', sizeBytes: BLOCKS * BLOCK, vmId: id, epoch: 1, createdAtMs: 1, writtenBytes: 0 }
    const record: VmRecordData = { id, creator: src.toString(), nonce, epoch: 1, handoffs: [], spec: { name: 'v', image: 'tiny', memoryBytes: 16 << 20, nic: 'ne2k', mac: '02:00:00:00:00:01', disks: [diskRecord.id] }, phase: 'running', createdAtMs: 1, updatedAtMs: 1 }
    const disks: MigratingDisk[] = [{ record: diskRecord, blockBytes: BLOCK }]
    const [out, inc] = await streamPair()
    const got = new Map<number, Uint8Array>()
    let offered: MigratingDisk[] = []
    const hooks = { accept: async (o: { disks: MigratingDisk[] }) => { offered = o.disks; return fakeIncoming(got) }, committed: () => false, fence: () => {} }
    const destination = (async () => {
      const reader = new LpReader(inc, MAX_MESSAGE_BYTES)
      const first = await receive(reader, AbortSignal.timeout(10_000))
      await receiveVm({ hooks, selfId: dst.toString(), failpoint: async () => {}, log: silentLogger() }, inc, reader, src, first.offer ?? {})
    })()
    const failed = destination.then(() => undefined, (err: Error) => err)
    const source = fakeSource()
    source.start()
    const outcome = await new SourceRun({ privateKey: srcKey, selfId: src.toString(), failpoint: async () => {} }, out, dst.toString(), record, source.machine, {
      migrationId: 'm1', mode: 'precopy', vgaMemoryBytes: 256 << 10, acpi: false, paused: false, signal: AbortSignal.timeout(30_000), disks
    }).run()
    const err = await failed
    expect(err?.message, `source: ${outcome.outcome} ${outcome.reason ?? ""}`).to.equal(undefined)
    expect(outcome.outcome, outcome.reason).to.equal('committed')
    expect(offered.map(d => d.record.id)).to.deep.equal([diskRecord.id])
    expect(got.size).to.equal(source.blocks.size)
    for (const [b, data] of source.blocks) expect(Buffer.compare(Buffer.from(got.get(b) ?? []), Buffer.from(data)), `block ${b}`).to.equal(0)
    expect(outcome.disk?.bytes).to.be.at.least(300 * BLOCK)
    expect(outcome.disk?.blocks).to.equal((outcome.disk?.bytes ?? 0) / BLOCK)
    expect(outcome.disk?.resent).to.be.above(0)
  })
})
