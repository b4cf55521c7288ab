// Errors of the VM layer; the API maps their names to HTTP statuses.
import { CloudError } from '../../overlay/core/errors.js'

export class VmNotFoundError extends CloudError {
  override name = 'VmNotFoundError'
  readonly status = 404
}

/** An action that does not fit the VM's phase (resuming a running VM, pausing a migrating one…). */
export class VmPhaseError extends CloudError {
  override name = 'VmPhaseError'
  readonly status = 409
}

/** The peer has no room for the VM (its memory budget). */
export class CapacityError extends CloudError {
  override name = 'CapacityError'
  readonly status = 409
}

/** A VM spec or request that cannot be: a memory size out of range, a NIC the image lacks… */
export class VmSpecError extends CloudError {
  override name = 'VmSpecError'
  readonly status = 400
}

/** Two VMs answer to a name or id prefix. */
export class AmbiguousVmError extends CloudError {
  override name = 'AmbiguousVmError'
  readonly status = 400
}

/** No standby this peer chose for a VM could be opened (each tried is named, with why). */
export class StandbyUnavailableError extends CloudError {
  override name = 'StandbyUnavailableError'
  readonly status = 503
}
