// Errors raised by the wire layer. Callers check `.name`.
export class MessageTooLargeError extends Error {
  override name = 'MessageTooLargeError'
}

export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError'
}

export class UnexpectedEndError extends Error {
  override name = 'UnexpectedEndError'
}

export class WireTimeoutError extends Error {
  override name = 'WireTimeoutError'
}

export class IncompatibleProtocolError extends Error {
  override name = 'IncompatibleProtocolError'
}

/** "Name: message" for a report, whatever was thrown (a non-Error too: its string). */
export function describeError (err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`
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
