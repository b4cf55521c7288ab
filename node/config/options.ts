// The daemon's options: one interface, documented defaults, values that survive structuredClone.
import { homedir } from 'node:os'
import { join } from 'node:path'

export interface NodeOptions {
  /** Holds identity.key, api.token, api.json, members.json, swarm.key. Default ~/.supercloud */
  dataDir: string
  /** Multiaddrs to listen on. Default /ip4/0.0.0.0/tcp/4001 */
  listen: string[]
  /** Multiaddrs to announce instead of the listen addresses (NAT, relays). Default: none */
  announce: string[]
  /** Members to join through. Default: none (a new cloud) */
  bootstrap: string[]
  /** Swarm key file (pnet). Default <dataDir>/swarm.key */
  swarmKey: string
  /** Join token issued by a member (`supercloud token create`). Default: none */
  joinToken: string
  /** Peer ids admitted without a token (besides this peer). Default: none */
  allowedPeers: string[]
  provider: string
  region: string
  zone: string
  /** Port of the control API on 127.0.0.1; 0 picks a free one. Default 7600 */
  apiPort: number
  /** Membership's probe interval (SWIM's protocol period): one member probed per interval. Default 1000 ms */
  heartbeatMs: number
  /** How long a suspect has to refute once other members confirm the suspicion (Lifeguard's shortest suspicion). Default 2000 ms */
  suspectAfterMs: number
  /** How long a suspect has to refute when nobody confirms it (Lifeguard's longest suspicion); a killed peer is dead everywhere in ~3 s. Default 6000 ms */
  deadAfterMs: number
  /** Connections the peer tries to keep to other members. Default 8 (a gossipsub mesh needs 6) */
  targetPeers: number
  /** Hard cap on connections. Default 32 */
  maxConnections: number
  /** Cores offered to VMs. Default: the machine's */
  cores: number
  /** Memory offered to VMs (their guest RAM), bytes. Default: half the machine's */
  memoryBytes: number
  /** Disk space offered to VMs' disks (the sum of their sizes), bytes. Default 16 GiB */
  diskBytes: number
  /** Worker threads the VMs are spread over. Default: one per core offered */
  vmWorkers: number
  /** Nice value of the VM worker threads: guests yield the CPU to the daemon. 0 = equal. Default 10 */
  guestNice: number
  /** Where built guest images live (`npm run image:linux` writes <imageDir>/linux). Default <package>/.cache/images */
  imageDir: string
  /** Source address for outbound dials (the testnet link layer tells peers apart by it). Default: any */
  dialFrom: string
  /** Bulk lanes: a migration's pages on a TCP connection of their own, sealed and sent by a worker thread (overlay/lane). Default true */
  lanes: boolean
  /** Port lanes to this peer listen on, on the first listen address's IP; 0 picks a free one. Default 0 */
  lanePort: number
  /** Port other peers reach lanes at, when a relay or NAT forwards another one; 0 = lanePort as bound. Default 0 */
  laneAnnouncePort: number
  /** Lets the API arm failpoints (fault injection, for tests and chaos runs; never in production). Default false */
  failpoints: boolean
  /** Market facts (issue 7): the instance type this peer runs on, e.g. m5.large. Default '' */
  instanceType: string
  /** 'spot' or 'on-demand'; '' = the peer does not say (placement ranks it after priced peers). Default '' */
  pricing: '' | 'spot' | 'on-demand'
  /** A fixed price, USD per instance-hour (a static feed), when there is no spotTrace. Default 0 */
  priceUsdPerHour: number
  /** What the instance costs on demand: a spot peer's maximum price. Default 0 (unknown; from spotOndemand when set) */
  onDemandUsdPerHour: number
  /** A spot trace CSV (shared/data/spot format) whose series drives this peer's price. Default '' */
  spotTrace: string
  /** The series of spotTrace, provider/region/zone/type. Default '': the first one of instanceType (else the first) */
  spotSeries: string
  /** An on-demand CSV giving onDemandUsdPerHour for the series' region and type. Default '' */
  spotOndemand: string
  /** Trace time runs this many times faster than the wall clock. Default 1 */
  spotSpeedup: number
  /** Where termination notices come from: off, aws (IMDS), gcp (metadata server), trace (the revocation model over spotTrace). Default off */
  notices: 'off' | 'aws' | 'gcp' | 'trace'
  /** Metadata service base URL. Default '': the provider's (http://169.254.169.254, http://metadata.google.internal) */
  noticeEndpoint: string
  /** How often the metadata service is polled. Default 5000 ms (AWS recommends every 5 s) */
  noticePollMs: number
  /** notices=trace: random revocations per instance-hour (trace hours) besides those by price. Default 0 */
  revocationRatePerHour: number
  /** notices=trace: seed of the random revocations. Default 1 */
  revocationSeed: number
  /** After evacuating on a notice, leave the cloud (the instance is going anyway). Default true */
  leaveAfterEvacuation: boolean
  /** HotSpot-style rebalancing: every this often, move a VM to a cheaper peer when it pays. Default 0 (off) */
  rebalanceEveryMs: number
  /** How far ahead a move's saving is counted against its cost. Default 5 h */
  rebalanceHorizonMs: number
  /** Serve as a relay for members behind NAT (a reachable peer). Default false */
  relay: boolean
  /** A relay's reservations at once: members behind NAT it serves. Default 32 */
  relaySlots: number
  /** Relay reservations this peer holds, so peers behind other NATs can reach it (a peer behind NAT: 1 or 2). Default 0 */
  relayReservations: number
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent'
}

export function defaultDataDir (): string {
  return join(homedir(), '.supercloud')
}
