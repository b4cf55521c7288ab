import { performance } from 'node:perf_hooks'
import type { Socket } from 'node:net'

/** Above this many queued bytes the reading socket is paused (bounded memory per direction). */
export const DEFAULT_MAX_QUEUED_BYTES = 4 * 1024 * 1024

export interface DelayPipeInit {
  source: Socket
  sink: Socket
  /** Read per chunk, so a rule change applies to data that arrives after it. */
  delayMs: () => number
  /** Called with each chunk's size once it has been handed to the sink. */
  onDelivered?: (bytes: number) => void
  maxQueuedBytes?: number
}

interface Pending {
  chunk: Buffer
  dueAt: number
}

/**
 * One direction of a relayed connection: bytes from `source` are written to `sink` after the
 * current one-way delay, in order, each chunk at its own time (no batching that would add
 * latency to small messages). With no delay and nothing queued a chunk is written straight
 * through, which costs the same as `source.pipe(sink)`; a delay set later takes over without
 * reordering because due times never decrease. The source's end is forwarded once everything
 * before it has been delivered.
 */
export class DelayPipe {
  private readonly source: Socket
  private readonly sink: Socket
  private readonly delayMs: () => number
  private readonly onDelivered: (bytes: number) => void
  private readonly maxQueuedBytes: number
  private readonly queue: Pending[] = []
  private head = 0
  private queued = 0
  private lastDueAt = 0
  private endDueAt: number | undefined
  private timer: NodeJS.Timeout | undefined
  private sinkFull = false
  private closed = false

  constructor (init: DelayPipeInit) {
    this.source = init.source
    this.sink = init.sink
    this.delayMs = init.delayMs
    this.onDelivered = init.onDelivered ?? (() => {})
    this.maxQueuedBytes = init.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES
    this.source.on('data', this.onData)
    this.source.on('end', this.onEnd)
    this.sink.on('drain', this.onDrain)
  }

  /** Bytes received but not yet handed to the sink. */
  get queuedBytes (): number {
    return this.queued
  }

  /** Discards queued data and detaches; the sockets are left to the caller. */
  abort (): void {
    if (this.closed) return
    this.closed = true
    clearTimeout(this.timer)
    this.timer = undefined
    this.queue.length = 0
    this.head = 0
    this.queued = 0
    this.source.off('data', this.onData)
    this.source.off('end', this.onEnd)
    this.sink.off('drain', this.onDrain)
  }

  private readonly onData = (chunk: Buffer): void => {
    if (this.closed) return
    const delay = this.delayMs()
    if (delay <= 0 && this.queued === 0 && !this.sinkFull) {
      this.write(chunk)
      return
    }
    const dueAt = Math.max(performance.now() + delay, this.lastDueAt)
    this.lastDueAt = dueAt
    this.queue.push({ chunk, dueAt })
    this.queued += chunk.length
    if (this.queued >= this.maxQueuedBytes) this.source.pause()
    this.schedule()
  }

  private readonly onEnd = (): void => {
    if (this.closed) return
    // The FIN travels with the data: it is due no earlier than the last chunk.
    this.endDueAt = Math.max(performance.now() + this.delayMs(), this.lastDueAt)
    this.flush()
  }

  private readonly onDrain = (): void => {
    this.sinkFull = false
    this.flush()
  }

  private write (chunk: Buffer): void {
    if (this.sink.destroyed) {
      this.abort()
      return
    }
    if (!this.sink.write(chunk)) {
      this.sinkFull = true
      this.source.pause()
    }
    this.onDelivered(chunk.length)
  }

  private readonly flush = (): void => {
    // Also reached from 'drain' and 'end' with a timer pending; schedule() re-arms as needed.
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.closed) return
    const now = performance.now()
    while (this.head < this.queue.length && !this.sinkFull) {
      const next = this.queue[this.head]
      if (next === undefined || next.dueAt > now) break
      this.head++
      this.queued -= next.chunk.length
      this.write(next.chunk)
      if (this.closed) return
    }
    if (this.head === this.queue.length) {
      this.queue.length = 0
      this.head = 0
    } else if (this.head > 1024) {
      this.queue.splice(0, this.head)
      this.head = 0
    }
    if (this.queued === 0 && this.endDueAt !== undefined && this.endDueAt <= now && !this.sinkFull) {
      this.endDueAt = undefined
      this.sink.end()
      this.abort()
      return
    }
    if (!this.sinkFull && this.queued < this.maxQueuedBytes / 2 && this.source.isPaused()) this.source.resume()
    this.schedule()
  }

  private schedule (): void {
    if (this.timer !== undefined || this.sinkFull || this.closed) return
    const dueAt = this.queue[this.head]?.dueAt ?? this.endDueAt
    if (dueAt === undefined) return
    // Timers may fire up to a millisecond early; flush() re-arms until the head is really due.
    this.timer = setTimeout(this.flush, Math.max(0, Math.ceil(dueAt - performance.now())))
  }
}
