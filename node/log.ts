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

export { warnOnce } from '../overlay/core/log.js'
