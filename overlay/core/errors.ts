// The base of every error a peer answers a request with: it names itself (callers and tests check
// `.name`, never the message) and carries the HTTP status the API answers it with, so that no table
// elsewhere has to know it and none can forget it.
export abstract class CloudError extends Error {
  /** The HTTP status of an API answer that fails with this error. */
  abstract readonly status: number
}

/** The HTTP status for any error: its own, a timeout's (504), or 500 for what nobody expected. */
export function statusOf (err: unknown): number {
  if (err instanceof CloudError) return err.status
  // AbortSignal.timeout() and abort() reject with DOMExceptions of these names.
  if (err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 504
  return 500
}
