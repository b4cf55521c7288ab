// Partitions and latency through the testnet's link layer. The link's rules are replaced as a whole,
// so the faults in force are composed with the rules the testnet had before the run (its WAN
// latency) and put back together on every change; healing the last fault restores those rules.
import type { LinkRule } from '../link/index.js'
import type { Layout } from './types.js'

export class LinkControlError extends Error {
  override name = 'LinkControlError'
}

/** The link layer's control API (`GET/PUT /rules`). */
export interface LinkControl {
  rules(options?: { signal?: AbortSignal }): Promise<LinkRule[]>
  setRules(rules: LinkRule[], options?: { signal?: AbortSignal }): Promise<void>
}

const CONTROL_TIMEOUT_MS = 10_000

export function linkControl (url: string): LinkControl {
  const call = async (method: string, body: unknown, signal: AbortSignal | undefined): Promise<unknown> => {
    let response: Response
    try {
      response = await fetch(`${url}/rules`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ?? AbortSignal.timeout(CONTROL_TIMEOUT_MS)
      })
    } catch (err) {
      throw new LinkControlError(`cannot reach the link layer at ${url}: ${(err as Error).message}`)
    }
    const parsed = await response.json().catch(() => undefined) as { error?: string } | undefined
    if (!response.ok) throw new LinkControlError(`link layer: ${parsed?.error ?? response.status}`)
    return parsed
  }
  return {
    rules: async (options = {}) => await call('GET', undefined, options.signal) as LinkRule[],
    setRules: async (rules, options = {}) => { await call('PUT', rules, options.signal) }
  }
}

export interface ActiveLinkFaults {
  /** Each a set of peers cut off from all the others. */
  partitions: number[][]
  /** One-way delay between peers of the two providers, in place of the base delay. */
  latencies: Array<{ between: [string, string], delayMs: number }>
}

/** The rules for `base` with `faults` on top; pure. */
export function composeRules (base: readonly LinkRule[], layout: Layout, faults: ActiveLinkFaults): LinkRule[] {
  const provider = new Map(layout.peers.map(p => [p.index, p.provider]))
  const key = (from: number, to: number): string => `${from}->${to}`
  const byPair = new Map<string, LinkRule>(base.map(r => [key(r.from, r.to), { ...r }]))
  for (const a of layout.peers) {
    for (const b of layout.peers) {
      if (a.index === b.index) continue
      const rule: LinkRule = byPair.get(key(a.index, b.index)) ?? { from: a.index, to: b.index }
      const latency = faults.latencies.findLast(l => sameProviders(l.between, provider.get(a.index), provider.get(b.index)))
      if (latency !== undefined) rule.delayMs = latency.delayMs
      if (faults.partitions.some(cut => cut.includes(a.index) !== cut.includes(b.index))) rule.drop = true
      byPair.set(key(a.index, b.index), rule)
    }
  }
  return [...byPair.values()].filter(r => (r.delayMs ?? 0) > 0 || r.drop === true || r.refuse === true)
}

function sameProviders (pair: [string, string], a: string | undefined, b: string | undefined): boolean {
  return a !== b && ((pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a))
}

/** The faults of the link in force, applied through `control`. */
export class LinkFaults {
  private readonly partitions = new Map<string, number[]>()
  private readonly latencies = new Map<string, { between: [string, string], delayMs: number }>()
  // Changes go one at a time and in order: two PUTs racing could leave a healed fault in force.
  private queue: Promise<void> = Promise.resolve()

  constructor (private readonly control: LinkControl, private readonly layout: Layout, readonly base: readonly LinkRule[]) {}

  async partition (id: string, peers: number[]): Promise<void> {
    this.partitions.set(id, [...peers])
    await this.apply()
  }

  async latency (id: string, between: [string, string], delayMs: number): Promise<void> {
    this.latencies.set(id, { between, delayMs })
    await this.apply()
  }

  async heal (id: string): Promise<void> {
    this.partitions.delete(id)
    this.latencies.delete(id)
    await this.apply()
  }

  /** Back to the base rules, and checks that the link says so. */
  async healAll (options: { signal?: AbortSignal } = {}): Promise<void> {
    this.partitions.clear()
    this.latencies.clear()
    await this.apply(options)
    const now = await this.control.rules(options)
    const want = composeRules(this.base, this.layout, { partitions: [], latencies: [] })
    if (JSON.stringify(normalize(now)) !== JSON.stringify(normalize(want))) throw new LinkControlError(`the link's rules are not back to those before the run: ${JSON.stringify(now)}`)
  }

  active (): number {
    return this.partitions.size + this.latencies.size
  }

  private async apply (options: { signal?: AbortSignal } = {}): Promise<void> {
    const run = this.queue.then(async () => {
      const rules = composeRules(this.base, this.layout, { partitions: [...this.partitions.values()], latencies: [...this.latencies.values()] })
      await this.control.setRules(rules, options)
    })
    this.queue = run.catch(() => {})
    await run
  }
}

function normalize (rules: LinkRule[]): LinkRule[] {
  return rules.map(r => ({ from: r.from, to: r.to, delayMs: r.delayMs ?? 0, drop: r.drop === true, refuse: r.refuse === true }))
    .sort((a, b) => a.from - b.from || a.to - b.to)
}
