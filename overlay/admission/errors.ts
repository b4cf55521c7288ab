// Errors of admission. Callers and tests check `.name`.
import { CloudError } from '../core/errors.js'

/** A join token or admission record that is malformed, expired, forged or already used. */
export class AdmissionError extends CloudError {
  override name = 'AdmissionError'
  readonly status = 400
}

/** A peer that is not a member asked for something only members may have. */
export class NotAdmittedError extends CloudError {
  override name = 'NotAdmittedError'
  readonly status = 403
}
