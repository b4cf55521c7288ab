// Page deltas and the page tracker, in process: what a migration's destination rebuilds from the
// whole pages and deltas the source's scans produce is, byte for byte, the source's RAM.
import { expect } from 'chai'
import fc from 'fast-check'
import { PAGE_BYTES, PAGE_WORDS, MalformedDeltaError, applyDelta, encodeDelta } from '../../node/hypervisor/worker/page-delta.js'
import { DELTA_LIMIT_BYTES, PageTracker, applyDeltas, writePages } from '../../node/hypervisor/worker/page-tracker.js'
import type { PageBatch } from '../../node/hypervisor/types.js'

const words = (bytes: Uint8Array): Int32Array => new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2)

/** What a destination does with a batch: whole pages from the shadow, deltas onto what it holds. */
function replay (dest: Uint8Array, batch: PageBatch): void {
  const indexes: number[] = []
  for (let r = 0; r < batch.runs.length; r += 2) for (let p = batch.runs[r]!; p < batch.runs[r]! + batch.runs[r + 1]!; p++) indexes.push(p)
  const data = new Uint8Array(indexes.length * PAGE_BYTES)
  const start = batch.shadowStart ?? 0
  indexes.forEach((p, i) => { data.set(batch.shadow.subarray((p - start) * PAGE_BYTES, (p - start + 1) * PAGE_BYTES), i * PAGE_BYTES) })
  writePages(dest, { indexes: Uint32Array.from(indexes), data })
  applyDeltas(dest, batch.deltas)
}

describe('page deltas', () => {
  it('rebuild any page from the one it was encoded against, or give up past the limit', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: PAGE_BYTES, maxLength: PAGE_BYTES }), fc.array(fc.record({ at: fc.nat(PAGE_BYTES - 1), value: fc.nat(255) }), { maxLength: 300 }), (base, writes) => {
      const now = Uint8Array.from(base)
      for (const w of writes) now[w.at] = w.value
      const out = new Uint8Array(PAGE_BYTES * 2)
      const size = encodeDelta(words(now), now, words(base), 0, out, 0, DELTA_LIMIT_BYTES)
      if (size < 0) return
      expect(size).to.be.at.most(DELTA_LIMIT_BYTES)
      const rebuilt = Uint8Array.from(base)
      applyDelta(rebuilt, out.subarray(0, size))
      expect(Buffer.from(rebuilt).equals(Buffer.from(now))).to.equal(true)
    }))
  })

  it('cost a dozen bytes for a page changed in two words, nothing for an unchanged one', () => {
    const base = new Uint8Array(PAGE_BYTES).fill(7)
    const now = Uint8Array.from(base)
    words(now)[0] = 1
    words(now)[1] = 2
    const out = new Uint8Array(PAGE_BYTES)
    expect(encodeDelta(words(now), now, words(base), 0, out, 0, DELTA_LIMIT_BYTES)).to.equal(10)
    expect(encodeDelta(words(base), base, words(base), 0, out, 0, DELTA_LIMIT_BYTES)).to.equal(0)
  })

  it('give up on a page changed through and through', () => {
    const base = new Uint8Array(PAGE_BYTES)
    const now = new Uint8Array(PAGE_BYTES).fill(1)
    expect(encodeDelta(words(now), now, words(base), 0, new Uint8Array(PAGE_BYTES), 0, DELTA_LIMIT_BYTES)).to.equal(-1)
  })

  const malformed = [
    { id: 'a run past the end of the page', delta: [0xff, 0x07, 2, 1, 2, 3, 4, 5, 6, 7, 8] },
    { id: 'a run length of three bytes', delta: [0x80, 0x80, 0x01] },
    { id: 'changed words cut short', delta: [0, 2, 1, 2, 3] },
    { id: 'a run length cut short', delta: [0x80] },
    { id: 'an empty run', delta: [3, 0] }
  ]
  for (const { id, delta } of malformed) {
    it(`refuse ${id}`, () => {
      expect(() => { applyDelta(new Uint8Array(PAGE_BYTES), Uint8Array.from(delta)) }).to.throw(MalformedDeltaError)
    })
  }
})

