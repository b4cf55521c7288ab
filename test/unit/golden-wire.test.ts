// The wire code encodes every message to the bytes recorded in test/golden/wire.json, which the
// generated code of before wrote (scripts/golden-wire.mjs): daemons built on either understand each
// other. Each vector sets every field of a message, or each case of its oneof.
import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { supercloud } from '../../proto/gen/wire.js'

interface Vector { proto: string, type: string, case?: string, object: unknown, hex: string }
interface Codec { fromObject: (o: unknown) => object, encode: (m: object) => { finish: () => Uint8Array }, decode: (b: Uint8Array) => object, toObject: (m: object, o: object) => unknown }

const vectors = JSON.parse(readFileSync(fileURLToPath(new URL('../../../test/golden/wire.json', import.meta.url)), 'utf8')) as Vector[]
const packages = supercloud as unknown as Record<string, Record<string, Codec | undefined> | undefined>

describe('golden wire vectors', () => {
  it(`cover every message type (${vectors.length} vectors)`, () => {
    for (const [pkg, types] of Object.entries(packages)) {
      for (const type of Object.keys(types ?? {})) expect(vectors.some(v => v.proto === pkg && v.type === type), `${pkg}.${type}`).to.equal(true)
    }
  })

  for (const v of vectors) {
    it(`${v.proto}.${v.type}${v.case === undefined ? '' : ` (${v.case})`} encodes to the recorded bytes and decodes back`, () => {
      const codec = packages[v.proto]?.[v.type]
      expect(codec, `${v.proto}.${v.type} is generated`).to.not.equal(undefined)
      const bytes = codec!.encode(codec!.fromObject(revive(v.object))).finish()
      expect(Buffer.from(bytes).toString('hex')).to.equal(v.hex)
      const again = codec!.encode(codec!.decode(Buffer.from(v.hex, 'hex'))).finish()
      expect(Buffer.from(again).toString('hex')).to.equal(v.hex)
    })
  }
})

/** The JSON holds bytes as `{ "bytes": "<hex>" }` (see scripts/golden-wire.mjs). */
function revive (value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive)
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.bytes === 'string' && Object.keys(o).length === 1) return Buffer.from(o.bytes, 'hex')
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, revive(x)]))
  }
  return value
}
