// Errors raised by the wire layer. Callers check `.name`.
import { CloudError } from '../core/errors.js'

export class MessageTooLargeError extends CloudError {
  override name = 'MessageTooLargeError'
  readonly status = 413
}

export class MalformedMessageError extends CloudError {
  override name = 'MalformedMessageError'
  readonly status = 400
}

export class UnexpectedEndError extends CloudError {
  override name = 'UnexpectedEndError'
  readonly status = 502
}

export class WireTimeoutError extends CloudError {
  override name = 'WireTimeoutError'
  readonly status = 504
}

export class IncompatibleProtocolError extends CloudError {
  override name = 'IncompatibleProtocolError'
  readonly status = 502
}

/** "Name: message" for a report, whatever was thrown (a non-Error too: its string). */
export function describeError (err: unknown): string {
  // A peer's error (RemoteError) by the name it had there.
  if (err instanceof Error) return `${typeof (err as { remoteName?: unknown }).remoteName === 'string' ? (err as unknown as { remoteName: string }).remoteName : err.name}: ${err.message}`
  // libp2p rejects some dials with the event that ended them (an abort, a socket's error).
  if (err instanceof Event) {
    const detail = (err as Event & { detail?: unknown, error?: unknown }).detail ?? (err as { error?: unknown }).error
    return `'${err.type}' event${detail === undefined || detail === null ? '' : `: ${describeError(detail)}`}`
  }
  if (typeof err === 'object' && err !== null) {
    const { name, message } = err as { name?: unknown, message?: unknown }
    if (typeof message === 'string') return `${typeof name === 'string' ? name : 'Error'}: ${message}`
    return JSON.stringify(err) ?? 'an unknown error'
  }
  return String(err)
}
