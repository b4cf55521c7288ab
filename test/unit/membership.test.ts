// Descriptors, the SWIM peer table, Lifeguard's suspicion and local health, the dissemination queue,
// join tokens and the member list, without a network.
import { expect } from 'chai'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { openDescriptor, openSigned, signDescriptor, type DescriptorData, type OpenedDescriptor } from '../../overlay/membership/descriptor.js'
import { PeerTable } from '../../overlay/membership/table.js'
import { Suspicions } from '../../overlay/membership/suspicion.js'
import { Broadcasts } from '../../overlay/membership/dissemination.js'
import { Awareness } from '../../overlay/membership/awareness.js'
import { EventQueue, PeerClock } from '../../overlay/membership/sim/virtual-time.js'
import { createJoinToken, parseJoinToken } from '../../overlay/admission/tokens.js'
import { MemberList } from '../../overlay/admission/members.js'
import { silentLogger } from '../../node/log.js'

function descriptorFields (overrides: Partial<DescriptorData> = {}): Omit<DescriptorData, 'id'> {
  return {
    seq: 1000, addrs: ['/ip4/127.0.0.1/tcp/4001'], provider: 'aws', region: 'us-east-1', zone: 'us-east-1a', cores: 2,
    memoryBytes: 1 << 30, load: 0.1, vms: 0, softwareVersion: '0.1.0', protocolVersion: '1.0.0', left: false, startedAtMs: 1, heartbeatMs: 1000, inventorySeq: 0, vmMemoryBytes: 0, diskBytes: 0, vmDiskBytes: 0, schedulable: true, unschedulableReason: '', incarnation: 1,
    instanceType: 'm5.large', pricing: 'spot', priceUsdPerHour: 0.04, onDemandUsdPerHour: 0.096, noticeDeadlineMs: 0,
    ...overrides
  }
}

async function signedBy (key: PrivateKey, overrides: Partial<DescriptorData> = {}, claimed = key): Promise<Awaited<ReturnType<typeof signDescriptor>>> {
  return await signDescriptor(key, descriptorFields(overrides), peerIdFromPrivateKey(claimed).toMultihash().bytes)
}

describe('descriptors', () => {
  it('open to the data their peer signed', async () => {
    const key = await generateKeyPair('Ed25519')
    const d = await openDescriptor(await signedBy(key))
    expect(d).to.include({ id: peerIdFromPrivateKey(key).toString(), provider: 'aws', seq: 1000 })
    expect(d.addrs).to.deep.equal(['/ip4/127.0.0.1/tcp/4001'])
  })

  it('are refused when signed by another peer than the one they name', async () => {
    const liar = await generateKeyPair('Ed25519')
    const victim = await generateKeyPair('Ed25519')
    const err = await openDescriptor(await signedBy(liar, {}, victim)).catch((e: Error) => e)
    expect(err).to.have.property('name', 'InvalidDescriptorError')
  })

  it('are refused when a byte was changed after signing', async () => {
    const key = await generateKeyPair('Ed25519')
    const signed = await signedBy(key)
    const tampered = Uint8Array.from(signed.descriptor ?? [])
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1
    const err = await openDescriptor({ descriptor: tampered, signature: signed.signature }).catch((e: Error) => e)
    expect(err).to.have.property('name', 'InvalidDescriptorError')
  })

  it('are refused when the payload is not a descriptor', async () => {
    const err = await openDescriptor({ descriptor: new Uint8Array([0x0a, 0xff, 0xff, 0xff]), signature: new Uint8Array(64) }).catch((e: Error) => e)
    expect(err).to.have.property('name', 'InvalidDescriptorError')
  })
})

