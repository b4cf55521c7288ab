// VM inventories without a network: what an owner signs opens to the same records; anything
// forged, malformed or odd is refused with InvalidInventoryError naming what is wrong.
import { expect } from 'chai'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import type { supercloud } from '../../proto/gen/wire.js'
import { openInventory, signInventory, type VmRecordData } from '../../overlay/records/inventory.js'
import { MAX_VMS_PER_INVENTORY } from '../../overlay/records/constants.js'
import { deriveVmId, expectHandoff, signHandoff } from '../../overlay/records/handoff.js'

let creator = ''

function record (overrides: Partial<VmRecordData> = {}, spec: Partial<VmRecordData['spec']> = {}, nonce = 'aaaaaaaaaaaaaaaa'): VmRecordData {
  return {
    id: deriveVmId(creator, nonce),
    creator,
    nonce,
    handoffs: [],
    epoch: 1,
    spec: { name: 'v1', image: 'tiny', memoryBytes: 32 << 20, nic: 'ne2k', mac: '02:00:00:00:00:01', tiny: { busy: false, dirtyPagesPerSec: 0, dirtyPercent: 0, fillRam: false }, ...spec },
    phase: 'running',
    createdAtMs: 1000,
    updatedAtMs: 2000,
    ...overrides
  }
}

async function signed (key: PrivateKey, vms: VmRecordData[], owner = key): Promise<supercloud.vm.ISignedInventory> {
  return await signInventory(key, peerIdFromPrivateKey(owner).toMultihash().bytes, { seq: 5000, incarnation: 10, vms })
}

describe('VM inventories', () => {
  let key: PrivateKey
  let other: PrivateKey
  before(async () => {
    key = await generateKeyPair('Ed25519')
    other = await generateKeyPair('Ed25519')
    creator = peerIdFromPrivateKey(key).toString()
  })

  it('accept a new owner with the handoff its previous owner signed', async () => {
    const vm = record()
    const otherId = peerIdFromPrivateKey(other).toString()
    const handoff = await signHandoff(key, { vmId: vm.id, epoch: 2, from: creator, to: otherId, atMs: 1 })
    const inventory = await openInventory(await signed(other, [{ ...vm, epoch: 2, handoffs: [handoff] }], other))
    expect(inventory.vms[0]).to.include({ id: vm.id, epoch: 2 })
  })

  it('open to the records their owner signed', async () => {
    const vms = [record(), record({ phase: 'lost', reason: 'gone' }, { name: 'v2', image: 'linux', nic: 'virtio', guestMac: '02:00:00:00:00:09', tiny: undefined }, 'bbbbbbbbbbbbbbbb')]
    const inventory = await openInventory(await signed(key, vms))
    expect(inventory).to.deep.include({ owner: peerIdFromPrivateKey(key).toString(), seq: 5000, incarnation: 10 })
    const expected = structuredClone(vms)
    delete expected[1]?.spec.tiny
    expect(inventory.vms).to.deep.equal(expected)
  })

  it('carry the replicas their owner holds as a standby, and refuse a bad one', async () => {
    const replicas = [{ vmId: 'vm-00000000000000aa', memoryBytes: 32 << 20 }]
    const inventory = await openInventory(await signInventory(key, peerIdFromPrivateKey(key).toMultihash().bytes, { seq: 5000, incarnation: 10, vms: [], replicas }))
    expect(inventory.replicas).to.deep.equal(replicas)
    const bad = signInventory(key, peerIdFromPrivateKey(key).toMultihash().bytes, { seq: 5000, incarnation: 10, vms: [], replicas: [{ vmId: 'nope', memoryBytes: 1 }] })
    await openInventory(await bad).then(() => expect.fail('opened'), (err: Error) => { expect(err.name).to.equal('InvalidInventoryError') })
  })

  const refused: Array<{ id: string, make: () => Promise<supercloud.vm.ISignedInventory>, error: RegExp }> = [
    { id: 'one signed by another key than its owner\'s', make: async () => await signed(other, [record()], key), error: /inventory not signed by/ },
    { id: 'a signature over other bytes', make: async () => ({ ...(await signed(key, [record()])), inventory: new Uint8Array([1, 2, 3]) }), error: /malformed|not signed/ },
    { id: 'garbage', make: async () => ({ inventory: new Uint8Array([0x0a, 0xff, 0xff, 0xff]), signature: new Uint8Array(64) }), error: /malformed inventory/ },
    { id: 'no sequence number', make: async () => await signInventory(key, peerIdFromPrivateKey(key).toMultihash().bytes, { seq: 0, incarnation: 1, vms: [] }), error: /no sequence number/ },
    { id: 'the same VM twice', make: async () => await signed(key, [record(), record()]), error: /lists a VM twice/ },
    { id: 'too many VMs', make: async () => await signed(key, Array.from({ length: MAX_VMS_PER_INVENTORY + 1 }, (_v, i) => record({}, {}, i.toString(16).padStart(16, '0')))), error: /lists \d+ VMs/ },
    { id: 'a bad VM id', make: async () => await signed(key, [record({ id: 'vm-../../etc' })]), error: /bad id/ },
    { id: 'an id its creator did not make', make: async () => await signed(key, [record({ id: 'vm-0123456789abcdef' })]), error: /was not created by/ },
    { id: 'a VM created by another peer and never handed over', make: async () => await signed(other, [record()], other), error: /was handed to .*, not to/ },
    { id: 'an epoch without its handoff', make: async () => await signed(key, [record({ epoch: 2 })]), error: /carries 0 handoffs/ },
    {
      id: 'a handoff not signed by the owner before',
      make: async () => {
        const otherId = peerIdFromPrivateKey(other).toString()
        const vm = record()
        // `other` hands over a VM that `key` created, to itself.
        const handoff = await signHandoff(other, { vmId: vm.id, epoch: 2, from: otherId, to: otherId, atMs: 1 })
        return await signed(other, [{ ...vm, epoch: 2, handoffs: [handoff] }], other)
      },
      error: /does not follow from its owner/
    },
    { id: 'an unknown phase', make: async () => await signed(key, [record({ phase: 'zombie' as never })]), error: /unknown phase zombie/ },
    { id: 'a bad MAC', make: async () => await signed(key, [record({}, { mac: 'ff:ff' })]), error: /bad MAC/ },
    { id: 'a bad memory size', make: async () => await signed(key, [record({}, { memoryBytes: -1 })]), error: /bad memory size/ },
    { id: 'an unknown NIC', make: async () => await signed(key, [record({}, { nic: 'e1000' as never })]), error: /bad NIC/ },
    { id: 'epoch zero', make: async () => await signed(key, [record({ epoch: 0 })]), error: /bad epoch/ }
  ]
  for (const c of refused) {
    it(`refuses ${c.id}`, async () => {
      const err = await openInventory(await c.make()).then(() => undefined, (e: Error) => e)
      expect(err?.name).to.equal('InvalidInventoryError')
      expect(err?.message).to.match(c.error)
    })
  }
})

