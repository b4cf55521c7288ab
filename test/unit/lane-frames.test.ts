// A lane's frames: what a sealer writes opens to the same bytes however the socket cuts it, and
// anything else (another key, a changed byte, frames dropped or reordered, an oversized length,
// bytes after the end) is refused, for good.
import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { FrameOpener, FrameSealer, LaneFrameError } from '../../overlay/lane/frames.js'
import { MAX_FRAME_BYTES } from '../../overlay/lane/protocol.js'

const KEY = randomBytes(32)

function sealAll (messages: Uint8Array[][], key = KEY, end = true): Buffer {
  const sealer = new FrameSealer(key)
  return Buffer.concat([...messages.flatMap(parts => sealer.seal(parts)), ...(end ? sealer.end() : [])])
}

function openInPieces (wire: Uint8Array, cuts: number[], key = KEY): { plain: Buffer, opener: FrameOpener } {
  const opener = new FrameOpener(key)
  const out: Uint8Array[] = []
  let at = 0
  for (const cut of [...cuts.filter(c => c > 0 && c < wire.byteLength)].sort((a, b) => a - b).concat(wire.byteLength)) {
    out.push(...opener.push(wire.subarray(at, cut)))
    at = cut
  }
  return { plain: Buffer.concat(out), opener }
}

describe('lane frames', () => {
  it('open to the bytes sealed, in order, however the stream is cut, and end once', () => {
    fc.assert(fc.property(
      fc.array(fc.array(fc.uint8Array({ maxLength: 200_000 }), { maxLength: 4 }), { maxLength: 5 }),
      fc.array(fc.nat(), { maxLength: 20 }),
      (messages, rawCuts) => {
        const wire = sealAll(messages.filter(m => m.some(p => p.byteLength > 0)))
        const { plain, opener } = openInPieces(wire, rawCuts.map(c => c % (wire.byteLength + 1)))
        expect(plain.equals(Buffer.concat(messages.flat()))).to.equal(true)
        expect(opener.ended).to.equal(true)
      }), { numRuns: 60 })
  })

  it('takes parts of shared memory (a shadow of guest RAM) as they are', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(300_000))
    shared.set(randomBytes(300_000))
    const wire = sealAll([[shared.subarray(5, 200_005), shared.subarray(250_000)]])
    expect(openInPieces(wire, [7, 65_536, 131_072]).plain.equals(Buffer.concat([shared.subarray(5, 200_005), shared.subarray(250_000)]))).to.equal(true)
  })

  it('is not ended by a cut: the end is a frame of its own', () => {
    const { opener, plain } = openInPieces(sealAll([[randomBytes(1000)]], KEY, false), [])
    expect(plain.byteLength).to.equal(1000)
    expect(opener.ended).to.equal(false)
  })

  const refused: Array<{ id: string, wire: () => Buffer, key?: Buffer }> = [
    { id: 'another key', wire: () => sealAll([[randomBytes(100)]]), key: randomBytes(32) },
    { id: 'a byte changed in the ciphertext', wire: () => { const w = sealAll([[randomBytes(100)]]); w[10] = (w[10] ?? 0) ^ 1; return w } },
    { id: 'a byte changed in the length', wire: () => { const w = sealAll([[randomBytes(100)]]); w[3] = (w[3] ?? 0) ^ 1; return w } },
    {
      id: 'a frame dropped',
      wire: () => {
        const sealer = new FrameSealer(KEY)
        sealer.seal([randomBytes(10)])
        return Buffer.concat(sealer.seal([randomBytes(10)]))
      }
    },
    {
      id: 'frames reordered',
      wire: () => {
        const sealer = new FrameSealer(KEY)
        const first = Buffer.concat(sealer.seal([randomBytes(10)]))
        return Buffer.concat([...sealer.seal([randomBytes(10)]), first])
      }
    },
    { id: 'a length past the largest frame', wire: () => { const w = Buffer.alloc(64); w.writeUInt32BE(MAX_FRAME_BYTES + 1); return w } },
    { id: 'bytes after the end', wire: () => Buffer.concat([sealAll([[randomBytes(10)]]), randomBytes(40)]) }
  ]
  for (const { id, wire, key } of refused) {
    it(`refuses ${id}, and everything after`, () => {
      const opener = new FrameOpener(key ?? KEY)
      const bytes = wire()
      expect(() => { for (let at = 0; at < bytes.byteLength; at += 7) opener.push(bytes.subarray(at, at + 7)) }).to.throw(LaneFrameError)
      expect(() => opener.push(sealAll([[randomBytes(4)]]))).to.throw(LaneFrameError)
    })
  }

  it('refuses to seal a frame larger than a lane carries, or an empty one (that is the end)', () => {
    expect(() => new FrameSealer(KEY).seal([new Uint8Array(MAX_FRAME_BYTES + 1)])).to.throw(LaneFrameError)
    expect(() => new FrameSealer(KEY).seal([new Uint8Array(0)])).to.throw(LaneFrameError)
  })
})
