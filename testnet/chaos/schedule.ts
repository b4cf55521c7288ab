// The plan of a chaos run, a pure function of the seed, the options and the testnet's layout: when
// each fault starts and heals, and when migrations start. Faults run in three lanes — a peer down
// (kill, abort), a partition, a latency change — one fault at a time per lane, so at most one peer is
// down at once and the cloud always has a majority to come back to.
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'
import { MIGRATION_FAILPOINTS } from '../../overlay/migration/constants.js'
import { ChaosPlanError, FAULT_KINDS, type ChaosOptions, type Fault, type FaultKind, type Layout, type Plan, type PlannedMigration } from './types.js'

/** The checker takes a baseline before the first fault. */
export const FIRST_FAULT_MS = 3_000
export const MIN_DURATION_MS = 10_000
export const MAX_MIGRATIONS_PER_MIN = 600

export const SOURCE_FAILPOINTS = MIGRATION_FAILPOINTS.filter(name => name.startsWith('migration.source.'))
export const DEST_FAILPOINTS = MIGRATION_FAILPOINTS.filter(name => name.startsWith('migration.dest.'))

/** Ranges (ms) the plan draws from. A restart takes ~3 s to rejoin on this machine; an abort needs room for the migration, the death and the restart. */
const RANGES = {
  downGap: [4_000, 10_000],
  killDown: [2_000, 6_000],
  abortDown: [1_000, 4_000],
  /** The abort's deadline after its peer came back: the failpoint is disarmed by then. */
  abortSlack: 12_000,
  partitionGap: [5_000, 12_000],
  partitionFor: [3_000, 8_000],
  latencyGap: [4_000, 10_000],
  latencyFor: [5_000, 12_000],
  /** One-way. */
  latencyDelay: [30, 150]
} as const

// One generator per lane: the migrations stay the same whichever faults are asked for.
const SALT = { migrations: 0x6d696772, down: 0x646f776e, partition: 0x70617274, latency: 0x6c617465 } as const

export function validatePlanInput (options: ChaosOptions, layout: Layout): void {
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) throw new ChaosPlanError(`the seed must be a whole number from 0 to ${0xffffffff}, not ${options.seed}`)
  if (!Number.isFinite(options.durationMs) || options.durationMs < MIN_DURATION_MS) throw new ChaosPlanError(`a chaos run lasts at least ${MIN_DURATION_MS / 1000} s`)
  if (!(options.migrationsPerMin >= 0 && options.migrationsPerMin <= MAX_MIGRATIONS_PER_MIN)) throw new ChaosPlanError(`migrations per minute: 0 to ${MAX_MIGRATIONS_PER_MIN}, not ${options.migrationsPerMin}`)
  for (const kind of options.faults) if (!(FAULT_KINDS as readonly string[]).includes(kind)) throw new ChaosPlanError(`unknown fault kind ${kind} (${FAULT_KINDS.join(', ')})`)
  const providers = new Set(layout.peers.map(p => p.provider))
  const needsTwoPeers = options.faults.filter(k => k !== 'latency')
  if (needsTwoPeers.length > 0 && layout.peers.length < 2) throw new ChaosPlanError(`${needsTwoPeers.join(', ')} faults need at least two peers`)
  if (options.faults.includes('latency') && providers.size < 2) throw new ChaosPlanError('latency faults change the delay between providers: the testnet needs peers of at least two (or leave latency out of --faults)')
}

export function buildPlan (options: ChaosOptions, layout: Layout): Plan {
  validatePlanInput(options, layout)
  const end = options.durationMs
  const faults: Fault[] = [
    ...downLane(rng(options.seed, SALT.down), options.faults, layout, end),
    ...(options.faults.includes('partition') ? partitionLane(rng(options.seed, SALT.partition), layout, end) : []),
    ...(options.faults.includes('latency') ? latencyLane(rng(options.seed, SALT.latency), layout, end) : [])
  ].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
  return { seed: options.seed, durationMs: end, faults, migrations: migrations(rng(options.seed, SALT.migrations), options, end) }
}

function rng (seed: number, salt: number): RandomGenerator {
  return xoroshiro128plus((seed ^ salt) | 0)
}

const between = (r: RandomGenerator, range: readonly [number, number]): number => uniformInt(r, range[0], range[1])
const anyInt = (r: RandomGenerator): number => uniformInt(r, 0, 0x7fffffff)

