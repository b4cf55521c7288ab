// Membership: SWIM with Lifeguard's refinements over signed peer descriptors: probes, suspicion with
// incarnations, dissemination by digest with descriptors pulled when they change, anti-entropy by
// hash, the join pull, and a bounded set of connections to other members.
export { Membership, type MembershipInit, type MembershipComponents, type PeerView, type IncompatiblePeer } from './membership.js'
export { SwimNode, MembershipRefusedError, type SwimComponents, type SwimInit } from './swim.js'
export type { PeerState, PeerEntry, StateChange } from './table.js'
export type { MembershipStats } from './stats.js'
export type { DescriptorData, MarketFacts } from './descriptor.js'
export type { Clock, Random, SwimTransport, SwimHandler } from './types.js'
export { NO_MARKET } from './descriptor.js'
export { TABLE_PROTOCOL, MEMBERSHIP_PROTOCOL, MEMBERSHIP_VERSION, swimSettings, type SwimSettings } from './constants.js'
