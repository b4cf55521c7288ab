export class NetNotFoundError extends Error {
  override name = 'NetNotFoundError'
}

/** A change sent to a peer that is not (or no longer) the VNet's home. */
export class NotHomeError extends Error {
  override name = 'NotHomeError'
}

/** A VNet change that cannot be made: a taken name or address, a full range, VMs still attached… */
export class NetConflictError extends Error {
  override name = 'NetConflictError'
}

export class NetSpecError extends Error {
  override name = 'NetSpecError'
}
