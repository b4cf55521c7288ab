// Bounded reader of unsigned-varint length-prefixed messages from a byte stream.
// Unlike `lpStream` of @libp2p/utils it caps the prefix itself (an endless varint is an error after
// a few bytes), caps the message size, and every read honours an AbortSignal.
import { Uint8ArrayList } from 'uint8arraylist'
import { MalformedMessageError, MessageTooLargeError, UnexpectedEndError, WireTimeoutError } from './errors.js'

export interface ReadOptions {
  signal?: AbortSignal
}

type Chunk = Uint8Array | Uint8ArrayList

export class LpReader {
  private readonly iterator: AsyncIterator<Chunk>
  private readonly buffer = new Uint8ArrayList()
  private ended = false
  /** Largest varint prefix accepted: enough bytes for maxMessageBytes, never more than 5. */
  private readonly maxPrefixBytes: number

  constructor (source: AsyncIterable<Chunk>, readonly maxMessageBytes: number) {
    this.iterator = source[Symbol.asyncIterator]()
    this.maxPrefixBytes = Math.min(5, Math.ceil(Math.log2(maxMessageBytes + 1) / 7))
  }

  /** The next message, or `undefined` when the stream ended cleanly between messages. */
  async next (options: ReadOptions = {}): Promise<Uint8ArrayList | undefined> {
    let length: number | undefined
    while (true) {
      length = this.tryPrefix()
      if (length !== undefined) break
      if (!await this.fill(options)) {
        if (this.buffer.byteLength === 0) return undefined
        throw new UnexpectedEndError('stream ended inside a length prefix')
      }
    }
    if (length > this.maxMessageBytes) {
      throw new MessageTooLargeError(`message of ${length} bytes exceeds the limit of ${this.maxMessageBytes}`)
    }
    while (this.buffer.byteLength < length) {
      if (!await this.fill(options)) {
        throw new UnexpectedEndError(`stream ended after ${this.buffer.byteLength} of ${length} message bytes`)
      }
    }
    const message = this.buffer.sublist(0, length)
    this.buffer.consume(length)
    return message
  }

  /** Decodes the prefix when complete; throws when it is longer than any allowed length needs. */
  private tryPrefix (): number | undefined {
    let value = 0
    const available = Math.min(this.buffer.byteLength, this.maxPrefixBytes)
    for (let i = 0; i < available; i++) {
      const byte = this.buffer.get(i)
      value += (byte & 0x7f) * 2 ** (7 * i)
      if ((byte & 0x80) === 0) {
        this.buffer.consume(i + 1)
        return value
      }
    }
    if (this.buffer.byteLength >= this.maxPrefixBytes) {
      throw new MalformedMessageError(`length prefix longer than ${this.maxPrefixBytes} bytes`)
    }
    return undefined
  }

  private async fill (options: ReadOptions): Promise<boolean> {
    if (this.ended) return false
    const result = await raceSignal(this.iterator.next(), options.signal)
    if (result.done === true) {
      this.ended = true
      return false
    }
    this.buffer.append(result.value)
    return true
  }
}

/** Resolves with `promise` unless `signal` aborts first. */
export async function raceSignal<T> (promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal == null) return await promise
  if (signal.aborted) throw toTimeoutError(signal)
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => { reject(toTimeoutError(signal)) }
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([promise, aborted])
  } finally {
    if (onAbort != null) signal.removeEventListener('abort', onAbort)
  }
}

function toTimeoutError (signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  if (reason instanceof Error && reason.name !== 'TimeoutError' && reason.name !== 'AbortError') return reason
  return new WireTimeoutError(reason instanceof Error ? `read aborted: ${reason.message}` : 'read aborted')
}
