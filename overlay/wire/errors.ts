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
