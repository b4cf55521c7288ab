import { z } from 'zod'
import type { LinkRule } from './index.js'

/** Index of a dialer whose source IP belongs to no testnet peer. */
export const OUTSIDE = -1

/** Longest one-way delay a rule may ask for; anything above is a typo, not an experiment. */
export const MAX_DELAY_MS = 60_000

/** Bounds a rules body: a full mesh of 100 peers in both directions is 9,900 rules. */
export const MAX_RULES = 10_000

export class InvalidRuleError extends Error {
  override readonly name = 'InvalidRuleError'
}

export class InvalidPeerError extends Error {
  override readonly name = 'InvalidPeerError'
}

/** What the link does to traffic from one peer to another, after merging both directions. */
export interface PairPolicy {
  /** One-way delay for data flowing `from` → `to`. */
  delayMs: number
  /** Set if either direction of the pair drops. */
  drop: boolean
  /** Set if either direction of the pair refuses. */
  refuse: boolean
}

const peerIndex = z.number().int().min(OUTSIDE)

/** Wire shape of one rule; unknown fields are refused so a misspelt `dealyMs` is not silently ignored. */
export const linkRuleSchema = z.strictObject({
  from: peerIndex,
  to: peerIndex,
  delayMs: z.number().min(0).max(MAX_DELAY_MS).optional(),
  drop: z.boolean().optional(),
  refuse: z.boolean().optional()
})

export const linkRulesSchema = z.array(linkRuleSchema).max(MAX_RULES)

/** Source IP the daemon of peer `index` binds when dialing (127.0.0.1 is left to the relays). */
export function sourceIpFor (index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 253) {
    throw new InvalidPeerError(`peer index ${index} has no loopback source IP (0..253)`)
  }
  return `127.0.0.${index + 2}`
}

/** Strips the IPv4-mapped prefix dual-stack sockets report (`::ffff:127.0.0.2`). */
export function normalizeIp (ip: string): string {
  return ip.startsWith('::ffff:') ? ip.slice('::ffff:'.length) : ip
}

/** Reverse of {@link sourceIpFor}: the peer index for a source IP, or {@link OUTSIDE}. */
export function indexForIp (ip: string): number {
  const match = /^127\.0\.0\.(\d{1,3})$/.exec(normalizeIp(ip))
  if (match?.[1] === undefined) return OUTSIDE
  const last = Number(match[1])
  return last >= 2 && last <= 255 ? last - 2 : OUTSIDE
}

export function pairKey (from: number, to: number): string {
  return `${from}->${to}`
}

/**
 * The rules in force, replaced as a whole. Lookups run for every chunk relayed, so they are
 * precomputed into a map keyed by ordered pair.
 */
export class RuleTable {
  private list: LinkRule[] = []
  private readonly byPair = new Map<string, LinkRule>()

  /**
   * Replaces all rules. `knownIndexes` are the indexes a rule may name besides {@link OUTSIDE};
   * a rule naming anything else is refused rather than kept around unused.
   */
  set (rules: readonly LinkRule[], knownIndexes: ReadonlySet<number>): void {
    const parsed = linkRulesSchema.safeParse(rules)
    if (!parsed.success) throw new InvalidRuleError(z.prettifyError(parsed.error))
    const byPair = new Map<string, LinkRule>()
    for (const rule of parsed.data) {
      for (const index of [rule.from, rule.to]) {
        if (index !== OUTSIDE && !knownIndexes.has(index)) {
          throw new InvalidRuleError(`rule ${pairKey(rule.from, rule.to)} names unknown peer ${index}`)
        }
      }
      if (rule.from === rule.to) throw new InvalidRuleError(`rule ${pairKey(rule.from, rule.to)} links a peer to itself`)
      const key = pairKey(rule.from, rule.to)
      if (byPair.has(key)) throw new InvalidRuleError(`duplicate rule for ${key}`)
      byPair.set(key, { ...rule })
    }
    this.list = [...byPair.values()]
    this.byPair.clear()
    for (const [key, rule] of byPair) this.byPair.set(key, rule)
  }

  rules (): LinkRule[] {
    return this.list.map(rule => ({ ...rule }))
  }

  delayMs (from: number, to: number): number {
    return this.byPair.get(pairKey(from, to))?.delayMs ?? 0
  }

  policy (from: number, to: number): PairPolicy {
    const there = this.byPair.get(pairKey(from, to))
    const back = this.byPair.get(pairKey(to, from))
    return {
      delayMs: there?.delayMs ?? 0,
      drop: there?.drop === true || back?.drop === true,
      refuse: there?.refuse === true || back?.refuse === true
    }
  }
}
