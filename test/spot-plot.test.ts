// `spot simulate --plot`: the picture holds what the run did. Its revocations are the run's, its
// cost line ends at the run's bill beside the on-demand fleet's, its VM lines account for every VM at
// every sample; and watching a run never changes it.
import { expect } from 'chai'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simulate, type SimulationResult } from '../node/spot/simulate.js'
import { SimulationRecorder } from '../node/spot/plot.js'
import { AWS_TRACE, ONDEMAND, loadSpotData } from './util/spot-data.js'
import { cliJson } from './util/cli.js'

const count = (svg: string, re: RegExp): number => svg.match(re)?.length ?? 0
const textOf = (svg: string, cls: string): string | undefined => new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`).exec(svg)?.[1]

describe('spot simulate --plot', function () {
  this.timeout(60_000)
  let dir: string
  before(function () { loadSpotData(this); dir = mkdtempSync(join(tmpdir(), 'sc-plot-')) })
  after(() => { if (dir !== undefined) rmSync(dir, { recursive: true, force: true }) })

  it('draws the run\'s revocations, its VMs per provider and its bill against on-demand', async () => {
    const file = join(dir, 'run.svg')
    const r = await cliJson<SimulationResult>(['spot', 'simulate', '--trace', AWS_TRACE, '--ondemand', ONDEMAND, '--type', 'c5.large', '--vms', '20', '--plot', file, '--json'])
    const svg = readFileSync(file, 'utf8')
    expect(svg).to.match(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(r.revocations, 'a run with revocations to draw').to.be.greaterThan(0)
    expect(count(svg, /<line class="revocation" data-provider="aws"/g)).to.equal(r.revocations)
    expect(textOf(svg, 'end-cost')).to.equal(`$${r.costUsd.toFixed(2)}`)
    expect(textOf(svg, 'end-baseline')).to.equal(`$${r.baselineUsd.toFixed(2)} on demand`)
    expect(count(svg, /<path class="vms" data-provider="aws" d="M[^"]+"/g)).to.equal(1)
    // A price line per c5.large series of the trace, each beside its on-demand price.
    const offers = [...svg.matchAll(/<path class="price" data-offer="([^"]+)" d="M[^"]+"/g)].map(m => m[1] ?? '')
    expect(offers.length).to.be.greaterThan(0)
    for (const o of offers) {
      expect(o).to.match(/^aws\/.*\/c5\.large$/)
      expect(svg).to.include(`<line class="on-demand" data-offer="${o}"`)
    }
  })

  it('samples every VM at every step, a bill that only grows, and the same run as unwatched', function () {
    const { aws, od } = loadSpotData(this)
    const options = { policy: 'cheapest' as const, instanceType: 'c5.large', vms: 20, seed: 3 }
    let rec: SimulationRecorder | undefined
    const watched = simulate(aws, od, options, span => (rec = new SimulationRecorder(span)))
    expect(watched).to.deep.equal(simulate(aws, od, options))
    const samples = (rec as SimulationRecorder).samples
    expect(samples.length).to.be.greaterThan(400)
    let paid = 0
    for (const s of samples) {
      expect(Object.values(s.vmsByProvider).reduce((a, b) => a + b, 0)).to.equal(20)
      expect(s.costUsd).to.be.at.least(paid)
      paid = s.costUsd
    }
    expect(paid).to.be.at.most(watched.costUsd)
    expect((rec as SimulationRecorder).revocations.length).to.equal(watched.revocations)
  })
})
