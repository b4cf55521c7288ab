// After a move that could not keep the VM's standby (or whose destination may predate carrying
// protection on by itself): protection resumes where the VM runs now, retried for about a minute,
// asking wherever the records say the VM is by then, since a partition or a kill may cut the source
// off from the VM's owner for a while, and the VM may move on meanwhile.
import type { Logger } from '../log.js'
import { describeError } from '../../overlay/wire/errors.js'
import type { MovingProtection, RecordsView } from './migrate-out.js'

const RESUME_ATTEMPTS = 30
const RESUME_RETRY_MS = 2000

export interface ResumeParts {
  records: Pick<RecordsView, 'get'>
  protection?: Pick<MovingProtection, 'resume'>
}

/**
 * In the background: protects `vmId` again at `first` (after `afterMs`), then at its owner by the
 * records, with the same standby unless that is where the VM runs (the owner picks then).
 */
export function resumeProtection (c: ResumeParts, vmId: string, first: string, was: { standby: string, intervalMs: number }, log: Logger, afterMs = 0): void {
  void (async () => {
    if (afterMs > 0) await new Promise(resolve => setTimeout(resolve, afterMs))
    for (let attempt = 1; attempt <= RESUME_ATTEMPTS; attempt++) {
      const owner = attempt === 1 ? first : c.records.get(vmId)?.owner
      if (owner === undefined) return
      const standby = was.standby === owner ? undefined : was.standby
      try {
        await c.protection?.resume(vmId, owner, { ...(standby === undefined ? {} : { standby }), intervalMs: was.intervalMs })
        log.info({ owner, standby: standby ?? 'chosen by the owner', attempt }, 'protection resumed after the move')
        return
      } catch (err) {
        // Protected again meanwhile (by whoever moved it on): nothing left to do.
        if (/protected already/.test(describeError(err))) return
        // Moved on from `owner` (the records name another): the next attempt asks the new owner.
        const movedOn = c.records.get(vmId)?.owner !== owner
        if (!movedOn && (attempt === 1 || attempt === RESUME_ATTEMPTS)) log.warn({ owner, attempt, err: describeError(err) }, 'protection did not resume after the move')
        await new Promise(resolve => setTimeout(resolve, RESUME_RETRY_MS))
      }
    }
    log.error({ vm: vmId }, 'protection of a VM that moved did NOT resume: vm protect it by hand')
  })()
}
