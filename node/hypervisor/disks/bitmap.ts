// One bit per block, least significant bit first: block i is bit (i & 7) of byte (i >> 3).
export class Bitmap {
  readonly bytes: Uint8Array

  constructor (readonly size: number, bytes?: Uint8Array) {
    const length = Math.ceil(size / 8)
    if (bytes !== undefined && bytes.byteLength !== length) throw new RangeError(`a bitmap of ${size} bits takes ${length} bytes, not ${bytes.byteLength}`)
    this.bytes = bytes ?? new Uint8Array(length)
  }

  get (i: number): boolean {
    return ((this.bytes[i >>> 3] ?? 0) & (1 << (i & 7))) !== 0
  }

  set (i: number): void {
    this.bytes[i >>> 3] = (this.bytes[i >>> 3] ?? 0) | (1 << (i & 7))
  }

  clear (i: number): void {
    this.bytes[i >>> 3] = (this.bytes[i >>> 3] ?? 0) & ~(1 << (i & 7))
  }

  count (): number {
    let n = 0
    for (const byte of this.bytes) {
      let b = byte
      while (b !== 0) {
        b &= b - 1
        n++
      }
    }
    return n
  }

  /** Set bits ascending, at most `max`; with `clear`, those returned are cleared. */
  indexes (max = Number.MAX_SAFE_INTEGER, clear = false): Uint32Array {
    const out: number[] = []
    const bytes = this.bytes
    for (let at = 0; at < bytes.length && out.length < max; at++) {
      let b = bytes[at] ?? 0
      if (b === 0) continue
      for (let bit = 0; bit < 8 && b !== 0 && out.length < max; bit++) {
        if ((b & (1 << bit)) === 0) continue
        out.push(at * 8 + bit)
        b &= ~(1 << bit)
      }
      // Only the bits handed out are cleared; with `max` reached some may remain.
      if (clear) bytes[at] = b
    }
    return Uint32Array.from(out)
  }

  copy (): Bitmap {
    return new Bitmap(this.size, this.bytes.slice())
  }

  /** No bits past `size` may be set (a map that says so is corrupt). */
  tailIsClear (): boolean {
    const rest = this.size & 7
    if (rest === 0) return true
    return ((this.bytes[this.bytes.length - 1] ?? 0) >>> rest) === 0
  }
}
