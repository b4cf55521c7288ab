// Failpoints: named steps of the daemon where a test or a chaos run injects a fault — the process
// dies on the spot (SIGKILL: no cleanup, as a crash), the step throws, or it stalls. Off unless the
// daemon's `failpoints` option is set; armed through the API (PUT /v1/failpoints/:name).
import { CloudError } from '../overlay/core/errors.js'
import type { Logger } from './log.js'
import { NotFoundError } from './errors.js'

export type FailpointAction =
  /** SIGKILL at the step, or `afterMs` later: the step stalls meanwhile, while what it sent drains. */
  | { kind: 'exit', afterMs?: number }
  | { kind: 'error' }
  | { kind: 'delay', ms: number }

export interface ArmedFailpoint {
  name: string
  action: FailpointAction
  /** Hits left before it disarms itself. */
  remaining: number
}

/** What a failpoint throws when armed with `error`. */
export class FailpointError extends CloudError {
  override name = 'FailpointError'
  readonly status = 500
}

export class FailpointsDisabledError extends CloudError {
  override name = 'FailpointsDisabledError'
  readonly status = 403
}

import type { Failpoint } from '../overlay/core/failpoint.js'

export type { Failpoint }

export class Failpoints {
  private readonly armed = new Map<string, ArmedFailpoint>()

  constructor (private readonly known: readonly string[], private readonly init: { enabled: boolean, log: Logger }) {}

  get enabled (): boolean {
    return this.init.enabled
  }

  names (): readonly string[] {
    return this.known
  }

  list (): ArmedFailpoint[] {
    return [...this.armed.values()].map(a => ({ ...a }))
  }

  arm (name: string, action: FailpointAction, count = 1): ArmedFailpoint {
    this.check(name)
    const armed = { name, action, remaining: count }
    this.armed.set(name, armed)
    this.init.log.warn({ failpoint: name, action, count }, 'failpoint armed')
    return { ...armed }
  }

  disarm (name: string): void {
    this.check(name)
    this.armed.delete(name)
  }

  readonly hit: Failpoint = async (name, signal) => {
    const armed = this.armed.get(name)
    if (armed === undefined) return
    if (--armed.remaining <= 0) this.armed.delete(name)
    const { action } = armed
    this.init.log.warn({ failpoint: name, action }, 'failpoint hit')
    switch (action.kind) {
      case 'exit':
        if (action.afterMs !== undefined) await new Promise(resolve => setTimeout(resolve, action.afterMs))
        process.kill(process.pid, 'SIGKILL')
        // The signal is delivered asynchronously: nothing after the failpoint may run meanwhile.
        await new Promise(() => {})
        return
      case 'error':
        throw new FailpointError(`failpoint ${name}`)
      case 'delay':
        await new Promise<void>((resolve, reject) => {
          const t = setTimeout(resolve, action.ms)
          signal?.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason instanceof Error ? signal.reason : new Error('aborted')) }, { once: true })
        })
    }
  }

  private check (name: string): void {
    if (!this.init.enabled) throw new FailpointsDisabledError('failpoints are off on this peer (start it with the failpoints option)')
    if (!this.known.includes(name)) throw new NotFoundError(`no failpoint ${name} (known: ${this.known.join(', ')})`)
  }
}

/** "exit", "exit:500", "error" or "delay:250": the action as the API and CLI spell it. */
export function parseFailpointAction (text: string): FailpointAction {
  if (text === 'exit' || text === 'error') return { kind: text }
  const timed = /^(delay|exit):(\d{1,7})$/.exec(text)
  if (timed?.[1] === 'delay') return { kind: 'delay', ms: Number(timed[2]) }
  if (timed?.[1] === 'exit') return { kind: 'exit', afterMs: Number(timed[2]) }
  throw new FailpointSpecError(`a failpoint action is exit, exit:MS (SIGKILL MS ms after the step), error or delay:MS, not ${text}`)
}

/** The action spelled as parseFailpointAction reads it. */
export function failpointActionText (action: FailpointAction): string {
  if (action.kind === 'delay') return `delay:${action.ms}`
  if (action.kind === 'exit' && action.afterMs !== undefined) return `exit:${action.afterMs}`
  return action.kind
}

export class FailpointSpecError extends CloudError {
  override name = 'FailpointSpecError'
  readonly status = 400
}
