// Snapshot files between peers: /supercloud/snapshot/1.0.0. A download asks the owner of a VM for a
// snapshot of it; an upload hands a snapshot file to a peer to restore there. Files travel in
// bounded chunks, every message has a stall deadline, and an upload larger than the receiver will
// take is refused before a byte of it is read. Peers exchange bytes, never file names.
import type { PeerId, Stream } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/wire.js'
import { LpReader } from '../wire/lp-reader.js'
import { readOne, writeMessage } from '../wire/lp.js'
import { MessageTooLargeError, UnexpectedEndError, MalformedMessageError } from '../wire/errors.js'
import { SNAPSHOT_CHUNK_BYTES, SNAPSHOT_PROTOCOL, SNAPSHOT_STALL_MS } from './constants.js'
import { remoteError, wireError, type MemberRpcComponents } from '../wire/member-rpc.js'
import type { VmDetailMsg } from './vm-ops.js'
import { TransferError } from './errors.js'

const { SnapshotStart, SnapshotHead, Chunk } = supercloud.vm
const MAX_MESSAGE_BYTES = SNAPSHOT_CHUNK_BYTES + 1024

export interface SnapshotHandlers {
  snapshot: (vmId: string) => Promise<Uint8Array>
  restore: (bytes: Uint8Array, name: string | undefined) => Promise<VmDetailMsg>
  /** The largest snapshot this peer would restore now. */
  maxRestoreBytes: () => number
  /** A base image this peer holds, by hash. */
  image?: (sha256: string) => Promise<Uint8Array>
}

export class SnapshotTransfer {
  constructor (private readonly components: MemberRpcComponents, private readonly handlers: SnapshotHandlers) {}

  async start (): Promise<void> {
    const { libp2p, log } = this.components
    await libp2p.handle(SNAPSHOT_PROTOCOL, async (stream, connection) => {
      try {
        await this.serve(stream, connection.remotePeer)
      } catch (err) {
        const error = err instanceof Error ? err : new Error(String(err))
        log.warn({ peer: connection.remotePeer.toString(), err: error.message, name: error.name }, 'snapshot transfer failed')
        await writeMessage(stream, SnapshotHead.encode({ error: wireError(error) }).finish(), { signal: stall() })
          .then(async () => { await stream.close() })
          .catch(() => { stream.abort(error) })
      }
    })
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(SNAPSHOT_PROTOCOL).catch(() => {})
  }

  private async serve (stream: Stream, from: PeerId): Promise<void> {
    this.components.membership.assertMember(from)
    const reader = new LpReader(stream, MAX_MESSAGE_BYTES)
    const start = SnapshotStart.decode(await readOne(reader, { signal: stall() }))
    if (start.snapshotVmId != null && start.snapshotVmId !== '') {
      const bytes = await this.handlers.snapshot(start.snapshotVmId)
      await writeMessage(stream, SnapshotHead.encode({ totalBytes: bytes.byteLength }).finish(), { signal: stall() })
      await sendChunks(stream, bytes)
      await stream.close({ signal: stall() })
      return
    }
    if (start.imageSha256 != null && start.imageSha256 !== '') {
      if (this.handlers.image === undefined) throw new MalformedMessageError('this peer holds no images')
      const bytes = await this.handlers.image(start.imageSha256)
      await writeMessage(stream, SnapshotHead.encode({ totalBytes: bytes.byteLength }).finish(), { signal: stall() })
      await sendChunks(stream, bytes)
      await stream.close({ signal: stall() })
      return
    }
    const restore = start.restore
    if (restore == null) throw new MalformedMessageError('snapshot request with no operation')
    const total = restore.totalBytes ?? 0
    const max = this.handlers.maxRestoreBytes()
    if (!Number.isSafeInteger(total) || total <= 0) throw new TransferError('a restore needs the snapshot size')
    if (total > max) throw new MessageTooLargeError(`a snapshot of ${total} bytes is larger than this peer restores (${max})`)
    const bytes = await receiveChunks(reader, total)
    const vm = await this.handlers.restore(bytes, restore.name === '' || restore.name == null ? undefined : restore.name)
    await writeMessage(stream, SnapshotHead.encode({ vm }).finish(), { signal: stall() })
    await stream.close({ signal: stall() })
  }

