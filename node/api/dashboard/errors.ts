// The dashboard's errors: each carries its HTTP status (the API's error handler answers with it)
// and is checked by name.

/** No session, or one that ended (its `supercloud dashboard` stopped, or it expired). */
export class DashboardSessionError extends Error {
  override name = 'DashboardSessionError'
  readonly statusCode = 401
}

/** A login code that is unknown, used already, or expired. */
export class DashboardCodeError extends Error {
  override name = 'DashboardCodeError'
  readonly statusCode = 401
}

/** A request whose Host or Origin is not this API on loopback (a foreign page, DNS rebinding). */
export class DashboardOriginError extends Error {
  override name = 'DashboardOriginError'
  readonly statusCode = 403
}

/** Too many dashboards, sessions or live feeds at once. */
export class DashboardBusyError extends Error {
  override name = 'DashboardBusyError'
  readonly statusCode = 503
}

/** An action request that is not one the dashboard knows. */
export class DashboardActionError extends Error {
  override name = 'DashboardActionError'
  readonly statusCode = 400
}
