// `supercloud plot migration`: the SVG holds the report's rounds and its downtime's parts, from
// `vm migrate --json` or bench:migration's medians; anything else is refused by name.
import { expect } from 'chai'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from './util/cli.js'

const view = {
  id: 'mig-1', vm: 'vm-1', vmName: 'alpha', from: 'a', to: 'b', mode: 'precopy', phase: 'committed',
  startedAt: '2026-12-04T20:00:00.000Z', totalMs: 2467, downtimeMs: 106, bytes: 66_060_288, rounds: 4,
  pagesPerRound: [16_000, 900, 300, 120],
  downtimeBreakdownMs: { pauseMs: 2, devicesMs: 12, lastRoundMs: 30, sendMs: 8, oneWayMs: 40, destinationMs: 14, scanMs: 9 },
  progress: { phase: 'committed', round: 4, bytesSent: 66_060_288, lastRoundBytes: 491_520, dirtyBytesPerSec: 5_242_880, bandwidthBytesPerSec: 104_857_600, etaMs: 0, throttleMs: 0 }
}
const attrs = (svg: string, cls: string, attr: string): string[] => [...svg.matchAll(new RegExp(`<rect class="${cls}"[^>]* ${attr}="([^"]+)"`, 'g'))].map(m => m[1] ?? '')

describe('supercloud plot migration', function () {
  this.timeout(30_000)
  let dir: string
  before(() => { dir = mkdtempSync(join(tmpdir(), 'sc-plotmig-')) })
  after(() => { rmSync(dir, { recursive: true, force: true }) })

  it('draws a bar per round with its pages, and the switchover\'s parts adding up to it', async () => {
    const file = join(dir, 'alpha.json')
    writeFileSync(file, JSON.stringify(view))
    const r = await cli(['plot', 'migration', file])
    expect(r.code, r.stderr).to.equal(0)
    expect(r.stdout.trim()).to.equal(join(dir, 'alpha.svg'))
    const svg = readFileSync(join(dir, 'alpha.svg'), 'utf8')
    expect(attrs(svg, 'round', 'data-pages').map(Number)).to.deep.equal(view.pagesPerRound)
    // Every part but the overlapped scan, stacked; their sum is the total shown.
    const parts = attrs(svg, 'part', 'data-part')
    expect(parts).to.deep.equal(['pauseMs', 'devicesMs', 'lastRoundMs', 'sendMs', 'oneWayMs', 'destinationMs'])
    expect(svg).to.include('106 ms (scan 9 ms, overlapped)')
    expect(svg).to.include('dirty rate 5.2 MB/s, link 104.9 MB/s')
    expect(svg).to.include('<line class="dirty-level"')
  })

  it('draws bench:migration\'s medians per mode, and refuses what is neither', async () => {
    const bench = join(dir, 'bench.json')
    writeFileSync(bench, JSON.stringify({ precopy: { downtimeBreakdownMs: { pauseMs: 1, devicesMs: 10, lastRoundMs: 20, sendMs: 5, oneWayMs: 40, destinationMs: 10, scanMs: 0 } }, stopcopy: { downtimeBreakdownMs: { pauseMs: 1, devicesMs: 10, lastRoundMs: 900, sendMs: 50, oneWayMs: 40, destinationMs: 10, scanMs: 0 } } }))
    const out = join(dir, 'b.svg')
    expect((await cli(['plot', 'migration', bench, '--out', out])).code).to.equal(0)
    const svg = readFileSync(out, 'utf8')
    expect(attrs(svg, 'part', 'data-ms').map(Number)).to.deep.equal([1, 10, 20, 5, 40, 10, 1, 10, 900, 50, 40, 10])
    expect(svg).to.include('precopy (median)').and.include('stopcopy (median)')
    const junk = join(dir, 'junk.json')
    writeFileSync(junk, '{"hello": 1}')
    const refused = await cli(['plot', 'migration', junk, '--json'])
    expect(refused.code).to.equal(1)
    expect(JSON.parse(refused.stdout)).to.include({ name: 'PlotInputError' })
  })
})
