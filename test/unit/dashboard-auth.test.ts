// The dashboard's logins and request guard, in process: a code works once and within 60 s, a session
// ends with its grant, and only this API's own Host and Origin pass.
import { expect } from 'chai'
import { Sessions } from '../../node/api/dashboard/sessions.js'
import { checkRequest } from '../../node/api/dashboard/guard.js'

describe('dashboard sessions', () => {
  let now: number
  let sessions: Sessions
  beforeEach(() => {
    now = 1_000_000
    sessions = new Sessions({ now: () => now })
  })

  it('trades a code for a session once', () => {
    const { code } = sessions.grant()
    const { session } = sessions.redeem(code)
    expect(sessions.check(session)).to.be.a('string')
    expect(() => sessions.redeem(code)).to.throw().with.property('name', 'DashboardCodeError')
  })

  it('refuses a code after 60 s, and that try uses it up', () => {
    const { code } = sessions.grant()
    now += 60_001
    expect(() => sessions.redeem(code)).to.throw(/expired/).with.property('name', 'DashboardCodeError')
    now -= 60_001
    expect(() => sessions.redeem(code)).to.throw(/not valid/)
  })

  it('refuses codes and sessions that are not its own', () => {
    sessions.grant()
    for (const bad of ['', 'x', 'A'.repeat(43), 'A'.repeat(44), '../../etc/passwd']) {
      expect(() => sessions.redeem(bad), bad).to.throw().with.property('name', 'DashboardCodeError')
      expect(() => sessions.check(bad), bad).to.throw().with.property('name', 'DashboardSessionError')
    }
    expect(() => sessions.check(undefined)).to.throw().with.property('name', 'DashboardSessionError')
  })

  it('ends the sessions of a grant that is revoked, and says so', () => {
    const grant = sessions.grant()
    const { session } = sessions.redeem(grant.code)
    const key = sessions.check(session)
    const ended: string[] = []
    sessions.onEnded(k => ended.push(k))
    grant.revoke()
    expect(ended).to.deep.equal([key])
    expect(() => sessions.check(session)).to.throw().with.property('name', 'DashboardSessionError')
    expect(sessions.counts).to.deep.equal({ grants: 0, sessions: 0 })
  })

  it('ends a session after its 12 h', () => {
    const { session } = sessions.redeem(sessions.grant().code)
    now += 12 * 3_600_000 + 1
    expect(() => sessions.check(session)).to.throw(/expired/)
  })

  it('holds a bounded number of grants', () => {
    for (let i = 0; i < 16; i++) sessions.grant()
    expect(() => sessions.grant()).to.throw().with.property('name', 'DashboardBusyError')
  })
})

describe('dashboard request guard', () => {
  const port = 7600
  const cases: Array<{ id: string, host?: string, origin?: string, requireOrigin: boolean, ok: boolean }> = [
    { id: '127.0.0.1 with its port', host: '127.0.0.1:7600', requireOrigin: false, ok: true },
    { id: 'localhost with its port', host: 'localhost:7600', requireOrigin: false, ok: true },
    { id: 'same origin', host: '127.0.0.1:7600', origin: 'http://127.0.0.1:7600', requireOrigin: true, ok: true },
    { id: 'no Host', requireOrigin: false, ok: false },
    { id: 'another port (another peer on this machine)', host: '127.0.0.1:7601', requireOrigin: false, ok: false },
    { id: 'a rebinding name', host: 'evil.example:7600', requireOrigin: false, ok: false },
    { id: 'a name that starts like loopback', host: '127.0.0.1.evil.example:7600', requireOrigin: false, ok: false },
    { id: 'no port', host: '127.0.0.1', requireOrigin: false, ok: false },
    { id: 'a foreign Origin', host: '127.0.0.1:7600', origin: 'http://evil.example', requireOrigin: false, ok: false },
    { id: 'Origin of the other loopback name', host: '127.0.0.1:7600', origin: 'http://localhost:7600', requireOrigin: true, ok: false },
    { id: 'https Origin', host: '127.0.0.1:7600', origin: 'https://127.0.0.1:7600', requireOrigin: true, ok: false },
    { id: 'null Origin (a sandboxed frame)', host: '127.0.0.1:7600', origin: 'null', requireOrigin: true, ok: false },
    { id: 'no Origin where one is needed', host: '127.0.0.1:7600', requireOrigin: true, ok: false }
  ]
  for (const c of cases) {
    it(c.id, () => {
      const run = (): void => { checkRequest({ headers: { host: c.host, origin: c.origin }, localPort: port }, { requireOrigin: c.requireOrigin }) }
      if (c.ok) expect(run).not.to.throw()
      else expect(run).to.throw().with.property('name', 'DashboardOriginError')
    })
  }
})
