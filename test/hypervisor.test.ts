// The v86 engine with real guests in worker threads: boot, the hypercall port, guest memory read
// from the host, the NIC port, pause, snapshot and restore into another engine, and bad restores.
import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { V86Engine } from '../node/hypervisor/engine.js'
import { GUEST_CONFIG } from '../node/hypervisor/devices/hypercall.js'
import { TINY_IMAGE_FILE } from '../node/hypervisor/images.js'
import type { Machine, MachineConfig } from '../node/hypervisor/types.js'
import { silentLogger } from '../node/log.js'
import { arpReplySender, arpRequest, echoReplySeq, echoRequest } from './util/frames.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const GUEST_IP = '10.0.0.5'
const kernel = readFileSync(TINY_IMAGE_FILE)

function config (id: string, overrides: Partial<MachineConfig> = {}): MachineConfig {
  return {
    id,
    memoryBytes: 32 << 20,
    vgaMemoryBytes: 256 << 10,
    nic: 'ne2k',
    mac: '02:11:22:33:44:55',
    boot: { kind: 'multiboot', kernel },
    guestConfig: { [GUEST_CONFIG.IPV4_ADDR]: (10 << 24) | 5 },
    ...overrides
  }
}

async function counter (m: Machine): Promise<number> {
  const g = await m.guest()
  if (g === undefined) throw new Error('no guest info')
  return g.counter
}

/** Asks the guest for its MAC by ARP, through `m`'s port; `seen` collects what the port hears. */
async function arpGuest (m: Machine, seen: Uint8Array[]): Promise<{ mac: string, macBytes: Buffer }> {
  m.nic.toGuest([arpRequest(GUEST_IP)])
  const mac = await waitFor('an ARP reply', async () => seen.map(arpReplySender).find(a => a !== undefined), 5000, 20)
  return { mac, macBytes: Buffer.from(mac.split(':').map(h => parseInt(h, 16))) }
}

