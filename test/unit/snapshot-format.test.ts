// The snapshot file format, without an emulator: what it keeps, and every way a file can be bad.
import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { copyPagesInto, encodeSnapshot, openSnapshot, readSnapshotLayout, MAX_HEADER_BYTES, PAGE_BYTES } from '../../node/hypervisor/snapshot/format.js'
import { checkDeviceState } from '../../node/hypervisor/snapshot/device-state.js'
import { initialHypercallState } from '../../node/hypervisor/devices/hypercall.js'
import { MAX_SNAPSHOT_DISK_BYTES, type SnapshotDiskSource } from '../../node/hypervisor/snapshot/disk-section.js'
import { flip, reseal, withHeader as rewriteHeader, type LooseHeader } from '../util/snapshots.js'

const MEMORY = 16 << 20

function machine (): Parameters<typeof encodeSnapshot>[0]['machine'] {
  return { memoryBytes: MEMORY, vgaMemoryBytes: 256 << 10, nic: 'ne2k', mac: '02:00:00:00:00:01', hypercall: initialHypercallState({ 1: 0 }), v86: { stateVersion: 6 } }
}

/** A fake v86 device state with the fields the checker reads. */
function deviceState (memoryBytes = MEMORY, nic: 'ne2k' | 'virtio' = 'ne2k'): Uint8Array {
  const cpu: unknown[] = []
  cpu[0] = memoryBytes
  cpu[nic === 'ne2k' ? 59 : 83] = [1, 2, 3]
  const json = Buffer.from(JSON.stringify({ buffer_infos: [], state: cpu }))
  const out = Buffer.alloc(16 + json.byteLength + 3 & ~3)
  out.writeUInt32LE(0x86768676, 0)
  out.writeInt32LE(6, 4)
  out.writeInt32LE(out.byteLength, 8)
  out.writeInt32LE(json.byteLength, 12)
  json.copy(out, 16)
  return out
}

function ram (): Uint8Array {
  const r = new Uint8Array(MEMORY)
  r.fill(7, 5 * PAGE_BYTES, 6 * PAGE_BYTES)
  r[100 * PAGE_BYTES + 17] = 1
  r[MEMORY - 1] = 9
  return r
}

function snapshot (): Uint8Array {
  return encodeSnapshot({ machine: machine(), meta: { hello: 'world', spec: {} }, ram: ram(), deviceState: deviceState() })
}

function withHeader (mutate: (h: LooseHeader) => void): Uint8Array {
  return rewriteHeader(snapshot(), mutate)
}

