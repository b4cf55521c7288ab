// How a failpoint's action is spelled on the API and CLI, and what an armed one does at its step.
import { expect } from 'chai'
import pino from 'pino'
import { failpointActionText, FailpointError, Failpoints, FailpointSpecError, parseFailpointAction } from '../../node/failpoints.js'

describe('failpoints', () => {
  it('reads exit, exit:MS, error and delay:MS, and spells each back the same', () => {
    const spelled = { exit: { kind: 'exit' }, 'exit:500': { kind: 'exit', afterMs: 500 }, error: { kind: 'error' }, 'delay:250': { kind: 'delay', ms: 250 } }
    for (const [text, action] of Object.entries(spelled)) {
      expect(parseFailpointAction(text)).to.deep.equal(action)
      expect(failpointActionText(parseFailpointAction(text))).to.equal(text)
    }
  })

  it('refuses any other spelling by name', () => {
    for (const text of ['', 'exit:', 'exit:-1', 'delay', 'delay:1.5', 'delay:99999999', 'crash', 'exit:5 ']) {
      expect(() => parseFailpointAction(text), text).to.throw(FailpointSpecError, /exit, exit:MS/)
    }
  })

  it('throws at its step as often as it was armed, then lets the step pass', async () => {
    const failpoints = new Failpoints(['a.step'], { enabled: true, log: pino({ level: 'silent' }) })
    failpoints.arm('a.step', parseFailpointAction('error'), 2)
    for (let i = 0; i < 2; i++) {
      const thrown = await failpoints.hit('a.step').then(() => undefined, (err: unknown) => err)
      expect(thrown).to.be.instanceOf(FailpointError)
    }
    await failpoints.hit('a.step')
    expect(failpoints.list()).to.deep.equal([])
  })
})
