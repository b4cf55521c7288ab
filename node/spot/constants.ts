// Market constants: the providers' documented warnings and the defaults the planner and the
// simulator start from.

/** Warning between a termination notice and the instance going: AWS documents 2 minutes, GCP 30 s. */
export const WARNING_MS: Readonly<Record<string, number>> = { aws: 120_000, gcp: 30_000 }
/** Any other provider: the shortest warning we know of. */
export const DEFAULT_WARNING_MS = 30_000

export function warningMs (provider: string): number {
  return WARNING_MS[provider] ?? DEFAULT_WARNING_MS
}

/**
 * Fixed cost of one migration besides moving memory: offer, the destination building its machine,
 * device state, handoff. About 0.4–1.5 s per tiny VM on the loopback testnet; rounded up.
 */
export const MIGRATION_SETUP_MS = 2000
/**
 * The planner wants its moves done with this share of their time to spare before the deadline:
 * their estimates are rough (fitsDeadline).
 */
export const DEADLINE_MARGIN = 0.15
/**
 * A cap on the moves of one evacuation in flight at once, not the rule: the planner times each
 * setup to end as the link frees, which puts 1 + ⌈setup ÷ transfer⌉ in flight — 2 for the 512 MiB
 * guests the simulator moves (3.4 s of bytes at 160 MB/s against a 2 s setup). The cap binds only
 * for guests smaller than about 100 MB, whose moves are short anyway; it bounds the memory the
 * destinations reserve and the worker threads the source runs at once.
 */
export const MAX_MOVES_IN_FLIGHT = 4
/** Pre-copy switches over when the last round would take no longer than this (the migration's downtime target). */
export const DOWNTIME_TARGET_MS = 20
/** …or after this many rounds (overlay/migration MAX_ROUNDS). */
export const MAX_ROUNDS = 30
/** Bandwidth assumed before any migration has been measured: 1 Gbit/s, a typical cloud instance's floor. */
export const DEFAULT_BANDWIDTH_BYTES_PER_SEC = 125_000_000
/** A guest's dirty rate, assumed until a migration from this peer measured it: 4 MiB/s. */
export const DEFAULT_DIRTY_BYTES_PER_SEC = 4 << 20
/**
 * The simulator's link between instances of one provider: 160 MB/s, what issue 14 takes the
 * migration stream to (a 64 MiB stop-and-copy in ≤ 400 ms). It is the stream, not the NIC, that
 * bounds a move: an m5.large bursts to 10 Gbit/s. A parameter (--bandwidth), so a slower measured
 * link can be put in; at the 1 Gbit/s the daemon assumes before measuring, AWS still needs no spare.
 */
export const SIMULATED_BANDWIDTH_BYTES_PER_SEC = 160_000_000
/**
 * The simulator's link between instances of different providers: 50 MB/s. One stream across the
 * public internet is held by its window over the round trip: Linux's default 6 MiB receive window
 * over the 80–90 ms between us-east-1 and europe-west1 allows 70–80 MB/s at best. Skyplane's grid
 * (2022-01-29, iperf3, 64 flows, m5.8xlarge ↔ n2-standard-32) measured 3.5–4.7 Gbit/s between
 * the AWS traces' regions and the GCP traces' regions, AWS's 5 Gbit/s egress cap, so the paths
 * carry far more than one stream; the stream's window is the bound. A parameter (--wan-bandwidth)
 * for a link measured between the peers actually used.
 */
export const WAN_BANDWIDTH_BYTES_PER_SEC = 50_000_000