describe('snapshot format', () => {
  it('keeps only non-zero pages and gives RAM back exactly', () => {
    const bytes = snapshot()
    const opened = openSnapshot(bytes)
    expect(opened.header.machine.nonZeroPages).to.equal(3)
    expect(opened.header.meta).to.deep.equal({ hello: 'world', spec: {} })
    expect(bytes.byteLength).to.be.below(3 * PAGE_BYTES + 8192)
    const back = new Uint8Array(MEMORY)
    copyPagesInto(opened, back)
    expect(Buffer.from(back).equals(Buffer.from(ram()))).to.equal(true)
    expect(Buffer.from(opened.deviceState).equals(Buffer.from(deviceState()))).to.equal(true)
  })

  const bad: Array<{ id: string, bytes: () => Uint8Array, error: RegExp }> = [
    { id: 'empty', bytes: () => new Uint8Array(), error: /too short/ },
    { id: 'not a snapshot', bytes: () => Buffer.from('hello, this is not a snapshot file'), error: /bad magic/ },
    { id: 'mangled line ends', bytes: () => { const b = Buffer.from(snapshot()); b[6] = 0x0a; return b }, error: /bad magic/ },
    { id: 'a newer format version', bytes: () => { const b = Buffer.from(snapshot()); b.writeUInt32LE(3, 8); return b }, error: /version 3 is not supported \(this peer reads versions 1 and 2\)/ },
    { id: 'a header past the cap', bytes: () => { const b = Buffer.from(snapshot()); b.writeUInt32LE(MAX_HEADER_BYTES + 1, 12); return b }, error: /header of \d+ bytes exceeds/ },
    { id: 'truncated in the header', bytes: () => snapshot().subarray(0, 40), error: /truncated inside its header/ },
    { id: 'truncated in the pages', bytes: () => snapshot().subarray(0, 9000), error: /truncated: 9000 of \d+ bytes/ },
    { id: 'bytes past the end', bytes: () => Buffer.concat([snapshot(), Buffer.alloc(10)]), error: /10 bytes past its end/ },
    { id: 'a flipped bit', bytes: () => flip(snapshot(), -100), error: /checksum mismatch/ },
    { id: 'a header that is not JSON', bytes: () => { const b = Buffer.from(snapshot()); b[16] = 0x7b + 1; return reseal(b) }, error: /not JSON/ },
    { id: 'a memory size out of range', bytes: () => withHeader(h => { h.machine.memoryBytes = 8 << 20 }), error: /memoryBytes/ },
    { id: 'an unknown NIC', bytes: () => withHeader(h => { h.machine.nic = 'e1000' }), error: /nic/ },
    { id: 'an unknown header field', bytes: () => withHeader(h => { h.machine.extra = 1 }), error: /invalid/ },
    { id: 'more pages than RAM', bytes: () => withHeader(h => { h.machine.nonZeroPages = MEMORY / PAGE_BYTES + 1 }), error: /claims \d+ pages/ },
    { id: 'a page count the bitmap contradicts', bytes: () => withHeader(h => { h.machine.nonZeroPages = 2; h.machine.deviceStateBytes = (h.machine.deviceStateBytes ?? 0) + PAGE_BYTES }), error: /bitmap has 3 pages, its header says 2/ },
    { id: 'a device state past the cap', bytes: () => withHeader(h => { h.machine.deviceStateBytes = 1 << 30 }), error: /deviceStateBytes/ }
  ]
  for (const c of bad) {
    it(`refuses ${c.id}`, () => {
      expect(() => openSnapshot(c.bytes())).to.throw(c.error).with.property('name', 'SnapshotError')
    })
  }

  it('still opens a version 1 file (written before disks) as a machine without disks', () => {
    // Taken by the tiny guest under the code of before issue 17 (commit e7fd59c), gzipped.
    const bytes = gunzipSync(readFileSync(new URL('../../../test/golden/snapshot-v1-tiny.snap.gz', import.meta.url)))
    expect(bytes.readUInt32LE(8)).to.equal(1)
    const opened = openSnapshot(bytes)
    expect(opened.disks).to.deep.equal([])
    expect(opened.header.machine.disks).to.equal(undefined)
    expect(opened.header.meta).to.include({ version: 1, vm: 'vm-00000000000a0001' })
  })

  it('refuses a version 1 file that names disks', () => {
    const b = Buffer.from(withHeader(h => { h.machine.disks = [] }))
    b.writeUInt32LE(1, 8)
    expect(() => openSnapshot(reseal(b))).to.throw(/version 1 snapshot names disks/).with.property('name', 'SnapshotError')
  })

  it('reads the layout without hashing (cheap checks come first)', () => {
    const b = flip(snapshot(), -100)
    expect(readSnapshotLayout(b).header.machine.memoryBytes).to.equal(MEMORY)
  })

  const states: Array<{ id: string, state: () => Uint8Array, error: RegExp }> = [
    { id: 'a compressed state', state: () => { const s = Buffer.from(deviceState()); s.writeUInt32LE(0xfd2fb528, 0); return s }, error: /not an uncompressed v86 state/ },
    { id: 'another v86 state version', state: () => { const s = Buffer.from(deviceState()); s.writeInt32LE(5, 4); return s }, error: /state version 5/ },
    { id: 'a length that lies', state: () => { const s = Buffer.from(deviceState()); s.writeInt32LE(s.byteLength + 4, 8); return s }, error: /length does not match/ },
    { id: 'another memory size', state: () => deviceState(32 << 20), error: /for 33554432 bytes of RAM/ },
    { id: 'another NIC', state: () => deviceState(MEMORY, 'virtio'), error: /has a virtio NIC/ }
  ]
  for (const c of states) {
    it(`refuses a device state with ${c.id}`, () => {
      expect(() => { checkDeviceState(c.state(), { memoryBytes: MEMORY, nic: 'ne2k' }) }).to.throw(c.error).with.property('name', 'SnapshotError')
    })
  }
})

/** A disk of `blocks` 4 KiB blocks whose written blocks hold their index in every byte. */
function disk (blocks: number, written: number[], base: string | null = null): SnapshotDiskSource {
  return {
    disk: { sizeBytes: blocks * 4096, blockBytes: 4096, baseSha256: base },
    written: Uint32Array.from(written),
    read: indexes => { const out = new Uint8Array(indexes.length * 4096); indexes.forEach((b, i) => out.fill(b & 0xff, i * 4096, (i + 1) * 4096)); return out }
  }
}

