// Termination notice pollers against local servers on 127.0.0.1 that speak the AWS instance
// metadata (IMDSv2) and GCP metadata protocols, and the trace-driven model.
import { expect } from 'chai'
import Fastify, { type FastifyInstance } from 'fastify'
import { AwsSpotNotices, GcpPreemptNotices, TraceNotices, type NoticeSource, type TerminationNotice } from '../../node/spot/notices.js'
import { TraceReplayFeed } from '../../node/spot/feeds.js'
import { parseSpotTrace } from '../../node/spot/trace.js'
import { silentLogger } from '../../node/log.js'

interface Imds { action?: string, tokenRequests: number, refusedGets: number, badToken: number, headersSeen: string[] }

/** An IMDSv2 server: PUT /latest/api/token, GET instance-action with the token, 404 until an action is set. */
async function imds (state: Imds, body: () => string | undefined): Promise<{ app: FastifyInstance, url: string }> {
  const app = Fastify()
  let token = ''
  app.put('/latest/api/token', async (request, reply) => {
    state.tokenRequests++
    if (request.headers['x-aws-ec2-metadata-token-ttl-seconds'] === undefined) return await reply.code(400).send('missing ttl')
    token = `tok-${state.tokenRequests}`
    return await reply.type('text/plain').send(token)
  })
  app.get('/latest/meta-data/spot/instance-action', async (request, reply) => {
    state.headersSeen.push(String(request.headers['x-aws-ec2-metadata-token']))
    if (request.headers['x-aws-ec2-metadata-token'] !== token) { state.refusedGets++; return await reply.code(401).send('') }
    if (state.badToken > 0) { state.badToken--; token = 'rotated'; return await reply.code(401).send('') }
    const b = body()
    if (b === undefined) return await reply.code(404).type('text/html').send('<html>Not Found</html>')
    return await reply.type('text/plain').send(b)
  })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, url }
}

async function gcp (body: () => string, seen: string[]): Promise<{ app: FastifyInstance, url: string }> {
  const app = Fastify()
  app.get('/computeMetadata/v1/instance/preempted', async (request, reply) => {
    seen.push(String(request.headers['metadata-flavor']))
    if (request.headers['metadata-flavor'] !== 'Google') return await reply.code(403).send('Missing Metadata-Flavor:Google header.')
    return await reply.header('Metadata-Flavor', 'Google').type('application/text').send(body())
  })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, url }
}

function first (source: NoticeSource, timeoutMs = 5000): Promise<TerminationNotice> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => { source.stop(); reject(new Error(`no notice from ${source.name} within ${timeoutMs} ms`)) }, timeoutMs)
    source.start(n => { clearTimeout(t); resolve(n) })
  })
}

