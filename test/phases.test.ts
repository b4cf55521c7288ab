// The phase table: every action in every phase, allowed or refused with a clear VmPhaseError.
import { expect } from 'chai'
import { VM_PHASES } from '../overlay/records/index.js'
import { VM_ACTIONS, allowedIn, assertAllowed, type VmAction } from '../node/vms/phases.js'

const allowed: Record<VmAction, string[]> = {
  start: ['stopped', 'failed', 'lost'],
  pause: ['running'],
  resume: ['paused'],
  stop: ['running', 'paused', 'failed'],
  snapshot: ['running', 'paused'],
  migrate: ['running', 'paused'],
  destroy: [...VM_PHASES]
}

describe('VM phases', () => {
  for (const action of VM_ACTIONS) {
    for (const phase of VM_PHASES) {
      const ok = allowed[action].includes(phase)
      it(`${action} in ${phase}: ${ok ? 'allowed' : 'refused'}`, () => {
        expect(allowedIn(action, phase)).to.equal(ok)
        const call = (): void => { assertAllowed(action, { id: 'vm-0000000000000001', name: 'v', phase }) }
        if (ok) expect(call).not.to.throw()
        else expect(call).to.throw(new RegExp(`cannot ${action} vm v .*it is ${phase}`)).with.property('name', 'VmPhaseError')
      })
    }
  }
})
