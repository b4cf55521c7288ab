// The spot market's typed errors: callers and tests tell them apart by `name`.
import { CloudError } from '../../overlay/core/errors.js'

/** A trace or on-demand price file that cannot be read as one; the message names file:line. */
export class TraceError extends CloudError {
  override name = 'TraceError'
  readonly status = 400
}

/** A termination notice that cannot be acted on as given (a deadline in the past, no deadline). */
export class NoticeError extends CloudError {
  override name = 'NoticeError'
  readonly status = 400
}

/** The simulation was asked for something the trace cannot answer (a type it does not hold). */
export class SimulationError extends CloudError {
  override name = 'SimulationError'
  readonly status = 400
}
