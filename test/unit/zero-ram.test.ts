// A destination's RAM before the pages come: zeros everywhere, whatever building the machine wrote,
// at any offset (a block's first byte, its last, a tail shorter than a block); then faulted in
// behind, a slice per turn, without a byte changed, whatever pages are written between the slices.
// And whole pages written as runs land where page-by-page writes would.
import { expect } from 'chai'
import fc from 'fast-check'
import { randomBytes } from 'node:crypto'
import { PAGE_BYTES } from '../../node/hypervisor/worker/page-delta.js'
import { prefaultRam, writePages, zeroRam } from '../../node/hypervisor/worker/page-tracker.js'

describe('zeroRam', () => {
  const cases = [
    { id: 'nothing written', size: 1 << 20, writes: [] },
    { id: 'a first byte, a last byte, a block in the middle', size: 1 << 20, writes: [[0, 1], [(1 << 20) - 1, 1], [300_000, 70_000]] },
    { id: 'a tail shorter than a block', size: (1 << 20) + 4096, writes: [[(1 << 20) + 4000, 96]] },
    { id: 'all of it', size: 256 << 10, writes: [[0, 256 << 10]] }
  ]
  for (const { id, size, writes } of cases) {
    it(id, () => {
      const ram = new Uint8Array(size)
      for (const [at, length] of writes) ram.set(randomBytes(length as number).map(b => b | 1), at)
      zeroRam(ram)
      expect(ram.every(b => b === 0)).to.equal(true)
    })
  }
})

describe('prefaultRam', () => {
  it('changes no byte, and pages written between its slices stay written', async () => {
    const ram = randomBytes(24 << 20)
    const expected = Buffer.from(ram)
    let slices = 0
    const faulting = prefaultRam(() => { slices++; return ram }, () => true)
    // Between its slices (it yields a turn after each), pages land anywhere.
    for (let i = 0; i < 8; i++) {
      await new Promise(resolve => setImmediate(resolve))
      const page = (i * 757) % (ram.byteLength / PAGE_BYTES)
      const bytes = randomBytes(PAGE_BYTES)
      writePages(ram, { indexes: Uint32Array.from([page]), data: bytes })
      expected.set(bytes, page * PAGE_BYTES)
    }
    await faulting
    expect(slices).to.be.above(1)
    expect(Buffer.compare(ram, expected)).to.equal(0)
  })

  it('stops once the machine is gone', async () => {
    const ram = new Uint8Array(64 << 20)
    let slices = 0
    let alive = true
    const faulting = prefaultRam(() => { slices++; return ram }, () => alive)
    await new Promise(resolve => setImmediate(resolve))
    alive = false
    await faulting
    expect(slices).to.be.within(1, 3)
  })
})

describe('writePages', () => {
  it('writes runs of pages where page-by-page writes would, in any order', () => {
    const pages = 64
    fc.assert(fc.property(fc.array(fc.nat(pages - 1), { maxLength: 80 }), fc.integer({ min: 0, max: 2 ** 31 }), (starts, seed) => {
      // Runs of consecutive pages (each start continued by a few), so both runs and jumps occur.
      const indexes = starts.flatMap((p, i) => Array.from({ length: 1 + ((seed >> (i % 24)) & 3) }, (_, k) => p + k)).filter(p => p < pages)
      const data = randomBytes(indexes.length * PAGE_BYTES)
      const ram = new Uint8Array(pages * PAGE_BYTES)
      const expected = new Uint8Array(pages * PAGE_BYTES)
      indexes.forEach((p, i) => { expected.set(data.subarray(i * PAGE_BYTES, (i + 1) * PAGE_BYTES), p * PAGE_BYTES) })
      writePages(ram, { indexes: Uint32Array.from(indexes), data })
      expect(Buffer.compare(ram, expected)).to.equal(0)
    }))
  })

  it('refuses a run that goes past the end of RAM', () => {
    const ram = new Uint8Array(4 * PAGE_BYTES)
    expect(() => { writePages(ram, { indexes: Uint32Array.from([2, 3, 4]), data: new Uint8Array(3 * PAGE_BYTES) }) }).to.throw(/page 4 is past the end/)
  })
})
