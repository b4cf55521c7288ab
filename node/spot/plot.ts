// `spot simulate --plot FILE.svg`: what a run did, over the trace's time. Three panels on one time
// axis: the spot price of every offer the fleet ran on (beside its on-demand price, dashed), where
// the VMs ran (per provider) with every revocation marked, and what the fleet had paid so far
// against the cheapest on-demand fleet. Recorded by a FleetObserver, which only reads the run.
import { line, curveStepAfter } from 'd3-shape'
import type { FleetObserver } from './fleet.js'
import type { SimulationResult, SimulationSpan } from './simulate.js'
import { BAD, PALETTE, document, esc, legend, num, panel, timeScale, type Box } from '../plot/svg.js'

/** Samples over the span: enough for a smooth line at the plot's width. */
const SAMPLES = 480
const WIDTH = 980
const PANEL: Omit<Box, 'y'> = { x: 70, width: 880, height: 170 }

export interface PlotSample { atMs: number, vmsByProvider: Record<string, number>, costUsd: number }

export class SimulationRecorder implements FleetObserver {
  readonly sampleTimes: number[] = []
  readonly samples: PlotSample[] = []
  readonly revocations: Array<{ atMs: number, provider: string }> = []

  constructor (readonly span: SimulationSpan) {
    for (let i = 0; i < SAMPLES; i++) this.sampleTimes.push(span.startMs + (span.endMs - span.startMs) * i / SAMPLES)
  }

  sample (atMs: number, hostProviders: readonly string[], costUsd: number): void {
    const vmsByProvider: Record<string, number> = {}
    for (const p of hostProviders) vmsByProvider[p] = (vmsByProvider[p] ?? 0) + 1
    this.samples.push({ atMs, vmsByProvider, costUsd })
  }

  revoked (atMs: number, provider: string): void {
    this.revocations.push({ atMs, provider })
  }
}

