// The console ring's history, as a VM that moved here gets it: `vm logs` goes on from it.
import { expect } from 'chai'
import { SerialPort } from '../../node/hypervisor/devices/serial.js'

const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1')
const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'))

describe('serial console ring restored from a history', () => {
  const cases = [
    { id: 'a short history, then new output after it', cap: 16, history: 'boot\n', after: 'moved\n', logs: 'boot\nmoved\n' },
    { id: 'a history longer than the ring: its newest bytes', cap: 8, history: '0123456789AB', after: '', logs: '456789AB' },
    { id: 'new output pushing the history out', cap: 8, history: 'abcdef', after: 'XYZ', logs: 'bcdefXYZ' },
    { id: 'an empty history clears the ring', cap: 8, history: '', after: 'x', logs: 'x' }
  ]
  for (const c of cases) {
    it(c.id, () => {
      const port = new SerialPort(() => {}, c.cap)
      port.output(bytes('stale output of a discarded machine'))
      const heard: string[] = []
      port.onOutput(b => { heard.push(text(b)) })
      port.restore(bytes(c.history))
      if (c.after !== '') port.output(bytes(c.after))
      expect(text(port.logs())).to.equal(c.logs)
      // Old output is not played to attached consoles again.
      expect(heard).to.deep.equal(c.after === '' ? [] : [c.after])
    })
  }
})
