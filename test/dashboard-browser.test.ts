// The dashboard of a real 3-peer testnet (aws, gcp, azure, 40 ms apart) in a real browser (Debian's
// Chromium, headless): `supercloud dashboard --json` prints the link; the browser logs in with it,
// sees the 3 peers and their VMs, has a wrong-phase action refused with the daemon's own error, starts
// a migration from the page and watches it: in flight with its progress, then committed with its
// downtime and ping gap. The refusals: no session, the session cookie on the API, a foreign page, a
// rebinding Host, a reused code, an expired one, and the session once the command stops. Saves a
// screenshot ($DASHBOARD_SCREENSHOT, default in the temp dir). Under CI=true it never skips.
import { expect } from 'chai'
import { spawn, type ChildProcess } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { TestnetState } from '../testnet/state.js'
import type { VmView } from '../node/vms/view.js'
import { BIN, exited } from './util/cli.js'
import { useTestnet } from './util/use-testnet.js'
import { raw } from './util/dashboard-client.js'
import { launchBrowser } from './util/browser.js'
import { waitFor } from './util/wait.js'

const SCREENSHOT = process.env.DASHBOARD_SCREENSHOT ?? join(tmpdir(), 'supercloud-dashboard.png')
const CODE_TTL_MS = 60_000
const nameOf = (body: string): string | undefined => (JSON.parse(body) as { name?: string }).name

/** `supercloud dashboard --json` against peer 0: the process and its link. */
async function dashboardCommand (net: TestnetState): Promise<{ child: ChildProcess, url: string, at: number }> {
  const child = spawn(process.execPath, [BIN, 'dashboard', '--json', '--testnet', net.dir, '--peer', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  const line = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => { reject(new Error('supercloud dashboard printed no link within 20 s')) }, 20_000)
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('\n')) { clearTimeout(timer); resolve(out.split('\n')[0] ?? '') }
    })
    child.once('exit', code => { clearTimeout(timer); reject(new Error(`supercloud dashboard exited ${code}`)) })
  })
  // The code's 60 s started before the line was printed.
  return { child, url: (JSON.parse(line) as { url: string }).url, at: Date.now() }
}

