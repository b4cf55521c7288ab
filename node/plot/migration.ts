// `supercloud plot migration REPORT.json`: one migration as `vm migrate --json` reports it — the
// pages each pre-copy round sent (round 1 the whole non-zero RAM, then what the guest dirtied
// meanwhile) beside the dirty rate and the link it measured, and where the switchover's downtime
// went, part by part. Or the medians of `npm run bench:migration -- --json`, a breakdown per mode.
import { BAD, PALETTE, document, esc, legend, linearScale, num, panel } from './svg.js'
import { DOWNTIME_PARTS, type DowntimeBreakdown } from '../../overlay/migration/types.js'

const WIDTH = 900
const LEFT = 90
const PAGE_BYTES = 4096
/** What each part of the breakdown is, for people. */
const PART_LABELS: Record<typeof DOWNTIME_PARTS[number], string> = {
  pauseMs: 'pause', devicesMs: 'save devices', lastRoundMs: 'last round', sendMs: 'send', oneWayMs: 'one way', destinationMs: 'destination', scanMs: 'scan (overlapped)'
}

/** The fields of a migration report this draws (node/vms/migrate-out.ts MigrationView). */
export interface MigrationReport {
  vmName: string
  mode: string
  phase: string
  rounds: number
  pagesPerRound: number[]
  bytes: number
  totalMs?: number
  downtimeMs?: number
  downtimeBreakdownMs?: DowntimeBreakdown
  progress?: { dirtyBytesPerSec: number, bandwidthBytesPerSec: number }
}

/** bench:migration --json: medians per mode. */
export interface MigrationBench { precopy?: { downtimeMs?: { median: number }, downtimeBreakdownMs?: Partial<DowntimeBreakdown> }, stopcopy?: MigrationBench['precopy'] }

export class PlotInputError extends Error {
  override name = 'PlotInputError'
}

export function migrationPlot (input: unknown): string {
  const o = input as Partial<MigrationReport> & MigrationBench & { large?: MigrationBench }
  if (Array.isArray(o.pagesPerRound)) return reportPlot(o as MigrationReport)
  const bench = o.large ?? o
  if (bench.precopy?.downtimeBreakdownMs !== undefined || bench.stopcopy?.downtimeBreakdownMs !== undefined) return benchPlot(bench)
  throw new PlotInputError('not a migration report: expected the output of `supercloud vm migrate --json` (with pagesPerRound) or of `npm run bench:migration -- --json`')
}

