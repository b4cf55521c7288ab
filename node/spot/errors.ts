// The spot market's typed errors: callers and tests tell them apart by `name`.

/** A trace or on-demand price file that cannot be read as one; the message names file:line. */
export class TraceError extends Error {
  override name = 'TraceError'
}

/** A termination notice that cannot be acted on as given (a deadline in the past, no deadline). */
export class NoticeError extends Error {
  override name = 'NoticeError'
}

/** The simulation was asked for something the trace cannot answer (a type it does not hold). */
export class SimulationError extends Error {
  override name = 'SimulationError'
}