  /** Asks `peer` for a snapshot of `vmId`, at most `maxBytes` long. */
  async download (peer: PeerId, vmId: string, options: { signal?: AbortSignal, maxBytes: number }): Promise<Uint8Array> {
    return await this.exchange(peer, { snapshotVmId: vmId }, options.signal, async (stream, reader) => {
      const head = await readHead(reader)
      const total = head.totalBytes ?? 0
      if (!Number.isSafeInteger(total) || total <= 0 || total > options.maxBytes) throw new MessageTooLargeError(`the owner offers a snapshot of ${total} bytes (at most ${options.maxBytes} taken)`)
      return await receiveChunks(reader, total)
    })
  }

  /** Asks `peer` for the base image of hash `sha256`, at most `maxBytes` long (the caller checks the hash). */
  async downloadImage (peer: PeerId, sha256: string, options: { signal?: AbortSignal, maxBytes: number }): Promise<Uint8Array> {
    return await this.exchange(peer, { imageSha256: sha256 }, options.signal, async (_stream, reader) => {
      const head = await readHead(reader)
      const total = head.totalBytes ?? 0
      if (!Number.isSafeInteger(total) || total <= 0 || total > options.maxBytes) throw new MessageTooLargeError(`the peer offers an image of ${total} bytes (at most ${options.maxBytes} taken)`)
      return await receiveChunks(reader, total)
    })
  }

  /** Hands a snapshot file to `peer`, which restores it; returns the new VM. */
  async upload (peer: PeerId, bytes: Uint8Array, options: { name?: string, signal?: AbortSignal }): Promise<VmDetailMsg> {
    return await this.exchange(peer, { restore: { totalBytes: bytes.byteLength, name: options.name ?? '' } }, options.signal, async (stream, reader) => {
      // The receiver may refuse at once (too large, not a member): stop sending when it answers,
      // and prefer its explanation to a broken send.
      let answered = false
      const head = readHead(reader).finally(() => { answered = true })
      head.catch(() => {})
      try {
        await sendChunks(stream, bytes, () => answered)
      } catch (err) {
        await head
        throw err
      }
      const answer = await head
      if (answer.vm == null) throw new MalformedMessageError('the peer answered a restore without a VM')
      return answer.vm
    })
  }

  private async exchange<T> (peer: PeerId, start: supercloud.vm.ISnapshotStart, signal: AbortSignal | undefined, body: (stream: Stream, reader: LpReader) => Promise<T>): Promise<T> {
    const stream = await this.components.libp2p.dialProtocol(peer, SNAPSHOT_PROTOCOL, { signal: signal ?? stall() })
    const onAbort = (): void => { stream.abort(new Error('snapshot transfer aborted')) }
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      await writeMessage(stream, SnapshotStart.encode(start).finish(), { signal: stall() })
      const result = await body(stream, new LpReader(stream, MAX_MESSAGE_BYTES))
      await stream.close().catch(() => {})
      return result
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    } finally {
      signal?.removeEventListener('abort', onAbort)
    }
  }
}

function stall (): AbortSignal {
  return AbortSignal.timeout(SNAPSHOT_STALL_MS)
}

async function readHead (reader: LpReader): Promise<supercloud.vm.SnapshotHead> {
  const head = SnapshotHead.decode(await readOne(reader, { signal: AbortSignal.timeout(SNAPSHOT_STALL_MS * 4) }))
  if (head.error != null) throw remoteError(head.error)
  return head
}

async function sendChunks (stream: Stream, bytes: Uint8Array, stop: () => boolean = () => false): Promise<void> {
  for (let at = 0; at < bytes.byteLength && !stop(); at += SNAPSHOT_CHUNK_BYTES) {
    await writeMessage(stream, Chunk.encode({ data: bytes.subarray(at, at + SNAPSHOT_CHUNK_BYTES) }).finish(), { signal: stall() })
  }
}

async function receiveChunks (reader: LpReader, total: number): Promise<Uint8Array> {
  const out = new Uint8Array(total)
  let at = 0
  while (at < total) {
    const message = await reader.next({ signal: stall() })
    if (message === undefined) throw new UnexpectedEndError(`snapshot ended after ${at} of ${total} bytes`)
    const data = Chunk.decode(message.subarray()).data
    if (at + data.byteLength > total) throw new MessageTooLargeError(`snapshot runs past its announced ${total} bytes`)
    out.set(data, at)
    at += data.byteLength
  }
  return out
}
