// The tunnel's hand-written TunnelBatch codec against protobufjs (what older peers run): the same
// bytes both ways, read from buffers split anywhere, and bad input refused with TunnelCodecError.
import { expect } from 'chai'
import { randomBytes, randomInt } from 'node:crypto'
import { Uint8ArrayList } from 'uint8arraylist'
import { supercloud } from '../proto/gen/wire.js'
import { decodeBatch, encodeBatch } from '../overlay/switch/tunnel-codec.js'
import { encodeVarint } from '../overlay/wire/lp.js'

const { TunnelBatch } = supercloud.network

/** `bytes` in pieces of random sizes, as a stream delivers them. */
function split (bytes: Uint8Array, maxPiece: number): Uint8ArrayList {
  const list = new Uint8ArrayList()
  for (let at = 0; at < bytes.byteLength;) {
    const n = Math.min(bytes.byteLength - at, randomInt(1, maxPiece + 1))
    list.append(bytes.slice(at, at + n))
    at += n
  }
  return list
}

const plain = (frames: Array<{ vnet: number, frame: Uint8Array }>): Array<{ vnet: number, frame: string }> =>
  frames.map(f => ({ vnet: f.vnet, frame: Buffer.from(f.frame).toString('hex') }))

const batches = [
  { id: 'one frame', frames: [{ vnet: 1, frame: randomBytes(60) }], inventories: [] },
  { id: 'a full batch of 1,500-byte frames', frames: Array.from({ length: 170 }, (_v, i) => ({ vnet: 0xffffff - i, frame: randomBytes(1500) })), inventories: [] },
  { id: 'vnet 0, sizes across varint widths', frames: [0, 127, 128, 16_383, 16_384].map(n => ({ vnet: 0, frame: randomBytes(n + 1) })), inventories: [] },
  { id: 'inventories only', frames: [], inventories: [randomBytes(300), randomBytes(1)] },
  { id: 'frames and inventories', frames: [{ vnet: 7, frame: randomBytes(1514) }], inventories: [randomBytes(2000)] }
]

describe('tunnel batch codec', () => {
  for (const { id, frames, inventories } of batches) {
    it(`writes what protobufjs writes, and reads it from any split: ${id}`, () => {
      const ours = encodeBatch(frames, inventories)
      const reference = TunnelBatch.encode({ frames, inventories }).finish()
      expect(Buffer.from(ours)).to.deep.equal(Buffer.concat([encodeVarint(reference.byteLength), reference]))
      for (const maxPiece of [1, 7, 1500, 65_536]) {
        const decoded = decodeBatch(split(reference, maxPiece), 8)
        expect(plain(decoded.frames), `pieces up to ${maxPiece}`).to.deep.equal(plain(frames))
        expect(decoded.inventories.map(b => Buffer.from(b).toString('hex'))).to.deep.equal(inventories.map(b => b.toString('hex')))
        expect(decoded.malformed).to.equal(0)
      }
    })
  }

  it('skips fields it does not know, as protobuf readers do', () => {
    // field 9 varint, field 10 fixed64, field 11 length-delimited, field 12 fixed32; one inside a frame too
    const unknown = Buffer.from([9 << 3, 0x96, 0x01, (10 << 3) | 1, 1, 2, 3, 4, 5, 6, 7, 8, (11 << 3) | 2, 2, 0xaa, 0xbb, (12 << 3) | 5, 1, 2, 3, 4])
    const frame = Buffer.concat([Buffer.from([(3 << 3) | 0, 5, 0x08, 42, 0x12, 3]), Buffer.from([1, 2, 3])])
    const message = Buffer.concat([unknown, Buffer.from([0x0a, frame.byteLength]), frame, unknown])
    expect(TunnelBatch.decode(message).frames[0]?.vnet).to.equal(42)
    const decoded = decodeBatch(split(message, 3), 8)
    expect(plain(decoded.frames)).to.deep.equal([{ vnet: 42, frame: '010203' }])
  })

  it('counts frames without bytes as malformed and keeps at most the inventories asked for', () => {
    const message = TunnelBatch.encode({ frames: [{ vnet: 1 }, { vnet: 2, frame: new Uint8Array(0) }, { vnet: 3, frame: Uint8Array.of(9) }], inventories: Array.from({ length: 12 }, () => randomBytes(4)) }).finish()
    const decoded = decodeBatch(new Uint8ArrayList(message), 8)
    expect(decoded.malformed).to.equal(2)
    expect(plain(decoded.frames)).to.deep.equal([{ vnet: 3, frame: '09' }])
    expect(decoded.inventories).to.have.length(8)
  })

  it('refuses every truncation of a batch and random garbage with TunnelCodecError, never anything else', () => {
    const message = TunnelBatch.encode({ frames: [{ vnet: 300, frame: randomBytes(200) }, { vnet: 5, frame: randomBytes(40) }], inventories: [randomBytes(30)] }).finish()
    for (let n = 1; n < message.byteLength; n++) {
      try {
        const decoded = decodeBatch(split(message.subarray(0, n), 16), 8)
        // a cut between two whole fields is a shorter valid batch
        expect(decoded.frames.length + decoded.inventories.length).to.be.lessThan(3)
      } catch (err) {
        expect(err, `cut at ${n}`).to.have.property('name', 'TunnelCodecError')
      }
    }
    for (let i = 0; i < 2_000; i++) {
      try {
        decodeBatch(split(randomBytes(randomInt(1, 300)), 50), 8)
      } catch (err) {
        expect(err).to.have.property('name', 'TunnelCodecError')
      }
    }
  })
})
