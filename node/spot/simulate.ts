// The spot-market simulator: a discrete-event run of a fleet of VMs over one or several traces
// (their common time span), with one instance type per provider. VMs are placed on, and evacuated
// to, instances of any provider — across providers at the WAN's bandwidth — by the daemon's own
// Placement and evacuation planner (fleet.ts). The result sets the cost against the cheapest
// on-demand fleet of either provider, beside the cross-provider oracle's (sim-offers.ts).
import { SIMULATED_BANDWIDTH_BYTES_PER_SEC, WAN_BANDWIDTH_BYTES_PER_SEC, warningMs } from './constants.js'
import { SimulationError } from './errors.js'
import { Fleet, type FleetOptions, type ProviderTally, type SimulationPolicy } from './fleet.js'
import { DEFAULT_HORIZON_MS } from './rebalance.js'
import { seededRandom } from './revocation.js'
import { resolveMarket, type Market } from './sim-offers.js'
import { liveCapacity, sparesNeeded, type SpareModel } from './spares.js'
import type { OnDemandTable, SpotSeries, SpotTrace } from './trace.js'

export type { SimulationPolicy } from './fleet.js'

export interface SimulationOptions extends FleetOptions {
  /** VMs an instance holds. Default 4 */
  vmsPerInstance: number
  /** VMs an instance of a provider holds, over vmsPerInstance (an n2-standard-4 has twice an m5.large's memory). */
  vmsPerInstanceByProvider?: Readonly<Record<string, number>>
  /** One type for every provider. Default: each provider's first type in the traces (alphabetically) */
  instanceType?: string
  /** A type per provider, over instanceType. */
  instanceTypes?: Readonly<Record<string, string>>
  /** Seeds the random revocations. Default 1 */
  seed: number
  /**
   * Whole instances kept free for evacuations on each provider that hosts VMs. Default: by the
   * provider's warning (spares.ts) — none where a replacement launched at the notice takes the
   * VMs live in time (AWS's 120 s), else 1 or 2 (GCP's 30 s: 2). None under on-demand.
   */
  spareInstances: number
}

export interface ProviderResult extends ProviderTally {
  instanceType: string
  /** VMs a spot instance held: as asked, or fewer where the warning cannot move that many live (spares.ts). */
  vmsPerInstance: number
  vmsPerInstanceAsked: number
  spareInstances: number
}

export interface SimulationResult {
  /** The trace files, comma-separated. */
  trace: string
  /** The type, or with several providers each as provider=type, comma-separated. */
  instanceType: string
  policy: SimulationPolicy
  seed: number
  vms: number
  vmsPerInstance: number
  /** The common time span of the traces. */
  from: string
  to: string
  hours: number
  bandwidthMBps: number
  wanBandwidthMBps: number
  costUsd: number
  baselineUsd: number
  oracleUsd: number
  /** baseline ÷ cost: how many times cheaper than the cheapest on-demand fleet of any provider. */
  costRatio: number
  oracleRatio: number
  /** costRatio ÷ oracleRatio */
  ofOracle: number
  /** VM-time up ÷ VM-time. */
  availability: number
  vmsLost: number
  migrations: number
  stopcopyMigrations: number
  /** Moves to another provider's instance. */
  crossProviderMigrations: number
  revocations: number
  instancesStarted: number
  /** Whole instances kept free for evacuations, over all providers (0 under on-demand). */
  spareInstances: number
  baselineRegion: string
  byProvider: Record<string, ProviderResult>
}

/** The defaults, but the spare instances: they follow from each provider's warning (spares.ts). */
export function simulationDefaults (): Omit<SimulationOptions, 'spareInstances'> {
  return {
    vms: 100,
    vmsPerInstance: 4,
    policy: 'cheapest',
    seed: 1,
    revocationRatePerHour: 0.002,
    vmMemoryBytes: 512 << 20,
    dirtyBytesPerSec: 8 << 20,
    bandwidthBytesPerSec: SIMULATED_BANDWIDTH_BYTES_PER_SEC,
    wanBandwidthBytesPerSec: WAN_BANDWIDTH_BYTES_PER_SEC,
    launchDelayMs: 90_000,
    rebootMs: 30_000,
    horizonMs: DEFAULT_HORIZON_MS
  }
}