describe('page tracker', () => {
  it('brings a destination to the source\'s RAM over rounds of whole pages and deltas', () => {
    const pages = 64
    const ram = new Uint8Array(pages * PAGE_BYTES)
    for (let p = 0; p < pages; p += 3) ram.fill(p + 1, p * PAGE_BYTES, (p + 1) * PAGE_BYTES)
    const tracker = new PageTracker(() => ram, ram.byteLength)
    const dest = new Uint8Array(ram.byteLength)
    const first = tracker.scan()
    expect(first.deltas.indexes.length + first.runs.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0)).to.equal(22)
    replay(dest, first)
    expect(Buffer.from(dest).equals(Buffer.from(ram))).to.equal(true)
    // A few words here and there (deltas), and a page rewritten whole.
    words(ram)[5 * PAGE_WORDS + 3] = 42
    words(ram)[9 * PAGE_WORDS] = -1
    ram.fill(0xee, 20 * PAGE_BYTES, 21 * PAGE_BYTES)
    const second = tracker.scan({ from: 0, to: 32 })
    expect([...second.deltas.indexes]).to.deep.equal([5, 9])
    expect([...second.runs]).to.deep.equal([20, 1])
    replay(dest, second)
    expect(Buffer.from(dest).equals(Buffer.from(ram))).to.equal(true)
    expect(tracker.scan().deltas.indexes.length + tracker.scan().runs.length).to.equal(0)
  })

  it('tracks from an empty scan while the shadow is faulted in behind it, the guest writing between slices', async () => {
    // 40 MiB: the shadow's prefault takes several turns, and the scans below run between them.
    const pages = 10_240
    const ram = new Uint8Array(pages * PAGE_BYTES)
    for (let p = 0; p < pages; p += 7) ram.fill((p % 250) + 1, p * PAGE_BYTES, (p + 1) * PAGE_BYTES)
    const tracker = new PageTracker(() => ram, ram.byteLength)
    const empty = tracker.scan({ from: 0, to: 0 })
    expect(empty.runs.length + empty.deltas.indexes.length).to.equal(0)
    const dest = new Uint8Array(ram.byteLength)
    for (let round = 0; round < 3; round++) {
      for (let from = 0; from < pages; from += 1024) {
        replay(dest, tracker.scan({ from, to: from + 1024 }))
        // The guest writes a word here and there, and the prefault takes its next slice.
        words(ram)[((from * 31 + round) % pages) * PAGE_WORDS + round] = round + 7
        await new Promise(resolve => setImmediate(resolve))
      }
    }
    replay(dest, tracker.scan())
    tracker.close()
    expect(Buffer.compare(dest, ram)).to.equal(0)
  })

  it('brings a replica to RAM with a first copy taken while the guest runs, then a checkpoint', () => {
    const pages = 64
    const ram = new Uint8Array(pages * PAGE_BYTES)
    for (let p = 0; p < pages; p += 2) ram.fill(p + 1, p * PAGE_BYTES, (p + 1) * PAGE_BYTES)
    // Sparse against zeros: as a delta it would be a dozen bytes; a first copy sends it whole.
    words(ram)[7 * PAGE_WORDS + 1] = 77
    const tracker = new PageTracker(() => ram, ram.byteLength)
    const slices = [tracker.scan({ from: 0, to: 32 }, true), tracker.scan({ from: 32, to: 64 }, true)]
    for (const s of slices) expect(s.deltas.indexes.length).to.equal(0)
    expect(slices[1]?.shadowStart).to.equal(32)
    // Copies: the checkpoint's scan below changes the shadow, not what the slices carry.
    const page7 = Buffer.from(slices[0]?.shadow.subarray(7 * PAGE_BYTES, 8 * PAGE_BYTES) ?? [])
    // The guest runs on: a word here, a page rewritten there, one written in a page sent already.
    words(ram)[7 * PAGE_WORDS + 2] = 78
    words(ram)[40 * PAGE_WORDS + 5] = 9
    ram.fill(0xaa, 33 * PAGE_BYTES, 34 * PAGE_BYTES)
    const checkpoint = tracker.scan()
    expect([...checkpoint.deltas.indexes]).to.deep.equal([7, 40])
    expect([...checkpoint.runs]).to.deep.equal([33, 1])
    expect(Buffer.from(slices[0]?.shadow.subarray(7 * PAGE_BYTES, 8 * PAGE_BYTES) ?? []).equals(page7)).to.equal(true)
    // A standby's order: every whole page of the epoch in turn, then the deltas.
    const replica = new Uint8Array(ram.byteLength)
    for (const b of [...slices, checkpoint]) replay(replica, { ...b, deltas: { indexes: new Uint32Array(), ends: new Uint32Array(), data: new Uint8Array() } })
    applyDeltas(replica, checkpoint.deltas)
    expect(Buffer.from(replica).equals(Buffer.from(ram))).to.equal(true)
  })

  it('refuses pages out of range and deltas that do not fit', () => {
    const ram = new Uint8Array(4 * PAGE_BYTES)
    expect(() => new PageTracker(() => ram, ram.byteLength).scan({ from: 2, to: 5 })).to.throw(/not within/)
    expect(() => { writePages(ram, { indexes: Uint32Array.from([4]), data: new Uint8Array(PAGE_BYTES) }) }).to.throw(/past the end/)
    expect(() => { applyDeltas(ram, { indexes: Uint32Array.from([1]), ends: Uint32Array.from([9]), data: new Uint8Array(4) }) }).to.throw(/outside/)
    expect(() => { applyDeltas(ram, { indexes: Uint32Array.from([1]), ends: Uint32Array.from([0]), data: new Uint8Array(4) }) }).to.throw(/after the last/)
  })
})