describe('peer table (SWIM states by incarnation)', () => {
  async function table (): Promise<{ t: PeerTable, key: PrivateKey, id: string }> {
    const key = await generateKeyPair('Ed25519')
    return { t: new PeerTable('self'), key, id: peerIdFromPrivateKey(key).toString() }
  }

  async function opened (key: PrivateKey, overrides: Partial<DescriptorData> = {}): Promise<OpenedDescriptor> {
    return await openSigned(await signedBy(key, overrides))
  }

  it('goes alive → suspect → dead on members\' word, and alive again only with a higher incarnation', async () => {
    const { t, key, id } = await table()
    t.applyDescriptor(await opened(key, { incarnation: 5 }), 0)
    expect(t.suspect(id, 5)).to.deep.equal({ result: 'changed', change: { id, from: 'alive', to: 'suspect' } })
    expect(t.suspect(id, 5).result).to.equal('confirmed')
    expect(t.dead(id, 5).change).to.deep.equal({ id, from: 'suspect', to: 'dead' })
    // A newer version of the same incarnation (a change of load) refutes nothing.
    t.applyDescriptor(await opened(key, { incarnation: 5, seq: 2000 }), 10)
    expect(t.get(id)?.state).to.equal('dead')
    expect(t.applyDescriptor(await opened(key, { incarnation: 6, seq: 3000 }), 20).change).to.deep.equal({ id, from: 'dead', to: 'alive' })
  })

  const stale = [
    { id: 'a suspicion of an older incarnation', apply: (t: PeerTable, id: string) => t.suspect(id, 4) },
    { id: 'a death of an older incarnation', apply: (t: PeerTable, id: string) => t.dead(id, 4) },
    { id: 'a suspicion of an unknown peer', apply: (t: PeerTable) => t.suspect('12D3KooWnobody', 9) }
  ]
  for (const c of stale) {
    it(`ignores ${c.id}`, async () => {
      const { t, key, id } = await table()
      t.applyDescriptor(await opened(key, { incarnation: 5 }), 0)
      expect(c.apply(t, id).result).to.equal('stale')
      expect(t.get(id)?.state).to.equal('alive')
    })
  }

  it('ignores stale and replayed descriptors', async () => {
    const { t, key, id } = await table()
    const newer = await opened(key, { seq: 2000, region: 'new' })
    t.applyDescriptor(newer, 0)
    expect(t.applyDescriptor(await opened(key, { seq: 1000, region: 'old' }), 10).result).to.equal('stale')
    expect(t.applyDescriptor(newer, 20).result).to.equal('stale')
    expect(t.get(id)?.descriptor.region).to.equal('new')
  })

  it('keeps a peer that left `left`: no suspicion or death moves it', async () => {
    const { t, key, id } = await table()
    t.applyDescriptor(await opened(key, { left: true, incarnation: 5 }), 0)
    expect(t.suspect(id, 9).result).to.equal('stale')
    expect(t.dead(id, 9).result).to.equal('stale')
    expect(t.get(id)?.state).to.equal('left')
  })

  it('hashes equal views equally, whatever the order they were learnt in', async () => {
    const keys = await Promise.all([generateKeyPair('Ed25519'), generateKeyPair('Ed25519')])
    const a = new PeerTable('self')
    const b = new PeerTable('self')
    const [d0, d1] = await Promise.all(keys.map(async k => await opened(k)))
    a.applyDescriptor(d0 as OpenedDescriptor, 0)
    a.applyDescriptor(d1 as OpenedDescriptor, 0)
    b.applyDescriptor(d1 as OpenedDescriptor, 5)
    b.applyDescriptor(d0 as OpenedDescriptor, 5)
    expect(Buffer.from(a.hash()).equals(Buffer.from(b.hash()))).to.equal(true)
    b.suspect(peerIdFromPrivateKey(keys[0] as PrivateKey).toString(), 1)
    expect(Buffer.from(a.hash()).equals(Buffer.from(b.hash()))).to.equal(false)
  })
})

describe('suspicion (Lifeguard)', () => {
  const settings = { minMs: 2000, maxMs: 6000, expected: 3 }

  function suspicions (): { s: Suspicions, queue: EventQueue, deaths: string[] } {
    const queue = new EventQueue(0)
    const deaths: string[] = []
    return { s: new Suspicions(new PeerClock(queue), settings, id => { deaths.push(id) }), queue, deaths }
  }

  it('waits the longest with nobody confirming, the shortest once enough others agree', () => {
    const { s } = suspicions()
    expect([0, 1, 2, 3, 10].map(c => s.timeoutMs(c, 3))).to.deep.equal([6000, 4000, 2830, 2000, 2000])
  })

  const cases = [
    { id: 'alone', confirmers: [], dueMs: 6000 },
    { id: 'with three independent confirmations', confirmers: ['b', 'c', 'd'], dueMs: 2000 },
    { id: 'with the same confirmer three times', confirmers: ['b', 'b', 'b'], dueMs: 4000 }
  ]
  for (const c of cases) {
    it(`declares a suspect dead ${c.id} after ${c.dueMs} ms`, async () => {
      const { s, queue, deaths } = suspicions()
      s.start('x', 1, 'a', 10)
      for (const from of c.confirmers) s.confirm('x', 1, from)
      await queue.run(c.dueMs - 1)
      expect(deaths).to.deep.equal([])
      await queue.run(c.dueMs)
      expect(deaths).to.deep.equal(['x'])
    })
  }

  it('gives a suspect longer in a larger cloud: both bounds grow with log10 of its size past 10 members', () => {
    const { s } = suspicions()
    expect([2, 10, 32, 64, 100, 1000].map(n => s.timeoutMs(0, 3, n))).to.deep.equal([6000, 6000, 9030, 10837, 12000, 18000])
    expect([2, 10, 32, 64, 100, 1000].map(n => s.timeoutMs(3, 3, n))).to.deep.equal([2000, 2000, 3010, 3612, 4000, 6000])
  })

  it('declares a suspect of a 100-member cloud dead with three confirmations after 4000 ms, not 2000', async () => {
    const { s, queue, deaths } = suspicions()
    s.start('x', 1, 'a', 100)
    for (const from of ['b', 'c', 'd']) s.confirm('x', 1, from)
    await queue.run(3999)
    expect(deaths).to.deep.equal([])
    await queue.run(4000)
    expect(deaths).to.deep.equal(['x'])
  })

  it('a cancelled suspicion (refuted) never fires', async () => {
    const { s, queue, deaths } = suspicions()
    s.start('x', 1, 'a', 10)
    s.cancel('x')
    await queue.run(10_000)
    expect(deaths).to.deep.equal([])
  })
})

