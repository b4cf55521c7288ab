// The serial console of a VM on another peer: /supercloud/console/1.0.0. The dialer opens a VM's
// console; then console bytes flow both ways in ConsoleData messages until either end closes.
// Member-only; every message is bounded; a slow reader loses output rather than growing memory.
import type { PeerId, Stream } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/wire.js'
import { LpReader } from '../wire/lp-reader.js'
import { frame, readOne, writeMessage } from '../wire/lp.js'
import { CONSOLE_KEEPALIVE_MS, CONSOLE_PROTOCOL, MAX_CONSOLE_BACKLOG_BYTES, MAX_CONSOLE_MESSAGE_BYTES } from './constants.js'
import { remoteError, wireError, type MemberRpcComponents } from '../wire/member-rpc.js'

const { ConsoleOpen, ConsoleOpened, ConsoleData } = supercloud.vm
const OPEN_TIMEOUT_MS = 10_000

/** Either end of a console: a VM's serial port, or a stream to the peer that has it. */
export interface ConsoleSession {
  write: (bytes: Uint8Array) => void
  onOutput: (listener: (bytes: Uint8Array) => void) => () => void
  /** Resolves when the session is over (the VM went away, or the other end closed). */
  readonly closed: Promise<void>
  close: () => void
}

export interface ConsoleHandlers {
  /** The console of a VM this peer owns; throws when there is none. */
  open: (vmId: string) => ConsoleSession
}

export class ConsoleProtocol {
  constructor (private readonly components: MemberRpcComponents, private readonly handlers: ConsoleHandlers) {}

  async start (): Promise<void> {
    const { libp2p, log, membership } = this.components
    await libp2p.handle(CONSOLE_PROTOCOL, async (stream, connection) => {
      const reader = new LpReader(stream, MAX_CONSOLE_MESSAGE_BYTES)
      try {
        membership.assertMember(connection.remotePeer)
        const open = ConsoleOpen.decode(await readOne(reader, { signal: AbortSignal.timeout(OPEN_TIMEOUT_MS) }))
        const local = this.handlers.open(open.vmId)
        await writeMessage(stream, ConsoleOpened.encode({}).finish(), { signal: AbortSignal.timeout(OPEN_TIMEOUT_MS) })
        join(local, new StreamConsole(stream, reader))
      } catch (err) {
        const error = err instanceof Error ? err : new Error(String(err))
        log.warn({ peer: connection.remotePeer.toString(), err: error.message }, 'refused a console')
        await writeMessage(stream, ConsoleOpened.encode({ error: wireError(error) }).finish(), { signal: AbortSignal.timeout(OPEN_TIMEOUT_MS) })
          .then(async () => { await stream.close() })
          .catch(() => { stream.abort(error) })
      }
    })
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(CONSOLE_PROTOCOL).catch(() => {})
  }

  /** Opens the console of `vmId` on `peer`. */
  async open (peer: PeerId, vmId: string, options: { signal?: AbortSignal } = {}): Promise<ConsoleSession> {
    const signal = options.signal ?? AbortSignal.timeout(OPEN_TIMEOUT_MS)
    const stream = await this.components.libp2p.dialProtocol(peer, CONSOLE_PROTOCOL, { signal })
    const reader = new LpReader(stream, MAX_CONSOLE_MESSAGE_BYTES)
    try {
      await writeMessage(stream, ConsoleOpen.encode({ vmId }).finish(), { signal })
      const opened = ConsoleOpened.decode(await readOne(reader, { signal }))
      if (opened.error != null) throw remoteError(opened.error)
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
    return new StreamConsole(stream, reader)
  }
}

/** Connects two console ends: what one outputs the other is written, until either closes. */
export function join (a: ConsoleSession, b: ConsoleSession): void {
  const offA = a.onOutput(bytes => { b.write(bytes) })
  const offB = b.onOutput(bytes => { a.write(bytes) })
  const end = (): void => { offA(); offB(); a.close(); b.close() }
  void a.closed.then(end)
  void b.closed.then(end)
}

/** A console end over a libp2p stream of ConsoleData messages, with keepalives. */
class StreamConsole implements ConsoleSession {
  readonly closed: Promise<void>
  private done!: () => void
  private ended = false
  private readonly listeners = new Set<(bytes: Uint8Array) => void>()
  private readonly queue: Uint8Array[] = []
  private queued = 0
  private pumping = false
  private readonly keepalive: NodeJS.Timeout

  constructor (private readonly stream: Stream, reader: LpReader) {
    this.closed = new Promise(resolve => { this.done = resolve })
    this.keepalive = setInterval(() => { this.enqueue(new Uint8Array()) }, CONSOLE_KEEPALIVE_MS)
    void this.read(reader)
  }

  write (bytes: Uint8Array): void {
    for (let at = 0; at < bytes.byteLength; at += MAX_CONSOLE_MESSAGE_BYTES / 2) {
      this.enqueue(bytes.subarray(at, at + MAX_CONSOLE_MESSAGE_BYTES / 2))
    }
  }

  onOutput (listener: (bytes: Uint8Array) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  close (): void {
    if (this.ended) return
    this.ended = true
    clearInterval(this.keepalive)
    this.stream.close().catch(() => { this.stream.abort(new Error('console closed')) })
    this.done()
  }

  private enqueue (bytes: Uint8Array): void {
    if (this.ended) return
    const message = ConsoleData.encode({ data: bytes }).finish()
    if (this.queued + message.byteLength > MAX_CONSOLE_BACKLOG_BYTES) return
    this.queue.push(message)
    this.queued += message.byteLength
    void this.pump()
  }

  private async pump (): Promise<void> {
    if (this.pumping) return
    this.pumping = true
    try {
      while (!this.ended && this.queue.length > 0) {
        const message = this.queue.shift() as Uint8Array
        this.queued -= message.byteLength
        if (!this.stream.send(frame(message))) await this.stream.onDrain({ signal: AbortSignal.timeout(CONSOLE_KEEPALIVE_MS * 3) })
      }
    } catch {
      this.close()
    } finally {
      this.pumping = false
    }
  }

  private async read (reader: LpReader): Promise<void> {
    try {
      for (;;) {
        // The other end sends at least a keepalive this often; silence longer than that is a dead end.
        const message = await reader.next({ signal: AbortSignal.timeout(CONSOLE_KEEPALIVE_MS * 3) })
        if (message === undefined || this.ended) break
        const data = ConsoleData.decode(message.subarray()).data
        if (data.byteLength > 0) for (const listener of this.listeners) listener(data)
      }
    } catch {
      // A malformed or stalled peer ends the session.
    }
    this.close()
  }
}
