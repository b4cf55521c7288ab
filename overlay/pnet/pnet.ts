import { CloudError } from '../core/errors.js'
import { randomBytes } from '@libp2p/crypto'
import { InvalidParametersError } from '@libp2p/interface'
import { AbstractMessageStream } from '@libp2p/utils'
import { Uint8ArrayList } from 'uint8arraylist'
import { BLOCK_BYTES, DIRECT_XOR_MIN_BYTES, MAX_KEYSTREAM_BLOCKS, MAX_WRITE_BYTES, NONCE_LENGTH } from './constants.js'
import { sodium } from './sodium.js'
import type { AbortOptions, ConnectionProtector, Logger, MessageStream } from '@libp2p/interface'
import type { StreamCloseEvent, StreamMessageEvent } from '@libp2p/interface'
import type { SendResult } from '@libp2p/utils'

/** The swarm key file (or key) given to the protector is not a valid swarm key. */
export class InvalidSwarmKeyError extends CloudError {
  override name = 'InvalidSwarmKeyError'
  readonly status = 400
}

/** The nonce exchange did not complete: the remote closed, sent too little, or took too long. */
export class PrivateNetworkHandshakeError extends CloudError {
  override name = 'PrivateNetworkHandshakeError'
  readonly status = 502
}

/** One direction of a connection used up its keystream (or it was wiped on close); the connection is closed. */
export class KeystreamExhaustedError extends CloudError {
  override name = 'KeystreamExhaustedError'
  readonly status = 500
}

/**
 * One direction of the pnet cipher: XSalsa20(key, nonce) keystream, continued across chunks of any
 * length, so that XORing a byte stream chunk by chunk equals XORing it in one piece. libsodium keeps
 * the position (and the rest of a partly used block) in `state`; the blocks are counted here too, so
 * that the keystream is never reused however long the connection lives.
 */
export class Keystream {
  private readonly state = new Uint8Array(sodium.crypto_stream_xor_STATEBYTES)
  /** Blocks started so far (a partly used block counts): libsodium's block counter. */
  private blocks = 0
  /** Bytes of the last started block already used, 0 when it is used up. */
  private partial = 0
  private wiped = false

  constructor (key: Uint8Array, nonce: Uint8Array, private readonly maxBlocks = MAX_KEYSTREAM_BLOCKS) {
    if (key.byteLength !== sodium.crypto_stream_KEYBYTES || nonce.byteLength !== sodium.crypto_stream_NONCEBYTES) {
      throw new InvalidParametersError(`XSalsa20 needs a ${sodium.crypto_stream_KEYBYTES}-byte key and a ${sodium.crypto_stream_NONCEBYTES}-byte nonce`)
    }
    sodium.crypto_stream_xor_init(this.state, nonce, key)
  }

  /** XORs `input` with the next keystream bytes into `output` (by default `input` itself, in place). */
  xor (input: Uint8Array, output: Uint8Array = input): void {
    const n = input.byteLength
    if (n === 0) return
    if (output.byteLength !== n) throw new InvalidParametersError(`output is ${output.byteLength} bytes, input ${n}`)
    this.advance(n)
    sodium.crypto_stream_xor_update(this.state, output, input)
  }

  /**
   * Encrypts a list of chunks for one socket write, and returns the buffers to write. Chunks of at
   * least DIRECT_XOR_MIN_BYTES are XORed in place and written as they are: the layer above is the
   * connection encrypter, whose ciphertext buffers are fresh and never read again once sent (noise's
   * handshake messages and transport messages alike), so no copy and no new memory is needed; that
   * copy into fresh buffers cost the sender 1.1 ns per byte, more than the cipher. Shorter chunks
   * (noise's 2-byte length prefixes, its handshake's keys, small frames), which others may hold, are
   * copied into buffers of at most `maxWrite` bytes and XORed together there, as a call into
   * libsodium costs what 1 KiB of XOR does.
   */
  xorList (chunks: Uint8ArrayList, maxWrite = MAX_WRITE_BYTES): Uint8Array[] {
    const outs: Uint8Array[] = []
    let small: Uint8Array[] = []
    let smallBytes = 0
    const flush = (): void => {
      if (smallBytes === 0) return
      const out = Buffer.allocUnsafe(smallBytes)
      let offset = 0
      for (const piece of small) {
        out.set(piece, offset)
        offset += piece.byteLength
      }
      this.xor(out)
      outs.push(out)
      small = []
      smallBytes = 0
    }
    for (const chunk of chunks) {
      if (chunk.byteLength >= DIRECT_XOR_MIN_BYTES) {
        flush()
        this.xor(chunk)
        outs.push(chunk)
        continue
      }
      if (smallBytes + chunk.byteLength > maxWrite) flush()
      small.push(chunk)
      smallBytes += chunk.byteLength
    }
    flush()
    return outs
  }

  /** Wipes the key from libsodium's state; the keystream cannot be used after this. */
  wipe (): void {
    this.wiped = true
    sodium.crypto_stream_xor_final(this.state)
  }

  /** Accounts for `n` more bytes of keystream, refusing the block past `maxBlocks` (checked before any byte is used). */
  private advance (n: number): void {
    if (this.wiped) throw new KeystreamExhaustedError('the keystream was wiped: its connection is closed')
    let blocks = this.blocks
    let partial = this.partial
    let rest = n
    if (partial > 0) {
      const take = Math.min(rest, BLOCK_BYTES - partial)
      rest -= take
      partial = (partial + take) % BLOCK_BYTES
    }
    if (rest > 0) {
      blocks += Math.ceil(rest / BLOCK_BYTES)
      partial = rest % BLOCK_BYTES
    }
    if (blocks > this.maxBlocks) {
      throw new KeystreamExhaustedError(`keystream exhausted (${this.maxBlocks} blocks of ${BLOCK_BYTES} bytes in one direction); reconnect for fresh nonces`)
    }
    this.blocks = blocks
    this.partial = partial
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
      // Nothing is sent or received after the transport closed: the per-connection copies of
      // the key go now, not whenever the collector gets to them.
      this.outbound.wipe()
      this.inbound.wipe()
    })
  }

  // Received buffers are decrypted in place and passed on as they came: as with noise, which does
  // the same one layer up, nothing else holds the bytes a transport delivers.
  private onCiphertext (data: Uint8Array | Uint8ArrayList): void {
    if (data.byteLength === 0) return
    try {
      if (data instanceof Uint8Array) {
        this.inbound.xor(data)
      } else {
        for (const buf of data) this.inbound.xor(buf)
      }
      this.onData(data)
    } catch (err) {
      this.abort(err instanceof Error ? err : new Error(String(err)))
    }
  }

  sendData (data: Uint8ArrayList): SendResult {
    const encrypted = this.outbound.xorList(data)
    const canSendMore = this.maConn.send(encrypted.length === 1 ? encrypted[0] as Uint8Array : new Uint8ArrayList(...encrypted))
    return { sentBytes: data.byteLength, canSendMore }
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
