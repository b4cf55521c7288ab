// What the simulator may start instances in, from one or several traces: the common time span of
// the traces, one instance type per provider and its capacity in VMs, every spot series of those
// types (with its on-demand price, the revocation model's maximum price), each region's on-demand
// offer, and the two yardsticks — the cheapest on-demand fleet of either provider (the baseline)
// and the cross-provider oracle, always in the cheapest series, moving for free.
import { SimulationError } from './errors.js'
import { oracleCost } from './oracle.js'
import { onDemandKey, type OnDemandTable, type SpotSeries, type SpotTrace } from './trace.js'

/** Where instances can be started: one spot series, or a region's on-demand price. */
export interface Offer {
  key: string
  provider: string
  series: SpotSeries
  pricing: 'spot' | 'on-demand'
  onDemand: number
  /** VMs one instance holds. */
  capacity: number
}

export interface ProviderChoice {
  instanceType: string
  /** VMs a spot instance holds: as asked, or fewer where the warning cannot move that many live. */
  vmsPerInstance: number
  vmsPerInstanceAsked: number
}

export interface Market {
  files: string[]
  startMs: number
  endMs: number
  byProvider: Map<string, ProviderChoice>
  spot: Offer[]
  onDemand: Offer[]
  /** The cheapest on-demand fleet for `vms`: its offer and its cost over the span. */
  baseline: { offer: Offer, usd: number }
  /** The oracle's cost for `vms` over the span. */
  oracleUsd: number
}

export interface MarketChoice {
  vms: number
  /** One type for every provider (each provider's series of it). */
  instanceType?: string
  /** A type per provider; a provider not named takes its first type, alphabetically. */
  instanceTypes?: Readonly<Record<string, string>>
  vmsPerInstance: number
  /** Per provider, over vmsPerInstance. */
  vmsPerInstanceByProvider?: Readonly<Record<string, number>>
}

/**
 * `spotCapacity` caps the VMs a spot instance of a provider holds (a revocation's warning must be
 * able to move them). On-demand instances, the baseline and the oracle hold as many as asked:
 * nothing revokes the first, and the oracle moves for free.
 */
export function resolveMarket (traces: readonly SpotTrace[], table: OnDemandTable, c: MarketChoice, spotCapacity: (provider: string, asked: number) => number = (_p, asked) => asked): Market {
  if (traces.length === 0) throw new SimulationError('no trace to simulate over')
  const startMs = Math.max(...traces.map(t => t.startMs))
  const endMs = Math.min(...traces.map(t => t.endMs))
  if (!(endMs > startMs)) throw new SimulationError(`the traces share no time: ${traces.map(t => `${t.file} ${iso(t.startMs)} – ${iso(t.endMs)}`).join('; ')}`)
  const all = allSeries(traces)
  const providers = [...new Set(all.map(s => s.provider))].sort()
  for (const p of Object.keys({ ...c.instanceTypes, ...c.vmsPerInstanceByProvider })) {
    if (!providers.includes(p)) throw new SimulationError(`no trace has provider ${p} (they have ${providers.join(', ')})`)
  }
  const byProvider = new Map<string, ProviderChoice>()
  const spot: Offer[] = []
  const onDemand: Offer[] = []
  for (const provider of providers) {
    const own = all.filter(s => s.provider === provider)
    const types = [...new Set(own.map(s => s.instanceType))].sort()
    const type = c.instanceTypes?.[provider] ?? c.instanceType ?? types[0] ?? ''
    const series = own.filter(s => s.instanceType === type)
    if (series.length === 0) {
      const how = providers.length > 1 ? `; give each provider its type, as --type ${provider}=TYPE` : ''
      throw new SimulationError(`${traces.map(t => t.file).join(', ')} has no ${provider} series of instance type ${type} (it has ${types.join(', ')})${how}`)
    }
    const capacity = c.vmsPerInstanceByProvider?.[provider] ?? c.vmsPerInstance
    if (!Number.isInteger(capacity) || capacity < 1) throw new SimulationError(`VMs per ${provider} instance must be a whole number ≥ 1, not ${capacity}`)
    const live = Math.min(capacity, spotCapacity(provider, capacity))
    byProvider.set(provider, { instanceType: type, vmsPerInstance: live, vmsPerInstanceAsked: capacity })
    for (const s of series) {
      const od = table.get(onDemandKey(provider, s.region, type))
      if (od === undefined) throw new SimulationError(`no on-demand price for ${onDemandKey(provider, s.region, type)} (needed as the maximum price of ${s.key})`)
      spot.push({ key: s.key, provider, series: s, pricing: 'spot', onDemand: od, capacity: live })
    }
    for (const region of [...new Set(series.map(s => s.region))]) {
      const price = table.get(onDemandKey(provider, region, type)) as number
      const key = `${provider}/${region}/on-demand/${type}`
      onDemand.push({ key, provider, pricing: 'on-demand', onDemand: price, capacity, series: { key, provider, region, zone: '', instanceType: type, points: [{ atMs: startMs, price }] } })
    }
  }
  const hours = (endMs - startMs) / 3_600_000
  const fleet = (o: Offer): number => Math.ceil(c.vms / o.capacity)
  const baseline = onDemand.map(offer => ({ offer, usd: fleet(offer) * offer.onDemand * hours })).sort((a, b) => a.usd - b.usd || a.offer.key.localeCompare(b.offer.key))[0] as Market['baseline']
  const asked = (o: Offer): number => Math.ceil(c.vms / (byProvider.get(o.provider)?.vmsPerInstanceAsked ?? o.capacity))
  const oracleUsd = oracleCost(spot.map(o => ({ series: o.series, instances: asked(o) })), startMs, endMs)
  return { files: traces.map(t => t.file), startMs, endMs, byProvider, spot, onDemand, baseline, oracleUsd }
}

/** Every series of every trace; the same series in two traces is refused (which one holds?). */
function allSeries (traces: readonly SpotTrace[]): SpotSeries[] {
  const seen = new Map<string, string>()
  const out: SpotSeries[] = []
  for (const t of traces) {
    for (const s of t.series) {
      const other = seen.get(s.key)
      if (other !== undefined) throw new SimulationError(`series ${s.key} is in both ${other} and ${t.file}`)
      seen.set(s.key, t.file)
      out.push(s)
    }
  }
  return out
}

function iso (ms: number): string {
  return new Date(ms).toISOString()
}
