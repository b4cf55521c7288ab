// The migration stream's hand-framed page messages: byte for byte what protobufjs would encode, and
// read back by the destination's decoding into the same pages and deltas.
import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import { supercloud } from '../../proto/gen/wire.js'
import { frame } from '../../overlay/wire/lp.js'
import { LpReader } from '../../overlay/wire/lp-reader.js'
import { MESSAGE_PAYLOAD_BYTES } from '../../overlay/migration/constants.js'
import { PAGE, deltasOf, indexBytes, pageMessages, pagesOf, receiveIncoming } from '../../overlay/migration/wire.js'
import type { PageBatch } from '../../node/hypervisor/types.js'

const { MigrationMessage } = supercloud.migration

async function * once (bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield await Promise.resolve(bytes)
}

async function decodeAll (batch: PageBatch): Promise<{ pages: Map<number, Buffer>, deltas: Array<{ page: number, delta: Buffer }>, messages: Uint8Array[] }> {
  const pages = new Map<number, Buffer>()
  const deltas: Array<{ page: number, delta: Buffer }> = []
  const messages: Uint8Array[] = []
  for (const { framed } of pageMessages(batch)) {
    const bytes = framed.subarray()
    messages.push(bytes)
    // Both decoders: protobufjs, and the destination's own reading of Pages from their chunks.
    const m = MigrationMessage.decode((await new LpReader(once(bytes), 8 << 20).next())?.subarray() ?? new Uint8Array())
    const next = await receiveIncoming(new LpReader(once(bytes), 8 << 20))
    if (m.pages != null) {
      const { indexes, data } = pagesOf(m.pages)
      if (!('pages' in next)) throw new Error('the destination did not read a Pages message as pages')
      expect([...next.pages.indexes]).to.deep.equal([...indexes])
      expect(Buffer.from(next.pages.data.subarray()).equals(Buffer.from(data))).to.equal(true)
      indexes.forEach((p, i) => pages.set(p, Buffer.from(data.subarray(i * PAGE, (i + 1) * PAGE))))
    }
    if (m.deltas != null) {
      const d = deltasOf(m.deltas)
      d.indexes.forEach((p, i) => deltas.push({ page: p, delta: Buffer.from(d.data.subarray(i === 0 ? 0 : d.ends[i - 1], d.ends[i])) }))
    }
  }
  return { pages, deltas, messages }
}

const noDeltas = { indexes: new Uint32Array(), ends: new Uint32Array(), data: new Uint8Array() }

describe('migration page messages', () => {
  const cases = [
    { id: 'no pages', runs: [] },
    { id: 'one page', runs: [5, 1] },
    { id: 'runs of 3 and 2', runs: [2, 3, 9, 2] },
    { id: 'a run longer than a message', runs: [0, 300] },
    { id: 'many runs across messages', runs: Array.from({ length: 200 }, (_, i) => [i * 4, 2]).flat() }
  ]
  for (const { id, runs } of cases) {
    it(`frames ${id} as whole pages that decode to the shadow's bytes`, async () => {
      const shadow = new Uint8Array(randomBytes(1024 * PAGE))
      const { pages, messages } = await decodeAll({ runs: Uint32Array.from(runs), deltas: noDeltas, shadow, scanMs: 0 })
      const expected: number[] = []
      for (let r = 0; r < runs.length; r += 2) for (let p = runs[r]!; p < runs[r]! + runs[r + 1]!; p++) expected.push(p)
      expect([...pages.keys()]).to.deep.equal(expected)
      for (const p of expected) expect(pages.get(p)?.equals(shadow.subarray(p * PAGE, (p + 1) * PAGE))).to.equal(true)
      for (const m of messages) expect(m.byteLength).to.be.below(MESSAGE_PAYLOAD_BYTES + PAGE)
    })
  }

  it('frames the pages of a shadow that starts past page 0 (a first copy\'s slice) with their own bytes', async () => {
    const slice = new Uint8Array(randomBytes(8 * PAGE))
    const { pages } = await decodeAll({ runs: Uint32Array.from([1000, 3, 1005, 2]), deltas: noDeltas, shadow: slice, shadowStart: 1000, scanMs: 0 })
    expect([...pages.keys()]).to.deep.equal([1000, 1001, 1002, 1005, 1006])
    for (const p of pages.keys()) expect(pages.get(p)?.equals(slice.subarray((p - 1000) * PAGE, (p - 999) * PAGE))).to.equal(true)
  })

  it('frames whole pages byte for byte as protobufjs encodes them', async () => {
    const shadow = new Uint8Array(randomBytes(16 * PAGE))
    const { messages } = await decodeAll({ runs: Uint32Array.from([1, 2, 7, 1]), deltas: noDeltas, shadow, scanMs: 0 })
    const indexes = Uint32Array.from([1, 2, 7])
    const data = Buffer.concat([shadow.subarray(PAGE, 3 * PAGE), shadow.subarray(7 * PAGE, 8 * PAGE)])
    expect(Buffer.from(messages[0]!).equals(Buffer.from(frame(MigrationMessage.encode({ pages: { indexes: indexBytes(indexes), data } }).finish()).subarray()))).to.equal(true)
  })

  it('frames deltas in messages of their own, each page\'s bytes intact', async () => {
    const sizes = Array.from({ length: 2000 }, (_, i) => 10 + (i % 7) * 300)
    const ends = Uint32Array.from(sizes.map((_, i) => sizes.slice(0, i + 1).reduce((a, b) => a + b, 0)))
    const data = new Uint8Array(randomBytes(ends.at(-1)!))
    const indexes = Uint32Array.from(sizes, (_, i) => i * 3)
    const { deltas, messages } = await decodeAll({ runs: new Uint32Array(), deltas: { indexes, ends, data }, shadow: new Uint8Array(PAGE), scanMs: 0 })
    expect(messages.length).to.be.above(1)
    expect(deltas.map(d => d.page)).to.deep.equal([...indexes])
    deltas.forEach((d, i) => { expect(d.delta.equals(data.subarray(i === 0 ? 0 : ends[i - 1], ends[i]))).to.equal(true) })
  })

  it('refuses deltas whose ends do not match their pages', () => {
    expect(() => deltasOf({ indexes: indexBytes(Uint32Array.from([1, 2])), ends: indexBytes(Uint32Array.from([4])), data: new Uint8Array(4) })).to.throw(/2 delta pages with 1 ends/)
    expect(() => deltasOf({ indexes: new Uint8Array(3), ends: new Uint8Array(), data: new Uint8Array() })).to.throw(/not u32s/)
  })
  const badPages = [
    { id: 'an unknown field', body: [0x1a, 1, 0] },
    { id: 'pages without their bytes', body: [0x0a, 4, 1, 0, 0, 0] },
    { id: 'a field past its message', body: [0x12, 9, 0] },
    { id: 'indexes that are not u32s', body: [0x0a, 3, 1, 0, 0] }
  ]
  for (const { id, body } of badPages) {
    it(`refuses a Pages message with ${id}`, async () => {
      const bytes = frame(Uint8Array.from([0x22, body.length, ...body])).subarray()
      let error: Error | undefined
      await receiveIncoming(new LpReader(once(bytes), 8 << 20)).catch((err: Error) => { error = err })
      expect(error?.name).to.equal('MalformedMessageError')
    })
  }
})
