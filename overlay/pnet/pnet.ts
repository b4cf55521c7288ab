import { randomBytes } from '@libp2p/crypto'
import { AbstractMessageStream } from '@libp2p/utils'
import { xsalsa20 } from '@noble/ciphers/salsa.js'
import { Uint8ArrayList } from 'uint8arraylist'
import { BLOCK_BYTES, KEYSTREAM_BUFFER_BYTES, MAX_KEYSTREAM_BLOCKS, NONCE_LENGTH } from './constants.js'
import type { AbortOptions, ConnectionProtector, Logger, MessageStream } from '@libp2p/interface'
import type { StreamCloseEvent, StreamMessageEvent } from '@libp2p/interface'
import type { SendResult } from '@libp2p/utils'

/** The swarm key file (or key) given to the protector is not a valid swarm key. */
export class InvalidSwarmKeyError extends Error {
  override name = 'InvalidSwarmKeyError'
}

/** The nonce exchange did not complete: the remote closed, sent too little, or took too long. */
export class PrivateNetworkHandshakeError extends Error {
  override name = 'PrivateNetworkHandshakeError'
}

/** One direction of a connection used up its keystream (~256 GiB); the connection is closed. */
export class KeystreamExhaustedError extends Error {
  override name = 'KeystreamExhaustedError'
}

/** Input for generating keystream ahead: XOR with zeros is the keystream itself. Never written. */
const ZEROS = new Uint8Array(KEYSTREAM_BUFFER_BYTES)

/**
 * One direction of the pnet cipher: XSalsa20(key, nonce) keystream, continued across chunks of any
 * length, so that XORing a byte stream chunk by chunk equals XORing it in one piece.
 *
 * Chunks of KEYSTREAM_BUFFER_BYTES or more go through @noble/ciphers block-wise (its XOR is fused
 * with keystream generation, word-wise when input and output are 4-byte aligned); what is left of
 * a partly used block range, and small chunks, XOR against keystream generated ahead.
 */
export class Keystream {
  private readonly key: Uint8Array
  private readonly nonce: Uint8Array
  private readonly ahead = new Uint8Array(KEYSTREAM_BUFFER_BYTES)
  /** Bytes of `ahead` already used; `ahead.length` when none is left. */
  private used = KEYSTREAM_BUFFER_BYTES
  /** Counter of the first block not yet generated. */
  private nextBlock: number

  constructor (key: Uint8Array, nonce: Uint8Array, firstBlock = 0) {
    this.key = key
    this.nonce = nonce
    this.nextBlock = firstBlock
  }

  /**
   * XOR a list of chunks into one new buffer (the inputs are not touched: callers may reuse them).
   * The buffer is placed so that the block-aligned part starts 4-byte aligned, which keeps
   * @noble/ciphers on its word-wise path (~310 vs ~225 MiB/s unaligned, measured here); the copy
   * into it is a native memcpy and needed anyway to hand the socket one buffer.
   */
  xorCopy (chunks: Uint8ArrayList): Uint8Array {
    const out = this.allocAligned(chunks.byteLength)
    let offset = 0
    for (const chunk of chunks) {
      out.set(chunk, offset)
      offset += chunk.byteLength
    }
    this.xorInPlace(out)
    return out
  }

  /**
   * XOR a buffer the caller owns, in place where that keeps the aligned path, else into an
   * aligned copy. Returns the buffer holding the result.
   */
  xorOwned (buf: Uint8Array): Uint8Array {
    const head = Math.min(buf.byteLength, this.ahead.length - this.used)
    if (buf.byteLength - head >= KEYSTREAM_BUFFER_BYTES && (buf.byteOffset + head) % 4 !== 0) {
      const copy = this.allocAligned(buf.byteLength)
      copy.set(buf)
      buf = copy
    }
    this.xorInPlace(buf)
    return buf
  }

