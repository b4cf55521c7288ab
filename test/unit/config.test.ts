import { expect } from 'chai'
import { resolveOptions, envName } from '../../node/config/resolve.js'

describe('config', () => {
  it('applies documented defaults', () => {
    const o = resolveOptions({ flags: { dataDir: '/tmp/x' } })
    expect(o.apiPort).to.equal(7600)
    expect(o.swarmKey).to.equal('/tmp/x/swarm.key')
    expect(o.deadAfterMs).to.be.greaterThan(o.suspectAfterMs)
    expect(o.deadAfterMs + o.heartbeatMs).to.be.at.most(10_000)
  })

  it('takes flags over env over file', () => {
    const o = resolveOptions({
      file: { provider: 'file', region: 'file-r', zone: 'file-z' },
      env: { SUPERCLOUD_PROVIDER: 'env', SUPERCLOUD_REGION: 'env-r' },
      flags: { provider: 'flag' }
    })
    expect([o.provider, o.region, o.zone]).to.deep.equal(['flag', 'env-r', 'file-z'])
  })

  it('splits list options from env and coerces numbers', () => {
    const o = resolveOptions({ env: { SUPERCLOUD_BOOTSTRAP: '/ip4/1.2.3.4/tcp/1/p2p/x, /ip4/1.2.3.5/tcp/1/p2p/y', SUPERCLOUD_API_PORT: '0' } })
    expect(o.bootstrap).to.have.length(2)
    expect(o.apiPort).to.equal(0)
  })

  const refused = [
    { id: 'unknown config key', sources: { file: { provider: 'aws', colour: 'blue' } }, message: /unknown option colour/ },
    { id: 'unknown env var', sources: { env: { SUPERCLOUD_COLOUR: 'blue' } }, message: /unknown environment variable SUPERCLOUD_COLOUR/ },
    { id: 'port out of range', sources: { flags: { apiPort: '70000' } }, message: /apiPort \(flag\)/ },
    { id: 'non-numeric heartbeat', sources: { env: { SUPERCLOUD_HEARTBEAT_MS: 'soon' } }, message: /heartbeatMs \(env SUPERCLOUD_HEARTBEAT_MS\)/ },
    { id: 'dead before suspect', sources: { flags: { suspectAfterMs: '5000', deadAfterMs: '4000' } }, message: /deadAfterMs must exceed suspectAfterMs/ },
    { id: 'bad provider label', sources: { flags: { provider: 'Not OK!' } }, message: /provider/ },
    { id: 'config file not an object', sources: { file: [1, 2] }, message: /must hold a JSON object/ },
    { id: 'bad dial-from address', sources: { flags: { dialFrom: 'localhost' } }, message: /dialFrom/ }
  ]
  for (const c of refused) {
    it(`refuses ${c.id} with a clear message`, () => {
      expect(() => resolveOptions(c.sources)).to.throw(c.message).with.property('name', 'ConfigError')
    })
  }

  it('names env vars after the option', () => {
    expect(envName('suspectAfterMs')).to.equal('SUPERCLOUD_SUSPECT_AFTER_MS')
  })

  it('ignores the client variables SUPERCLOUD_API and SUPERCLOUD_TOKEN', () => {
    expect(() => resolveOptions({ env: { SUPERCLOUD_API: 'http://x', SUPERCLOUD_TOKEN: 't' } })).not.to.throw()
  })
})
