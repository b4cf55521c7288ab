import { expect } from 'chai'
import { LpReader } from '../../overlay/wire/lp-reader.js'
import { encodeVarint, frame } from '../../overlay/wire/lp.js'
import { describeError } from '../../overlay/wire/errors.js'

async function * chunks (...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield await Promise.resolve(p)
}

async function * endless (byte: number): AsyncGenerator<Uint8Array> {
  while (true) yield await Promise.resolve(new Uint8Array(64 * 1024).fill(byte))
}

async function * stall (first: Uint8Array): AsyncGenerator<Uint8Array> {
  yield first
  await new Promise(() => {})
}

describe('length-prefixed reader', () => {
  it('reads messages split across and packed into chunks', async () => {
    const a = frame(new Uint8Array([1, 2, 3])).subarray()
    const b = frame(new Uint8Array(300).fill(7)).subarray()
    const joined = new Uint8Array([...a, ...b])
    const reader = new LpReader(chunks(joined.subarray(0, 2), joined.subarray(2, 200), joined.subarray(200)), 1024)
    expect((await reader.next())?.subarray()).to.deep.equal(new Uint8Array([1, 2, 3]))
    expect((await reader.next())?.byteLength).to.equal(300)
    expect(await reader.next()).to.equal(undefined)
  })

  const bad = [
    { id: 'endless varint (all continuation bytes)', source: () => endless(0xff), max: 1 << 20, name: 'MalformedMessageError' },
    { id: 'length above the cap', source: () => chunks(encodeVarint(2048)), max: 1024, name: 'MessageTooLargeError' },
    { id: 'stream ending inside a message', source: () => chunks(new Uint8Array([10, 1, 2])), max: 1024, name: 'UnexpectedEndError' },
    { id: 'stream ending inside the prefix', source: () => chunks(new Uint8Array([0x80])), max: 1 << 20, name: 'UnexpectedEndError' }
  ]
  for (const c of bad) {
    it(`rejects ${c.id}`, async () => {
      const started = Date.now()
      const err = await new LpReader(c.source(), c.max).next().catch((e: Error) => e)
      expect(err).to.have.property('name', c.name)
      expect(Date.now() - started).to.be.below(1000)
    })
  }

  it('gives up on a sender that stalls mid-message when the signal fires', async () => {
    const err = await new LpReader(stall(new Uint8Array([10, 1])), 1024).next({ signal: AbortSignal.timeout(100) }).catch((e: Error) => e)
    expect(err).to.have.property('name', 'WireTimeoutError')
  })
})

describe('describeError', () => {
  it('names what was thrown: an Error, an error-like object, an event (with its detail), anything else', () => {
    const err = new RangeError('too big')
    expect(describeError(err)).to.equal('RangeError: too big')
    expect(describeError({ name: 'RemoteError', message: 'no' })).to.equal('RemoteError: no')
    expect(describeError(new Event('abort'))).to.equal("'abort' event")
    expect(describeError(new CustomEvent('error', { detail: err }))).to.equal("'error' event: RangeError: too big")
    expect(describeError(7)).to.equal('7')
  })
})
