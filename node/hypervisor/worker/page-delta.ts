// XBZRLE-style page deltas (after QEMU's migration compression): a page sent again is encoded
// against the copy the destination already holds, as runs of unchanged and changed 32-bit words,
// the changed ones carrying their new bytes:
//   repeat { varint unchanged words, varint changed words, changed words × 4 bytes }
// A page that differs from that copy in a few words (a counter, a list link, a timestamp) goes in
// a dozen bytes instead of 4096. Pages that changed through and through are sent whole (the encoder
// gives up past a limit), so the delta never costs more than the page.
import { CloudError } from '../../../overlay/core/errors.js'

export const PAGE_BYTES = 4096
export const PAGE_WORDS = PAGE_BYTES / 4

/** The input is not a delta this decoder can apply to a page. */
export class MalformedDeltaError extends CloudError {
  override name = 'MalformedDeltaError'
  readonly status = 400
}

/**
 * Encodes page `page` of `now` against the same page of `base` (word views of whole memories) into
 * `out` at `at`. Returns the bytes written, or -1 when the delta would exceed `limit` bytes (send the
 * page whole). `nowBytes` is a byte view of the same memory as `now`.
 */
export function encodeDelta (now: Int32Array, nowBytes: Uint8Array, base: Int32Array, page: number, out: Uint8Array, at: number, limit: number): number {
  const first = page * PAGE_WORDS
  const end = first + PAGE_WORDS
  let w = first
  let pos = at
  const stop = at + limit
  while (w < end) {
    const gapStart = w
    while (w < end && now[w] === base[w]) w++
    if (w === end) break
    const runStart = w
    // Past this word the run alone would overflow the limit: give up without reading the rest.
    const give = runStart + Math.max(0, (stop - pos - 4) >> 2)
    while (w < end && now[w] !== base[w]) {
      if (w >= give) return -1
      w++
    }
    const words = w - runStart
    const need = varintBytes(runStart - gapStart) + varintBytes(words) + words * 4
    if (pos + need > stop) return -1
    pos = writeVarint(out, pos, runStart - gapStart)
    pos = writeVarint(out, pos, words)
    out.set(nowBytes.subarray(runStart * 4, w * 4), pos)
    pos += words * 4
  }
  return pos - at
}

/** Applies one page's delta to `page` (PAGE_BYTES, the copy the sender encoded against). */
export function applyDelta (page: Uint8Array, delta: Uint8Array): void {
  let pos = 0
  let word = 0
  while (pos < delta.byteLength) {
    const gap = readVarint(delta, pos)
    const words = readVarint(delta, gap.next)
    pos = words.next
    word += gap.value
    if (words.value === 0 || word + words.value > PAGE_WORDS) throw new MalformedDeltaError(`a delta run of ${words.value} words at word ${word} does not fit a page`)
    const bytes = words.value * 4
    if (pos + bytes > delta.byteLength) throw new MalformedDeltaError('a delta ends inside its changed words')
    page.set(delta.subarray(pos, pos + bytes), word * 4)
    pos += bytes
    word += words.value
  }
}

function varintBytes (value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : 3
}

function writeVarint (out: Uint8Array, at: number, value: number): number {
  let v = value
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80
    v >>>= 7
  }
  out[at++] = v
  return at
}

/** A page holds 1024 words: two varint bytes always suffice, so a third is malformed. */
function readVarint (bytes: Uint8Array, at: number): { value: number, next: number } {
  let value = 0
  for (let i = 0; i < 2; i++) {
    const byte = bytes[at + i]
    if (byte === undefined) throw new MalformedDeltaError('a delta ends inside a run length')
    value |= (byte & 0x7f) << (7 * i)
    if ((byte & 0x80) === 0) return { value, next: at + i + 1 }
  }
  throw new MalformedDeltaError('a delta run length is longer than a page needs')
}