describe('expectHandoff', () => {
  let key: PrivateKey
  let from: string
  let to: string
  const vmId = 'vm-0123456789abcdef'
  before(async () => {
    key = await generateKeyPair('Ed25519')
    from = peerIdFromPrivateKey(key).toString()
    to = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
  })

  it('accepts the handoff it was told to expect', async () => {
    const h = await expectHandoff(await signHandoff(key, { vmId, epoch: 3, from, to, atMs: 7 }), { vmId, epoch: 3, from, to })
    expect(h).to.deep.equal({ vmId, epoch: 3, from, to, atMs: 7 })
  })

  for (const [what, want] of [
    ['another VM', () => ({ vmId: 'vm-fedcba9876543210' })],
    ['another epoch', () => ({ epoch: 4 })],
    ['another recipient', () => ({ to: from })],
    ['another signer', () => ({ from: to })]
  ] as const) {
    it(`refuses one for ${what}, naming what it expected`, async () => {
      const signed = await signHandoff(key, { vmId, epoch: 3, from, to, atMs: 7 })
      const err = await expectHandoff(signed, { vmId, epoch: 3, from, to, ...want() }, 'the grant').then(() => undefined, (e: Error) => e)
      expect(err?.name).to.equal('InvalidHandoffError')
      expect(err?.message).to.match(/^the grant does not hand vm /)
    })
  }

  it('refuses a missing or forged one', async () => {
    for (const signed of [undefined, { handoff: new Uint8Array([1, 2, 3]), signature: new Uint8Array(64) }]) {
      const err = await expectHandoff(signed, { vmId, epoch: 3, from, to }).then(() => undefined, (e: Error) => e)
      expect(err?.name).to.equal('InvalidHandoffError')
    }
  })
})
