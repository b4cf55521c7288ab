// A partition that cuts a protected VM's host off from everyone for 30 s (issue 18): the majority
// side (its standby and the third member) takes the VM over once the host's lease ran out; the host,
// cut off, stops its guest at the lease and never runs it again; when the cut heals its copy is
// dropped for the newer epoch. One copy at every moment, the counter never back, no fork.
import { expect } from 'chai'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testnetDown, testnetUp } from '../testnet/launcher.js'
import type { TestnetState } from '../testnet/state.js'
import { TestnetCli } from './util/testnet-cli.js'
import { waitFor } from './util/wait.js'
import { sleep } from '../overlay/core/abort.js'

const MiB = 1 << 20
const CUT_MS = 30_000

describe('HA: the protected VM\'s host cut off from everyone for 30 s (real processes)', function () {
  this.timeout(240_000)
  let root: string
  let net: TestnetState
  const { ok, shownAt, show, here, link, shownProtected } = new TestnetCli(() => net)

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-ha-cut-'))
    net = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir: join(root, 'net'), peerConfig: { memoryBytes: 256 * MiB } })
  })
  after(async () => {
    if (net !== undefined) await testnetDown(net.dir).catch(() => {})
    if (root !== undefined) rmSync(root, { recursive: true, force: true })
  })

  it('fails over to the majority side, the cut-off copy never runs on, and one copy is left after the heal', async () => {
    await ok(0, ['vm', 'create', '--image', 'tiny', '--name', 'hc', '--ha', '--standby', 'provider:gcp'])
    const before = await shownProtected(0, 'hc')
    await sleep(300)
    const reported = (await show(2, 'hc')).guest?.counter ?? Infinity
    // The cut goes in one link rule at a time: once 0 and 1 are apart, the host may keep the VM with
    // 2's vote and protect it there instead, before 0 and 2 are apart too. Either way the majority
    // side (1 and 2) ends up with it, at whichever held the last standby.
    let standby = -1
    for (const [from, to] of [[0, 1], [0, 2]]) await link(['--from', String(from), '--to', String(to), '--drop'])
    const cutAt = performance.now()
    // What the majority side reports, and what the cut-off host's own copy does, through the cut.
    const reports: number[] = []
    const cutOff: number[] = []
    let tookOverMs: number | undefined
    try {
      while (performance.now() - cutAt < CUT_MS) {
        for (const i of [1, 2]) {
          const v = (await here(i).catch(() => [])).find(x => x.name === 'hc' && x.phase === 'running')
          if (v === undefined) continue
          standby = i
          tookOverMs ??= performance.now() - cutAt
          if (v.guest?.counter !== undefined) reports.push(v.guest.counter)
        }
        const old = (await here(0).catch(() => [])).find(x => x.name === 'hc')
        const live = old?.guestLive?.counter
        if (live !== undefined) cutOff.push(live)
        await sleep(250)
      }
    } finally {
      await link(['--clear'])
    }
    expect(tookOverMs, 'the majority side took the VM over during the cut').to.not.equal(undefined)
    const moved = await shownAt(standby, 'hc', 30_000)
    expect(moved.epoch).to.equal(before.epoch + 1)
    expect(moved.guest?.bootId).to.equal(before.guest?.bootId)
    expect(moved.guest?.counter).to.be.at.least(reported)
    // The cut-off copy stopped at its lease: its counter stood still for most of the cut.
    const lastCut = cutOff.at(-1) ?? 0
    expect(cutOff.filter(c => c === lastCut).length, 'the cut-off guest stood still').to.be.above(cutOff.length / 2)
    for (let i = 1; i < reports.length; i++) expect(reports[i], `report ${i}`).to.be.at.least(reports[i - 1] ?? 0)
    // After the heal: the old copy dropped for the newer epoch; one copy, at the standby.
    await waitFor('the cut-off copy gone', async () => (await here(0)).some(v => v.name === 'hc') ? undefined : true, 30_000, 200)
    expect((await show(0, 'hc')).peer).to.equal(net.peers[standby]?.id)
    expect((await here(3 - standby)).filter(v => v.name === 'hc')).to.have.length(0)
    process.stdout.write(`      a 30 s cut: the majority side ran it ${Math.round(tookOverMs ?? 0)} ms into the cut; the cut-off copy stood at ${lastCut} for ${cutOff.filter(c => c === lastCut).length} of ${cutOff.length} samples\n`)
  })
})
