// What this peer holds as the standby of one protected VM (standby.ts): the replica's machine, its
// last whole epoch, and what the watch needs to decide on a failover.
import type { Machine } from '../hypervisor/types.js'
import type { Moved, ReplicaOpen } from '../../overlay/replication/index.js'
import type { DeviceState } from '../../overlay/migration/pages.js'

/** A replica as `GET /v1/replicas` shows it. */
export interface ReplicaView {
  vm: string
  name: string
  primary: string
  epoch: number
  lastEpochAgeMs: number
  bytes: number
  state: 'standby' | 'failing-over'
  reason?: string
}

export interface Held {
  open: ReplicaOpen
  machine: Machine
  /** Frees its memory, and its disks unless they were adopted. */
  release: () => Promise<void>
  epoch: number
  devices?: DeviceState
  running: boolean
  lastHeard: number
  bytes: number
  failing: boolean
  nextVoteAt: number
  /** Takeover votes in a row lost to members that reach the primary. */
  aliveRefusals: number
  /** The primary's stream is open: it still means this peer to stand by (a fenced primary awaiting a keep vote, say). */
  streamOpen: boolean
  reason?: string
  gone: boolean
  /** This peer hands protection over: the next epoch is answered with a Release. */
  handingOver?: string
  /** The VM's console output as of the last whole epoch (newest CONSOLE_RING_BYTES): `vm logs` after a takeover. */
  console: Uint8Array
  /**
   * The VM migrated to `owner` at record epoch `epoch`, and the last epoch here is its state at the
   * handoff: kept for `owner` to carry on (Open.continues) until `until`, then dropped.
   */
  awaiting?: { owner: string, epoch: number, until: number, previous: string }
  /** The last epoch is the VM as a move's switchover left it (End.moving): kept for `to` once its record shows the move. */
  moving?: Moved
}
