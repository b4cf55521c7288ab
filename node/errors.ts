// General errors of the daemon's API. Each carries its HTTP status (overlay/core/errors.ts).
import { CloudError } from '../overlay/core/errors.js'

export class NotFoundError extends CloudError {
  override name = 'NotFoundError'
  readonly status = 404
}

export class BadRequestError extends CloudError {
  override name = 'BadRequestError'
  readonly status = 400
}

export class ConflictError extends CloudError {
  override name = 'ConflictError'
  readonly status = 409
}

export class SwarmKeyMissingError extends CloudError {
  override name = 'SwarmKeyMissingError'
  readonly status = 400
}
