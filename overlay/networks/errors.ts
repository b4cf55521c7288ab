import { CloudError } from '../core/errors.js'

export class NetNotFoundError extends CloudError {
  override name = 'NetNotFoundError'
  readonly status = 404
}

/** A change sent to a peer that is not (or no longer) the VNet's home. */
export class NotHomeError extends CloudError {
  override name = 'NotHomeError'
  readonly status = 503
}

/** A VNet change that cannot be made: a taken name or address, a full range, VMs still attached… */
export class NetConflictError extends CloudError {
  override name = 'NetConflictError'
  readonly status = 409
}

export class NetSpecError extends CloudError {
  override name = 'NetSpecError'
  readonly status = 400
}
