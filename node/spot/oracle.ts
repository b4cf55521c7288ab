// The oracle: a fleet that always sits in the cheapest series — of any provider, each counted at
// the instances it takes to hold the fleet — moving for free and at once.
import { priceAt, type SpotSeries } from './trace.js'

export interface OracleSeries {
  series: SpotSeries
  /** Instances of this series the fleet needs. */
  instances: number
}

/** ∫ min over `series` of (instances × price), over [fromMs, toMs], USD. */
export function oracleCost (series: readonly OracleSeries[], fromMs: number, toMs: number): number {
  const times = [...new Set([fromMs, ...series.flatMap(s => s.series.points.map(p => p.atMs)).filter(t => t > fromMs && t < toMs)])].sort((a, b) => a - b)
  let total = 0
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number
    const next = times[i + 1] ?? toMs
    total += Math.min(...series.map(s => s.instances * priceAt(s.series, t))) * (next - t) / 3_600_000
  }
  return total
}