describe('spot termination notices', () => {
  const apps: FastifyInstance[] = []
  const sources: NoticeSource[] = []
  afterEach(async () => {
    for (const s of sources.splice(0)) s.stop()
    for (const a of apps.splice(0)) await a.close()
  })

  it('AWS: a session token first, 404 while nothing is planned, then the instance-action time', async () => {
    const state: Imds = { tokenRequests: 0, refusedGets: 0, badToken: 0, headersSeen: [] }
    let polls = 0
    const time = new Date(Date.now() + 120_000).toISOString().replace(/\.\d+Z$/, 'Z')
    const server = await imds(state, () => ++polls < 3 ? undefined : JSON.stringify({ action: 'terminate', time }))
    apps.push(server.app)
    const source = new AwsSpotNotices({ endpoint: server.url, pollMs: 50, log: silentLogger() })
    sources.push(source)
    const notice = await first(source)
    expect(notice.source).to.equal('aws')
    expect(notice.deadlineMs).to.equal(Date.parse(time))
    expect(polls).to.equal(3)
    expect(state.tokenRequests, 'one token serves every poll').to.equal(1)
    expect(state.headersSeen.every(h => h === 'tok-1')).to.equal(true)
  })

  it('AWS: a token the service no longer takes is renewed', async () => {
    const state: Imds = { tokenRequests: 0, refusedGets: 0, badToken: 1, headersSeen: [] }
    const server = await imds(state, () => JSON.stringify({ action: 'stop', time: '2030-01-01T00:00:00Z' }))
    apps.push(server.app)
    const source = new AwsSpotNotices({ endpoint: server.url, pollMs: 50, log: silentLogger() })
    sources.push(source)
    const notice = await first(source)
    expect(notice.deadlineMs).to.equal(Date.parse('2030-01-01T00:00:00Z'))
    expect(state.tokenRequests).to.equal(2)
  })

  it('AWS: garbage answers are not notices; polling goes on until a real one', async () => {
    const state: Imds = { tokenRequests: 0, refusedGets: 0, badToken: 0, headersSeen: [] }
    const answers = ['not json', JSON.stringify({ action: 'reboot', time: '2030-01-01T00:00:00Z' }), JSON.stringify({ action: 'terminate', time: 'soon' }), 'x'.repeat(10_000), JSON.stringify({ action: 'terminate', time: '2031-01-01T00:00:00Z' })]
    let i = 0
    const server = await imds(state, () => answers[Math.min(i++, answers.length - 1)])
    apps.push(server.app)
    const source = new AwsSpotNotices({ endpoint: server.url, pollMs: 20, log: silentLogger() })
    sources.push(source)
    const notice = await first(source)
    expect(notice.deadlineMs).to.equal(Date.parse('2031-01-01T00:00:00Z'))
    expect(i).to.equal(5)
  })

  it('GCP: asks with Metadata-Flavor: Google; FALSE until preempted, then 30 s from when it saw TRUE', async () => {
    const seen: string[] = []
    let polls = 0
    const server = await gcp(() => ++polls < 3 ? 'FALSE' : 'TRUE', seen)
    apps.push(server.app)
    const source = new GcpPreemptNotices({ endpoint: server.url, pollMs: 50, log: silentLogger() })
    sources.push(source)
    const before = Date.now()
    const notice = await first(source)
    expect(notice.source).to.equal('gcp')
    expect(notice.deadlineMs - before).to.be.within(30_000, 32_000)
    expect(seen.every(h => h === 'Google')).to.equal(true)
  })

  it('no server: polls fail quietly and keep going (no notice, no crash)', async () => {
    const server = await gcp(() => 'FALSE', [])
    const url = server.url
    await server.app.close()
    const source = new GcpPreemptNotices({ endpoint: url, pollMs: 20, requestTimeoutMs: 200, log: silentLogger() })
    sources.push(source)
    const result = await first(source, 500).then(() => 'notice', (err: Error) => err.message)
    expect(result).to.match(/no notice from gcp/)
  })

  it('trace model: a price above the maximum, replayed at speed, gives a notice with the provider warning', async () => {
    const trace = parseSpotTrace([
      'timestamp,provider,region,zone,instance_type,price_usd_per_hour',
      '2024-01-01T00:00:00Z,gcp,r,,t,0.05',
      '2024-01-01T01:00:00Z,gcp,r,,t,0.5'
    ].join('\n'), 'f.csv')
    const start = Date.now()
    const feed = new TraceReplayFeed(trace.series[0]!, { speedup: 3600 * 4, startedAtMs: start })
    const source = new TraceNotices({ feed, model: { maxPrice: 0.1, ratePerHour: 0 }, seed: 1, provider: 'gcp', log: silentLogger() })
    sources.push(source)
    const notice = await first(source)
    const at = Date.now() - start
    expect(at, 'one trace hour at 14400× is 250 ms').to.be.within(200, 1500)
    expect(notice.deadlineMs - Date.now()).to.be.within(29_000, 30_000)
    expect(notice.detail).to.match(/price/)
  })
})
