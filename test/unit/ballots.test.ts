// The failover votes a member cast survive its restart: the file is read back (a version 1 file as
// its widest votes), a vote given once is never given the other way after a restart, the oldest
// ballots go past the bound, and a damaged file is set aside, not trusted. Votes are per grant
// (1.1.0): a keep voids the grants signed up to it, and a grant signed after can still win.
import { expect } from 'chai'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Libp2p } from '@libp2p/interface'
import { Ballots, BALLOTS_FILE, EVERY_GRANT, Votes, type VotesComponents } from '../../overlay/replication/index.js'
import { signHandoff } from '../../overlay/records/handoff.js'
import { silentLogger } from '../../node/log.js'

describe('failover votes on disk', () => {
  let dir: string
  let file: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sc-ballots-'))
    file = join(dir, BALLOTS_FILE)
  })
  afterEach(() => { rmSync(dir, { recursive: true, force: true }) })

  it('reads back what was cast, withdrawn ones gone; no file is an empty book', () => {
    const book = new Ballots(file, silentLogger())
    expect(book.size).to.equal(0)
    book.set('vm-a:3:p:s', { keepBefore: 1000 })
    book.set('vm-b:1:p:s', { takeoverFrom: 5 })
    book.set('vm-c:1:p:s', { takeoverFrom: 5 })
    book.delete('vm-c:1:p:s')
    book.set('vm-d:1:p:s', { keepBefore: 7, takeoverFrom: 9 })
    book.set('vm-d:1:p:s', { keepBefore: 7 })
    const again = new Ballots(file, silentLogger())
    expect(['a:3', 'b:1', 'c:1', 'd:1'].map(b => again.get(`vm-${b}:p:s`))).to.deep.equal([{ keepBefore: 1000 }, { takeoverFrom: 5 }, undefined, { keepBefore: 7 }])
    expect(JSON.parse(readFileSync(file, 'utf8'))).to.include({ version: 2 })
  })

  it('reads a version 1 file as its widest votes: a keep against every grant, a takeover from the oldest', () => {
    writeFileSync(file, JSON.stringify({ version: 1, ballots: [{ ballot: 'vm-a:3:p:s', side: 'keep', atMs: 1 }, { ballot: 'vm-b:1:p:s', side: 'takeover', atMs: 2 }] }))
    const book = new Ballots(file, silentLogger())
    expect([book.get('vm-a:3:p:s'), book.get('vm-b:1:p:s')]).to.deep.equal([{ keepBefore: EVERY_GRANT }, { takeoverFrom: 0 }])
  })

  it('keeps the newest ballots past its bound', () => {
    const book = new Ballots(file, silentLogger(), 3)
    for (const b of ['1', '2', '3', '4']) book.set(b, { keepBefore: 1 })
    const again = new Ballots(file, silentLogger(), 3)
    expect(['1', '2', '3', '4'].map(b => again.get(b)?.keepBefore)).to.deep.equal([undefined, 1, 1, 1])
  })

  for (const [what, text] of <Array<[string, string]>>[['garbage', '{not json'], ['another version', '{"version":9,"ballots":[]}'], ['a malformed ballot', '{"version":1,"ballots":[{"ballot":"x","side":"maybe","atMs":1}]}'], ['a ballot of no vote', '{"version":2,"ballots":[{"ballot":"x","atMs":1}]}'], ['a negative cutoff', '{"version":2,"ballots":[{"ballot":"x","keepBefore":-1,"atMs":1}]}']]) {
    it(`sets aside a file of ${what}, and starts empty`, () => {
      writeFileSync(file, text)
      const book = new Ballots(file, silentLogger())
      expect(book.size).to.equal(0)
      expect(readdirSync(dir).filter(f => f.startsWith(`${BALLOTS_FILE}.bad-`))).to.have.length(1)
    })
  }

  it('a member restarted after voting keep refuses the takeover of the same ballot', async () => {
    const peerId = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
    const self = peerId.toString()
    const members = (): VotesComponents['membership'] => ({ isMember: () => true, peers: () => [{ id: self, state: 'alive', self: true }] }) as unknown as VotesComponents['membership']
    const votes = (): Votes => new Votes({
      libp2p: { peerId } as unknown as Libp2p,
      membership: members(),
      probe: async () => false,
      runs: () => false,
      ballots: new Ballots(file, silentLogger()),
      log: silentLogger()
    })
    // A peer that is primary and standby of one ballot asks itself: the simplest electorate of one.
    const ballot = { vmId: 'vm-0123456789abcdef', epoch: 4, primary: self, standby: self }
    expect((await votes().ask('keep', ballot)).granted).to.equal(1)
    const tally = await votes().ask('takeover', ballot)
    expect(tally.granted).to.equal(0)
    expect(tally.refusals.join()).to.match(/voted keep already/)
  })

  it('a standby restarted finds the takeovers it asked for, and no others', async () => {
    const peerId = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
    const self = peerId.toString()
    const other = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    const votes = (): Votes => new Votes({
      libp2p: { peerId } as unknown as Libp2p,
      membership: ({ isMember: () => true, peers: () => [{ id: self, state: 'alive', self: true }] }) as unknown as VotesComponents['membership'],
      probe: async () => false,
      runs: () => false,
      ballots: new Ballots(file, silentLogger()),
      log: silentLogger()
    })
    const asked = { vmId: 'vm-00000000000000a1', epoch: 7, primary: other, standby: self }
    const withdrawn = { vmId: 'vm-00000000000000a2', epoch: 2, primary: other, standby: self }
    const first = votes()
    expect((await first.ask('takeover', asked)).granted).to.equal(1)
    expect((await first.ask('takeover', withdrawn)).granted).to.equal(1)
    await first.ask('withdraw', withdrawn)
    expect(votes().ownTakeovers()).to.deep.equal([asked])
  })

  describe('per grant (votes 1.1.0)', () => {
    let key: PrivateKey
    let self: string
    const vmId = 'vm-0123456789abcdef'
    const epoch = 4
    beforeEach(async () => {
      key = await generateKeyPair('Ed25519')
      self = peerIdFromPrivateKey(key).toString()
    })
    const votes = (): Votes => new Votes({
      libp2p: { peerId: peerIdFromPrivateKey(key) } as unknown as Libp2p,
      membership: ({ isMember: () => true, peers: () => [{ id: self, state: 'alive', self: true }] }) as unknown as VotesComponents['membership'],
      probe: async () => false,
      runs: () => false,
      ballots: new Ballots(file, silentLogger()),
      log: silentLogger()
    })
    const grant = async (atMs: number, to = self): ReturnType<typeof signHandoff> => await signHandoff(key, { vmId, epoch: epoch + 1, from: self, to, atMs })

    it('a keep voids the grants signed up to it, and a grant signed after it wins, across a restart', async () => {
      const ballot = { vmId, epoch, primary: self, standby: self }
      expect((await votes().ask('keep', { ...ballot, keepBefore: 2000 })).granted).to.equal(1)
      for (const atMs of [1000, 2000]) {
        const tally = await votes().ask('takeover', { ...ballot, grant: await grant(atMs) })
        expect(tally.refusals.join(), `grant at ${atMs}`).to.match(/voted keep already/)
      }
      // A 1.0.0 takeover (no grant) stands for the oldest: void too.
      expect((await votes().ask('takeover', ballot)).granted).to.equal(0)
      expect((await votes().ask('takeover', { ...ballot, grant: await grant(2001) })).granted).to.equal(1)
      // That takeover now holds: a keep that would void its grant is refused, an older one is not.
      expect((await votes().ask('keep', { ...ballot, keepBefore: 2001 })).refusals.join()).to.match(/voted takeover already/)
      expect((await votes().ask('keep', { ...ballot, keepBefore: 1500 })).granted).to.equal(1)
    })

    it('a 1.0.0 keep voids every grant; a takeover with a grant that is not the ballot\'s is refused', async () => {
      const ballot = { vmId, epoch, primary: self, standby: self }
      const other = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
      const forged = await votes().ask('takeover', { ...ballot, grant: await grant(5000, other) })
      expect(forged.granted).to.equal(0)
      expect(forged.refusals.join()).to.match(/does not hand vm/)
      expect((await votes().ask('keep', ballot)).granted).to.equal(1)
      expect((await votes().ask('takeover', { ...ballot, grant: await grant(Date.now() + 60_000) })).granted).to.equal(0)
    })

    it('gives one standby of an epoch its takeover: another\'s is refused until that vote is withdrawn', async () => {
      const other = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
      new Ballots(file, silentLogger()).set(`${vmId}:${epoch}:${self}:${other}`, { takeoverFrom: 1000 })
      const ballot = { vmId, epoch, primary: self, standby: self }
      const refused = await votes().ask('takeover', { ...ballot, grant: await grant(3000) })
      expect(refused.refusals.join()).to.match(/voted takeover for another standby/)
      // Another epoch is another ballot.
      expect((await votes().ask('takeover', { ...ballot, epoch: epoch + 1, grant: await signHandoff(key, { vmId, epoch: epoch + 2, from: self, to: self, atMs: 3000 }) })).granted).to.equal(1)
      new Ballots(file, silentLogger()).delete(`${vmId}:${epoch}:${self}:${other}`)
      expect((await votes().ask('takeover', { ...ballot, grant: await grant(3000) })).granted).to.equal(1)
    })
  })
})
