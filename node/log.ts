// pino loggers: JSON to stderr (or a file), pretty when stderr is a TTY; a silent one for tests.
import { pino, type Logger } from 'pino'

export type { Logger }

export function createLogger (level: string, options: { pretty?: boolean, destination?: number | string } = {}): Logger {
  const pretty = options.pretty ?? (options.destination === undefined && process.stderr.isTTY)
  if (pretty) {
    return pino({ level, base: undefined }, pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } }))
  }
  return pino({ level, base: undefined }, pino.destination({ dest: options.destination ?? 2, sync: false }))
}

export function silentLogger (): Logger {
  return pino({ level: 'silent' })
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
