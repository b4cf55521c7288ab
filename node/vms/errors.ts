// Errors of the VM layer; the API maps their names to HTTP statuses.
export class VmNotFoundError extends Error {
  override name = 'VmNotFoundError'
}

/** An action that does not fit the VM's phase (resuming a running VM, pausing a migrating one…). */
export class VmPhaseError extends Error {
  override name = 'VmPhaseError'
}

/** The peer has no room for the VM (its memory budget). */
export class CapacityError extends Error {
  override name = 'CapacityError'
}

/** A VM spec or request that cannot be: a memory size out of range, a NIC the image lacks… */
export class VmSpecError extends Error {
  override name = 'VmSpecError'
}

/** Two VMs answer to a name or id prefix. */
export class AmbiguousVmError extends Error {
  override name = 'AmbiguousVmError'
}
