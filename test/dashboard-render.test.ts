// The dashboard page in a real browser at scale: 100 peers and 1,000 VMs whose counters all change
// on every read, 20 migrations in flight, 10 VNets, from a synthetic source (test code only; a
// daemon's dashboard always reads the daemon). Every update must render in ≤ 100 ms, from the
// message's arrival to the layout of the frame that shows it (issue 20). Updates are timed once the
// page shows its first whole snapshot. The frames that draw that snapshot are the page's load, on
// a cold page (its first style and layout, its code not yet optimised: 2-113 ms in seven CI runs):
// reported apart, and held to LOAD_BUDGET_MS, which a page drawing every row (360-720 ms, see
// table.ts) exceeds.
import { expect } from 'chai'
import type { Browser } from 'playwright-core'
import { ApiServer } from '../node/api/server.js'
import { silentLogger } from '../node/log.js'
import { SyntheticSource } from './util/synthetic-dashboard.js'
import { openLink } from './util/dashboard-client.js'
import { launchBrowser, percentile } from './util/browser.js'

const TOKEN = 'c'.repeat(64)
const RENDER_BUDGET_MS = 100
const LOAD_BUDGET_MS = 250
const WATCH_MS = 10_000

describe('dashboard page at 100 peers and 1,000 VMs (real browser, synthetic feed)', function () {
  this.timeout(120_000)
  let browser: Browser | undefined
  let api: ApiServer

  before(async function () {
    browser = await launchBrowser()
    if (browser === undefined) this.skip()
    api = new ApiServer({ port: 0, token: TOKEN, log: silentLogger() })
    // Faster than a daemon's feed (vms every 1 s), so the run sees more updates.
    api.attachDashboard(new SyntheticSource({ peers: 100, vms: 1000, migrations: 20, nets: 10 }), {
      feed: { intervalsMs: { peers: 500, vms: 500, migrations: 500, nets: 1000, cost: 2000 }, activeMigrationsMs: 250 }
    })
    await api.start()
  })
  after(async () => {
    await browser?.close()
    await api?.stop()
  })

  it(`renders every update within ${RENDER_BUDGET_MS} ms`, async () => {
    const link = await openLink(api.url, TOKEN)
    try {
      const page = await (browser as Browser).newPage({ viewport: { width: 1400, height: 900 } })
      const errors: string[] = []
      page.on('pageerror', e => { errors.push(e.message) })
      const opened = Date.now()
      await page.goto(link.url)
      await page.waitForSelector('#vms[data-rows="1000"]', { timeout: 30_000 })
      await page.waitForSelector('#peers[data-rows="100"]', { timeout: 30_000 })
      const shownMs = Date.now() - opened
      // The load's renders, taken out of those the watch measures.
      const load = await page.evaluate(() => (window as unknown as { supercloudDashboard: { renders: number[] } }).supercloudDashboard.renders.splice(0))
      const loadLine = `dashboard load: the whole snapshot shown ${shownMs} ms after opening the link, in ${load.length} renders, the slowest ${Math.max(0, ...load).toFixed(1)} ms`
      process.stderr.write(loadLine + '\n')
      expect(Math.max(0, ...load), loadLine).to.be.at.most(LOAD_BUDGET_MS)
      await page.waitForTimeout(WATCH_MS)
      const stats = await page.evaluate(() => (window as unknown as { supercloudDashboard: { renders: number[], messages: number } }).supercloudDashboard)
      expect(errors).to.deep.equal([])
      expect(await page.getAttribute('#in-flight', 'data-rows')).to.equal('20')
      const renders = stats.renders
      const line = `dashboard renders at 100 peers / 1,000 VMs: ${renders.length} updates, p50 ${percentile(renders, 0.5).toFixed(1)} ms, p99 ${percentile(renders, 0.99).toFixed(1)} ms, max ${Math.max(...renders).toFixed(1)} ms`
      process.stderr.write(line + '\n')
      process.stderr.write(JSON.stringify(renders.map(r => Math.round(r))) + '\n')
      expect(renders.length, 'updates measured').to.be.at.least(30)
      expect(Math.max(...renders), line).to.be.at.most(RENDER_BUDGET_MS)
    } finally {
      link.socket.close()
    }
  })
})
