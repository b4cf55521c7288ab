// A log of repeated warnings that no input from the network can grow without bound. It lives in
// the overlay's core because membership and admission warn about what peers send, and the overlay
// imports nothing from the daemon (node/log re-exports it).
import type { Logger } from './log.js'

export type RateLimitedLog = (key: string, context: object, message: string) => void

export interface RateLimitOptions {
  /** One line per key per interval. Default a minute. */
  intervalMs?: number
  /**
   * Lines per interval over all keys: a peer can mint new ids (and so new keys) for free, so a
   * per-key limit alone would not bound the log. Beyond this, repeats are only counted. Default 60.
   */
  maxLinesPerInterval?: number
  /** Keys remembered; the oldest are forgotten first. Default 10,000. */
  maxKeys?: number
  level?: 'warn' | 'info' | 'debug'
  now?: () => number
}

/**
 * A log of repeated warnings, bounded: at most one line per key (a peer and a kind) per interval,
 * carrying how many were held back since the previous one (`repeated`), and at most
 * `maxLinesPerInterval` lines per interval in all, after which a single line says how many were
 * dropped. No input from the network can grow the log faster than that.
 */
export function rateLimitedLog (log: Logger, options: RateLimitOptions = {}): RateLimitedLog {
  const intervalMs = options.intervalMs ?? 60_000
  const maxLines = options.maxLinesPerInterval ?? 60
  const maxKeys = options.maxKeys ?? 10_000
  const level = options.level ?? 'warn'
  const now = options.now ?? Date.now
  const keys = new Map<string, { lastMs: number, held: number }>()
  let windowStart = -Infinity
  let lines = 0
  let dropped = 0
  return (key, context, message) => {
    const t = now()
    if (t - windowStart >= intervalMs) {
      if (dropped > 0) log[level]({ dropped, intervalMs }, 'repeated warnings dropped (too many kinds or peers)')
      windowStart = t
      lines = 0
      dropped = 0
    }
    const seen = keys.get(key)
    if (seen !== undefined && t - seen.lastMs < intervalMs) {
      seen.held++
      return
    }
    if (lines >= maxLines) {
      dropped++
      return
    }
    lines++
    // Re-inserted so that the Map's order is the order of last use, oldest first.
    keys.delete(key)
    if (keys.size >= maxKeys) keys.delete(keys.keys().next().value as string)
    keys.set(key, { lastMs: t, held: 0 })
    log[level](seen === undefined || seen.held === 0 ? context : { ...context, repeated: seen.held }, message)
  }
}
