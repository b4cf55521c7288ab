// Membership: signed descriptors gossiped on a topic, a peer table with liveness, table pulls for
// joining peers, and a bounded set of connections to other members.
export { Membership, type MembershipInit, type MembershipComponents, type PeerView } from './membership.js'
export type { PeerState, PeerEntry, StateChange } from './table.js'
export type { DescriptorData, MarketFacts } from './descriptor.js'
export { NO_MARKET } from './descriptor.js'
export { TABLE_PROTOCOL, JOIN_PROTOCOL, MEMBERSHIP_TOPIC } from './constants.js'
