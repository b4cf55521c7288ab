// The failover votes a member cast survive its restart: the file is read back, a vote given once is
// never given the other way after a restart, the oldest ballots go past the bound, and a damaged
// file is set aside, not trusted.
import { expect } from 'chai'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Libp2p } from '@libp2p/interface'
import { Ballots, BALLOTS_FILE, Votes, type VotesComponents } from '../../overlay/replication/index.js'
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
    book.set('vm-a:3:p:s', 'keep')
    book.set('vm-b:1:p:s', 'takeover')
    book.set('vm-c:1:p:s', 'takeover')
    book.delete('vm-c:1:p:s')
    const again = new Ballots(file, silentLogger())
    expect([again.get('vm-a:3:p:s'), again.get('vm-b:1:p:s'), again.get('vm-c:1:p:s')]).to.deep.equal(['keep', 'takeover', undefined])
    expect(JSON.parse(readFileSync(file, 'utf8'))).to.include({ version: 1 })
  })

  it('keeps the newest ballots past its bound', () => {
    const book = new Ballots(file, silentLogger(), 3)
    for (const b of ['1', '2', '3', '4']) book.set(b, 'keep')
    const again = new Ballots(file, silentLogger(), 3)
    expect(['1', '2', '3', '4'].map(b => again.get(b))).to.deep.equal([undefined, 'keep', 'keep', 'keep'])
  })

  for (const [what, text] of <Array<[string, string]>>[['garbage', '{not json'], ['another version', '{"version":9,"ballots":[]}'], ['a malformed ballot', '{"version":1,"ballots":[{"ballot":"x","side":"maybe","atMs":1}]}']]) {
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
})
