// A primary whose standby may still take its VM over (lost without confirming it dropped its
// replica) asks every member to vote `keep` against the grants it signed that standby (votes
// 1.1.0), again and again until a majority has: from then on that standby can never take the VM
// over with them. Until then the guest stays fenced by its lease (protection.ts).
import type { Tally, Votes } from '../../overlay/replication/index.js'
import { grantClock } from '../../overlay/records/handoff.js'
import { sleep } from '../../overlay/core/abort.js'

/** A keep vote that found no majority is asked again this often. */
export const KEEP_RETRY_MS = 300

/** A standby that may still take the VM over, with the grants it holds of record epoch `epoch`. */
export interface AtLarge { standby: string, epoch: number }

export interface KeepVoteParts {
  votes: Pick<Votes, 'ask'>
  selfId: string
}

/** One round: every member asked to void the grants this peer signed `against.standby` up to `keepBefore`. */
async function askKeep (c: KeepVoteParts, vmId: string, against: AtLarge, keepBefore: number): Promise<Tally & { won: boolean }> {
  const tally = await c.votes.ask('keep', { vmId, epoch: against.epoch, primary: c.selfId, standby: against.standby, keepBefore })
  return { ...tally, won: tally.granted >= tally.needed }
}

/**
 * Rounds until a majority voted keep against each of `against`: true then. False once `gone()`
 * (a standby took the VM over: the newer epoch dropped it here) or `signal` aborts. `refused`
 * hears each round that fell short.
 */
export async function keepUntilWon (c: KeepVoteParts, vmId: string, against: readonly AtLarge[], options: { gone: () => boolean, signal?: AbortSignal, refused?: (tally: Tally) => void }): Promise<boolean> {
  // One cutoff for every round (every grant so far): a member asked again only repeats its vote.
  const keepBefore = grantClock()
  let left = [...against]
  while (left.length > 0) {
    if (options.gone() || options.signal?.aborted === true) return false
    const next: AtLarge[] = []
    for (const a of left) {
      const tally = await askKeep(c, vmId, a, keepBefore)
      if (tally.won) continue
      next.push(a)
      options.refused?.(tally)
    }
    left = next
    if (left.length > 0) await sleep(KEEP_RETRY_MS, options.signal).catch(() => {})
  }
  return true
}