describe('v86 engine', function () {
  this.timeout(60_000)
  const engine = new V86Engine({ workers: 2, nice: 10, log: silentLogger() })
  const other = new V86Engine({ workers: 1, nice: 10, log: silentLogger() })
  let vm: Machine

  before(async () => {
    await engine.start()
    await other.start()
    vm = await engine.create(config('vm-a'))
    await vm.run()
    await vm.waitGuestReady()
  })
  after(async () => {
    await engine.stop()
    await other.stop()
  })

  it('boots the tiny guest, which reports its counter, boot id and config through the hypercall port', async () => {
    const g = await vm.guest()
    expect(g).to.include({ ready: true, ip: GUEST_IP, mac: '02:11:22:33:44:55' })
    expect(g?.bootId).to.match(/^[0-9a-f]{16}$/)
    // The ready hypercall can reach the host before the serial bytes the guest wrote ahead of it
    // (they come batched per tick from the VM's worker): wait for them, then check them.
    const logs = await waitFor('the guest\'s serial output', async () => { const text = Buffer.from(vm.serial.logs()).toString(); return text.includes('tiny: ready') ? text : undefined }, 5000, 20).catch(() => Buffer.from(vm.serial.logs()).toString())
    expect(logs).to.include('tiny: ready')
  })

  it('reads a counter that advances with wall time, straight from guest RAM', async () => {
    const a = await counter(vm)
    await sleep(500)
    const b = await counter(vm)
    expect(b - a).to.be.within(300, 1500)
  })

  it('carries frames both ways through the NIC port: ARP and ICMP echo', async () => {
    const seen: Uint8Array[] = []
    const detach = vm.nic.attach(frames => { seen.push(...frames) })
    try {
      const { mac, macBytes } = await arpGuest(vm, seen)
      expect(mac).to.equal('02:11:22:33:44:55')
      vm.nic.toGuest([1, 2, 3].map(seq => echoRequest(macBytes, GUEST_IP, seq)))
      const seqs = await waitFor('three echo replies', async () => { const s = seen.map(echoReplySeq).filter(x => x !== undefined); return s.length >= 3 ? s : undefined }, 5000, 20)
      expect(seqs).to.deep.equal([1, 2, 3])
      expect(vm.nic.counters.framesIn).to.be.at.least(4)
      expect(vm.nic.counters.framesOut).to.be.at.least(4)
    } finally {
      detach()
    }
  })

  it('drops runt and oversized frames at the port and counts them', () => {
    const before = { ...vm.nic.counters.drops }
    vm.nic.toGuest([new Uint8Array(10), new Uint8Array(10_000)])
    expect(vm.nic.counters.drops.malformed).to.equal(before.malformed + 1)
    expect(vm.nic.counters.drops.tooLarge).to.equal(before.tooLarge + 1)
  })

  it('keeps the frames in a full NE2000 receive ring and drops the ones past it', async () => {
    // A paused guest reads nothing: 80 echo requests (a ring page each) overfill its 57-page ring.
    const seen: Uint8Array[] = []
    const detach = vm.nic.attach(frames => { seen.push(...frames) })
    try {
      const { macBytes } = await arpGuest(vm, seen)
      await vm.pause()
      const dropped = vm.nic.counters.drops.ringFull
      vm.nic.toGuest(Array.from({ length: 80 }, (_, i) => echoRequest(macBytes, GUEST_IP, 1000 + i)))
      await sleep(200)
      await vm.run()
      const replies = (): number[] => seen.map(echoReplySeq).filter((s): s is number => s !== undefined && s >= 1000)
      await waitFor('the replies', async () => replies().length >= 10 || undefined, 5000, 20)
      // The guest reads up to 32 frames a poll, and polls on a new frame: two more make it read the rest.
      for (let i = 0; i < 2; i++) {
        await sleep(300)
        vm.nic.toGuest([arpRequest(GUEST_IP)])
      }
      await sleep(500)
      // The ring's frames, the first ones sent, all answered in order; v86 itself wrote the next
      // frame over them, and the guest saw only what came after.
      const got = replies()
      expect(got[0]).to.equal(1000)
      expect(got).to.deep.equal(Array.from({ length: got.length }, (_, i) => 1000 + i))
      expect(got.length).to.be.within(20, 79)
      expect(vm.nic.counters.drops.ringFull - dropped).to.equal(80 - got.length)
    } finally {
      detach()
    }
  })

  it('stops the guest on pause, continues it on run', async () => {
    await vm.pause()
    const a = await counter(vm)
    await sleep(300)
    expect(await counter(vm)).to.equal(a)
    await vm.run()
    await sleep(300)
    expect(await counter(vm)).to.be.above(a)
  })

  it('restores a snapshot into another engine: the counter continues, the boot id stays', async () => {
    await vm.pause()
    const before = await vm.guest()
    const snapshot = await vm.snapshot({ note: 'test' })
    await vm.run()
    // Nothing to boot from: the guest's kernel is in its saved RAM.
    const restored = await other.restore(config('vm-b', { boot: { kind: 'none' } }), snapshot)
    try {
      const paused = await restored.guest()
      expect(paused?.counter).to.equal(before?.counter)
      expect(paused?.bootId).to.equal(before?.bootId)
      await restored.run()
      await sleep(300)
      const after = await restored.guest()
      expect(after?.counter).to.be.above(before?.counter ?? Infinity)
      expect(after?.bootId).to.equal(before?.bootId)
    } finally {
      await restored.destroy()
    }
  })

  it('restores under a new MAC: the port translates, so the guest answers ARP as the new MAC', async () => {
    const snapshot = await vm.snapshot({})
    const restored = await other.restore(config('vm-c', { mac: '02:99:99:99:99:99' }), snapshot)
    try {
      expect(restored.nic.mac).to.equal('02:99:99:99:99:99')
      expect(restored.nic.guestMac).to.equal('02:11:22:33:44:55')
      await restored.run()
      const seen: Uint8Array[] = []
      restored.nic.attach(frames => { seen.push(...frames) })
      restored.nic.toGuest([arpRequest(GUEST_IP)])
      const mac = await waitFor('an ARP reply', async () => seen.map(arpReplySender).find(m => m !== undefined), 5000, 20)
      expect(mac).to.equal('02:99:99:99:99:99')
      expect(Buffer.from(seen.find(f => arpReplySender(f) !== undefined) as Uint8Array).subarray(6, 12).toString('hex')).to.equal('029999999999')
      restored.nic.toGuest([echoRequest(Buffer.from('029999999999', 'hex'), GUEST_IP, 9)])
      await waitFor('an echo reply', async () => seen.some(f => echoReplySeq(f) === 9), 5000, 20)
    } finally {
      await restored.destroy()
    }
  })

  const mismatched: Array<{ id: string, overrides: Partial<MachineConfig>, error: RegExp }> = [
    { id: 'memory size', overrides: { memoryBytes: 64 << 20 }, error: /memory size 33554432 in the snapshot, 67108864 asked for/ },
    { id: 'NIC', overrides: { nic: 'virtio' }, error: /NIC ne2k in the snapshot, virtio asked for/ },
    { id: 'interrupt controller', overrides: { acpi: true }, error: /ACPI false in the snapshot, true asked for/ }
  ]
  for (const c of mismatched) {
    it(`refuses a restore into a machine of another ${c.id}, and keeps running its guests`, async () => {
      const snapshot = await vm.snapshot({})
      let error: Error | undefined
      await other.restore(config(`vm-${c.id}`, c.overrides), snapshot).catch((err: Error) => { error = err })
      expect(error?.name).to.equal('SnapshotError')
      expect(error?.message).to.match(c.error)
      const a = await counter(vm)
      await sleep(200)
      expect(await counter(vm)).to.be.above(a)
      expect(other.stats().machines).to.equal(0)
    })
  }

  it('spins a busy guest without starving the others on its worker', async () => {
    const busy = await engine.create(config('vm-busy', { mac: '02:00:00:00:00:0b', guestConfig: { [GUEST_CONFIG.BUSY]: 1 } }))
    try {
      await busy.run()
      await busy.waitGuestReady()
      const a = await counter(vm)
      const b = await counter(busy)
      await sleep(500)
      expect(await counter(vm) - a).to.be.above(200)
      expect(await counter(busy) - b).to.be.above(200)
    } finally {
      await busy.destroy()
    }
  })

  it('fails calls on a destroyed machine by name', async () => {
    const m = await engine.create(config('vm-gone', { mac: '02:00:00:00:00:0c' }))
    await m.destroy()
    expect((await m.ended).kind).to.equal('destroyed')
    const err = await m.guest().catch((e: Error) => e)
    expect(err).to.have.property('name', 'MachineFailedError')
  })
})
