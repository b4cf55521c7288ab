// The checker's guest clocks (a counter, or a disk's durable record numbers) followed across copies:
// a copy that goes back, two copies over the same stretch at once (two live copies) or one resumed
// from the past (a fork); and a protected VM's running RAM seen advancing on two peers at once.
import { expect } from 'chai'
import { GuestClock } from '../../testnet/chaos/clock.js'
import { lossVerdict, noteRunning, RUNNING_TOGETHER_ROUNDS, type TrackedVm } from '../../testnet/chaos/checker-vm.js'

describe('chaos checker clocks', () => {
  it('follows a copy forward, and finds one that goes back', () => {
    const c = new GuestClock()
    expect(c.observe(0, 100, 1, 10)).to.deep.include({ findings: [], started: true, advanced: false })
    expect(c.observe(0, 100, 2, 20)).to.deep.include({ findings: [], advanced: true })
    expect(c.advancedSince(2)).to.deep.equal([0])
    expect(c.observe(0, 100, 3, 15).findings).to.deep.equal([{ kind: 'backwards', from: 20, to: 15 }])
    expect(c.highest()).to.equal(20)
  })

  it('takes a copy that goes on where another stopped (a migration, a failover) as sound', () => {
    const c = new GuestClock()
    c.observe(0, 100, 1, 10)
    c.observe(0, 100, 2, 20)
    c.forget(0)
    c.observe(1, 200, 4, 20)
    expect(c.observe(1, 200, 5, 30).findings).to.deep.equal([])
    expect(c.advancedSince(3)).to.deep.equal([1])
  })

  it('finds two copies over the same stretch: at once, or one resumed from the past', () => {
    const c = new GuestClock()
    c.observe(0, 100, 1, 10)
    c.observe(1, 200, 1, 10)
    c.observe(0, 100, 2, 20)
    const [together] = c.observe(1, 200, 2, 25).findings
    expect(together).to.include({ kind: 'overlap', sameTime: true, from: 10, to: 25 })
    // A copy on peer 0 restarted (a new pid) from record 12, long after: a fork, not at once.
    c.observe(0, 300, 9, 12)
    const [fork] = c.observe(0, 300, 10, 18).findings
    expect(fork).to.include({ kind: 'overlap', sameTime: false, from: 12, to: 18 })
  })

  it('finds a protected VM running on two peers at once only after rounds in a row', () => {
    const vm = { running: new Map() } as unknown as TrackedVm
    let together: number[] = []
    for (let round = 1; round <= RUNNING_TOGETHER_ROUNDS + 1; round++) {
      expect(together).to.deep.equal([])
      noteRunning(vm, 0, 100, round, round * 100)
      together = noteRunning(vm, 1, 200, round, round * 100 + 5)
    }
    expect(together).to.deep.equal([0, 1])
    // The old copy stopped (its lease ran out): no finding however long the new one runs.
    const later = { running: new Map() } as unknown as TrackedVm
    for (let round = 1; round <= 10; round++) {
      noteRunning(later, 0, 100, round, round <= 3 ? round * 100 : 300)
      expect(noteRunning(later, 1, 200, round, round * 100)).to.deep.equal([])
    }
  })

  it('excuses a protected VM lost while failing over when the run killed its standby after it last ran', () => {
    // Last seen running on peer 2 at 100 ms, its standby peer 1: the host cut off, the standby took it over unseen.
    const vm = (state: string): TrackedVm => ({ protection: { ever: true, state, standby: 1 }, lastLive: { at: 100, round: 1, peers: new Set([2]) }, migrations: [] }) as unknown as TrackedVm
    const stamp = (at: number): string => `+${at}ms`
    const standbyKilled = [{ index: 1, pid: 11, at: 120, licensed: true }]
    expect(lossVerdict(vm('syncing'), standbyKilled, 50, stamp)).to.deep.equal({ excuse: standbyKilled[0] })
    // Killed long before it last ran, another peer killed, or protected as last seen: no excuse.
    expect(lossVerdict(vm('syncing'), [{ index: 1, pid: 11, at: 10, licensed: true }], 50, stamp)).to.have.property('violation', 'vm-lost')
    expect(lossVerdict(vm('failing-over'), [{ index: 3, pid: 13, at: 120, licensed: true }], 50, stamp)).to.have.property('violation', 'vm-lost')
    expect(lossVerdict(vm('protected'), standbyKilled, 50, stamp)).to.have.property('violation', 'protected-vm-lost')
  })
})
