// Checkpoints of a real tiny guest (the VM worker's side of replication), in-process: epochs taken
// with the guest paused for the scan and devices only, carried through the replication framing and
// applied whole to a machine that never ran, which then runs on from the last one with the same
// boot id. And the lease: past it the guest stops in its worker; renewed, it runs again.
import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { Uint8ArrayList } from 'uint8arraylist'
import { V86Engine } from '../node/hypervisor/engine.js'
import { GUEST_CONFIG } from '../node/hypervisor/devices/hypercall.js'
import { parseHypercallState } from '../node/hypervisor/snapshot/format.js'
import { TINY_IMAGE_FILE } from '../node/hypervisor/images.js'
import type { Machine, MachineConfig } from '../node/hypervisor/types.js'
import { silentLogger } from '../node/log.js'
import { pageMessages, pagesOf, deltasOf } from '../overlay/migration/wire.js'
import { decode } from '../overlay/replication/wire.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const kernel = readFileSync(TINY_IMAGE_FILE)
const config = (id: string, boot: MachineConfig['boot']): MachineConfig => ({
  id, memoryBytes: 32 << 20, vgaMemoryBytes: 256 << 10, nic: 'ne2k', mac: '02:11:22:33:44:66', boot, guestConfig: { [GUEST_CONFIG.IPV4_ADDR]: (10 << 24) | 6 }
})
const wallNow = (): number => performance.timeOrigin + performance.now()

/** One checkpoint from `from` into `to` the way the standby takes it: framed, decoded, applied whole. */
async function carry (from: Machine, to: Machine): Promise<{ devices: Awaited<ReturnType<Machine['checkpoint']>>['devices'], counter: number, pauseMs: number }> {
  const cp = await from.checkpoint()
  for (const { framed } of pageMessages(cp.batch)) {
    const bytes = new Uint8ArrayList(framed).subarray()
    // Past its length prefix: the message itself.
    let at = 0
    while ((bytes[at] ?? 0) & 0x80) at++
    const m = decode(bytes.subarray(at + 1))
    if (m.pages != null) await to.writePages(pagesOf(m.pages))
    if (m.deltas != null) await to.applyDeltas(deltasOf(m.deltas))
  }
  await to.flushPages()
  return { devices: cp.devices, counter: cp.guest?.counter ?? -1, pauseMs: cp.pauseMs }
}

describe('checkpoints and leases (v86 in workers)', function () {
  this.timeout(60_000)
  const engine = new V86Engine({ workers: 1, nice: 10, log: silentLogger() })
  const standby = new V86Engine({ workers: 1, nice: 10, log: silentLogger() })
  before(async () => { await engine.start(); await standby.start() })
  after(async () => { await engine.stop(); await standby.stop() })

  it('a replica built from epochs runs on from the last one, same boot id, counter not behind', async () => {
    const primary = await engine.create(config('cp-a', { kind: 'multiboot', kernel }))
    await primary.run()
    await primary.waitGuestReady()
    const replica = await standby.incoming(config('cp-a', { kind: 'none' }))
    const boot = (await primary.guest())?.bootId
    let last = { devices: (await primary.saveDevices()), counter: 0, pauseMs: 0 }
    const pauses: number[] = []
    for (let epoch = 1; epoch <= 10; epoch++) {
      last = await carry(primary, replica)
      pauses.push(last.pauseMs)
      await sleep(50)
    }
    await primary.destroy()
    await replica.finishIncoming({ ...last.devices, hypercall: parseHypercallState(JSON.stringify(last.devices.hypercall)) })
    await replica.run()
    const resumed = await waitFor('the replica counting', async () => { const g = await replica.guest(); return g !== undefined && g.counter > last.counter ? g : undefined }, 5000, 20)
    expect(resumed.bootId).to.equal(boot)
    expect(last.counter).to.be.above(0)
    expect(Math.max(...pauses)).to.be.below(100)
    await replica.destroy()
  })

  it('stops the guest in its worker when its lease runs out, and runs it again when renewed', async () => {
    const m = await engine.create(config('cp-b', { kind: 'multiboot', kernel }))
    await m.run()
    await m.waitGuestReady()
    await m.setLease(wallNow() + 200)
    await sleep(400)
    const a = (await m.guest())?.counter ?? 0
    await sleep(300)
    expect((await m.guest())?.counter).to.equal(a)
    expect(await m.setLease(wallNow() + 5000)).to.equal(true)
    await waitFor('the guest counting again', async () => ((await m.guest())?.counter ?? 0) > a, 3000, 20)
    await m.setLease(undefined)
    await m.destroy()
  })
})
