// A standby that won its takeover vote and died before it ran the VM leaves the members' `takeover`
// votes behind, and its replica died with it. The primary, stopped by its lease, could then never
// win `keep`: the VM stood still for good (found by chaos, issue 18). Restarted, this peer withdraws
// each takeover it asked for and did not run, once the cloud's records show the VM still at that
// epoch on that primary. Never when the VM moved on: a withdrawn vote would let a superseded copy
// run again. Withdraw is what a standby that gives up sends, so members need nothing new.
import type { Logger } from '../log.js'
import type { Ballot, Tally } from '../../overlay/replication/index.js'
import { describeError } from '../../overlay/wire/errors.js'
import { sleep } from '../../overlay/core/abort.js'

export interface StaleTakeoverParts {
  votes: { ownTakeovers: () => Ballot[], ask: (side: 'withdraw', ballot: Ballot) => Promise<Tally> }
  records: { get: (id: string) => { epoch: number, owner: string } | undefined }
  /** The VMs this peer holds: one it took over before it restarted is here, at the next epoch. */
  host: { peek: (id: string) => { epoch: number } | undefined }
  /** Whether this peer stands by for the VM again: votes of that ballot may then be its new replica's. */
  holds: (vmId: string) => boolean
  log: Logger
}

/** A restarted peer's records, and its members' answers, may take this long to come. */
const WITHDRAW_WITHIN_MS = 120_000
const RETRY_MS = 2000

/** Resolves once every stale takeover is withdrawn or moot, or after WITHDRAW_WITHIN_MS. */
export async function withdrawStaleTakeovers (c: StaleTakeoverParts, signal: AbortSignal): Promise<void> {
  let left = c.votes.ownTakeovers()
  const until = performance.now() + WITHDRAW_WITHIN_MS
  while (left.length > 0 && performance.now() < until && !signal.aborted) {
    const next: Ballot[] = []
    for (const b of left) {
      // It ran here before the restart (those votes were used), or stands by for it again.
      if ((c.host.peek(b.vmId)?.epoch ?? 0) > b.epoch || c.holds(b.vmId)) continue
      const r = c.records.get(b.vmId)
      if (r === undefined) {
        next.push(b)
        continue
      }
      // The VM moved on (or failed over): its primary's copy goes for the newer epoch; nothing to free.
      if (r.epoch !== b.epoch || r.owner !== b.primary) continue
      const tally = await c.votes.ask('withdraw', b).catch((err: unknown) => {
        c.log.warn({ vm: b.vmId, err: describeError(err) }, 'withdrawing a stale takeover failed: trying again')
        return undefined
      })
      if (tally !== undefined && tally.granted >= tally.needed) {
        c.log.warn({ vm: b.vmId, epoch: b.epoch, primary: b.primary, withdrawnAt: tally.granted }, 'withdrew a takeover this peer won and never ran before it restarted: its primary may keep the VM')
      } else {
        next.push(b)
      }
    }
    left = next
    if (left.length > 0) await sleep(RETRY_MS, signal)
  }
}
