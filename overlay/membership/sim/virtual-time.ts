// Virtual time for the simulation: one event queue (a binary heap ordered by time, then by the order
// events were scheduled, so equal times replay in the same order), and a clock per simulated peer
// that holds its timers while the peer is paused, as SIGSTOP holds a process's. Between two events
// every promise the last one started is allowed to settle, so async protocol code runs as it would
// between two turns of a real event loop.
import { CloudError } from '../../core/errors.js'
import { setImmediate as yieldToPromises } from 'node:timers/promises'
import type { Clock, TimerHandle } from '../types.js'

interface Event { at: number, order: number, fn: () => void, cancelled: boolean }

export class TimeoutError extends CloudError {
  override name = 'TimeoutError'
  readonly status = 504
}

export class EventQueue {
  private readonly heap: Event[] = []
  private order = 0
  private nowMs: number

  constructor (startMs: number) {
    this.nowMs = startMs
  }

  get now (): number {
    return this.nowMs
  }

  get pending (): number {
    return this.heap.length
  }

  schedule (fn: () => void, delayMs: number): Event {
    const event = { at: this.nowMs + Math.max(0, delayMs), order: this.order++, fn, cancelled: false }
    this.push(event)
    return event
  }

  /** Runs events until `untilMs` (or `stop()` says so); returns how many ran. */
  async run (untilMs: number, stop: () => boolean = () => false): Promise<number> {
    let ran = 0
    while (this.heap.length > 0 && !stop()) {
      const next = this.heap[0] as Event
      if (next.at > untilMs) break
      this.pop()
      if (next.cancelled) continue
      this.nowMs = next.at
      next.fn()
      ran++
      await yieldToPromises()
    }
    if (!stop()) this.nowMs = Math.max(this.nowMs, untilMs)
    return ran
  }

  private push (event: Event): void {
    const heap = this.heap
    heap.push(event)
    let i = heap.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!before(event, heap[parent] as Event)) break
      heap[i] = heap[parent] as Event
      i = parent
    }
    heap[i] = event
  }

  private pop (): void {
    const heap = this.heap
    const last = heap.pop() as Event
    if (heap.length === 0) return
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= heap.length) break
      const right = left + 1
      const child = right < heap.length && before(heap[right] as Event, heap[left] as Event) ? right : left
      if (!before(heap[child] as Event, last)) break
      heap[i] = heap[child] as Event
      i = child
    }
    heap[i] = last
  }
}

function before (a: Event, b: Event): boolean {
  return a.at < b.at || (a.at === b.at && a.order < b.order)
}

/** A simulated peer's clock: its timers, held while it is paused and run late when it resumes. */
export class PeerClock implements Clock {
  private paused = false
  private held: Array<() => void> = []

  constructor (private readonly queue: EventQueue) {}

  readonly now = (): number => this.queue.now

  readonly setTimeout = (fn: () => void, ms: number): TimerHandle => this.queue.schedule(() => { this.run(fn) }, ms)

  readonly clearTimeout = (handle: TimerHandle): void => {
    if (handle !== undefined && handle !== null) (handle as Event).cancelled = true
  }

  readonly timeout = (ms: number): AbortSignal => {
    const controller = new AbortController()
    this.setTimeout(() => { controller.abort(new TimeoutError(`timed out after ${ms} ms`)) }, ms)
    return controller.signal
  }

  /** Runs `fn` now, or when the peer resumes if it is paused. */
  run (fn: () => void): void {
    if (this.paused) this.held.push(fn)
    else fn()
  }

  pause (): void {
    this.paused = true
  }

  resume (): void {
    this.paused = false
    const held = this.held
    this.held = []
    for (const fn of held) fn()
  }

  get isPaused (): boolean {
    return this.paused
  }
}
