// The dashboard's server in the real API server (bearer check, error handler, WebSocket plugin), fed
// by a synthetic source: the link and login, what a session opens and what it does not, Host and
// Origin on every route, the live feed's diffs, a stalled page dropped, an action's refusal by name,
// and the session ending with its `supercloud dashboard`.
import { expect } from 'chai'
import type WebSocket from 'ws'
import { ApiServer } from '../node/api/server.js'
import { silentLogger } from '../node/log.js'
import type { FeedMessage } from '../node/api/dashboard/types.js'
import { SyntheticSource } from './util/synthetic-dashboard.js'
import { login, openFeed, openLink, raw } from './util/dashboard-client.js'
import { waitFor } from './util/wait.js'

const TOKEN = 'a'.repeat(64)

describe('dashboard server (real API server, synthetic source)', function () {
  this.timeout(30_000)
  let api: ApiServer
  let url: string
  let source: SyntheticSource
  let host: string
  const open: WebSocket[] = []

  before(async () => {
    source = new SyntheticSource({ peers: 6, vms: 20, migrations: 1, nets: 2 })
    api = new ApiServer({ port: 0, token: TOKEN, log: silentLogger() })
    api.attachDashboard(source, { feed: { intervalsMs: { peers: 100, vms: 100, migrations: 100, nets: 100, cost: 100 }, activeMigrationsMs: 100 } })
    url = await api.start()
    host = new URL(url).host
  })
  after(async () => {
    for (const s of open) s.terminate()
    await api.stop()
  })
  const session = async (): Promise<{ cookie: string, link: WebSocket }> => {
    const link = await openLink(url, TOKEN)
    open.push(link.socket)
    return { cookie: await login(link.url), link: link.socket }
  }

  it('gives a link only for the bearer token', async () => {
    let err: Error | undefined
    try { await openLink(url, 'b'.repeat(64)) } catch (e) { err = e as Error }
    expect(err?.message).to.match(/HTTP 401/)
  })

  it('turns the code into an HttpOnly, SameSite=Strict cookie for /dashboard, once', async () => {
    const link = await openLink(url, TOKEN)
    open.push(link.socket)
    const first = await raw(link.url, { headers: { host } })
    expect(first.status).to.equal(303)
    expect(first.headers.location).to.equal('/dashboard/')
    const cookie = first.headers['set-cookie']?.[0] ?? ''
    expect(cookie).to.match(/^sc_dashboard_\d+=[A-Za-z0-9_-]{43}; Path=\/dashboard; HttpOnly; SameSite=Strict; Max-Age=43200$/)
    expect(link.url).not.to.include(TOKEN)
    const again = await raw(link.url, { headers: { host } })
    expect(again.status).to.equal(401)
    expect(JSON.parse(again.body)).to.include({ name: 'DashboardCodeError' })
  })

  it('serves the page and its files to a session, with a strict CSP', async () => {
    const { cookie } = await session()
    const page = await raw(`${url}/dashboard/`, { headers: { host, cookie } })
    expect(page.status).to.equal(200)
    expect(page.body).to.include('<script type="module" src="/dashboard/assets/app.js">')
    expect(page.headers['content-security-policy']).to.include("script-src 'self'").and.include("frame-ancestors 'none'")
    expect(page.headers['x-frame-options']).to.equal('DENY')
    for (const file of ['app.js', 'table.js', 'views.js', 'store.js', 'format.js', 'style.css']) {
      expect((await raw(`${url}/dashboard/assets/${file}`, { headers: { host, cookie } })).status, file).to.equal(200)
    }
    for (const bad of ['..%2f..%2fpackage.json', 'app.js.map', 'index.html', 'APP.JS']) {
      expect((await raw(`${url}/dashboard/assets/${bad}`, { headers: { host, cookie } })).status, bad).to.equal(404)
    }
  })

  const refusals: Array<{ id: string, path: string, method?: string, withSession: boolean, headers: (cookie: string) => Record<string, string>, status: number, name: string }> = [
    { id: 'the page without a session', path: '/dashboard/', withSession: false, headers: () => ({ host }), status: 401, name: 'DashboardSessionError' },
    { id: 'a file without a session', path: '/dashboard/assets/app.js', withSession: false, headers: () => ({ host }), status: 401, name: 'DashboardSessionError' },
    { id: 'an action without a session', path: '/dashboard/api/actions', method: 'POST', withSession: false, headers: () => ({ host, origin: `http://${host}`, 'content-type': 'application/json' }), status: 401, name: 'DashboardSessionError' },
    { id: 'an API route with the session cookie', path: '/v1/vms', withSession: true, headers: c => ({ host, cookie: c }), status: 401, name: 'UnauthorizedError' },
    { id: 'the metrics with the session cookie', path: '/metrics', withSession: true, headers: c => ({ host, cookie: c }), status: 401, name: 'UnauthorizedError' },
    { id: 'the page under a rebinding Host', path: '/dashboard/', withSession: true, headers: c => ({ host: `evil.example:${new URL(url).port}`, cookie: c }), status: 403, name: 'DashboardOriginError' },
    { id: 'an action from a foreign Origin', path: '/dashboard/api/actions', method: 'POST', withSession: true, headers: c => ({ host, cookie: c, origin: 'http://evil.example', 'content-type': 'application/json' }), status: 403, name: 'DashboardOriginError' },
    { id: 'an action without an Origin', path: '/dashboard/api/actions', method: 'POST', withSession: true, headers: c => ({ host, cookie: c, 'content-type': 'application/json' }), status: 403, name: 'DashboardOriginError' },
    { id: 'an action with a made-up session', path: '/dashboard/api/actions', method: 'POST', withSession: false, headers: () => ({ host, origin: `http://${host}`, cookie: `sc_dashboard_${new URL(url).port}=${'A'.repeat(43)}`, 'content-type': 'application/json' }), status: 401, name: 'DashboardSessionError' }
  ]
  for (const r of refusals) {
    it(`refuses ${r.id}`, async () => {
      const cookie = r.withSession ? (await session()).cookie : ''
      const res = await raw(url + r.path, { method: r.method ?? 'GET', headers: r.headers(cookie), ...(r.method === 'POST' ? { body: JSON.stringify({ action: 'pause', vm: 'vm-0000000000000001' }) } : {}) })
      expect(res.status, res.body).to.equal(r.status)
      expect(JSON.parse(res.body)).to.include({ name: r.name })
    })
  }

  it('refuses the feed without a session, from a foreign Origin, or under a rebinding Host', async () => {
    const { cookie } = await session()
    const statuses: Array<number | undefined> = []
    for (const [c, origin] of [['', url], [cookie, 'http://evil.example'], [cookie, `http://evil.example:${new URL(url).port}`]] as const) {
      statuses.push(await openFeed(url, c, origin).then(() => 101, (e: { status?: number }) => e.status))
    }
    expect(statuses).to.deep.equal([401, 403, 403])
    expect(source.calls.filter(c => c.action === 'pause')).to.have.length(0)
  })

  it('feeds a page everything at once, then only the rows that changed', async () => {
    const { cookie } = await session()
    const feed = await openFeed(url, cookie)
    open.push(feed.socket)
    const patches = (topic: string): Array<FeedMessage & { type: 'patch' }> => feed.messages.filter((m): m is FeedMessage & { type: 'patch' } => (m as FeedMessage).type === 'patch' && (m as { topic: string }).topic === topic)
    await waitFor('two VM patches', async () => patches('vms').length >= 2, 5000, 20)
    expect(feed.messages[0]).to.include({ type: 'hello' })
    const [full, next] = patches('vms')
    expect(full?.full).to.equal(true)
    expect(full?.upsert).to.have.length(20)
    // Counters advance on every read: every VM changed, nothing removed.
    expect(next?.full).to.equal(false)
    expect(next?.remove).to.deep.equal([])
    // Peers' rows did not all change between reads: fewer than all of them came again.
    await waitFor('a peer patch', async () => patches('peers').length >= 2, 5000, 20)
    expect(patches('peers')[0]?.upsert).to.have.length(6)
    expect(feed.messages.some(m => (m as FeedMessage).type === 'cost')).to.equal(true)
  })

  it('drops a page that stops reading before it holds more than its bound', async () => {
    const big = new SyntheticSource({ peers: 3, vms: 400, migrations: 0, nets: 1, padBytes: 2000 })
    const server = new ApiServer({ port: 0, token: TOKEN, log: silentLogger() })
    // ~0.9 MB per VM patch every 20 ms; bound 1 MiB.
    server.attachDashboard(big, { feed: { intervalsMs: { peers: 1000, vms: 20, migrations: 1000, nets: 1000, cost: 1000 }, maxBufferedBytes: 1 << 20 } })
    const at = await server.start()
    try {
      const link = await openLink(at, TOKEN)
      open.push(link.socket)
      const feed = await openFeed(at, await login(link.url), at)
      // Stops reading: the kernel's buffers fill, then the server's.
      const tcp = (feed.socket as unknown as { _socket: { pause: () => void } })._socket
      tcp.pause()
      await waitFor('the stalled page to be dropped', async () => server.dashboard?.feed.stats.dropped === 1 && server.dashboard.feed.clientCount === 0, 20_000, 50)
    } finally {
      await server.stop()
    }
  })

  it('answers an action refused in the wrong phase with the daemon\'s own error', async () => {
    const { cookie } = await session()
    const post = async (body: object): Promise<{ status: number, body: { name?: string, error?: string, ok?: boolean } }> => {
      const r = await raw(`${url}/dashboard/api/actions`, { method: 'POST', headers: { host, cookie, origin: `http://${host}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return { status: r.status, body: JSON.parse(r.body) as { name?: string } }
    }
    const refused = await post({ action: 'resume', vm: 'vm-0000000000000003' })
    expect(refused.status).to.equal(409)
    expect(refused.body).to.include({ name: 'VmPhaseError' })
    expect(refused.body.error).to.match(/cannot resume/)
    expect((await post({ action: 'pause', vm: 'vm-0000000000000003' })).body.ok).to.equal(true)
    expect((await post({ action: 'migrate', vm: 'vm-0000000000000003', to: 'provider:gcp' })).body.ok).to.equal(true)
    expect((await post({ action: 'reboot', vm: 'x' })).status).to.equal(400)
    expect((await post({ action: 'migrate', vm: 'x' })).body).to.include({ name: 'DashboardActionError' })
    expect(source.calls).to.deep.include({ action: 'migrate', vm: 'vm-0000000000000003', to: 'provider:gcp' })
  })

  it('ends the session and closes its feed when `supercloud dashboard` stops', async () => {
    const { cookie, link } = await session()
    const feed = await openFeed(url, cookie)
    const closed = new Promise<number>(resolve => feed.socket.once('close', code => { resolve(code) }))
    link.close()
    expect(await closed).to.equal(4001)
    expect((await raw(`${url}/dashboard/`, { headers: { host, cookie } })).status).to.equal(401)
  })
})
