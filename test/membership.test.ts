// Descriptors, the peer table's liveness, join tokens and the member list, without a network.
import { expect } from 'chai'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { openDescriptor, signDescriptor, type DescriptorData } from '../overlay/membership/descriptor.js'
import { PeerTable } from '../overlay/membership/table.js'
import { createJoinToken, parseJoinToken } from '../overlay/admission/tokens.js'
import { MemberList } from '../overlay/admission/members.js'
import { silentLogger } from '../node/log.js'

function descriptorFields (overrides: Partial<DescriptorData> = {}): Omit<DescriptorData, 'id'> {
  return {
    seq: 1000, addrs: ['/ip4/127.0.0.1/tcp/4001'], provider: 'aws', region: 'us-east-1', zone: 'us-east-1a', cores: 2,
    memoryBytes: 1 << 30, load: 0.1, vms: 0, softwareVersion: '0.1.0', protocolVersion: '1.0.0', left: false, startedAtMs: 1, heartbeatMs: 1000, inventorySeq: 0, vmMemoryBytes: 0, diskBytes: 0, vmDiskBytes: 0, schedulable: true, unschedulableReason: '',
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

describe('peer table liveness', () => {
  const settings = { heartbeatMs: 1000, suspectAfterMs: 3000, deadAfterMs: 6000 }

  async function table (): Promise<{ t: PeerTable, key: PrivateKey, id: string }> {
    const key = await generateKeyPair('Ed25519')
    return { t: new PeerTable('self', settings), key, id: peerIdFromPrivateKey(key).toString() }
  }

  it('goes alive → suspect → dead on silence, and alive again on a newer descriptor', async () => {
    const { t, key, id } = await table()
    const signed = await signedBy(key)
    t.update(await openDescriptor(signed), signed, 0)
    const steps = [[2999, 'alive'], [3000, 'suspect'], [5999, 'suspect'], [6000, 'dead']] as const
    for (const [now, state] of steps) {
      t.tick(now)
      expect(t.get(id)?.state, `at ${now} ms`).to.equal(state)
    }
    const newer = await signedBy(key, { seq: 2000 })
    expect(t.update(await openDescriptor(newer), newer, 7000).change).to.deep.equal({ id, from: 'dead', to: 'alive' })
  })

  it('ignores stale and replayed descriptors', async () => {
    const { t, key, id } = await table()
    const newer = await signedBy(key, { seq: 2000, region: 'new' })
    const older = await signedBy(key, { seq: 1000, region: 'old' })
    t.update(await openDescriptor(newer), newer, 0)
    expect(t.update(await openDescriptor(older), older, 10).result).to.equal('stale')
    expect(t.update(await openDescriptor(newer), newer, 20).result).to.equal('stale')
    expect(t.get(id)?.descriptor.region).to.equal('new')
    expect(t.get(id)?.lastHeardMs).to.equal(0)
  })

  it('keeps a peer that left `left`, whatever the silence', async () => {
    const { t, key, id } = await table()
    const signed = await signedBy(key, { left: true })
    t.update(await openDescriptor(signed), signed, 0)
    t.tick(1_000_000)
    expect(t.get(id)?.state).to.equal('left')
  })

  it('gives a peer announcing a slower heartbeat proportionally longer', async () => {
    const { t, key, id } = await table()
    const signed = await signedBy(key, { heartbeatMs: 2000 })
    t.update(await openDescriptor(signed), signed, 0)
    t.tick(5999)
    expect(t.get(id)?.state).to.equal('alive')
    t.tick(12_000)
    expect(t.get(id)?.state).to.equal('dead')
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

describe('peer table under local overload', () => {
  it('does not hold its own stalls against other peers', async () => {
    const key = await generateKeyPair('Ed25519')
    const id = peerIdFromPrivateKey(key).toString()
    const t = new PeerTable('self', { heartbeatMs: 1000, suspectAfterMs: 3000, deadAfterMs: 6000 })
    const signed = await signedBy(key)
    t.update(await openDescriptor(signed), signed, 0)
    // The event loop was blocked for 5 s: the tick at 5.5 s comes 5 s late.
    t.tick(5500, 5000)
    expect(t.get(id)?.state).to.equal('alive')
    t.tick(9000)
    expect(t.get(id)?.state).to.equal('suspect')
  })
})
