// Bytes handed to another thread by transfer: the buffer goes with them, so it must be theirs alone.

/**
 * `bytes` when they span the whole of an ArrayBuffer of their own, else a copy that does (never a
 * Buffer's `slice`, which shares its memory, perhaps Node's pool). Transfer its `.buffer` after.
 */
export function transferable (bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
  return (whole ? bytes : Uint8Array.prototype.slice.call(bytes)) as Uint8Array<ArrayBuffer>
}

/** `parts` one after another, in a buffer of its own (never Node's shared pool): fit to transfer. */
export function concatOwn (parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.byteLength
  }
  return out
}
