// A destination's RAM before the pages come: zeros everywhere, whatever building the machine wrote,
// at any offset (a block's first byte, its last, a tail shorter than a block).
import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import { zeroRam } from '../../node/hypervisor/worker/page-tracker.js'

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
