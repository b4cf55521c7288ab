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
  /** Descriptor publish interval. Default 1500 ms */
  heartbeatMs: number
  /** Silence after which a peer is suspect. Default 4000 ms */
  suspectAfterMs: number
  /** Silence after which a peer is dead. Default 7000 ms: a killed peer is dead everywhere within 10 s, with room for gossip delay on a loaded machine */
  deadAfterMs: number
  /** Connections the peer tries to keep to other members. Default 8 (a gossipsub mesh needs 6) */
  targetPeers: number
  /** Hard cap on connections. Default 32 */
  maxConnections: number
  /** Cores offered to VMs. Default: the machine's */
  cores: number
  /** Memory offered to VMs (their guest RAM), bytes. Default: half the machine's */
  memoryBytes: number
  /** Worker threads the VMs are spread over. Default: one per core offered */
  vmWorkers: number
  /** Nice value of the VM worker threads: guests yield the CPU to the daemon. 0 = equal. Default 10 */
  guestNice: number
  /** Where built guest images live (`npm run image:linux` writes <imageDir>/linux). Default <package>/.cache/images */
  imageDir: string
  /** Source address for outbound dials (the testnet link layer tells peers apart by it). Default: any */
  dialFrom: string
  /** Lets the API arm failpoints (fault injection, for tests and chaos runs; never in production). Default false */
  failpoints: boolean
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent'
}

export function defaultDataDir (): string {
  return join(homedir(), '.supercloud')
}
