// The migration stream's hand-framed page messages: byte for byte what protobufjs would encode, and
// read back by the destination's decoding into the same pages.
import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import type { Stream } from '@libp2p/interface'
import type { Uint8ArrayList } from 'uint8arraylist'
import { supercloud } from '../proto/gen/migration.js'
import { frame } from '../overlay/wire/lp.js'
import { LpReader } from '../overlay/wire/lp-reader.js'
import { PAGE, indexBytes, pagesOf, sendPageViews } from '../overlay/migration/wire.js'

const { MigrationMessage } = supercloud.migration

/** A stream that keeps what is sent to it, as one byte string. */
function capture (): { stream: Stream, bytes: () => Uint8Array } {
  const sent: Uint8Array[] = []
  const stream = { send: (data: Uint8Array | Uint8ArrayList) => { sent.push(data.subarray()); return true } } as unknown as Stream
  return { stream, bytes: () => Uint8Array.from(sent.flatMap(b => [...b])) }
}

async function * once (bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield await Promise.resolve(bytes)
}

describe('migration page messages', () => {
  for (const count of [0, 1, 3, 256]) {
    it(`frames ${count} page${count === 1 ? '' : 's'} exactly as protobufjs encodes them, and they decode to the same pages`, async () => {
      const indexes = Uint32Array.from({ length: count }, (_, i) => i * 7 + (count % 5))
      // Views at odd places of one larger buffer, as the pages sit in the shadow of RAM.
      const ram = randomBytes((count * 7 + 5) * PAGE + 3)
      const pages = Array.from(indexes, p => ram.subarray(3 + p * PAGE, 3 + (p + 1) * PAGE))
      const data = Uint8Array.from(pages.flatMap(p => [...p]))
      const { stream, bytes } = capture()
      await sendPageViews(stream, indexBytes(indexes), pages)
      const ours = bytes()
      if (count > 0) expect(ours).to.deep.equal(frame(MigrationMessage.encode({ pages: { indexes: indexBytes(indexes), data } }).finish()).subarray())
      const message = await new LpReader(once(ours), 8 << 20).next()
      const decoded = pagesOf(MigrationMessage.decode(message?.subarray() ?? new Uint8Array()).pages ?? {})
      expect([...decoded.indexes]).to.deep.equal([...indexes])
      expect(Buffer.from(decoded.data).equals(Buffer.from(data))).to.equal(true)
    })
  }
})
