// Spot price traces in the CSV format of shared/data/spot (see its SOURCE.md): one row per price
// point, `timestamp,provider,region,zone,instance_type,price_usd_per_hour`; a price holds from its
// row until the next row of the same series, so hourly samples and change-only rows read the same.
// And the on-demand table, `provider,region,instance_type,price_usd_per_hour`. Anything else — an
// unknown or missing column, a bad or negative price, a series going back in time — is refused
// with a TraceError naming file:line, never skipped.
import { parse } from 'csv-parse/sync'
import { TraceError } from './errors.js'

export interface PricePoint { atMs: number, price: number }

export interface SeriesKey { provider: string, region: string, zone: string, instanceType: string }

export interface SpotSeries extends SeriesKey {
  /** provider/region/zone/type ("provider/region//type" when the trace has no zones). */
  key: string
  /** Increasing in time; never empty. */
  points: PricePoint[]
}

export interface SpotTrace {
  file: string
  series: SpotSeries[]
  startMs: number
  /** The last price point: the trace says nothing after it. */
  endMs: number
}

/** On-demand price by provider/region/type. */
export type OnDemandTable = ReadonlyMap<string, number>

export const SPOT_COLUMNS = ['timestamp', 'provider', 'region', 'zone', 'instance_type', 'price_usd_per_hour'] as const
export const ONDEMAND_COLUMNS = ['provider', 'region', 'instance_type', 'price_usd_per_hour'] as const
/** Bigger files are refused before they are read: the shared traces are 2 MB at most. */
export const MAX_TRACE_BYTES = 64 << 20
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/

export function seriesKey (k: SeriesKey): string {
  return `${k.provider}/${k.region}/${k.zone}/${k.instanceType}`
}

export function onDemandKey (provider: string, region: string, instanceType: string): string {
  return `${provider}/${region}/${instanceType}`
}

export function parseSpotTrace (text: string, file: string): SpotTrace {
  const rows = readRows(text, file, SPOT_COLUMNS)
  const byKey = new Map<string, SpotSeries & { lastLine: number }>()
  for (const { line, cells } of rows) {
    const [timestamp = '', provider = '', region = '', zone = '', instanceType = '', priceText = ''] = cells
    const where = `${file}:${line}`
    if (!ISO.test(timestamp)) throw new TraceError(`${where}: timestamp ${JSON.stringify(timestamp)} is not ISO-8601 UTC (YYYY-MM-DDTHH:MM:SSZ)`)
    const atMs = Date.parse(timestamp)
    if (!Number.isFinite(atMs)) throw new TraceError(`${where}: timestamp ${timestamp} is not a date`)
    for (const [name, value] of [['provider', provider], ['region', region], ['instance_type', instanceType]] as const) {
      if (value === '') throw new TraceError(`${where}: ${name} is empty`)
    }
    const price = parsePrice(priceText, where)
    const key = seriesKey({ provider, region, zone, instanceType })
    let series = byKey.get(key)
    if (series === undefined) {
      series = { key, provider, region, zone, instanceType, points: [], lastLine: line }
      byKey.set(key, series)
    }
    const last = series.points[series.points.length - 1]
    if (last !== undefined && atMs <= last.atMs) {
      throw new TraceError(`${where}: time goes back in series ${key}: ${timestamp} is not after ${new Date(last.atMs).toISOString()} (line ${series.lastLine}); the trace must be sorted by time`)
    }
    series.points.push({ atMs, price })
    series.lastLine = line
  }
  if (byKey.size === 0) throw new TraceError(`${file}: no price rows`)
  const series = [...byKey.values()].map(({ lastLine: _line, ...s }) => s).sort((a, b) => a.key.localeCompare(b.key))
  return {
    file,
    series,
    startMs: Math.min(...series.map(s => s.points[0]?.atMs ?? Infinity)),
    endMs: Math.max(...series.map(s => s.points[s.points.length - 1]?.atMs ?? -Infinity))
  }
}

