// The chaos report as an HTML timeline, written beside its JSON: the faults (each a bar from its
// start to its heal), every migration the run asked for (a bar per move, on its VM's row, coloured
// by outcome), and the violations (red marks, with their detail on hover and in a table below).
// One file, no script and nothing fetched: it opens offline, and CI can keep it as an artifact.
import { BAD, esc, legend, linearScale, num, panel } from '../../node/plot/svg.js'
import { humanReport } from './report.js'
import type { ChaosReport, Fault } from './types.js'

const WIDTH = 1100
const LEFT = 240
const ROW = 16
const FAULT_COLORS: Record<Fault['kind'], string> = { kill: '#e15759', partition: '#f28e2b', latency: '#edc948', abort: '#b07aa1' }
const OUTCOME_COLORS = { committed: '#59a14f', aborted: '#f28e2b', interrupted: '#e15759', refused: '#bab0ac' } as const

export function chaosTimelineHtml (r: ChaosReport): string {
  const { events } = r
  const faults = events.faults.map(f => ({ ...f, startMs: events.injectStartMs + f.at, endMs: events.injectStartMs + f.healAt }))
  const vms = [...new Map(events.migrations.map(m => [m.vm, m.name])).entries()].sort((a, b) => a[1].localeCompare(b[1]))
  const endMs = Math.max(1, ...faults.map(f => f.endMs), ...events.migrations.map(m => m.endMs), ...r.violations.map(v => v.atMs))
  const faultBox = { x: LEFT, y: 90, width: WIDTH - LEFT - 20, height: Math.max(1, faults.length) * ROW }
  const moveBox = { ...faultBox, y: faultBox.y + faultBox.height + 60, height: Math.max(1, vms.length) * ROW }
  const x = linearScale(0, endMs / 1000, faultBox)
  const at = (ms: number): string => num(x(ms / 1000))
  const parts: string[] = [
    legend(LEFT, 20, Object.entries(FAULT_COLORS).map(([kind, color]) => ({ label: `fault: ${kind}`, color }))),
    legend(LEFT, 40, [...Object.entries(OUTCOME_COLORS).map(([o, color]) => ({ label: `migration ${o}`, color })), { label: 'violation', color: BAD }])
  ]

  const fp = panel(faultBox, x, `faults (${faults.length})`, [0, 1], () => '')
  parts.push(fp.svg)
  faults.forEach((f, i) => {
    const y = faultBox.y + i * ROW
    parts.push(`<text class="tick" x="${LEFT - 6}" y="${y + 12}" text-anchor="end">${esc(faultLabel(f))}</text>`,
      `<rect class="fault" data-kind="${f.kind}" x="${at(f.startMs)}" y="${y + 2}" width="${num(Math.max(2, x(f.endMs / 1000) - x(f.startMs / 1000)))}" height="${ROW - 4}" fill="${FAULT_COLORS[f.kind]}"><title>${esc(`${f.id}: ${faultLabel(f)} from +${(f.startMs / 1000).toFixed(1)} s, healed at +${(f.endMs / 1000).toFixed(1)} s`)}</title></rect>`)
  })

  const mp = panel(moveBox, x, `migrations (${events.migrations.length}) by VM; seconds since the run started`, [0, 1], () => '')
  parts.push(mp.svg)
  const rowOf = new Map(vms.map(([id], i) => [id, moveBox.y + i * ROW]))
  vms.forEach(([id, name]) => { parts.push(`<text class="tick" x="${LEFT - 6}" y="${(rowOf.get(id) ?? 0) + 12}" text-anchor="end">${esc(name)}</text>`) })
  for (const m of events.migrations) {
    const y = rowOf.get(m.vm) ?? moveBox.y
    parts.push(`<rect class="migration" data-outcome="${m.outcome}" x="${at(m.startMs)}" y="${y + 3}" width="${num(Math.max(2, x(m.endMs / 1000) - x(m.startMs / 1000)))}" height="${ROW - 6}" fill="${OUTCOME_COLORS[m.outcome]}"><title>${esc(`${m.name}: peer ${m.from} → ${m.to}, ${m.outcome}${m.downtimeMs === undefined ? '' : `, downtime ${m.downtimeMs} ms`} (+${(m.startMs / 1000).toFixed(1)} s to +${(m.endMs / 1000).toFixed(1)} s)`)}</title></rect>`)
  }
  for (const v of r.violations) {
    const y = rowOf.get(v.vm)
    const [y1, y2] = y === undefined ? [faultBox.y, moveBox.y + moveBox.height] : [y, y + ROW]
    parts.push(`<line class="violation" data-kind="${v.kind}" x1="${at(v.atMs)}" x2="${at(v.atMs)}" y1="${y1}" y2="${y2}" stroke="${BAD}" stroke-width="3"><title>${esc(`${v.kind}: ${v.detail}`)}</title></line>`)
  }
  const height = moveBox.y + moveBox.height + 40
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="12"><style>.title{font-weight:600;fill:#344054}.tick{fill:#667085;font-size:11px}</style>${parts.join('')}</svg>`
  const violations = r.violations.length === 0
    ? '<p class="ok">no violations</p>'
    : `<table><thead><tr><th>at</th><th>kind</th><th>detail</th></tr></thead><tbody>${r.violations.map(v => `<tr class="violation"><td>+${(v.atMs / 1000).toFixed(1)} s</td><td>${esc(v.kind)}</td><td>${esc(v.detail)}</td></tr>`).join('')}</tbody></table>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(`chaos run, seed ${r.seed}: ${r.ok ? 'no violations' : `${r.violations.length} violations`}`)}</title>
<style>body{font:13px system-ui,sans-serif;margin:20px;color:#1d2939}pre{background:#f2f4f7;padding:10px;white-space:pre-wrap}table{border-collapse:collapse}td,th{border-bottom:1px solid #e4e7ec;padding:3px 8px;text-align:left}.ok{color:#067647}</style></head>
<body><h1>chaos run, seed ${esc(r.seed)}</h1>
<pre>${esc(humanReport(r))}</pre>
${svg}
<h2>violations</h2>
${violations}
</body></html>
`
}

function faultLabel (f: Fault): string {
  switch (f.kind) {
    case 'kill': return `kill peer ${f.peer}`
    case 'partition': return `partition ${f.peers.join(',')}`
    case 'latency': return `latency ${f.between.join('↔')} +${f.delayMs} ms`
    case 'abort': return `abort ${f.side} at ${f.failpoint.replace('migration.', '')}`
  }
}
