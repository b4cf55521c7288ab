// The logger the overlay writes to: the part of pino's interface it uses, so that the daemon passes
// its pino child loggers in and nothing here depends on how logs are written.
export interface LogFn {
  (context: object, message?: string, ...args: unknown[]): void
  (message: string, ...args: unknown[]): void
}

export interface Logger {
  trace: LogFn
  debug: LogFn
  info: LogFn
  warn: LogFn
  error: LogFn
  child: (bindings: Record<string, unknown>) => Logger
}

/**
 * A warning logged once per key: bad input from the network repeats (every heartbeat, every
 * gossip hop), and a log line per repeat would be a flood an attacker controls. The keys kept are
 * bounded.
 */
export function warnOnce (log: Logger, maxKeys = 10_000): (key: string, context: object, message: string) => void {
  const seen = new Set<string>()
  return (key, context, message) => {
    if (seen.has(key)) return
    if (seen.size >= maxKeys) seen.clear()
    seen.add(key)
    log.warn(context, message)
  }
}
