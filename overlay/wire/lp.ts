// Length-prefixed message writing and one-shot request/response over a libp2p stream.
import { Uint8ArrayList } from 'uint8arraylist'
import type { Stream } from '@libp2p/interface'
import { LpReader, type ReadOptions } from './lp-reader.js'
import { MessageTooLargeError, UnexpectedEndError } from './errors.js'

export function encodeVarint (value: number): Uint8Array {
  const bytes: number[] = []
  let v = value
  while (v >= 0x80) {
    bytes.push((v % 0x80) | 0x80)
    v = Math.floor(v / 0x80)
  }
  bytes.push(v)
  return Uint8Array.from(bytes)
}

/** Frames one message with its varint length prefix. */
export function frame (message: Uint8Array): Uint8ArrayList {
  return new Uint8ArrayList(encodeVarint(message.byteLength), message)
}

/** Where framed messages go: a libp2p stream, or anything that takes bytes the way one does (a lane). */
export type MessageSink = Pick<Stream, 'send' | 'onDrain'>

/** Sends one framed message, waiting for the stream to drain when its buffer is full. */
export async function writeMessage (stream: MessageSink, message: Uint8Array, options: ReadOptions = {}): Promise<void> {
  await writeFramed(stream, frame(message), options)
}

/** Sends bytes already framed (length prefix and message), waiting for the stream to drain when its buffer is full. */
export async function writeFramed (stream: MessageSink, framed: Uint8ArrayList, options: ReadOptions = {}): Promise<void> {
  if (!stream.send(framed)) {
    await stream.onDrain(options)
  }
}

export interface ExchangeOptions extends ReadOptions {
  maxResponseBytes: number
}

/** Reads exactly one message from `stream`; the stream ending first is an error. */
export async function readOne (reader: LpReader, options: ReadOptions): Promise<Uint8Array> {
  const message = await reader.next(options)
  if (message === undefined) throw new UnexpectedEndError('stream closed before a message arrived')
  return message.subarray()
}

/** Client side of a request/response protocol: write one request, read one bounded response. */
export async function exchange (stream: Stream, request: Uint8Array, options: ExchangeOptions): Promise<Uint8Array> {
  try {
    await writeMessage(stream, request, options)
    const response = await readOne(new LpReader(stream, options.maxResponseBytes), options)
    await stream.close(options).catch(() => {})
    return response
  } catch (err) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
}

export function assertSize (bytes: Uint8Array, max: number, what: string): void {
  if (bytes.byteLength > max) throw new MessageTooLargeError(`${what} of ${bytes.byteLength} bytes exceeds ${max}`)
}
