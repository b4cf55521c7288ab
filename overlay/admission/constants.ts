// The join protocol's id and bounds. Membership reads the table bound from here (a join's answer
// carries the table); nothing here reads membership, so the two folders import one way only.
import { MEMBERSHIP_VERSION, protocolId } from '../core/version.js'

export const JOIN_PROTOCOL = protocolId('admission', MEMBERSHIP_VERSION)
/** A join request (a token). */
export const MAX_REQUEST_BYTES = 4096
/** A join's answer: an admission and the table. A table of 64 peers is ~25 KB; leave room for thousands. */
export const MAX_JOIN_RESPONSE_BYTES = 4 << 20
export const JOIN_TIMEOUT_MS = 10_000
/** Join streams a connection may have open at once: a join is one request. */
export const MAX_JOIN_STREAMS = 2
