// The tunnel's wire message, TunnelBatch (proto/network.proto), written and read by hand on the
// data path: protobufjs spent ~1.9 µs a frame encoding a batch (a fork and a copy per frame, then a
// copy of the whole batch and a separate length prefix), and reading needed the batch in one piece,
// a copy of every 256 KiB batch that arrived in several buffers (measured in bench:switch). The
// bytes are the same protobuf: peers running protobufjs read these batches and the other way round.
import { CloudError } from '../core/errors.js'
import type { Uint8ArrayList } from 'uint8arraylist'
import type { TunnelFrame } from './tunnels.js'

/** A batch that is not a valid TunnelBatch; the caller drops it and counts it. */
export class TunnelCodecError extends CloudError {
  override name = 'TunnelCodecError'
  readonly status = 400
}

const FRAMES_TAG = (1 << 3) | 2 // TunnelBatch.frames, length-delimited
const INVENTORIES_TAG = (2 << 3) | 2 // TunnelBatch.inventories, length-delimited
const VNET_TAG = (1 << 3) | 0 // TunnelFrame.vnet, varint
const FRAME_TAG = (2 << 3) | 2 // TunnelFrame.frame, length-delimited

/**
 * One buffer holding the varint length prefix and the TunnelBatch: the frames' bytes are copied
 * once, into it, and it goes to the stream as one write.
 */
export function encodeBatch (frames: readonly TunnelFrame[], inventories: readonly Uint8Array[]): Uint8Array {
  let length = 0
  for (const f of frames) {
    const inner = innerLength(f)
    length += 1 + varintLength(inner) + inner
  }
  for (const inv of inventories) length += 1 + varintLength(inv.byteLength) + inv.byteLength
  const out = Buffer.allocUnsafe(varintLength(length) + length)
  let at = writeVarint(out, 0, length)
  for (const f of frames) {
    out[at++] = FRAMES_TAG
    at = writeVarint(out, at, innerLength(f))
    if (f.vnet !== 0) { // proto3 leaves a zero out, as protobufjs does
      out[at++] = VNET_TAG
      at = writeVarint(out, at, f.vnet)
    }
    out[at++] = FRAME_TAG
    at = writeVarint(out, at, f.frame.byteLength)
    out.set(f.frame, at)
    at += f.frame.byteLength
  }
  for (const inv of inventories) {
    out[at++] = INVENTORIES_TAG
    at = writeVarint(out, at, inv.byteLength)
    out.set(inv, at)
    at += inv.byteLength
  }
  return out
}

export interface DecodedBatch {
  frames: TunnelFrame[]
  inventories: Uint8Array[]
  /** Frames without a frame or with an empty one (counted as malformed by the caller). */
  malformed: number
}

/**
 * Reads a TunnelBatch (without its length prefix) from the buffers it arrived in. A frame within
 * one buffer is a view of it; one that straddles two is copied. Unknown fields are skipped, as
 * protobuf readers do; anything truncated or impossible throws TunnelCodecError.
 */
export function decodeBatch (message: Uint8ArrayList, maxInventories: number): DecodedBatch {
  const r = new ListReader(message)
  const out: DecodedBatch = { frames: [], inventories: [], malformed: 0 }
  while (r.at < r.end) {
    const tag = r.varint()
    if (tag === FRAMES_TAG) {
      const end = r.lengthEnd()
      let vnet = 0
      let frame: Uint8Array | undefined
      while (r.at < end) {
        const t = r.varint()
        if (t === VNET_TAG) vnet = r.varint() >>> 0
        else if (t === FRAME_TAG) frame = r.bytes(r.lengthEnd(end))
        else r.skip(t, end)
      }
      if (r.at !== end) throw new TunnelCodecError('a frame overruns its length')
      if (frame === undefined || frame.byteLength === 0) out.malformed++
      else out.frames.push({ vnet, frame })
    } else if (tag === INVENTORIES_TAG) {
      const bytes = r.bytes(r.lengthEnd())
      if (out.inventories.length < maxInventories) out.inventories.push(bytes)
    } else {
      r.skip(tag, r.end)
    }
  }
  return out
}