export function simulate (traces: SpotTrace | readonly SpotTrace[], onDemand: OnDemandTable, given: Partial<SimulationOptions> = {}): SimulationResult {
  const o = { ...simulationDefaults(), ...given }
  for (const k of ['vms', 'vmsPerInstance'] as const) {
    if (!Number.isInteger(o[k]) || o[k] < 1) throw new SimulationError(`${k} must be a whole number ≥ 1, not ${o[k]}`)
  }
  if (!(o.revocationRatePerHour >= 0)) throw new SimulationError(`the revocation rate must be ≥ 0, not ${o.revocationRatePerHour}`)
  for (const k of ['bandwidthBytesPerSec', 'wanBandwidthBytesPerSec'] as const) {
    if (!(o[k] > 0) || !Number.isFinite(o[k])) throw new SimulationError(`${k} must be a number > 0, not ${o[k]}`)
  }
  const model = (provider: string, capacity: number): SpareModel => ({ warningMs: warningMs(provider), launchDelayMs: o.launchDelayMs, capacity, vmMemoryBytes: o.vmMemoryBytes, dirtyBytesPerSec: o.dirtyBytesPerSec, bandwidthBytesPerSec: o.bandwidthBytesPerSec })
  // Under on-demand nothing is revoked: instances hold as many as asked.
  const market = resolveMarket(Array.isArray(traces) ? traces : [traces as SpotTrace], onDemand, o, o.policy === 'on-demand' ? undefined : (provider, asked) => liveCapacity(model(provider, asked)))
  const spares = spareInstances(o, market, model)
  const fleet = new Fleet(o, o.policy === 'on-demand' ? market.onDemand : market.spot, spares, market.startMs, market.endMs, seededRandom(o.seed))
  fleet.run(o.policy === 'hotspot' ? changeTimes(market.spot.map(f => f.series), market.startMs) : [])

  const hours = (market.endMs - market.startMs) / 3_600_000
  const costUsd = fleet.bill()
  const costRatio = market.baseline.usd / costUsd
  const oracleRatio = market.baseline.usd / market.oracleUsd
  const providers = [...market.byProvider.entries()]
  const byProvider: Record<string, ProviderResult> = {}
  for (const [p, choice] of providers) {
    const t = fleet.byProvider().get(p)
    byProvider[p] = {
      ...choice,
      spareInstances: spares.get(p) ?? 0,
      costUsd: round(t?.costUsd ?? 0, 4),
      instancesStarted: t?.instancesStarted ?? 0,
      revocations: t?.revocations ?? 0,
      vmHours: round(t?.vmHours ?? 0, 2),
      migrations: t?.migrations ?? 0,
      stopcopyMigrations: t?.stopcopyMigrations ?? 0,
      vmsLost: t?.vmsLost ?? 0
    }
  }
  return {
    trace: market.files.join(', '),
    instanceType: providers.length === 1 ? providers[0]?.[1].instanceType ?? '' : providers.map(([p, c]) => `${p}=${c.instanceType}`).join(', '),
    policy: o.policy,
    seed: o.seed,
    vms: o.vms,
    vmsPerInstance: o.vmsPerInstance,
    from: new Date(market.startMs).toISOString(),
    to: new Date(market.endMs).toISOString(),
    hours: round(hours, 2),
    bandwidthMBps: round(o.bandwidthBytesPerSec / 1e6, 1),
    wanBandwidthMBps: round(o.wanBandwidthBytesPerSec / 1e6, 1),
    costUsd: round(costUsd, 4),
    baselineUsd: round(market.baseline.usd, 4),
    oracleUsd: round(market.oracleUsd, 4),
    costRatio: round(costRatio, 4),
    oracleRatio: round(oracleRatio, 4),
    ofOracle: round(costRatio / oracleRatio, 4),
    availability: round(1 - fleet.downMs / (o.vms * (market.endMs - market.startMs)), 7),
    vmsLost: fleet.lost,
    migrations: fleet.migrations,
    stopcopyMigrations: fleet.stopcopies,
    crossProviderMigrations: fleet.crossProvider,
    revocations: fleet.revocations,
    instancesStarted: fleet.started,
    spareInstances: [...spares.values()].reduce((a, b) => a + b, 0),
    baselineRegion: market.baseline.offer.key,
    byProvider
  }
}

/**
 * Whole instances each provider keeps free for evacuations: none under on-demand, which nothing
 * revokes; else as asked, or by its warning against a replacement's launch (spares.ts).
 */
function spareInstances (o: Partial<Pick<SimulationOptions, 'spareInstances'>> & Pick<SimulationOptions, 'policy'>, market: Market, model: (provider: string, capacity: number) => SpareModel): Map<string, number> {
  const out = new Map<string, number>()
  for (const [provider, choice] of market.byProvider) {
    out.set(provider, o.policy === 'on-demand' ? 0 : o.spareInstances ?? sparesNeeded(model(provider, choice.vmsPerInstance)).spares)
  }
  return out
}

/** Every time some series' price changes, after the start. */
function changeTimes (series: readonly SpotSeries[], startMs: number): number[] {
  const times = new Set<number>()
  for (const s of series) {
    for (let i = 1; i < s.points.length; i++) {
      const p = s.points[i]
      if (p !== undefined && p.atMs > startMs && p.price !== s.points[i - 1]?.price) times.add(p.atMs)
    }
  }
  return [...times].sort((a, b) => a - b)
}

function round (x: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}
