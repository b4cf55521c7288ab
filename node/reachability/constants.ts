/** A reservation request must complete within this. */
export const RELAY_RESERVATION_TIMEOUT_MS = 10_000
/** An incoming hop request (a circuit being opened) must complete within this. */
export const RELAY_HOP_TIMEOUT_MS = 15_000
/** Reservations are refreshed before this runs out; a relay forgets a holder that stopped refreshing. */
export const RELAY_RESERVATION_TTL_MS = 30 * 60_000
/** Default relay slots of a relay. */
export const DEFAULT_RELAY_SLOTS = 32
/** How long a peer's connection counts as hole-punched: a direct one that opened while a relayed one was up. */
export const HOLEPUNCH_WINDOW_MS = 60_000
/** RTT probes of `netcheck` time out after this. */
export const NETCHECK_PING_TIMEOUT_MS = 5_000
/** Observed addresses kept (one per remote peer that told us). */
export const MAX_OBSERVED = 64
/** After a connection closes, how long gossipsub gets to find the peer's other connection before it is reset. */
export const GOSSIP_REPAIR_DELAY_MS = 1_000
/** A direct dial beside a relayed connection gives up after this (the peer is behind NAT). */
export const DIRECT_UPGRADE_DIAL_MS = 5_000
/** Direct dials beside relayed connections under way at once. */
export const MAX_DIRECT_UPGRADES = 16
