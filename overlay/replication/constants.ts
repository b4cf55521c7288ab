import { protocolId } from '../core/version.js'

/**
 * 2.1.0: a protected VM keeps its standby through a migration (Close.moved_to, Open.continues).
 * 2.0.0: checkpoints carry the disk blocks written in their epoch (Open.disks, Blocks). 1.0.0 carried
 * RAM pages and device state only: a standby answers its Open with a Refuse naming both.
 */
export const REPLICATION_VERSION = '2.1.0'
export const REPLICATION_PROTOCOL = protocolId('replication', REPLICATION_VERSION)
/**
 * Served alike, and dialled when the standby speaks no newer: 2.0.0 has every message but the
 * move's fields (Close.moved_to and the rest, Open.continues), which a 2.0.0 peer never sends and
 * ignores (its replica is then dropped at a move, and the VM protected afresh after it, as 2.0.0 did).
 */
export const COMPATIBLE_REPLICATION_PROTOCOLS = [protocolId('replication', '2.0.0')]
/** A replica whose VM moved waits this long for its new primary to carry it on, then goes. */
export const CARRY_ON_WAIT_MS = 15_000
/** What 2.x refuses by name. */
export const OLD_REPLICATION_PROTOCOLS = [protocolId('replication', '1.0.0')]
/**
 * Votes have their own version (replication 2.0.0 left them as they were). 1.1.0 votes per grant
 * (VoteRequest.grant, keep_before_ms); 1.0.0 is served alike and dialled when a member speaks no
 * newer: it votes per standby, the widest reading of either side, never a misreading.
 */
export const VOTE_PROTOCOL = protocolId('replication-vote', '1.1.0')
export const OLD_VOTE_PROTOCOLS = [protocolId('replication-vote', '1.0.0')]
/** The checkpoint format Open names: 2 carries pages, devices and disk blocks (1.0.0 sent 1). */
export const CHECKPOINT_FORMAT = 2

/**
 * Checkpoints are taken this often by default: Remus's figure, and what membership cannot match (its
 * dead timer is seconds), so a standby notices a silent primary first.
 */
export const DEFAULT_INTERVAL_MS = 100
export const MIN_INTERVAL_MS = 20
export const MAX_INTERVAL_MS = 10_000
/**
 * The primary's lease, renewed by each acknowledgement: ten default intervals. Past it the primary's
 * guest stops in its worker; the standby waits this much plus LEASE_MARGIN_MS from the last
 * checkpoint it took before it asks to take over.
 */
export const DEFAULT_LEASE_MS = 1000
/** Clock rates of two threads and two hosts differ a little; the standby waits this much more. */
export const LEASE_MARGIN_MS = 250
/** Fault injection: a standby that won its takeover vote, right before it runs the VM; one starting a takeover round; a primary that just won its keep vote; one about to send a new standby its first copy. */
export const REPLICATION_FAILPOINTS = ['replication.standby.before-takeover', 'replication.standby.takeover-round', 'replication.primary.after-keep', 'replication.primary.before-first-copy'] as const
/** No message is larger (a Pages message carries 1 MiB; a device state is ~10 KB deflated). */
export const MAX_MESSAGE_BYTES = 8 << 20
/**
 * An epoch holding more than this is refused (it is buffered whole before it is applied). A new
 * replica's first copy writes its pages and disk blocks as they come, so only the rest of that epoch
 * counts: a VM with more than this of RAM or disk blocks in use can be protected (before, its first
 * epoch was refused).
 */
export const MAX_EPOCH_BYTES = 1 << 30
/** Open and its answer (the standby builds a machine first). */
export const OPEN_TIMEOUT_MS = 30_000
/** The standby reached and its protocol agreed (a live peer takes a few round trips; as membership's dial). */
export const DIAL_TIMEOUT_MS = 5000
/** Any other message must come within this. */
export const STALL_MS = 10_000
/** A vote, with the member's probe of the primary in it. */
export const VOTE_TIMEOUT_MS = 2000
/** A member probing the primary for a vote gives up after this: a live primary answers in ms. */
export const PROBE_TIMEOUT_MS = 600
export const MAX_VOTE_BYTES = 4096
