// Membership's timing in a testnet. Every daemon of a testnet shares this one machine's cores, and
// each probes a member every heartbeat: past what the cores carry, probes time out for want of CPU,
// members suspect each other, and refuting costs more CPU still. A testnet oversubscribed past what
// the default timing fits therefore runs membership's clock slower by as much.
import { availableParallelism } from 'node:os'
import { defaults } from '../node/config/resolve.js'

/**
 * Daemons per core that membership's default timing fits. On 2 cores (bench:membership), 32
 * daemons idle at about 1.2% of a core each and converge in about a minute; 64 saturate both
 * cores, their event loops run seconds late, and 2–16 of them are suspect in every view for good.
 */
export const PEERS_PER_CORE = 16

export interface MembershipTiming {
  /** How many times slower than the defaults (> 1). */
  factor: number
  /** The cores it was computed for. */
  cores: number
  /** The daemon's config keys, slowed by `factor`. */
  config: { heartbeatMs: number, suspectAfterMs: number, deadAfterMs: number }
}

/** The timing for `peers` daemons on `cores` cores, or undefined when the defaults fit. */
export function membershipTiming (peers: number, cores = availableParallelism()): MembershipTiming | undefined {
  const factor = peers / (PEERS_PER_CORE * Math.max(1, cores))
  if (factor <= 1) return undefined
  const d = defaults('')
  const slower = (ms: number): number => Math.round(ms * factor)
  return { factor, cores, config: { heartbeatMs: slower(d.heartbeatMs), suspectAfterMs: slower(d.suspectAfterMs), deadAfterMs: slower(d.deadAfterMs) } }
}
