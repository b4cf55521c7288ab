import { protocolId } from '../core/version.js'

/** Pulls, changes at a VNet's home, versions and switch counters. */
export const NETWORKS_PROTOCOL = protocolId('networks')
export const NETWORKS_TOPIC = protocolId('networks')
/** A record with the maximum of 4096 leases is ~300 KB. */
export const MAX_VNET_BYTES = 512 << 10
export const MAX_NET_REQUEST_BYTES = 64 << 10
export const MAX_NET_RESPONSE_BYTES = 64 << 20
export const NET_TIMEOUT_MS = 10_000
/** Takeover of dead homes and reconciliation of leases with the VM records run this often. */
export const SYNC_MS = 2000
/** A random peer is asked for its versions this often (gossip can be missed); and at once a peer that comes back. */
export const ANTI_ENTROPY_MS = 5000
/** A lease whose VM no longer appears in any record is released after this long. */
export const LEASE_GRACE_MS = 60_000
/** Deleted VNets are remembered this long, so a stale copy cannot bring them back. */
export const TOMBSTONE_MS = 3_600_000
/** How long a change waits for every alive peer to know it before it answers anyway. */
export const KNOWN_WAIT_MS = 8000
/** A change sent to a peer that is no longer the home follows the home its newer record names, this many peers at most. */
export const MAX_HOME_HOPS = 3
/** Fault injection in the VNet protocol (tests): `networks.anti-entropy` fails this peer's catch-up pulls, so it keeps a stale record. */
export const NETWORKS_FAILPOINTS = ['networks.anti-entropy'] as const
