// The few SVG pieces every plot of the supercloud shares (spot simulate --plot, plot migration, the
// chaos timeline): panels with axes from d3-scale's ticks, lines from d3-shape, and text escaped.
// Plots are rendered here, as strings, so they work offline and in a file with no script.
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale'

/** One colour per series, in order (Tableau 10: tells providers apart, also in grey print). */
export const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac']
export const BAD = '#d62728'

export function esc (text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function num (x: number, digits = 1): string {
  return String(Math.round(x * 10 ** digits) / 10 ** digits)
}

/** What an x axis needs of a linear or a time scale. */
interface XAxis { (v: number | Date): number | undefined, ticks: (n?: number) => Array<number | Date>, tickFormat: (n?: number) => (d: number | Date) => string }

export interface Box { x: number, y: number, width: number, height: number }

/** A panel's y scale, its axis and title; `x` is shared by the panels of one plot. */
export function panel (box: Box, x: ScaleLinear<number, number> | ScaleTime<number, number>, title: string, yDomain: [number, number], yFormat: (v: number) => string): { y: ScaleLinear<number, number>, svg: string } {
  const y = scaleLinear().domain(yDomain[1] > yDomain[0] ? yDomain : [yDomain[0], yDomain[0] + 1]).nice().range([box.y + box.height, box.y])
  const parts = [`<text class="title" x="${box.x}" y="${box.y - 8}">${esc(title)}</text>`,
    `<rect class="frame" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="none" stroke="#d0d5dd"/>`]
  for (const t of y.ticks(4)) {
    parts.push(`<line x1="${box.x}" x2="${box.x + box.width}" y1="${num(y(t))}" y2="${num(y(t))}" stroke="#eef0f3"/>`,
      `<text class="tick" x="${box.x - 6}" y="${num(y(t) + 4)}" text-anchor="end">${esc(yFormat(t))}</text>`)
  }
  const axis = x as unknown as XAxis
  const format = axis.tickFormat(6)
  for (const t of axis.ticks(6)) {
    const px = num(axis(t) ?? 0)
    parts.push(`<line x1="${px}" x2="${px}" y1="${box.y + box.height}" y2="${box.y + box.height + 4}" stroke="#98a2b3"/>`,
      `<text class="tick" x="${px}" y="${box.y + box.height + 16}" text-anchor="middle">${esc(format(t))}</text>`)
  }
  return { y, svg: parts.join('') }
}

export function timeScale (fromMs: number, toMs: number, box: Box): ScaleTime<number, number> {
  return scaleUtc().domain([new Date(fromMs), new Date(toMs)]).range([box.x, box.x + box.width])
}

export function linearScale (from: number, to: number, box: Box): ScaleLinear<number, number> {
  return scaleLinear().domain([from, to > from ? to : from + 1]).range([box.x, box.x + box.width])
}

export function legend (x: number, y: number, items: ReadonlyArray<{ label: string, color: string, dashed?: boolean }>): string {
  let at = x
  return items.map(item => {
    const s = `<g class="legend-item"><line x1="${at}" x2="${at + 18}" y1="${y - 4}" y2="${y - 4}" stroke="${item.color}" stroke-width="2.5"${item.dashed === true ? ' stroke-dasharray="5 3"' : ''}/><text x="${at + 22}" y="${y}">${esc(item.label)}</text></g>`
    at += 34 + item.label.length * 6.5
    return s
  }).join('')
}

/** The whole document: a white background and one font. */
export function document (width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">` +
    `<title>${esc(title)}</title><style>.title{font-weight:600;fill:#344054}.tick{fill:#667085;font-size:11px}</style>` +
    `<rect width="${width}" height="${height}" fill="#fff"/>${body}</svg>\n`
}