export function simulationPlot (r: SimulationResult, rec: SimulationRecorder): string {
  const { span } = rec
  const providers = [...new Set(span.offers.map(o => o.provider))].sort()
  const color = (p: string): string => PALETTE[providers.indexOf(p) % PALETTE.length] ?? '#000'
  const boxes = [0, 1, 2].map(i => ({ ...PANEL, y: 100 + i * (PANEL.height + 60) }))
  const [priceBox, vmBox, costBox] = boxes as [Box, Box, Box]
  const x = timeScale(span.startMs, span.endMs, priceBox)
  const parts: string[] = [
    `<text x="${PANEL.x}" y="24" font-size="15" font-weight="600">${esc(`${r.policy}: ${r.vms} VMs over ${r.hours} h (${r.from.slice(0, 16)} – ${r.to.slice(0, 16)} UTC)`)}</text>`,
    `<text x="${PANEL.x}" y="44" class="summary">${esc(`cost $${r.costUsd.toFixed(2)} against $${r.baselineUsd.toFixed(2)} on demand (${r.costRatio.toFixed(2)}× cheaper), ${r.revocations} revocations, ${r.migrations} migrations, ${r.vmsLost} VMs lost, availability ${(r.availability * 100).toFixed(3)}%`)}</text>`,
    legend(PANEL.x, 64, providers.map(p => ({ label: p, color: color(p) })))
  ]

  // Prices: the step each series takes, inside the span.
  const inSpan = span.offers.map(o => ({ o, points: pricePoints(o.series.points, span.startMs, span.endMs) }))
  const maxPrice = Math.max(...inSpan.flatMap(s => [...s.points.map(p => p.price), s.o.onDemand]))
  const price = panel(priceBox, x, 'price, $/h (on-demand dashed)', [0, maxPrice], v => `$${v}`)
  parts.push(price.svg)
  const priceLine = line<{ atMs: number, price: number }>().x(p => x(p.atMs)).y(p => price.y(p.price)).curve(curveStepAfter)
  for (const { o, points } of inSpan) {
    parts.push(`<path class="price" data-offer="${esc(o.key)}" d="${priceLine(points) ?? ''}" fill="none" stroke="${color(o.provider)}" stroke-width="1.5"/>`)
    if (o.onDemand > 0) parts.push(`<line class="on-demand" data-offer="${esc(o.key)}" x1="${priceBox.x}" x2="${priceBox.x + priceBox.width}" y1="${num(price.y(o.onDemand))}" y2="${num(price.y(o.onDemand))}" stroke="${color(o.provider)}" stroke-dasharray="5 3"/>`)
  }

  // Where the VMs ran, and the revocations.
  const vms = panel(vmBox, x, `VMs per provider; revocations marked (${rec.revocations.length})`, [0, r.vms], v => String(v))
  parts.push(vms.svg)
  for (const p of providers) {
    const l = line<PlotSample>().x(s => x(s.atMs)).y(s => vms.y(s.vmsByProvider[p] ?? 0)).curve(curveStepAfter)
    parts.push(`<path class="vms" data-provider="${esc(p)}" d="${l(rec.samples) ?? ''}" fill="none" stroke="${color(p)}" stroke-width="2"/>`)
  }
  parts.push('<g class="revocations">', ...rec.revocations.map(v => `<line class="revocation" data-provider="${esc(v.provider)}" x1="${num(x(v.atMs))}" x2="${num(x(v.atMs))}" y1="${vmBox.y}" y2="${vmBox.y + 12}" stroke="${BAD}" stroke-width="1.5"><title>${esc(`${v.provider} revoked an instance at ${new Date(v.atMs).toISOString()}`)}</title></line>`), '</g>')

  // What was paid so far, against the on-demand fleet (a constant price: a straight line).
  const costs = [...rec.samples, { atMs: span.endMs, vmsByProvider: {}, costUsd: r.costUsd }]
  const cost = panel(costBox, x, 'paid so far, $ (on-demand fleet dashed)', [0, Math.max(r.baselineUsd, r.costUsd)], v => `$${v}`)
  parts.push(cost.svg)
  const costLine = line<PlotSample>().x(s => x(s.atMs)).y(s => cost.y(s.costUsd))
  parts.push(`<path class="cost" d="${costLine(costs) ?? ''}" fill="none" stroke="#1d2939" stroke-width="2"/>`,
    `<line class="baseline" x1="${costBox.x}" y1="${num(cost.y(0))}" x2="${costBox.x + costBox.width}" y2="${num(cost.y(r.baselineUsd))}" stroke="#667085" stroke-width="2" stroke-dasharray="6 4"/>`,
    `<text class="end-cost" x="${costBox.x + costBox.width - 4}" y="${num(cost.y(r.costUsd) - 6)}" text-anchor="end">${esc(`$${r.costUsd.toFixed(2)}`)}</text>`,
    `<text class="end-baseline" x="${costBox.x + costBox.width - 4}" y="${num(cost.y(r.baselineUsd) - 6)}" text-anchor="end">${esc(`$${r.baselineUsd.toFixed(2)} on demand`)}</text>`)
  return document(WIDTH, costBox.y + costBox.height + 40, `spot simulation: ${r.policy}, ${r.trace}`, parts.join(''))
}

/** The series' points inside [from, to], starting with the price in force at `from` and ending at `to`. */
function pricePoints (points: ReadonlyArray<{ atMs: number, price: number }>, from: number, to: number): Array<{ atMs: number, price: number }> {
  let first = points[0]
  const out: Array<{ atMs: number, price: number }> = []
  for (const p of points) {
    if (p.atMs <= from) first = p
    else if (p.atMs < to) out.push({ atMs: p.atMs, price: p.price })
  }
  const last = out[out.length - 1] ?? first
  return [...(first === undefined ? [] : [{ atMs: from, price: first.price }]), ...out, ...(last === undefined ? [] : [{ atMs: to, price: last.price }])]
}
