// Errors of the cloud's disks and images (the block device's own are in hypervisor/disks/errors.ts).
import { CloudError } from '../../overlay/core/errors.js'

export class DiskRecordNotFoundError extends CloudError {
  override name = 'DiskRecordNotFoundError'
  readonly status = 404
}

/** A disk attached to a VM (or to another VM) where a free one is needed. */
export class DiskInUseError extends CloudError {
  override name = 'DiskInUseError'
  readonly status = 409
}

export class DiskNameTakenError extends CloudError {
  override name = 'DiskNameTakenError'
  readonly status = 409
}

/** The disk lives on another peer: it is used there, or moves there with its VM. */
export class DiskElsewhereError extends CloudError {
  override name = 'DiskElsewhereError'
  readonly status = 409
}

/** A size out of range, or over the peer's disk budget. */
export class DiskSizeError extends CloudError {
  override name = 'DiskSizeError'
  readonly status = 400
}

export class DiskBudgetError extends CloudError {
  override name = 'DiskBudgetError'
  readonly status = 409
}

export class ImageRecordNotFoundError extends CloudError {
  override name = 'ImageRecordNotFoundError'
  readonly status = 404
}

export class ImageInUseError extends CloudError {
  override name = 'ImageInUseError'
  readonly status = 409
}