  xorInPlace (data: Uint8Array): void {
    const ahead = this.ahead
    const n = data.byteLength
    let i = 0
    let used = this.used
    const head = Math.min(n, ahead.length - used)
    for (; i < head; i++, used++) data[i] = data[i]! ^ ahead[used]!
    this.used = used
    if (i === n) return

    // `ahead` always ends on a block boundary, so from here the keystream is block-aligned
    const rest = n - i
    if (rest >= ahead.length) {
      const whole = rest - (rest % BLOCK_BYTES)
      const part = data.subarray(i, i + whole)
      xsalsa20(this.key, this.nonce, part, part, this.take(whole / BLOCK_BYTES))
      i += whole
      if (i === n) return
    }

    xsalsa20(this.key, this.nonce, ZEROS, ahead, this.take(ahead.length / BLOCK_BYTES))
    used = 0
    for (; i < n; i++, used++) data[i] = data[i]! ^ ahead[used]!
    this.used = used
  }

  /** Reserve `blocks` keystream blocks and return the counter of the first. */
  private take (blocks: number): number {
    const first = this.nextBlock
    if (first + blocks > MAX_KEYSTREAM_BLOCKS) {
      throw new KeystreamExhaustedError('keystream exhausted (2^32 blocks of 64 bytes in one direction); reconnect for fresh nonces')
    }
    this.nextBlock = first + blocks
    return first
  }

  /**
   * A buffer for `length` bytes whose block-aligned part (if any) starts 4-byte aligned.
   * Uninitialised, as callers overwrite all of it: a zero-filled 64 KiB ArrayBuffer cost ~5x more
   * here (mostly GC), and small ones come from Node's buffer pool.
   */
  private allocAligned (length: number): Uint8Array {
    const head = Math.min(length, this.ahead.length - this.used)
    if (length - head < KEYSTREAM_BUFFER_BYTES) return Buffer.allocUnsafe(length)
    const pad = (4 - (head % 4)) % 4
    return Buffer.allocUnsafeSlow(length + pad).subarray(pad)
  }
}

interface PrivateNetworkStreamInit {
  maConn: MessageStream
  key: Uint8Array
  localNonce: Uint8Array
  remoteNonce: Uint8Array
  /** Ciphertext that arrived together with the remote nonce. */
  early: Uint8ArrayList
  log: Logger
}

/** The protected view of a raw connection: writes are encrypted, reads decrypted. */
class PrivateNetworkStream extends AbstractMessageStream {
  private readonly maConn: MessageStream
  private readonly outbound: Keystream
  private readonly inbound: Keystream

  constructor (init: PrivateNetworkStreamInit) {
    const { maConn } = init
    super({
      log: init.log,
      direction: maConn.direction,
      inactivityTimeout: maConn.inactivityTimeout,
      maxReadBufferLength: maConn.maxReadBufferLength
    })
    this.maConn = maConn
    this.outbound = new Keystream(init.key, init.localNonce)
    this.inbound = new Keystream(init.key, init.remoteNonce)

    // before listening, so these bytes are decrypted ahead of anything the connection buffered since
    this.onCiphertext(init.early)

    maConn.addEventListener('message', (evt: StreamMessageEvent) => { this.onCiphertext(evt.data) })
    maConn.addEventListener('drain', () => { this.safeDispatchEvent('drain') })
    maConn.addEventListener('remoteCloseWrite', () => { this.onRemoteCloseWrite() })
    maConn.addEventListener('close', (evt: StreamCloseEvent) => {
      if (evt.error == null) {
        this.onTransportClosed()
      } else if (evt.local === true) {
        this.abort(evt.error)
      } else {
        this.onRemoteReset()
      }
    })
  }

  // Received buffers are decrypted in place: as with noise, which does the same one layer up,
  // nothing else holds the bytes a transport delivers.
  private onCiphertext (data: Uint8Array | Uint8ArrayList): void {
    if (data.byteLength === 0) return
    try {
      if (data instanceof Uint8Array) {
        this.onData(this.inbound.xorOwned(data))
        return
      }
      const plain = new Uint8ArrayList()
      for (const buf of data) plain.append(this.inbound.xorOwned(buf))
      this.onData(plain)
    } catch (err) {
      this.abort(err instanceof Error ? err : new Error(String(err)))
    }
  }