describe('dissemination queue', () => {
  const clock = { now: () => 0 }

  it('sends each item a bounded number of times, newest first, never to a peer that has it', () => {
    const b = new Broadcasts<string>(2, clock, 5000)
    b.queue('x', 'x1', ['p0'])
    b.queue('y', 'y1')
    expect(b.take(10, 9, 'p0')).to.deep.equal(['y1'])
    expect(b.take(10, 9, 'p0')).to.deep.equal([])
    expect(b.take(1, 9, 'p1')).to.deep.equal(['y1'])
    // limit: 2 × ⌈log10(9 + 1)⌉ = 2 sends; y went twice and is gone.
    expect(b.take(10, 9, 'p2')).to.deep.equal(['x1'])
    expect(b.size).to.equal(1)
  })

  it('replaces older news about the same member and expires what nobody needs', () => {
    let now = 0
    const b = new Broadcasts<string>(4, { now: () => now }, 1000)
    b.queue('x', 'x1')
    b.queue('x', 'x2')
    expect(b.take(10, 9, 'p0')).to.deep.equal(['x2'])
    now = 1001
    b.expire(now)
    expect(b.size).to.equal(0)
  })
})

describe('local health (Lifeguard)', () => {
  it('stretches timeouts by (score + 1), within its bounds', () => {
    const a = new Awareness(8)
    a.apply(-3)
    expect(a.scale(500)).to.equal(500)
    a.apply(3)
    expect(a.scale(500)).to.equal(2000)
    a.apply(100)
    expect(a.health).to.equal(7)
  })
})

describe('join tokens', () => {
  it('round-trip with issuer and expiry', async () => {
    const key = await generateKeyPair('Ed25519')
    const { token, id } = await createJoinToken(key, 60_000)
    const parsed = await parseJoinToken(token)
    expect(parsed.idHex).to.equal(id)
    expect(parsed.issuer.toString()).to.equal(peerIdFromPrivateKey(key).toString())
  })

  const bad = [
    { id: 'expired', make: async (k: PrivateKey) => (await createJoinToken(k, 1000, Date.now() - 5000)).token, message: /expired/ },
    { id: 'tampered', make: async (k: PrivateKey) => { const t = (await createJoinToken(k, 60_000)).token; return t.slice(0, 10) + (t[10] === 'A' ? 'B' : 'A') + t.slice(11) }, message: /signature|malformed|valid id/ },
    { id: 'not base64url', make: async () => 'hello world!', message: /base64url/ },
    { id: 'too long', make: async () => 'A'.repeat(5000), message: /sane length/ }
  ]
  for (const c of bad) {
    it(`refuses a ${c.id} token`, async () => {
      const err = await parseJoinToken(await c.make(await generateKeyPair('Ed25519'))).catch((e: Error) => e)
      expect(err).to.have.property('name', 'AdmissionError')
      expect((err as Error).message).to.match(c.message)
    })
  }
})

describe('member list', () => {
  it('admits through a chain of members, holding a record until its admitter is known', async () => {
    const [root, a, b] = await Promise.all([generateKeyPair('Ed25519'), generateKeyPair('Ed25519'), generateKeyPair('Ed25519')])
    const rootId = peerIdFromPrivateKey(root)
    const aId = peerIdFromPrivateKey(a)
    const bId = peerIdFromPrivateKey(b)
    const issuer = new MemberList({ self: rootId, founders: [], log: silentLogger() })
    const byRoot = await issuer.admit(root, aId, '00')
    const helper = new MemberList({ self: aId, founders: [rootId.toString()], log: silentLogger() })
    await helper.accept(byRoot)
    const byA = await helper.admit(a, bId, '01')

    const observer = new MemberList({ self: peerIdFromPrivateKey(await generateKeyPair('Ed25519')), founders: [rootId.toString()], log: silentLogger() })
    expect(await observer.accept(byA)).to.equal('pending')
    expect(observer.isMember(bId.toString())).to.equal(false)
    expect(await observer.accept(byRoot)).to.equal('added')
    expect(observer.isMember(aId.toString())).to.equal(true)
    expect(observer.isMember(bId.toString())).to.equal(true)
    expect(observer.tokenUsedBy('01')).to.equal(bId.toString())
  })

  it('refuses a record whose signature does not match its admitter', async () => {
    const [root, other, peer] = await Promise.all([generateKeyPair('Ed25519'), generateKeyPair('Ed25519'), generateKeyPair('Ed25519')])
    const list = new MemberList({ self: peerIdFromPrivateKey(root), founders: [], log: silentLogger() })
    const signed = await new MemberList({ self: peerIdFromPrivateKey(other), founders: [], log: silentLogger() }).admit(other, peerIdFromPrivateKey(peer), '02')
    const forged = { admission: signed.admission, signature: (await list.admit(root, peerIdFromPrivateKey(await generateKeyPair('Ed25519')), '03')).signature }
    const err = await list.accept(forged).catch((e: Error) => e)
    expect(err).to.have.property('name', 'AdmissionError')
  })
})
