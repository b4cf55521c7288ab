// The evacuator runs its moves by the planner's timing: each at its planned start or as soon as
// the move before it ends, never more than the cap in flight, nothing new once stopped. Real timers
// and real concurrent work (timed waits stand in for the moves' durations), in tens of ms.
import { expect } from 'chai'
import { runSchedule } from '../../node/spot/move-schedule.js'

const wait = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

describe('spot evacuation: running the planned moves', () => {
  const cases = [
    {
      id: 'starts each move at its planned time, while the one before it still runs',
      starts: [0, 60, 120],
      takesMs: [300, 300, 300],
      maxInFlight: 4,
      expect: { startsNear: [0, 60, 120], mostInFlight: 3 }
    },
    {
      id: 'a move that ends sooner than planned brings the next one forward',
      starts: [0, 400],
      takesMs: [20, 20],
      maxInFlight: 4,
      expect: { startsBefore: [50, 200], mostInFlight: 1 }
    },
    {
      id: 'never more in flight than the cap, however the plan timed them',
      starts: [0, 0, 0, 0, 0],
      takesMs: [100, 100, 100, 100, 100],
      maxInFlight: 2,
      expect: { mostInFlight: 2, inOrder: true }
    }
  ]
  for (const c of cases) {
    it(c.id, async () => {
      let inFlight = 0
      let most = 0
      const ran = await runSchedule(c.starts, async i => {
        most = Math.max(most, ++inFlight)
        await wait(c.takesMs[i] ?? 0)
        inFlight--
        return i
      }, { maxInFlight: c.maxInFlight })
      expect(ran.map(r => r?.value)).to.deep.equal(c.starts.map((_s, i) => i))
      expect(most, 'moves in flight at once').to.equal(c.expect.mostInFlight)
      const started = ran.map(r => r?.startedInMs ?? NaN)
      // Node's timers may fire up to a millisecond early by performance.now().
      if ('startsNear' in c.expect) (c.expect.startsNear ?? []).forEach((ms, i) => expect(started[i], `move ${i} starts`).to.be.within(ms - 2, ms + 50))
      if ('startsBefore' in c.expect) (c.expect.startsBefore ?? []).forEach((ms, i) => expect(started[i], `move ${i} starts`).to.be.below(ms))
      for (let i = 1; i < started.length; i++) expect(started[i], 'in plan order').to.be.at.least(started[i - 1] ?? Infinity)
      for (const r of ran) expect(r?.endedInMs).to.be.at.least(r?.startedInMs ?? Infinity)
    })
  }

  it('once stopped, starts nothing more and waits for the moves under way', async () => {
    const stop = new AbortController()
    let finished = 0
    setTimeout(() => { stop.abort() }, 50)
    const t0 = performance.now()
    const ran = await runSchedule([0, 2000, 2000], async () => { await wait(150); return ++finished }, { maxInFlight: 4, signal: stop.signal })
    expect(ran.map(r => r?.value)).to.deep.equal([1, undefined, undefined])
    expect(performance.now() - t0, 'did not sleep until the next planned start').to.be.below(1000)
  })
})
