// Errors of the disk layer. Callers and tests check `.name`; none of them is ever a crash of the
// process or of the VM's worker.

/** No disk in that directory (never created, or its creation did not finish). */
export class DiskNotFoundError extends Error {
  override name = 'DiskNotFoundError'
}

/** A disk's files are not a disk this peer can read: bad magic, a truncated or corrupted map. */
export class DiskCorruptError extends Error {
  override name = 'DiskCorruptError'
}

/** The disk was written in a newer format than this peer reads. */
export class DiskVersionError extends Error {
  override name = 'DiskVersionError'
}

/** The base image is missing, truncated, or does not hash to the disk's base. */
export class BaseImageError extends Error {
  override name = 'BaseImageError'
}

/** A byte range or block index outside the disk, or a batch over the caps. */
export class DiskRangeError extends Error {
  override name = 'DiskRangeError'
}

/** What was asked does not fit the disk: another size or base, a directory that already holds a disk. */
export class DiskConfigError extends Error {
  override name = 'DiskConfigError'
}

/** The host's filesystem failed a read, write or fsync. */
export class DiskIoError extends Error {
  override name = 'DiskIoError'
}

/** The disk was closed (its machine destroyed). */
export class DiskClosedError extends Error {
  override name = 'DiskClosedError'
}
