// The seams of the membership protocol: time, randomness and the network come in through these
// interfaces, so the same SWIM code runs in a daemon (wall clock, libp2p streams) and in the
// simulation (virtual clock, an in-process network of up to thousands of peers).
import type { supercloud } from '../../proto/gen/wire.js'

export type SwimRequest = supercloud.membership.IRequest
export type SwimResponse = supercloud.membership.IResponse
export type WireUpdate = supercloud.membership.IUpdate

/** Whatever the clock's setTimeout returns, for its clearTimeout. */
export type TimerHandle = object

export interface Clock {
  /** Epoch milliseconds. */
  now: () => number
  setTimeout: (fn: () => void, ms: number) => TimerHandle
  clearTimeout: (handle: TimerHandle) => void
  /** An AbortSignal that aborts after `ms` of this clock's time. */
  timeout: (ms: number) => AbortSignal
}

/** Uniform in [0, 1). Seeded in the simulation, so a run replays exactly. */
export type Random = () => number

/** Answers a request from a member; `undefined` closes the stream without an answer. */
export type SwimHandler = (from: string, request: SwimRequest, signal: AbortSignal) => Promise<SwimResponse>

/** How a peer reaches the others. One request, one response; a failure is a rejection. */
export interface SwimTransport {
  request: (to: string, request: SwimRequest, options: { signal: AbortSignal }) => Promise<SwimResponse>
  /** Incoming requests, already checked to come from a member. */
  serve: (handler: SwimHandler) => void
  /** Peers with an open connection: probing them costs no dial and no handshake. */
  isConnected: (id: string) => boolean
  connected: () => string[]
  dial: (id: string, options: { signal: AbortSignal }) => Promise<void>
  /** Closes every connection to the peer (declared dead, or a link that failed while others reach it). */
  hangUp: (id: string) => void
  /** A connection to `id` closed: a crashed peer closes all of its at once, a hint to probe it now. */
  onDisconnect: (listener: (id: string) => void) => () => void
}

/** Everything a clock-driven component needs to schedule its own work. */
export interface Scheduler {
  clock: Clock
  random: Random
}
