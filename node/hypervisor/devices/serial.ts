// The serial console seen from the daemon: output kept in a bounded ring (`vm logs`) and fanned out
// to attached consoles; input passed to the guest's UART.
export const CONSOLE_RING_BYTES = 64 << 10
/** Input larger than this in one write is refused: consoles type, they do not upload. */
export const MAX_CONSOLE_WRITE = 64 << 10

export type SerialListener = (bytes: Uint8Array) => void

export class SerialPort {
  private readonly ring: Uint8Array
  private start = 0
  private length = 0
  private total = 0
  private readonly listeners = new Set<SerialListener>()

  constructor (private readonly input: (bytes: Uint8Array) => void, capacity = CONSOLE_RING_BYTES) {
    this.ring = new Uint8Array(capacity)
  }

  /** Bytes the guest wrote, from the machine. */
  output (bytes: Uint8Array): void {
    this.total += bytes.byteLength
    const cap = this.ring.byteLength
    const keep = bytes.byteLength > cap ? bytes.subarray(bytes.byteLength - cap) : bytes
    for (let i = 0; i < keep.byteLength; i++) {
      this.ring[(this.start + this.length) % cap] = keep[i] ?? 0
      if (this.length < cap) this.length++
      else this.start = (this.start + 1) % cap
    }
    for (const listener of this.listeners) listener(bytes)
  }

  /**
   * Replaces the ring with `history` (the console of the VM before it moved here: migration,
   * restore, failover), so that `vm logs` goes on from it. Listeners hear nothing: it is old output.
   */
  restore (history: Uint8Array): void {
    const cap = this.ring.byteLength
    const keep = history.byteLength > cap ? history.subarray(history.byteLength - cap) : history
    this.ring.set(keep, 0)
    this.start = 0
    this.length = keep.byteLength
    this.total = Math.max(this.total, keep.byteLength)
  }

  /** Sends bytes to the guest's UART. */
  write (bytes: Uint8Array): void {
    if (bytes.byteLength > MAX_CONSOLE_WRITE) throw new RangeError(`console input of ${bytes.byteLength} bytes exceeds ${MAX_CONSOLE_WRITE}`)
    if (bytes.byteLength > 0) this.input(bytes)
  }

  onOutput (listener: SerialListener): () => void {
    this.listeners.add(listener)
    return () => { this.listeners.delete(listener) }
  }

  /** The last bytes of output (at most the ring's capacity). */
  logs (): Uint8Array {
    const cap = this.ring.byteLength
    const out = new Uint8Array(this.length)
    for (let i = 0; i < this.length; i++) out[i] = this.ring[(this.start + i) % cap] ?? 0
    return out
  }

  /** What was written after the first `total` bytes since boot (as much as the ring still holds). */
  since (total: number): Uint8Array {
    const all = this.logs()
    const fresh = Math.min(Math.max(this.total - total, 0), all.byteLength)
    return all.subarray(all.byteLength - fresh)
  }

  /** Bytes written since boot, including those the ring no longer holds. */
  get totalBytes (): number {
    return this.total
  }

  close (): void {
    this.listeners.clear()
  }
}

/** `tail` after `head`, of which only the newest `cap` bytes are kept. */
export function appendBounded (head: Uint8Array, tail: Uint8Array, cap: number): Uint8Array {
  const out = new Uint8Array(Math.min(head.byteLength + tail.byteLength, cap))
  const fromTail = Math.min(tail.byteLength, out.byteLength)
  const fromHead = out.byteLength - fromTail
  out.set(head.subarray(head.byteLength - fromHead), 0)
  out.set(tail.subarray(tail.byteLength - fromTail), fromHead)
  return out
}