  sendData (data: Uint8ArrayList): SendResult {
    return { sentBytes: data.byteLength, canSendMore: this.maConn.send(this.outbound.xorCopy(data)) }
  }

  sendReset (err: Error): void {
    this.maConn.abort(err)
  }

  sendPause (): void {
    this.maConn.pause()
  }

  sendResume (): void {
    this.maConn.resume()
  }

  async close (options?: AbortOptions): Promise<void> {
    await this.maConn.close(options)
  }
}

export interface PrivateNetworkProtectorInit {
  /** The decoded 32-byte swarm key. */
  key: Uint8Array
  timeoutMs: number
  log: Logger
}

/** libp2p's connection protector for a pnet (pre-shared key) network. */
export class PrivateNetworkProtector implements ConnectionProtector {
  readonly [Symbol.toStringTag] = '@supercloud/pnet'
  private readonly init: PrivateNetworkProtectorInit

  constructor (init: PrivateNetworkProtectorInit) {
    this.init = init
  }

  async protect (maConn: MessageStream, options?: AbortOptions): Promise<MessageStream> {
    const { key, timeoutMs, log } = this.init
    const localNonce = randomBytes(NONCE_LENGTH)
    try {
      const received = await exchangeNonces(maConn, localNonce, timeoutMs, options?.signal)
      const remoteNonce = received.slice(0, NONCE_LENGTH)
      received.consume(NONCE_LENGTH)
      log.trace('%s connection: nonces exchanged', maConn.direction)
      return new PrivateNetworkStream({
        maConn, key, localNonce, remoteNonce, early: received, log: maConn.log.newScope('pnet')
      })
    } catch (err) {
      const error = err instanceof PrivateNetworkHandshakeError
        ? err
        : new PrivateNetworkHandshakeError('private network handshake failed', { cause: err })
      log.error('%s connection: %s', maConn.direction, error.message)
      maConn.abort(error)
      throw error
    }
  }
}

/**
 * Send our nonce and resolve with everything received once at least NONCE_LENGTH bytes are in;
 * reject when the connection closes first, `timeoutMs` passes or `signal` aborts.
 */
async function exchangeNonces (maConn: MessageStream, localNonce: Uint8Array, timeoutMs: number,
  signal?: AbortSignal): Promise<Uint8ArrayList> {
  const received = new Uint8ArrayList()
  return await new Promise((resolve, reject) => {
    const fail = (reason: string, cause?: unknown): void => {
      cleanup()
      reject(new PrivateNetworkHandshakeError(`${reason} after ${received.byteLength} of ${NONCE_LENGTH} nonce bytes`, { cause }))
    }
    const onMessage = (evt: StreamMessageEvent): void => {
      received.append(evt.data)
      if (received.byteLength >= NONCE_LENGTH) {
        cleanup()
        resolve(received)
      }
    }
    const onClose = (evt: StreamCloseEvent): void => { fail('connection closed', evt.error) }
    const onRemoteCloseWrite = (): void => { fail('remote closed its end') }
    const onAbort = (): void => { fail('handshake aborted', signal?.reason) }
    const timer = setTimeout(() => { fail(`no nonce within ${timeoutMs} ms`) }, timeoutMs)
    const cleanup = (): void => {
      clearTimeout(timer)
      maConn.removeEventListener('message', onMessage)
      maConn.removeEventListener('close', onClose)
      maConn.removeEventListener('remoteCloseWrite', onRemoteCloseWrite)
      signal?.removeEventListener('abort', onAbort)
    }
    if (signal?.aborted === true) {
      onAbort()
      return
    }
    maConn.addEventListener('message', onMessage)
    maConn.addEventListener('close', onClose)
    maConn.addEventListener('remoteCloseWrite', onRemoteCloseWrite)
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      maConn.send(localNonce)
    } catch (err) {
      fail('could not send the nonce', err)
    }
  })
}
