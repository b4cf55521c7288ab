// Whether this peer takes new VMs (created, restored or migrated in). A drained peer does not, and
// says so in its descriptor; the state is kept in <dataDir>/schedule.json so that a restart keeps
// an operator's drain. Liveness is another matter: a drained peer is alive and runs what it has.
import { CloudError } from '../../overlay/core/errors.js'
import { readFileSync } from 'node:fs'
import { writeSecretSync } from '../identity.js'
import type { Logger } from '../log.js'

export const SCHEDULE_FILE = 'schedule.json'
const VERSION = 1

export interface ScheduleState { schedulable: boolean, reason: string }

/** A peer that takes no new VMs was asked to take one. */
export class UnschedulableError extends CloudError {
  override name = 'UnschedulableError'
  readonly status = 409
}

export class Schedule {
  private state: ScheduleState = { schedulable: true, reason: '' }
  private readonly listeners = new Set<() => void>()

  constructor (private readonly file: string, private readonly log: Logger) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: number, schedulable?: unknown, reason?: unknown }
      if (parsed.version !== VERSION || typeof parsed.schedulable !== 'boolean') throw new Error(`not a version ${VERSION} schedule`)
      this.state = { schedulable: parsed.schedulable, reason: typeof parsed.reason === 'string' ? parsed.reason : '' }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.warn({ err, file }, 'ignoring a bad schedule file: the peer takes VMs')
    }
  }

  get current (): ScheduleState {
    return { ...this.state }
  }

  set (schedulable: boolean, reason = ''): void {
    this.state = { schedulable, reason: schedulable ? '' : reason }
    writeSecretSync(this.file, JSON.stringify({ version: VERSION, ...this.state }) + '\n')
    this.log.info(this.state, schedulable ? 'taking new VMs again' : 'taking no new VMs')
    for (const l of this.listeners) l()
  }

  onChange (listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  assertSchedulable (): void {
    if (!this.state.schedulable) throw new UnschedulableError(`this peer takes no new VMs (${this.state.reason || 'unschedulable'})`)
  }
}
