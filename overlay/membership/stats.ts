// What the membership protocol has done since this peer started: counts only, never reset, read
// by the daemon's metrics. The SWIM parts increment them where the event happens.
import type { PeerState } from './table.js'

export interface MembershipStats {
  /** Probes of alive or suspect members by how they ended: acked directly, acked through others, failed, or inconclusive (this peer stalled). */
  probes: { direct: number, indirect: number, failed: number, inconclusive: number }
  /** Suspicions this peer raised from its own failed probes. */
  suspicionsRaised: number
  /** Connections to a member this peer closed as broken: others reached it, and a ping over the connection never got an answer. */
  connectionsClosed: number
  /** Times this peer refuted a suspicion or death of itself. */
  refutations: number
  /** Changes of state in this peer's table, by the state entered. */
  transitions: Record<PeerState, number>
}

export function newMembershipStats (): MembershipStats {
  return {
    probes: { direct: 0, indirect: 0, failed: 0, inconclusive: 0 },
    suspicionsRaised: 0,
    connectionsClosed: 0,
    refutations: 0,
    transitions: { alive: 0, suspect: 0, dead: 0, left: 0 }
  }
}
