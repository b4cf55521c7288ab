// The dashboard's errors: each carries its HTTP status (the API's error handler answers with it)
// and is checked by name.
import { CloudError } from '../../../overlay/core/errors.js'

/** No session, or one that ended (its `supercloud dashboard` stopped, or it expired). */
export class DashboardSessionError extends CloudError {
  override name = 'DashboardSessionError'
  readonly status = 401
}

/** A login code that is unknown, used already, or expired. */
export class DashboardCodeError extends CloudError {
  override name = 'DashboardCodeError'
  readonly status = 401
}

/** A request whose Host or Origin is not this API on loopback (a foreign page, DNS rebinding). */
export class DashboardOriginError extends CloudError {
  override name = 'DashboardOriginError'
  readonly status = 403
}

/** Too many dashboards, sessions or live feeds at once. */
export class DashboardBusyError extends CloudError {
  override name = 'DashboardBusyError'
  readonly status = 503
}

/** An action request that is not one the dashboard knows. */
export class DashboardActionError extends CloudError {
  override name = 'DashboardActionError'
  readonly status = 400
}
