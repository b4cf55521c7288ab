// Errors of the control protocols. Callers and tests check `.name`.
import { CloudError } from '../core/errors.js'

/** A request for an operation this peer does not know (a peer of another version sent it). */
export class UnknownOperationError extends CloudError {
  override name = 'UnknownOperationError'
  readonly status = 400
}

/** A snapshot transfer that cannot be: no size, more bytes than announced. */
export class TransferError extends CloudError {
  override name = 'TransferError'
  readonly status = 400
}
