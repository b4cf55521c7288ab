// A testnet on a spot trace: each peer gets a series of the trace (one instance type, series taken
// in turn) and is that series' instance (its provider, region and zone), its price replayed at the given speed-up and its notices drawn from the same series by
// the revocation model. Pure: the trace in, each peer's extra config out.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { SpotTrace } from '../node/spot/trace.js'

export interface SpotTestnetOptions {
  /** The trace file (made absolute: peers run in their own directories). */
  traceFile: string
  trace: SpotTrace
  speedup: number
  /** On-demand CSV; default ondemand.csv beside the trace when it exists. */
  ondemandFile?: string
  /** Default: the trace's first type, alphabetically. */
  instanceType?: string
  /** Random revocations per (trace) instance-hour. Default 0: only by price */
  revocationRatePerHour?: number
  seed?: number
}

export function spotPeerConfigs (peers: number, o: SpotTestnetOptions): Array<Record<string, unknown>> {
  const types = [...new Set(o.trace.series.map(s => s.instanceType))].sort()
  const type = o.instanceType ?? types[0]
  const series = o.trace.series.filter(s => s.instanceType === type)
  if (series.length === 0) throw new RangeError(`${o.traceFile} has no series of type ${String(type)} (it has ${types.join(', ')})`)
  const besideTrace = join(dirname(resolve(o.traceFile)), 'ondemand.csv')
  const ondemand = o.ondemandFile !== undefined ? resolve(o.ondemandFile) : existsSync(besideTrace) ? besideTrace : ''
  return Array.from({ length: peers }, (_, i) => {
    const s = series[i % series.length]!
    return {
      pricing: 'spot',
      instanceType: s.instanceType,
      // The series' own labels: an AWS series is an AWS instance, whatever --providers says.
      provider: s.provider,
      region: s.region,
      zone: s.zone === '' ? `${s.region}-any` : s.zone,
      spotTrace: resolve(o.traceFile),
      spotSeries: s.key,
      spotSpeedup: o.speedup,
      ...(ondemand === '' ? {} : { spotOndemand: ondemand }),
      notices: 'trace',
      revocationRatePerHour: o.revocationRatePerHour ?? 0,
      revocationSeed: (o.seed ?? 1) + i
    }
  })
}