describe('snapshot format: disks (version 2)', () => {
  const BASE = 'ab'.repeat(32)
  const withDisks = (): Uint8Array => encodeSnapshot({ machine: machine(), meta: { spec: {} }, ram: ram(), deviceState: deviceState(), disks: [disk(256, [0, 3, 4, 255], BASE), disk(512, [])] })

  it('carries each disk\'s own written blocks, and only those', () => {
    const bytes = withDisks()
    expect(Buffer.from(bytes).readUInt32LE(8)).to.equal(2)
    const opened = openSnapshot(bytes)
    expect(opened.header.machine.disks).to.deep.equal([
      { sizeBytes: 256 * 4096, blockBytes: 4096, baseSha256: BASE, writtenBlocks: 4 },
      { sizeBytes: 512 * 4096, blockBytes: 4096, baseSha256: null, writtenBlocks: 0 }
    ])
    const [a, b] = opened.disks
    expect([...a?.written ?? []]).to.deep.equal([0, 3, 4, 255])
    expect(a?.data.byteLength).to.equal(4 * 4096)
    expect([a?.data[0], a?.data[4096], a?.data[2 * 4096], a?.data[4 * 4096 - 1]]).to.deep.equal([0, 3, 4, 255])
    expect(b?.written.length).to.equal(0)
    // RAM, device state, two bitmaps (32 + 64 bytes) and four blocks.
    expect(bytes.byteLength).to.be.below(3 * PAGE_BYTES + 8192 + 96 + 4 * 4096)
  })

  const bad: Array<{ id: string, bytes: () => Uint8Array, error: RegExp }> = [
    { id: 'truncated in its disk blocks', bytes: () => withDisks().subarray(0, withDisks().byteLength - 32 - 100), error: /truncated in its disk blocks/ },
    { id: 'a corrupted disk block', bytes: () => flip(withDisks(), -32 - 5000), error: /checksum mismatch/ },
    { id: 'a disk bitmap its header contradicts', bytes: () => rewriteHeader(withDisks(), h => { (h.machine.disks as Array<{ writtenBlocks: number }>)[0] = { ...(h.machine.disks as Array<{ writtenBlocks: number }>)[0], writtenBlocks: 3 }; (h.machine.disks as Array<{ writtenBlocks: number }>)[1] = { ...(h.machine.disks as Array<{ writtenBlocks: number }>)[1], writtenBlocks: 1 } }), error: /bitmap of snapshot disk 0 has at least 4 written blocks, its header says 3/ },
    { id: 'more written blocks than the cap', bytes: () => rewriteHeader(withDisks(), h => { (h.machine.disks as unknown[])[0] = { sizeBytes: 2 * MAX_SNAPSHOT_DISK_BYTES, blockBytes: 4096, baseSha256: null, writtenBlocks: MAX_SNAPSHOT_DISK_BYTES / 4096 + 1 } }), error: /a snapshot carries at most 1024 MiB/ },
    { id: 'more written blocks than the disk has', bytes: () => rewriteHeader(withDisks(), h => { (h.machine.disks as unknown[])[1] = { sizeBytes: 1 << 20, blockBytes: 4096, baseSha256: null, writtenBlocks: 257 } }), error: /no more written blocks/ },
    { id: 'three disks', bytes: () => rewriteHeader(withDisks(), h => { (h.machine.disks as unknown[]).push({ sizeBytes: 1 << 20, blockBytes: 4096, baseSha256: null, writtenBlocks: 0 }) }), error: /disks/ }
  ]
  for (const c of bad) {
    it(`refuses ${c.id}`, () => {
      expect(() => openSnapshot(c.bytes())).to.throw(c.error).with.property('name', 'SnapshotError')
    })
  }

  it('refuses to take a snapshot whose disks hold more than the cap', () => {
    const big = disk(MAX_SNAPSHOT_DISK_BYTES / 4096 + 8, [])
    big.written = Uint32Array.from({ length: MAX_SNAPSHOT_DISK_BYTES / 4096 + 1 }, (_, i) => i)
    expect(() => encodeSnapshot({ machine: machine(), meta: {}, ram: ram(), deviceState: deviceState(), disks: [big] })).to.throw(/migrate the VM instead/).with.property('name', 'SnapshotError')
  })
})
