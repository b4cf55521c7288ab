// Errors of the hypervisor layer. Callers and tests check `.name`; the API maps names to statuses.
export class VmEngineError extends Error {
  override name = 'VmEngineError'
}

/** The emulator failed to create, boot or restore a machine, or a worker died under it. */
export class MachineFailedError extends Error {
  override name = 'MachineFailedError'
}

/** A snapshot that is truncated, corrupted, oversized, of another version or for another machine. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

export class ImageNotFoundError extends Error {
  override name = 'ImageNotFoundError'
}

/** The machine was destroyed while the call was in flight. */
export class MachineGoneError extends Error {
  override name = 'MachineGoneError'
}
