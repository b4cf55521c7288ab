// What bounds the log and the memory a flood of bad input can cost: the rate-limited log (one line
// per peer and kind a minute, with the count held back; a cap on lines over all keys) and the
// offender book of the admission gate (bans by peer id, bounded in the peers it tracks).
import { expect } from 'chai'
import { rateLimitedLog } from '../../overlay/core/rate-limited-log.js'
import { Offenders } from '../../overlay/admission/offenders.js'
import type { Logger } from '../../overlay/core/log.js'

interface Line { context: Record<string, unknown>, message: string }

function recorder (): { log: Logger, lines: Line[] } {
  const lines: Line[] = []
  const write = (context: object, message?: string): void => { lines.push({ context: context as Record<string, unknown>, message: message ?? '' }) }
  const nothing = (): void => {}
  const log: Logger = { trace: nothing, debug: nothing, info: nothing, warn: write as Logger['warn'], error: nothing, child: () => log }
  return { log, lines }
}

describe('rate-limited log', () => {
  it('writes one line per key an interval, then one that counts what it held back', () => {
    let t = 0
    const { log, lines } = recorder()
    const warn = rateLimitedLog(log, { intervalMs: 60_000, now: () => t })
    for (let i = 0; i < 1000; i++) warn('peer-a:reset', { peer: 'a' }, 'refused')
    expect(lines).to.have.length(1)
    expect(lines[0]?.context.repeated).to.equal(undefined)
    t = 60_000
    warn('peer-a:reset', { peer: 'a' }, 'refused')
    expect(lines).to.have.length(2)
    expect(lines[1]?.context).to.deep.equal({ peer: 'a', repeated: 999 })
  })

  it('caps lines an interval over all keys, and says how many it dropped', () => {
    let t = 0
    const { log, lines } = recorder()
    const warn = rateLimitedLog(log, { intervalMs: 60_000, maxLinesPerInterval: 10, now: () => t })
    // A peer that mints a new id per attempt makes a new key each time.
    for (let i = 0; i < 5000; i++) warn(`peer-${i}:reset`, { peer: i }, 'refused')
    expect(lines).to.have.length(10)
    t = 60_000
    warn('peer-x:reset', {}, 'refused')
    expect(lines.map(l => l.context.dropped)).to.include(4990)
    expect(lines).to.have.length(12)
  })

  it('forgets the oldest keys beyond its bound', () => {
    let t = 0
    const { log, lines } = recorder()
    const warn = rateLimitedLog(log, { intervalMs: 60_000, maxKeys: 2, now: () => t })
    warn('a', {}, 'x')
    warn('b', {}, 'x')
    warn('c', {}, 'x')
    t = 1
    warn('b', {}, 'x')
    warn('a', {}, 'x')
    // b and c were remembered (still held back); a was forgotten, so it logs again.
    expect(lines).to.have.length(4)
  })
})

describe('offenders', () => {
  const settings = { threshold: 3, windowMs: 60_000, banMs: 600_000, maxTracked: 100 }

  it('bans a peer at the threshold within the window, until the ban ends', () => {
    let t = 0
    const book = new Offenders(settings, () => t)
    expect(book.offend('p')).to.equal(false)
    expect(book.offend('p')).to.equal(false)
    expect(book.offend('p')).to.equal(true)
    expect(book.banned('p')).to.equal(true)
    t = 600_001
    expect(book.banned('p')).to.equal(false)
  })

  it('starts counting again once the window passed', () => {
    let t = 0
    const book = new Offenders(settings, () => t)
    book.offend('p')
    book.offend('p')
    t = 60_001
    expect(book.offend('p')).to.equal(false)
    expect(book.banned('p')).to.equal(false)
  })

  it('pardons an admitted peer', () => {
    const book = new Offenders(settings, () => 0)
    for (let i = 0; i < 3; i++) book.offend('p')
    book.pardon('p')
    expect(book.banned('p')).to.equal(false)
  })

  it('tracks at most maxTracked peers, however many ids a flood mints', () => {
    const book = new Offenders({ ...settings, threshold: 1, maxTracked: 100 }, () => 0)
    for (let i = 0; i < 10_000; i++) book.offend(`peer-${i}`)
    expect(book.bannedCount).to.equal(100)
    expect(book.banned('peer-9999')).to.equal(true)
    expect(book.banned('peer-0')).to.equal(false)
  })
})
