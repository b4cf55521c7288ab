// What the simulator's fleet runs with: the options of a simulation that the fleet itself reads.
export type SimulationPolicy = 'on-demand' | 'cheapest' | 'hotspot'

/** What the fleet runs with (the simulation's options of it). */
export interface FleetOptions {
  /** Default 100 */
  vms: number
  /** Default cheapest */
  policy: SimulationPolicy
  /**
   * Random revocations per instance-hour on top of those by price. Default 0.002 (about 1.5 per
   * instance-month): pessimistic on purpose — AWS Spot Advisor's worst bucket, ">20% per month",
   * is about 0.0003 — and the traces have no price above on-demand, so without it nothing is revoked.
   */
  revocationRatePerHour: number
  /** Default 512 MiB */
  vmMemoryBytes: number
  /** Default 8 MiB/s */
  dirtyBytesPerSec: number
  /** Between instances of one provider. Default 160 MB/s (SIMULATED_BANDWIDTH_BYTES_PER_SEC) */
  bandwidthBytesPerSec: number
  /** Between instances of different providers. Default 50 MB/s (WAN_BANDWIDTH_BYTES_PER_SEC) */
  wanBandwidthBytesPerSec: number
  /** From asking for an instance until it takes VMs. Default 90 s (EC2 and GCE Linux boots take 30–90 s; the slow end) */
  launchDelayMs: number
  /** A VM lost with its instance boots afresh elsewhere: this long down besides waiting for an instance. Default 30 s */
  rebootMs: number
  /** hotspot: how far ahead a saving counts. Default 5 h */
  horizonMs: number
}
