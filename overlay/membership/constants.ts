import { MEMBERSHIP_VERSION, protocolId } from '../core/version.js'
import { MAX_JOIN_RESPONSE_BYTES } from '../admission/constants.js'

export { MEMBERSHIP_VERSION }
/** Probes, dissemination, descriptor and table pulls: one request and one response per stream. */
export const MEMBERSHIP_PROTOCOL = protocolId('membership', MEMBERSHIP_VERSION)
/** The table pull travels on the membership protocol (the name callers know it by). */
export const TABLE_PROTOCOL = MEMBERSHIP_PROTOCOL

/** A table pull: the same room as a join's answer, which carries the table. */
export const MAX_TABLE_BYTES = MAX_JOIN_RESPONSE_BYTES
/** A membership request: a digest of 1,000 peers is ~60 KB; room for ten times that. */
export const MAX_SWIM_REQUEST_BYTES = 1 << 20
export const RPC_TIMEOUT_MS = 10_000
/** Inbound membership streams per connection: a probe, a ping-req, a pull, a sync at once, with room. */
export const MAX_INBOUND_STREAMS = 16

/** Updates piggybacked on one message (~55 bytes each). */
export const MAX_PIGGYBACK = 24
/** Admission records piggybacked on one message (~200 bytes each). */
export const MAX_ADMISSIONS = 4
/** Peers named in one pull; entries in one digest (bounded input from a member). */
export const MAX_PULL_IDS = 128
export const MAX_DIGEST_ENTRIES = 20_000
/** Descriptors wanted (announced newer than held) and not yet pulled. */
export const MAX_WANTED = 20_000

/**
 * SWIM and Lifeguard settings, the same in a daemon and in the simulation. The probe interval and
 * the suspicion timeouts come from the daemon's options (heartbeatMs, suspectAfterMs, deadAfterMs).
 */
export interface SwimSettings {
  /** One member probed per interval (SWIM's protocol period). */
  probeIntervalMs: number
  /** A direct probe's answer is awaited this long (memberlist: half the interval). */
  probeTimeoutMs: number
  /** Members asked to probe for us when a direct probe fails (SWIM's k). */
  indirectChecks: number
  /** Lifeguard's suspicion timeout: with `expected` confirmations, and with none. */
  suspicionMinMs: number
  suspicionMaxMs: number
  suspicionExpected: number
  /** Queued news is pushed to `gossipFanout` members this often (memberlist: 200 ms, 3). */
  gossipIntervalMs: number
  gossipFanout: number
  /** Each piece of news is sent retransmitMult × ⌈log10(n + 1)⌉ times (memberlist: 4). */
  retransmitMult: number
  /** Anti-entropy with one random member this often, stretched above 32 peers as memberlist does. */
  syncIntervalMs: number
  /** Lifeguard's local health multiplier cap (memberlist: 8). */
  awarenessMax: number
  /** One probe in this many goes to a member without a connection (dial), and one to a dead member. */
  dialProbeEvery: number
  deadProbeEvery: number
  /** Probes may dial members without a connection while this peer has fewer connections than this. */
  keepConnections: number
}

export function swimSettings (options: { heartbeatMs: number, suspectAfterMs: number, deadAfterMs: number, targetPeers?: number }): SwimSettings {
  return {
    probeIntervalMs: options.heartbeatMs,
    probeTimeoutMs: Math.max(50, Math.round(options.heartbeatMs / 2)),
    indirectChecks: 3,
    suspicionMinMs: options.suspectAfterMs,
    suspicionMaxMs: options.deadAfterMs,
    suspicionExpected: 3,
    gossipIntervalMs: 200,
    gossipFanout: 3,
    retransmitMult: 4,
    syncIntervalMs: 10_000,
    awarenessMax: 8,
    dialProbeEvery: 5,
    deadProbeEvery: 5,
    keepConnections: 2 * (options.targetPeers ?? 8)
  }
}

/** Connection maintenance runs this often. */
export const MAINTAIN_MS = 2000
export const DIAL_TIMEOUT_MS = 5000
/**
 * A descriptor is re-signed when what it says changes (VMs, schedule, market, addresses); the
 * load average alone, which always changes, refreshes it at most this often: every new version
 * is pulled by every peer, so a cloud-wide refresh costs n² pulls.
 */
export const LOAD_REFRESH_MS = 300_000
