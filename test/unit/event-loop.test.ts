// The event-loop monitor samples only while it is read: armed by a read, disarmed a while after the last.
import { expect } from 'chai'
import { EventLoopMonitor } from '../../node/runtime/event-loop.js'

const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

/** Keeps the loop busy for `ms`. */
function block (ms: number): void {
  const until = performance.now() + ms
  while (performance.now() < until) { /* a stall the monitor must see */ }
}

describe('event-loop monitor', () => {
  it('samples nothing until read, then sees a stall, then stops a while after the last read', async () => {
    const monitor = new EventLoopMonitor(300)
    monitor.start()
    try {
      const first = monitor.read()
      expect(first).to.include({ armed: false, samples: 0 })
      await sleep(50)
      block(60)
      await sleep(30)
      const second = monitor.read({ reset: true })
      expect(second.armed).to.equal(true)
      expect(second.samples).to.be.greaterThan(3)
      expect(second.maxMs).to.be.within(40, 1000)
      await sleep(500)
      expect(monitor.read().armed, 'disarmed 300 ms after the last read').to.equal(false)
    } finally {
      monitor.stop()
    }
  })

  it('a stopped monitor is never armed by reads', () => {
    const monitor = new EventLoopMonitor(300)
    monitor.read()
    expect(monitor.read().armed).to.equal(false)
  })
})
