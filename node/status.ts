// The peer's status (`GET /v1/status`, and a peer's status over the control protocol).
import type { NodeOptions } from './config/options.js'
import type { Host } from './host.js'
import type { MemberList } from '../overlay/admission/members.js'
import type { Membership } from '../overlay/membership/membership.js'
import type { ApiServer } from './api/server.js'
import type { Status } from './api/services.js'
import { PROTOCOL_VERSION, SOFTWARE_VERSION } from './version.js'

/** What the status is read from. */
export interface StatusParts {
  options: Pick<NodeOptions, 'provider' | 'region' | 'zone'>
  host: Pick<Host, 'peerId' | 'getMultiaddrs' | 'getConnections'>
  members: Pick<MemberList, 'members'>
  membership: Pick<Membership, 'peers' | 'incompatiblePeers'>
  api: Pick<ApiServer, 'url'>
  startedAt: number
  joined: boolean
}

/** The peer's status, from the parts that know it. */
export function statusOf (d: StatusParts): Status {
  const peers: Record<string, number> = { alive: 0, suspect: 0, dead: 0, left: 0 }
  for (const p of d.membership.peers()) peers[p.state] = (peers[p.state] ?? 0) + 1
  return {
    id: d.host.peerId.toString(),
    provider: d.options.provider,
    region: d.options.region,
    zone: d.options.zone,
    version: SOFTWARE_VERSION,
    protocolVersion: PROTOCOL_VERSION,
    addrs: d.host.getMultiaddrs().map(String),
    uptimeMs: Date.now() - d.startedAt,
    peers,
    connections: d.host.getConnections().length,
    members: d.members.members().length,
    joined: d.joined,
    incompatiblePeers: d.membership.incompatiblePeers().map(({ id, reason }) => ({ id, reason })),
    api: d.api.url
  }
}
