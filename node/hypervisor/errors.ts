// Errors of the hypervisor layer. Callers and tests check `.name`; the API maps names to statuses.
import { CloudError } from '../../overlay/core/errors.js'

export class VmEngineError extends CloudError {
  override name = 'VmEngineError'
  readonly status = 500
}

/** The emulator failed to create, boot or restore a machine, or a worker died under it. */
export class MachineFailedError extends CloudError {
  override name = 'MachineFailedError'
  readonly status = 500
}

/** A snapshot that is truncated, corrupted, oversized, of another version or for another machine. */
export class SnapshotError extends CloudError {
  override name = 'SnapshotError'
  readonly status = 400
}

export class ImageNotFoundError extends CloudError {
  override name = 'ImageNotFoundError'
  readonly status = 404
}

/** The machine was destroyed while the call was in flight. */
export class MachineGoneError extends CloudError {
  override name = 'MachineGoneError'
  readonly status = 500
}