function reportPlot (r: MigrationReport): string {
  const parts: string[] = [`<text x="${LEFT}" y="24" font-size="15" font-weight="600">${esc(`${r.vmName}: ${r.mode}, ${r.phase}, ${r.rounds} rounds, ${mib(r.bytes)} sent${r.totalMs === undefined ? '' : ` in ${r.totalMs} ms`}${r.downtimeMs === undefined ? '' : `, downtime ${r.downtimeMs} ms`}`)}</text>`]
  const rates = r.progress === undefined ? '' : `dirty rate ${mbps(r.progress.dirtyBytesPerSec)}, link ${mbps(r.progress.bandwidthBytesPerSec)} (as measured)`
  parts.push(`<text class="rates" x="${LEFT}" y="44">${esc(rates)}</text>`)
  const box = { x: LEFT, y: 80, width: WIDTH - LEFT - 30, height: 200 }
  const n = Math.max(1, r.pagesPerRound.length)
  const x = linearScale(0, n + 1, box)
  const pages = panel(box, x, 'pages sent per round, by round (after round 1: what the guest dirtied during the one before)', [0, Math.max(1, ...r.pagesPerRound)], v => String(v))
  parts.push(pages.svg)
  const barWidth = Math.max(2, box.width / n * 0.7)
  r.pagesPerRound.forEach((p, i) => {
    const y = pages.y(p)
    parts.push(`<rect class="round" data-round="${i + 1}" data-pages="${p}" x="${num(x(i + 1) - barWidth / 2)}" y="${num(y)}" width="${num(barWidth)}" height="${num(box.y + box.height - y)}" fill="${PALETTE[0] ?? ''}"><title>${esc(`round ${i + 1}: ${p} pages (${mib(p * PAGE_BYTES)})`)}</title></rect>`)
  })
  if (r.progress !== undefined && r.progress.bandwidthBytesPerSec > 0 && r.pagesPerRound.length > 1) {
    // The pages a round sends while the guest dirties at its rate: the level pre-copy converges to.
    const level = r.progress.dirtyBytesPerSec / r.progress.bandwidthBytesPerSec * (r.pagesPerRound[0] ?? 0)
    parts.push(`<line class="dirty-level" x1="${box.x}" x2="${box.x + box.width}" y1="${num(pages.y(level))}" y2="${num(pages.y(level))}" stroke="${BAD}" stroke-dasharray="5 3"><title>${esc(`round 1's pages × dirty rate ÷ link: ${Math.round(level)} pages`)}</title></line>`)
  }
  const height = breakdown(parts, r.downtimeBreakdownMs === undefined ? [] : [{ label: r.mode, parts: r.downtimeBreakdownMs }], box.y + box.height + 70)
  return document(WIDTH, height, `migration of ${r.vmName}`, parts.join(''))
}

function benchPlot (b: MigrationBench): string {
  const rows = (['precopy', 'stopcopy'] as const).flatMap(mode => b[mode]?.downtimeBreakdownMs === undefined ? [] : [{ label: `${mode} (median)`, parts: b[mode]?.downtimeBreakdownMs ?? {} }])
  const parts = [`<text x="${LEFT}" y="24" font-size="15" font-weight="600">bench:migration: where the downtime goes (medians)</text>`]
  return document(WIDTH, breakdown(parts, rows, 70), 'bench:migration downtime breakdown', parts.join(''))
}

/** Stacked bars of the switchover's parts, one per row; returns the height used. */
function breakdown (out: string[], rows: ReadonlyArray<{ label: string, parts: Partial<DowntimeBreakdown> }>, top: number): number {
  if (rows.length === 0) return top
  // The scan overlaps the rest (it runs while the devices are saved): drawn, but not stacked.
  const stacked = DOWNTIME_PARTS.filter(p => p !== 'scanMs')
  const total = Math.max(1, ...rows.map(r => stacked.reduce((s, p) => s + (r.parts[p] ?? 0), 0)))
  const box = { x: LEFT, y: top, width: WIDTH - LEFT - 200, height: rows.length * 34 }
  const x = linearScale(0, total, box)
  out.push(`<text class="title" x="${box.x}" y="${box.y - 22}">switchover: where the downtime went, ms</text>`,
    legend(box.x, box.y - 6, stacked.map((p, i) => ({ label: PART_LABELS[p], color: PALETTE[i % PALETTE.length] ?? '' }))))
  rows.forEach((row, i) => {
    const y = box.y + 6 + i * 34
    let at = 0
    out.push(`<text class="tick" x="${box.x - 6}" y="${y + 15}" text-anchor="end">${esc(row.label)}</text>`)
    stacked.forEach((p, j) => {
      const ms = row.parts[p] ?? 0
      if (ms <= 0) return
      out.push(`<rect class="part" data-part="${p}" data-ms="${ms}" x="${num(x(at))}" y="${y}" width="${num(x(at + ms) - x(at))}" height="22" fill="${PALETTE[j % PALETTE.length] ?? ''}"><title>${esc(`${PART_LABELS[p]}: ${ms} ms`)}</title></rect>`)
      at += ms
    })
    out.push(`<text class="part-total" x="${num(x(at) + 6)}" y="${y + 15}">${esc(`${Math.round(at * 10) / 10} ms${(row.parts.scanMs ?? 0) > 0 ? ` (scan ${row.parts.scanMs} ms, overlapped)` : ''}`)}</text>`)
  })
  return box.y + box.height + 30
}

function mib (bytes: number): string {
  return `${(bytes / (1 << 20)).toFixed(1)} MiB`
}

function mbps (bytesPerSec: number): string {
  return `${(bytesPerSec / 1e6).toFixed(1)} MB/s`
}
