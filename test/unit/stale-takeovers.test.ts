// A restarted standby withdraws the takeovers it won and never ran, and only those: never one whose
// VM moved on (a superseded copy would run again), nor one it ran before it restarted, nor one of a
// VM it stands by for again; it waits for the records of a VM it does not know yet.
import { expect } from 'chai'
import type { Ballot, Tally } from '../../overlay/replication/index.js'
import { withdrawStaleTakeovers } from '../../node/vms/stale-takeovers.js'
import { silentLogger } from '../../node/log.js'

const ballot = (vmId: string, epoch = 3): Ballot => ({ vmId, epoch, primary: 'P', standby: 'S' })

describe('stale takeovers after a standby restarts', () => {
  it('withdraws those still due, skips the moot ones, and waits for records it lacks', async () => {
    const withdrawn: string[] = []
    const records = new Map<string, { epoch: number, owner: string }>([
      ['due', { epoch: 3, owner: 'P' }],
      ['moved', { epoch: 4, owner: 'X' }],
      ['ran-here', { epoch: 3, owner: 'P' }],
      ['standing-by', { epoch: 3, owner: 'P' }]
    ])
    const asks: Ballot[] = [ballot('due'), ballot('moved'), ballot('ran-here'), ballot('standing-by'), ballot('late')]
    // The records of `late` come only after the first pass.
    setTimeout(() => { records.set('late', { epoch: 3, owner: 'P' }) }, 100)
    await withdrawStaleTakeovers({
      votes: {
        ownTakeovers: () => asks,
        ask: async (_side: 'withdraw', b: Ballot): Promise<Tally> => { withdrawn.push(b.vmId); return { granted: 3, needed: 3, members: 4, refusals: [] } }
      },
      records: { get: id => records.get(id) },
      host: { peek: id => id === 'ran-here' ? { epoch: 4 } : undefined },
      holds: id => id === 'standing-by',
      log: silentLogger()
    }, AbortSignal.timeout(10_000))
    expect(withdrawn).to.deep.equal(['due', 'late'])
  })

  it('asks again while a majority has not answered', async () => {
    let tries = 0
    await withdrawStaleTakeovers({
      votes: { ownTakeovers: () => [ballot('due')], ask: async (): Promise<Tally> => ({ granted: ++tries < 2 ? 1 : 3, needed: 3, members: 4, refusals: [] }) },
      records: { get: () => ({ epoch: 3, owner: 'P' }) },
      host: { peek: () => undefined },
      holds: () => false,
      log: silentLogger()
    }, AbortSignal.timeout(10_000))
    expect(tries).to.equal(2)
  })
})
