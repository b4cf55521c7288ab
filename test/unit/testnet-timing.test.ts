// A testnet oversubscribed past what membership's default timing fits runs its clock slower.
import { expect } from 'chai'
import { defaults, resolveOptions } from '../../node/config/resolve.js'
import { membershipTiming, PEERS_PER_CORE } from '../../testnet/timing.js'

describe('testnet membership timing', () => {
  it('keeps the defaults up to PEERS_PER_CORE daemons per core', () => {
    expect(membershipTiming(2 * PEERS_PER_CORE, 2)).to.equal(undefined)
    expect(membershipTiming(64, 8)).to.equal(undefined)
    expect(membershipTiming(3, 1)).to.equal(undefined)
  })

  it('slows heartbeat and suspicion alike, by the oversubscription', () => {
    const d = defaults('')
    expect(membershipTiming(64, 2)).to.deep.equal({ factor: 2, cores: 2, config: { heartbeatMs: 2 * d.heartbeatMs, suspectAfterMs: 2 * d.suspectAfterMs, deadAfterMs: 2 * d.deadAfterMs } })
    expect(membershipTiming(100, 2)?.config.heartbeatMs).to.equal(Math.round(d.heartbeatMs * 100 / 32))
  })

  it('gives a configuration the daemon accepts', () => {
    for (const peers of [33, 64, 250]) {
      const slower = membershipTiming(peers, 1)
      if (slower === undefined) throw new Error(`${peers} peers on 1 core: expected a slower timing`)
      const resolved = resolveOptions({ file: { dataDir: '/tmp/x', ...slower.config } })
      expect(resolved.heartbeatMs).to.equal(slower.config.heartbeatMs)
    }
  })
})
