// Errors of the disk layer. Callers and tests check `.name`; none of them is ever a crash of the
// process or of the VM's worker.
import { CloudError } from '../../../overlay/core/errors.js'

/** No disk in that directory (never created, or its creation did not finish). */
export class DiskNotFoundError extends CloudError {
  override name = 'DiskNotFoundError'
  readonly status = 404
}

/** A disk's files are not a disk this peer can read: bad magic, a truncated or corrupted map. */
export class DiskCorruptError extends CloudError {
  override name = 'DiskCorruptError'
  readonly status = 500
}

/** The disk was written in a newer format than this peer reads. */
export class DiskVersionError extends CloudError {
  override name = 'DiskVersionError'
  readonly status = 500
}

/** The base image is missing, truncated, or does not hash to the disk's base. */
export class BaseImageError extends CloudError {
  override name = 'BaseImageError'
  readonly status = 400
}

/** A byte range or block index outside the disk, or a batch over the caps. */
export class DiskRangeError extends CloudError {
  override name = 'DiskRangeError'
  readonly status = 400
}

/** What was asked does not fit the disk: another size or base, a directory that already holds a disk. */
export class DiskConfigError extends CloudError {
  override name = 'DiskConfigError'
  readonly status = 400
}

/** The host's filesystem failed a read, write or fsync. */
export class DiskIoError extends CloudError {
  override name = 'DiskIoError'
  readonly status = 500
}

/** The disk was closed (its machine destroyed). */
export class DiskClosedError extends CloudError {
  override name = 'DiskClosedError'
  readonly status = 409
}

/** Every class above, for rebuilding them from a worker's error names. */
export const DISK_ERRORS = [DiskNotFoundError, DiskCorruptError, DiskVersionError, BaseImageError, DiskRangeError, DiskConfigError, DiskIoError, DiskClosedError]
