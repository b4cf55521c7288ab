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