describe('dashboard in a real browser, on a real 3-peer testnet', function () {
  this.timeout(240_000)
  let browser: Browser | undefined
  let page: Page
  let dashboard: { child: ChildProcess, url: string, at: number }
  let unused: { child: ChildProcess, url: string, at: number }
  let cookie = ''
  let host = ''
  const row = (table: string, text: string): string => `#${table} tbody tr:has(td:text-is("${text}"))`

  // Hooks in this order: no testnet starts without a browser, and the browser and the dashboard
  // commands go before the testnet does.
  before(async function () {
    browser = await launchBrowser()
    if (browser === undefined) this.skip()
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  })
  after(async () => {
    await browser?.close()
    for (const d of [dashboard, unused]) d?.child.kill('SIGKILL')
  })
  const testnet = useTestnet({ tmpPrefix: 'sc-dash-', peers: 3, providers: ['aws', 'gcp', 'azure'], wanLatencyMs: 40, peerConfig: { memoryBytes: 512 << 20 } })
  const { ok, api, peerId } = testnet.cli

  before(async () => {
    await ok(0, ['net', 'create', 'lan', '--cidr', '10.20.0.0/24'])
    // Big and busy enough that its pre-copy takes rounds the page can show.
    await ok(0, ['vm', 'create', '--image', 'tiny', '--memory', '64M', '--fill-ram', '--dirty-rate', '1280', '--name', 'mover', '--net', 'lan'])
    await ok(1, ['vm', 'create', '--image', 'tiny', '--name', 'stays', '--net', 'lan'])
    await ok(2, ['vm', 'create', '--image', 'tiny', '--name', 'third', '--net', 'lan'])
    dashboard = await dashboardCommand(testnet.state)
    // A second link, never used: it must have expired by the end.
    unused = await dashboardCommand(testnet.state)
    host = new URL(dashboard.url).host
  })

  it('logs in through the one-time link and shows the 3 peers and their VMs', async () => {
    expect(dashboard.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/dashboard\/login\?code=[A-Za-z0-9_-]{43}$/)
    expect(dashboard.url).not.to.include(testnet.state.peers[0]?.token ?? 'none')
    await page.goto(dashboard.url)
    expect(new URL(page.url()).pathname).to.equal('/dashboard/')
    await page.waitForSelector('body[data-feed="live"]')
    await page.waitForSelector('#peers[data-rows="3"]')
    for (const i of [0, 1, 2]) await page.waitForSelector(`#peers tbody tr[data-key="${peerId(i)}"] td:text-is("alive")`)
    for (const [name, provider] of [['mover', 'aws'], ['stays', 'gcp'], ['third', 'azure']] as const) {
      await page.waitForSelector(`${row('vms', name)} td:text-is("running")`)
      expect(await page.textContent(`${row('vms', name)} td:nth-child(3)`)).to.match(new RegExp(`^${provider} `))
    }
    for (const p of ['aws', 'gcp', 'azure']) await page.waitForSelector(`${row('providers', p)} td:text-is("1 / 1")`)
    await page.waitForSelector(`${row('nets', 'lan')}`)
    cookie = (await page.context().cookies()).map(c => `${c.name}=${c.value}`).join('; ')
    expect((await page.context().cookies())[0]).to.include({ httpOnly: true, sameSite: 'Strict', path: '/dashboard' })
  })

  it('refuses a reused code, no session, the session cookie on the API, and a rebinding Host', async () => {
    const reused = await raw(dashboard.url, { headers: { host } })
    expect([reused.status, nameOf(reused.body)]).to.deep.equal([401, 'DashboardCodeError'])
    const base = `http://${host}`
    const cases: Array<[string, string, Record<string, string>, number, string]> = [
      ['no session', '/dashboard/', { host }, 401, 'DashboardSessionError'],
      ['the cookie on the API', '/v1/vms', { host, cookie }, 401, 'UnauthorizedError'],
      ['the cookie on the metrics', '/metrics', { host, cookie }, 401, 'UnauthorizedError'],
      ['a rebinding Host', '/dashboard/', { host: `rebind.example:${new URL(base).port}`, cookie }, 403, 'DashboardOriginError']
    ]
    for (const [id, path, headers, status, name] of cases) {
      const r = await raw(base + path, { headers })
      expect([r.status, nameOf(r.body)], id).to.deep.equal([status, name])
    }
  })

  it('refuses an action posted by a foreign page, in the browser itself', async () => {
    const foreign = await (browser as Browser).newPage()
    // Another origin in the same browser (the link layer's control port would do; any other origin does).
    await foreign.goto('about:blank')
    const stays = await api(1).request<VmView>('GET', '/v1/vms/stays')
    await foreign.evaluate(async (target: string) => {
      await fetch(target, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ action: 'pause', vm: 'stays' }) }).catch(() => {})
    }, `http://${host}/dashboard/api/actions`)
    await foreign.close()
    expect((await api(1).request<VmView>('GET', '/v1/vms/stays')).phase).to.equal(stays.phase).and.equal('running')
  })

  it('shows an action refused in the wrong phase with the daemon\'s own error', async () => {
    await page.click(`${row('vms', 'stays')} button[data-action="resume"]`)
    await page.waitForSelector('#notice[data-kind="error"]')
    expect(await page.textContent('#notice')).to.match(/resume stays refused — VmPhaseError: cannot resume vm stays .*it is running/)
  })

  it('starts a migration from the page and shows its progress, then its downtime and ping gap', async () => {
    await page.click(`${row('vms', 'mover')} button[data-action="migrate"]`)
    await page.selectOption('#migrate-to', 'provider:gcp')
    await page.click('#migrate-go')
    // In flight: its row with the round and what it sent.
    await page.waitForSelector(`${row('in-flight', 'mover')}`, { timeout: 20_000 })
    expect(await page.textContent(`${row('in-flight', 'mover')} td:nth-child(5)`)).to.match(/^round \d+ · /)
    // Done: committed, with its downtime and the ping gap seen from the source.
    await page.waitForSelector(`${row('done', 'mover')} td:text-is("committed")`, { timeout: 60_000 })
    const cells = await page.$$eval(`${row('done', 'mover')} td`, tds => tds.map(td => td.textContent ?? ''))
    expect(cells[3], 'downtime').to.match(/^\d+(\.\d)? ms$/)
    expect(cells[4], 'ping gap').to.match(/^\d+(\.\d)? ms$/)
    const moved = await api(0).request<VmView>('GET', '/v1/vms/mover')
    expect(moved).to.include({ peer: peerId(1), provider: 'gcp', phase: 'running' })
    await page.waitForSelector(`${row('vms', 'mover')} td:text-matches("^gcp ")`)
    await page.waitForSelector('#count-migrations:text-is("0 migrations in flight")')
    await page.screenshot({ path: SCREENSHOT, fullPage: true })
    process.stderr.write(`dashboard screenshot: ${SCREENSHOT}\n`)
  })

  it('ends the session when supercloud dashboard stops', async () => {
    dashboard.child.kill('SIGINT')
    await page.waitForSelector('body[data-feed="ended"]', { timeout: 10_000 })
    expect(await exited(dashboard.child, 10_000)).to.equal(0)
    const r = await raw(`http://${host}/dashboard/`, { headers: { host, cookie } })
    expect([r.status, nameOf(r.body)]).to.deep.equal([401, 'DashboardSessionError'])
  })

  it('refuses a code after its 60 s', async () => {
    await waitFor('the unused code to expire', async () => Date.now() > unused.at + CODE_TTL_MS + 1000, CODE_TTL_MS + 10_000, 500)
    const r = await raw(unused.url, { headers: { host } })
    expect(r.status).to.equal(401)
    expect(JSON.parse(r.body)).to.include({ name: 'DashboardCodeError' }).and.have.property('error').that.matches(/expired/)
  })
})
