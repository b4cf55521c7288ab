import { protocolId } from '../../node/version.js'

export const TABLE_PROTOCOL = protocolId('membership')
export const JOIN_PROTOCOL = protocolId('admission')
/** Gossip topic for descriptors and admissions; versioned like a protocol id. */
export const MEMBERSHIP_TOPIC = protocolId('membership')

/** A table of 64 peers is ~25 KB; leave room for thousands. */
export const MAX_TABLE_BYTES = 4 << 20
export const MAX_REQUEST_BYTES = 4096
export const MAX_GOSSIP_BYTES = 16 << 10
export const RPC_TIMEOUT_MS = 10_000
/** Liveness is re-derived this often. */
export const TICK_MS = 250
/** Connection maintenance runs this often. */
export const MAINTAIN_MS = 2000
export const DIAL_TIMEOUT_MS = 5000
/** A member seen dead is redialed no more often than this (partitions heal by a dial across). */
export const RECONNECT_MS = 5000
/**
 * Heartbeats slow down as the cloud grows so that each peer receives a bounded number of
 * descriptors per second (1 / HEARTBEAT_MS_PER_PEER): every descriptor reaches every peer, so a
 * fixed interval makes the total work grow with the square of the cloud's size. 64 peers on one
 * 2-core machine stayed busy with a fixed 1.5 s; at 40 ms per peer they publish every 2.6 s.
 */
export const HEARTBEAT_MS_PER_PEER = 40
