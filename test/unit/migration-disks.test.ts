// The destination's checks on what a source sends of a VM's disks (migration 3.0.0): blocks of a
// disk it did not offer, torn messages, blocks outside the disk, and offers of disks that are not
// the VM's are refused by name before anything is written.
import { expect } from 'chai'
import { blocksOf, fromDiskOffers, toDiskOffers, type MigratingDisk } from '../../overlay/migration/disks.js'

const VM = 'vm-00000000000000aa'
const disk: MigratingDisk = { record: { id: 'disk-00000000000000d1', name: 'd1', sizeBytes: 1 << 20, vmId: VM, epoch: 1, createdAtMs: 1, writtenBytes: 0 }, blockBytes: 4096 }
const idx = (...xs: number[]): Uint8Array => new Uint8Array(Uint32Array.from(xs).buffer)

describe('migration: disk blocks and offers', () => {
  it('takes whole blocks of an offered disk, inside it', () => {
    const got = blocksOf({ disk: 0, indexes: idx(0, 255), data: new Uint8Array(2 * 4096).fill(7) }, [disk])
    expect([...got.indexes]).to.deep.equal([0, 255])
    expect(got.data.byteLength).to.equal(8192)
  })

  const bad = [
    { id: 'blocks of a disk that was not offered', m: { disk: 1, indexes: idx(0), data: new Uint8Array(4096) }, error: /not offered/ },
    { id: 'a partial index', m: { disk: 0, indexes: new Uint8Array(6), data: new Uint8Array(4096) }, error: /partial index/ },
    { id: 'data of the wrong length', m: { disk: 0, indexes: idx(0, 1), data: new Uint8Array(4096) }, error: /4096 bytes for 2 blocks/ },
    { id: 'a block outside the disk', m: { disk: 0, indexes: idx(256), data: new Uint8Array(4096) }, error: /outside disk/ }
  ]
  for (const c of bad) {
    it(`refuses ${c.id}`, () => {
      let err: Error | undefined
      try { blocksOf(c.m, [disk]) } catch (e) { err = e as Error }
      expect(err?.name).to.equal('MalformedMessageError')
      expect(err?.message).to.match(c.error)
    })
  }

  it('reads back the offers it wrote, and refuses offers that cannot be the VM\'s', () => {
    expect(fromDiskOffers(toDiskOffers([disk]), VM)).to.deep.equal([disk])
    const cases = [
      { offers: toDiskOffers([disk, disk, disk]), error: /3 disks/ },
      { offers: toDiskOffers([{ ...disk, blockBytes: 3000 }]), error: /bad block size/ },
      { offers: toDiskOffers([disk]).map(o => ({ ...o, record: { ...o.record, vmId: 'vm-00000000000000bb' } })), error: /not vm/ }
    ]
    for (const c of cases) expect(() => fromDiskOffers(c.offers, VM)).to.throw(c.error)
  })
})
