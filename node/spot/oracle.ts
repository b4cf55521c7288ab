// The oracle: one instance that always sits in the cheapest series, moving for free and at once.
import { priceAt, type SpotSeries } from './trace.js'

/** ∫ min over `series` of the price, over [fromMs, toMs], USD per instance. */
export function oracleCost (series: readonly SpotSeries[], fromMs: number, toMs: number): number {
  const times = [...new Set([fromMs, ...series.flatMap(s => s.points.map(p => p.atMs)).filter(t => t > fromMs && t < toMs)])].sort((a, b) => a - b)
  let total = 0
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number
    const next = times[i + 1] ?? toMs
    total += Math.min(...series.map(s => priceAt(s, t))) * (next - t) / 3_600_000
  }
  return total
}