function migrations (r: RandomGenerator, options: ChaosOptions, end: number): PlannedMigration[] {
  const count = Math.round(options.migrationsPerMin * end / 60_000)
  // Spread evenly with jitter, not Poisson: a burst of ten at once would measure the queue, not the faults.
  const step = (end - 1_000) / Math.max(count, 1)
  const out: PlannedMigration[] = []
  for (let i = 0; i < count; i++) {
    out.push({ at: Math.round(1_000 + i * step + uniformInt(r, 0, Math.max(0, Math.floor(step) - 1))), pick: anyInt(r), target: anyInt(r), scope: uniformInt(r, 0, 1) === 0 ? 'within' : 'across' })
  }
  return out
}

/**
 * Kills and aborts take turns (when both are asked for), so a short run has both. Every other kill,
 * the first included, aims at the host of a protected VM (when the run has one), so that failovers
 * are exercised and not left to chance.
 */
function downLane (r: RandomGenerator, kinds: readonly FaultKind[], layout: Layout, end: number): Fault[] {
  const lane = kinds.filter((k): k is 'kill' | 'abort' => k === 'kill' || k === 'abort')
  if (lane.length === 0) return []
  const out: Fault[] = []
  let turn = uniformInt(r, 0, lane.length - 1)
  let t = FIRST_FAULT_MS + uniformInt(r, 0, 3_000)
  let kills = 0
  for (let n = 0; ; n++) {
    const kind = lane[turn % lane.length] as 'kill' | 'abort'
    const fault: Fault = kind === 'kill'
      ? { id: `kill-${n}`, kind, at: t, healAt: t + between(r, RANGES.killDown), peer: uniformInt(r, 0, layout.peers.length - 1), ...(kills++ % 2 === 0 ? { aim: anyInt(r) } : {}) }
      : abortFault(r, `abort-${n}`, t)
    if (fault.healAt > end) break
    out.push(fault)
    turn++
    t = fault.healAt + between(r, RANGES.downGap)
  }
  return out
}

function abortFault (r: RandomGenerator, id: string, at: number): Fault {
  const side = uniformInt(r, 0, 1) === 0 ? 'source' : 'dest'
  const steps = side === 'source' ? SOURCE_FAILPOINTS : DEST_FAILPOINTS
  const failpoint = steps[uniformInt(r, 0, steps.length - 1)] as string
  const downMs = between(r, RANGES.abortDown)
  return { id, kind: 'abort', at, healAt: at + downMs + RANGES.abortSlack, side, failpoint, downMs, pick: anyInt(r), target: anyInt(r) }
}

function partitionLane (r: RandomGenerator, layout: Layout, end: number): Fault[] {
  const out: Fault[] = []
  const indexes = layout.peers.map(p => p.index)
  // Never more than half: the side cut off is the minority.
  const most = Math.max(1, Math.floor(indexes.length / 2))
  let t = FIRST_FAULT_MS + uniformInt(r, 0, 5_000)
  for (let n = 0; ; n++) {
    const size = uniformInt(r, 1, most)
    const pool = [...indexes]
    const peers: number[] = []
    for (let i = 0; i < size; i++) peers.push(pool.splice(uniformInt(r, 0, pool.length - 1), 1)[0] as number)
    const fault: Fault = { id: `partition-${n}`, kind: 'partition', at: t, healAt: t + between(r, RANGES.partitionFor), peers: peers.sort((a, b) => a - b) }
    if (fault.healAt > end) break
    out.push(fault)
    t = fault.healAt + between(r, RANGES.partitionGap)
  }
  return out
}

function latencyLane (r: RandomGenerator, layout: Layout, end: number): Fault[] {
  const providers = [...new Set(layout.peers.map(p => p.provider))].sort()
  const out: Fault[] = []
  let t = FIRST_FAULT_MS + uniformInt(r, 0, 4_000)
  for (let n = 0; ; n++) {
    const pool = [...providers]
    const a = pool.splice(uniformInt(r, 0, pool.length - 1), 1)[0] as string
    const b = pool[uniformInt(r, 0, pool.length - 1)] as string
    const fault: Fault = { id: `latency-${n}`, kind: 'latency', at: t, healAt: t + between(r, RANGES.latencyFor), between: [a, b].sort() as [string, string], delayMs: between(r, RANGES.latencyDelay) }
    if (fault.healAt > end) break
    out.push(fault)
    t = fault.healAt + between(r, RANGES.latencyGap)
  }
  return out
}
