// Errors the API maps to HTTP status codes. Callers and tests check `.name`.
export class NotFoundError extends Error {
  override name = 'NotFoundError'
}

export class BadRequestError extends Error {
  override name = 'BadRequestError'
}

export class ConflictError extends Error {
  override name = 'ConflictError'
}

export class SwarmKeyMissingError extends Error {
  override name = 'SwarmKeyMissingError'
}

const STATUS_BY_NAME: Record<string, number> = {
  BadRequestError: 400,
  NoticeError: 400,
  TraceError: 400,
  SimulationError: 400,
  FailpointSpecError: 400,
  FailpointsDisabledError: 403,
  VmSpecError: 400,
  NetSpecError: 400,
  RuleSyntaxError: 400,
  InvalidVnetError: 400,
  NetNotFoundError: 404,
  NetConflictError: 409,
  NotHomeError: 503,
  AmbiguousVmError: 400,
  SnapshotError: 400,
  MessageTooLargeError: 413,
  VmNotFoundError: 404,
  ImageNotFoundError: 404,
  VmPhaseError: 409,
  CapacityError: 409,
  UnschedulableError: 409,
  MachineFailedError: 500,
  ConfigError: 400,
  AdmissionError: 400,
  InvalidSwarmKeyError: 400,
  NotAdmittedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  IncompatibleProtocolError: 502,
  RemoteError: 502,
  TimeoutError: 504,
  WireTimeoutError: 504,
  AbortError: 504
}

export function httpStatusFor (err: Error): number {
  return STATUS_BY_NAME[err.name] ?? 500
}