function innerLength (f: TunnelFrame): number {
  return (f.vnet === 0 ? 0 : 1 + varintLength(f.vnet)) + 1 + varintLength(f.frame.byteLength) + f.frame.byteLength
}

function varintLength (value: number): number {
  let n = 1
  for (let v = value; v >= 0x80; v = Math.floor(v / 0x80)) n++
  return n
}

function writeVarint (out: Uint8Array, at: number, value: number): number {
  let v = value
  while (v >= 0x80) {
    out[at++] = (v % 0x80) | 0x80
    v = Math.floor(v / 0x80)
  }
  out[at++] = v
  return at
}

/**
 * Sequential reads over the buffers of a Uint8ArrayList with a cursor: every byte costs the same
 * however many pieces the message came in (Uint8ArrayList.get looks its buffer up from the start,
 * which made a batch of 1-byte pieces quadratic).
 */
class ListReader {
  /** Offset in the whole message. */
  at = 0
  readonly end: number
  private readonly bufs: Uint8Array[]
  /** The buffer holding `at`, and where it starts in the message. */
  private index = 0
  private base = 0

  constructor (list: Uint8ArrayList) {
    this.bufs = [...list]
    this.end = list.byteLength
  }

  /** An unsigned varint of at most 5 bytes (every length and tag here fits 32 bits). */
  varint (): number {
    let value = 0
    for (let i = 0; i < 5; i++) {
      if (this.at >= this.end) throw new TunnelCodecError('truncated varint')
      const byte = this.byte()
      value += (byte & 0x7f) * 2 ** (7 * i)
      if ((byte & 0x80) === 0) return value
    }
    throw new TunnelCodecError('varint longer than 5 bytes')
  }

  /** Reads a length and returns where the field it announces ends, which must be within `limit`. */
  lengthEnd (limit = this.end): number {
    const length = this.varint()
    const end = this.at + length
    if (end > limit) throw new TunnelCodecError(`field of ${length} bytes overruns its message`)
    return end
  }

  /** The bytes up to `end`: a view when they lie in one buffer, else a copy. */
  bytes (end: number): Uint8Array {
    this.seek()
    const buf = this.bufs[this.index]
    if (buf !== undefined && end - this.base <= buf.byteLength) {
      const view = buf.subarray(this.at - this.base, end - this.base)
      this.at = end
      return view
    }
    const out = new Uint8Array(end - this.at)
    for (let filled = 0; filled < out.byteLength;) {
      this.seek()
      const from = this.bufs[this.index] as Uint8Array
      const piece = from.subarray(this.at - this.base, Math.min(from.byteLength, this.at - this.base + out.byteLength - filled))
      out.set(piece, filled)
      filled += piece.byteLength
      this.at += piece.byteLength
    }
    return out
  }

  /** Skips a field of an unknown number by its wire type. */
  skip (tag: number, limit: number): void {
    switch (tag & 7) {
      case 0: this.varint(); return
      case 1: this.advance(8, limit); return
      case 2: this.at = this.lengthEnd(limit); return
      case 5: this.advance(4, limit); return
      default: throw new TunnelCodecError(`wire type ${tag & 7} is not used here`)
    }
  }

  private byte (): number {
    this.seek()
    return (this.bufs[this.index] as Uint8Array)[this.at++ - this.base] ?? 0
  }

  /** Moves the cursor's buffer forward to the one holding `at` (which only ever grows). */
  private seek (): void {
    for (let buf = this.bufs[this.index]; buf !== undefined && this.at - this.base >= buf.byteLength; buf = this.bufs[this.index]) {
      this.base += buf.byteLength
      this.index++
    }
  }

  private advance (n: number, limit: number): void {
    if (this.at + n > limit) throw new TunnelCodecError('truncated field')
    this.at += n
  }
}
