// Names the dashboard's server and its clients (the CLI, the page) share.

/** The WebSocket `supercloud dashboard` holds open (with the API's bearer token) to keep a dashboard open. */
export const LINK_ROUTE = '/v1/dashboard/link'
/** The session cookie, scoped to /dashboard. */
export const COOKIE = 'sc_dashboard'

/** What the link answers `supercloud dashboard` with. */
export interface LinkMessage { path: string, expiresAt: string }
