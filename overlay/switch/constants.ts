import { protocolId } from '../core/version.js'

/** One stream per pair of peers carries the frames of every VNet, tagged with the VNet's id. */
export const TUNNEL_PROTOCOL = protocolId('tunnel')
/**
 * Frames are batched per send (per-message cost dominates libp2p throughput: ~10x frames/s batched).
 * A batch with its length prefix and yamux's 12-byte header fills one noise message (65,519
 * plaintext bytes): bench:switch carried ~1.1 Gb/s of 1,500-byte frames against ~0.8 Gb/s with
 * 256 KiB batches, which noise cut into 4-5 messages and the sender allocated whole (2026-12, 2 cores).
 */
export const MAX_BATCH_BYTES = 65_504
/** Largest batch read: what peers that batched up to 256 KiB send, plus their inventories' slack. */
export const MAX_BATCH_READ_BYTES = (256 << 10) + 1024
/** What waits for one peer's tunnel beyond this is dropped and counted: a slow peer costs bounded memory. */
export const MAX_QUEUE_FRAMES = 4096
export const MAX_QUEUE_BYTES = 8 << 20
/**
 * A source that can wait (a host port's bulk sender) is held back while a tunnel queues more than
 * this fraction of its caps: its frames then wait upstream instead of being dropped here.
 */
export const ROOM_FRACTION = 0.5
/** A failed dial is retried no sooner than this; frames for the peer meanwhile are dropped and counted. */
export const REDIAL_MS = 1000
export const DIAL_TIMEOUT_MS = 5000
/** Signed inventories queued for one peer's next batch, at most (the newest are kept). */
export const MAX_CONTROL = 8