export function parseOnDemand (text: string, file: string): Map<string, number> {
  const table = new Map<string, number>()
  for (const { line, cells } of readRows(text, file, ONDEMAND_COLUMNS)) {
    const [provider = '', region = '', instanceType = '', priceText = ''] = cells
    const where = `${file}:${line}`
    for (const [name, value] of [['provider', provider], ['region', region], ['instance_type', instanceType]] as const) {
      if (value === '') throw new TraceError(`${where}: ${name} is empty`)
    }
    const key = onDemandKey(provider, region, instanceType)
    if (table.has(key)) throw new TraceError(`${where}: a second on-demand price for ${key}`)
    table.set(key, parsePrice(priceText, where))
  }
  if (table.size === 0) throw new TraceError(`${file}: no price rows`)
  return table
}

/** The price in force at `atMs`: the last point at or before it (the first point before the trace starts). */
export function priceAt (series: SpotSeries, atMs: number): number {
  const i = indexAt(series, atMs)
  return (series.points[Math.max(0, i)] as PricePoint).price
}

/** Index of the last point at or before `atMs`; -1 before the first. */
export function indexAt (series: SpotSeries, atMs: number): number {
  const pts = series.points
  let lo = 0
  let hi = pts.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if ((pts[mid] as PricePoint).atMs <= atMs) { found = mid; lo = mid + 1 } else hi = mid - 1
  }
  return found
}

/** When the price next changes after `atMs` (a repeated price is no change), or undefined. */
export function nextChangeAfter (series: SpotSeries, atMs: number): number | undefined {
  const i = indexAt(series, atMs)
  const current = series.points[Math.max(0, i)]?.price
  for (let j = i + 1; j < series.points.length; j++) {
    const p = series.points[j] as PricePoint
    if (p.price !== current) return p.atMs
  }
  return undefined
}

/** ∫ price dt over [fromMs, toMs], in USD (prices are per hour). */
export function integrate (series: SpotSeries, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return 0
  let total = 0
  let t = fromMs
  let i = indexAt(series, fromMs)
  while (t < toMs) {
    const price = (series.points[Math.max(0, i)] as PricePoint).price
    const next = series.points[i + 1]?.atMs ?? Infinity
    const end = Math.min(toMs, next)
    total += price * (end - t) / 3_600_000
    t = end
    i++
  }
  return total
}

function parsePrice (text: string, where: string): number {
  if (text === '') throw new TraceError(`${where}: price_usd_per_hour is missing`)
  const price = Number(text)
  if (!Number.isFinite(price) || !/^[0-9.eE+-]+$/.test(text)) throw new TraceError(`${where}: price_usd_per_hour ${JSON.stringify(text)} is not a number`)
  if (price < 0) throw new TraceError(`${where}: price_usd_per_hour ${text} is negative (SpotLake marks a missing price -1: drop those rows)`)
  return price
}

function readRows (text: string, file: string, columns: readonly string[]): Array<{ line: number, cells: string[] }> {
  if (text.length > MAX_TRACE_BYTES) throw new TraceError(`${file}: larger than ${MAX_TRACE_BYTES >> 20} MiB`)
  let records: Array<{ record: string[], info: { lines: number } }>
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as unknown as Array<{ record: string[], info: { lines: number } }>
  } catch (err) {
    const line = (err as { lines?: number }).lines
    throw new TraceError(`${file}:${line ?? '?'}: not CSV: ${(err as Error).message}`)
  }
  const [header, ...body] = records
  if (header === undefined) throw new TraceError(`${file}:1: empty file (expected the header ${columns.join(',')})`)
  const unknown = header.record.filter(c => !columns.includes(c))
  if (unknown.length > 0) throw new TraceError(`${file}:${header.info.lines}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (expected ${columns.join(',')})`)
  const missing = columns.filter(c => !header.record.includes(c))
  if (missing.length > 0) throw new TraceError(`${file}:${header.info.lines}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${columns.join(',')})`)
  if (new Set(header.record).size !== header.record.length) throw new TraceError(`${file}:${header.info.lines}: a column appears twice`)
  const order = columns.map(c => header.record.indexOf(c))
  return body.map(({ record, info }) => {
    if (record.length !== header.record.length) throw new TraceError(`${file}:${info.lines}: ${record.length} fields, the header has ${header.record.length}`)
    return { line: info.lines, cells: order.map(i => record[i] ?? '') }
  })
}
