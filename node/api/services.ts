// What the API's routes use of the peer: each route file takes the few services it needs, as
// interfaces, and never the daemon itself (which would make every route depend on everything).
import type { PeerId } from '@libp2p/interface'
import type { Logger } from '../log.js'
import type { Host } from '../host.js'
import type { Membership } from '../../overlay/membership/membership.js'
import type { Admission } from '../../overlay/admission/admission.js'
import type { Control } from '../../overlay/control/control.js'
import type { VmRouter } from '../vms/router.js'
import type { VmMoves } from '../vms/moves.js'
import type { NetService } from '../net/service.js'
import type { Metrics } from '../metrics.js'
import type { Failpoints } from '../failpoints.js'
import type { Market } from '../spot/market.js'
import type { Evacuator, EvacuationReport } from '../spot/evacuator.js'
import type { CostTracker } from '../spot/cost.js'
import type { TerminationNotice } from '../spot/notices.js'
import type { EventLoopMonitor } from '../runtime/event-loop.js'
import type { ReachabilityService } from '../reachability/reachability.js'
import type { Replicas } from '../vms/standby.js'
import type { DiskService } from '../disks/service.js'
import type { Records } from '../../overlay/records/index.js'

/** What `GET /v1/status` answers (and a peer's status over the control protocol). */
export interface Status {
  id: string
  provider: string
  region: string
  zone: string
  version: string
  protocolVersion: string
  addrs: string[]
  uptimeMs: number
  peers: Record<string, number>
  connections: number
  members: number
  joined: boolean
  incompatiblePeers: Array<{ id: string, reason: string }>
  api: string
}

/** The peer itself: who it is, how it is, and leaving. */
export interface PeerService {
  peerId: PeerId
  status: () => Status
  leave: () => Promise<void>
  log: Logger
}

export interface ApiServices {
  peer: PeerService
  host: Pick<Host, 'getConnections' | 'services'>
  membership: Pick<Membership, 'peers' | 'entry'>
  admission: Pick<Admission, 'createToken'>
  control: Pick<Control, 'request'>
  eventLoop: Pick<EventLoopMonitor, 'read'>
  reachability: Pick<ReachabilityService, 'kindOf' | 'reachability' | 'netcheck'>
  /** The replicas this peer holds as a standby, and the VM memory reserved here (theirs included). */
  replicas: { list: Replicas['list'], memoryBytes: () => number }
  /** This peer's disks and images, the cloud's records of them, and publishing a change. */
  disks: { disks: DiskService, records: Pick<Records, 'disks' | 'images'>, announce: () => Promise<void> }
  cloud: VmRouter
  moves: Pick<VmMoves, 'migrateNet' | 'drain' | 'undrain'>
  net: NetService
  metrics: Pick<Metrics, 'registry'>
  failpoints: Failpoints
  spot: {
    market: Pick<Market, 'facts'>
    evacuator: Pick<Evacuator, 'current'>
    costs: Pick<CostTracker, 'report'>
    notice: (notice: TerminationNotice) => Promise<EvacuationReport>
  }
}
