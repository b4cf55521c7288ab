// Durations on the command line: "40ms", "30s", "2h"; a bare number is milliseconds.
import ms from 'ms'
import { CliError } from './client.js'

export function parseDuration (text: string, what: string): number {
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : ms(text as ms.StringValue)
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new CliError(`${what}: not a duration: ${text} (try 40ms, 30s, 1h)`)
  return value
}
