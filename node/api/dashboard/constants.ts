// Names the dashboard's server and its clients (the CLI, the page) share.

/** The WebSocket `supercloud dashboard` holds open (with the API's bearer token) to keep a dashboard open. */
export const LINK_ROUTE = '/v1/dashboard/link'
/**
 * The session cookie, scoped to /dashboard. Browsers share cookies across the ports of a host, so
 * its name carries the API's port: the dashboards of two peers on one machine keep their own.
 */
export const cookieName = (port: number | undefined): string => `sc_dashboard_${port ?? 0}`

/** What the link answers `supercloud dashboard` with. */
export interface LinkMessage { path: string, expiresAt: string }
