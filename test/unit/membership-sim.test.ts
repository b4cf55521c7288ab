// The membership protocol itself, in-process: the daemon's SwimNode and connection keeper for a few
// dozen peers over the simulated network in virtual time (what `bench:membership --sim` runs at
// scale). Seconds per case, exact replays.
import { expect } from 'chai'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { SimCloud, type SimPeer } from '../../overlay/membership/sim/cloud.js'
import { defaultScenario, runScenario } from '../../overlay/membership/sim/scenario.js'
import { PeerClock } from '../../overlay/membership/sim/virtual-time.js'
import { supercloud } from '../../proto/gen/wire.js'
import type { StateChange } from '../../overlay/membership/table.js'

const { Update } = supercloud.membership

async function cloudOf (peers: number, seed = 7, loss = 0): Promise<SimCloud> {
  const o = defaultScenario(peers, seed)
  const cloud = await SimCloud.create({ ...o, link: { ...o.link, loss }, startWindowMs: peers * 50 })
  const converged = await cloud.runUntil(() => cloud.peers.every(p => p.up) && cloud.converged(), 60_000)
  expect(converged, 'converged').to.not.equal(undefined)
  return cloud
}

function others (cloud: SimCloud, except: SimPeer[]): SimPeer[] {
  return cloud.peers.filter(p => !except.includes(p) && p.up)
}

describe('membership protocol (simulated, virtual time)', function () {
  this.timeout(120_000)

  it('converges, finds a crashed peer dead everywhere within 5 s, and a peer back from a 20 s pause alive within 5 s', async () => {
    const result = await runScenario({ ...defaultScenario(32, 3), steadyMs: 10_000 })
    expect(result.convergeMs).to.be.a('number')
    expect(result.deadDetectMs).to.be.a('number').and.at.most(5000)
    expect(result.pausedSeenDead).to.equal(true)
    expect(result.aliveAfterResumeMs).to.be.a('number').and.at.most(5000)
    expect(result.falseSuspicions + result.falseDeaths).to.equal(0)
    // A protocol period's probe and its ack, a little more while news settles.
    expect(result.messagesPerPeerPerSec).to.be.below(4)
  })

  it('replays a seed exactly', async () => {
    const trace = async (): Promise<string[]> => {
      const cloud = await cloudOf(16, 11)
      const events: string[] = []
      cloud.watch((observer, change: StateChange) => { events.push(`${cloud.elapsedMs} ${observer.index} ${change.id} ${change.to}`) })
      cloud.crash(cloud.peers[5] as SimPeer)
      await cloud.runFor(10_000)
      cloud.stop()
      return events
    }
    const [a, b] = [await trace(), await trace()]
    expect(a.length).to.be.greaterThan(10)
    expect(b).to.deep.equal(a)
  })

  it('heals a partition: each side sees the other dead, then everyone alive again', async () => {
    const cloud = await cloudOf(16, 5)
    const [left, right] = [cloud.peers.slice(0, 8), cloud.peers.slice(8)]
    cloud.network.partition([left.map(p => p.id), right.map(p => p.id)])
    const split = await cloud.runUntil(() => left.every(p => right.every(q => p.swim.entry(q.id)?.state === 'dead')) && right.every(p => left.every(q => p.swim.entry(q.id)?.state === 'dead')), 30_000)
    expect(split, 'each side sees the other dead').to.not.equal(undefined)
    cloud.network.heal()
    const healed = await cloud.runUntil(() => cloud.converged(), 30_000)
    cloud.stop()
    expect(healed, 'healed').to.not.equal(undefined)
  })

  it('keeps every view intact when a non-member declares members dead, suspect, or itself alive', async () => {
    const cloud = await cloudOf(8, 9)
    const outsiderKey = await generateKeyPair('Ed25519')
    const outsider = peerIdFromPrivateKey(outsiderKey).toString()
    const transport = cloud.network.add(outsider, new PeerClock(cloud.queue))
    const victim = cloud.peers[1] as SimPeer
    const claim = (state: number): supercloud.membership.IUpdate => ({ peerId: victim.swim.ids.bytes(victim.id), state, incarnation: Number.MAX_SAFE_INTEGER, seq: Number.MAX_SAFE_INTEGER })
    const answers = cloud.peers.flatMap(target => [{ ping: {} }, { ping: { gossip: true } }, { sync: { hash: new Uint8Array(32) } }, { table: {} }].map(async request => {
      const response = await transport.request(target.id, { ...request, updates: [claim(Update.State.DEAD), claim(Update.State.SUSPECT), claim(Update.State.LEFT)] }, { signal: target.clock.timeout(5000) })
      return response.error ?? ''
    }))
    await cloud.runFor(10_000)
    cloud.stop()
    expect(new Set(await Promise.all(answers))).to.deep.equal(new Set(['not a member']))
    expect(cloud.converged()).to.equal(true)
    expect(cloud.falsePositives).to.deep.equal({ suspect: 0, dead: 0 })
    expect(cloud.peers.every(p => p.swim.entry(outsider) === undefined)).to.equal(true)
  })

  it('keeps its verdicts right with 2% of messages lost', async () => {
    const cloud = await cloudOf(24, 13, 0.02)
    await cloud.runFor(30_000)
    const victim = cloud.peers[3] as SimPeer
    cloud.crash(victim)
    const detected = await cloud.runUntil(() => others(cloud, [victim]).every(p => p.swim.entry(victim.id)?.state === 'dead'), 20_000)
    cloud.stop()
    expect(detected, 'crash detected').to.not.equal(undefined)
    expect(cloud.falsePositives.dead).to.equal(0)
  })

  it('keeps a slow connection (a bulk transfer ahead of the pings on it) and closes a broken one', async () => {
    const cloud = await cloudOf(8, 17)
    const [a, b] = cloud.peers as [SimPeer, SimPeer]
    const connected = (): boolean => cloud.network.connected(a.id, b.id)
    // Each way 350 ms more: a ping between them answers after ~700 ms, past the 500 ms probe
    // timeout and within the 1 s period. Others reach both at once, so their probes go indirect.
    await cloud.runUntil(connected, 30_000)
    cloud.network.slow(a.id, b.id, 350)
    const before = cloud.network.churn.hungUp
    await cloud.runFor(30_000)
    expect(cloud.network.churn.hungUp - before, 'slow connections hung up').to.equal(0)
    expect(connected(), 'a and b still connected').to.equal(true)
    // Half-open: nothing sent on it arrives, ever. Whoever probes first closes it, and a new one works.
    cloud.network.slow(a.id, b.id, 0)
    cloud.network.breakConnection(a.id, b.id)
    const reconnected = await cloud.runUntil(() => cloud.network.churn.hungUp > before && connected(), 30_000)
    cloud.stop()
    expect(reconnected, 'the broken connection closed and a new one opened').to.not.equal(undefined)
    expect(cloud.falsePositives).to.deep.equal({ suspect: 0, dead: 0 })
  })
})
