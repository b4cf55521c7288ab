import { expect } from 'chai'
import { KeptStandbys } from '../../node/vms/kept-standbys.js'

describe('standbys a keep vote ruled out', () => {
  it('rules a standby out for its VM at that epoch only, and forgets them all when the epoch moves on', () => {
    const kept = new KeptStandbys()
    expect(kept.ruledOut({ id: 'vm-a', epoch: 3 })).to.deep.equal([])
    kept.add('vm-a', { epoch: 3, standby: 'p1' })
    kept.add('vm-a', { epoch: 3, standby: 'p2' })
    kept.add('vm-b', { epoch: 3, standby: 'p3' })
    expect(kept.ruledOut({ id: 'vm-a', epoch: 3 })).to.deep.equal(['p1', 'p2'])
    expect(kept.ruledOut({ id: 'vm-b', epoch: 3 })).to.deep.equal(['p3'])
    // A migration or failover made epoch 4: the old votes are about another ballot.
    expect(kept.ruledOut({ id: 'vm-a', epoch: 4 })).to.deep.equal([])
    kept.add('vm-a', { epoch: 4, standby: 'p2' })
    expect(kept.ruledOut({ id: 'vm-a', epoch: 4 })).to.deep.equal(['p2'])
  })
})
