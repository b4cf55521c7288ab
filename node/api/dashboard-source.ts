// The dashboard's one adapter to today's daemon: every read and action the dashboard has goes
// through here (node/api/dashboard/ never sees the daemon's services). When the VM layer is reshaped,
// this file follows it; the dashboard does not.
import { CloudError } from '../../overlay/core/errors.js'
import type { ApiServices } from './services.js'
import type { PeerView } from '../../overlay/membership/index.js'
import type { VmView } from '../vms/view.js'
import type { MigrationView } from '../vms/migrate-out.js'
import type { NetCountersView } from '../net/view.js'
import { SOFTWARE_VERSION } from '../version.js'
import type { DashboardSource, DashMigration, DashNet, DashPeer, DashVm } from './dashboard/types.js'

/** Draining runs at the peer itself: no overlay operation asks another peer to drain (yet). */
export class RemoteDrainError extends CloudError {
  override name = 'RemoteDrainError'
  readonly status = 409
}

export function dashboardSource (services: ApiServices): DashboardSource {
  const { peer, membership, cloud, net, moves, host } = services
  const selfId = peer.peerId.toString()
  return {
    self: () => { const s = peer.status(); return { id: selfId, provider: s.provider, region: s.region, zone: s.zone, version: SOFTWARE_VERSION } },
    peers: async () => membership.peers().map(p => toPeer(p, connectionKind(host, p))),
    vms: async () => (await cloud.list()).map(toVm),
    migrations: async () => (await cloud.allMigrations()).map(toMigration),
    nets: async () => await Promise.all(net.list().map(async n => {
      const shown = await net.show(String(n.id))
      return toNet(shown, shown.counters)
    })),
    cost: async () => {
      const r = services.spot.costs.report()
      return { since: r.since, ...r.total, vms: Object.fromEntries(r.vms.map(v => [v.id, { costUsd: v.costUsd, onDemandUsd: v.onDemandUsd }])) }
    },
    migrate: async (vm, to, options = {}) => toMigration(await cloud.migrate(vm, to, options.mode === undefined ? {} : { mode: options.mode })),
    drain: async (peer, options = {}) => {
      if (peer !== selfId) throw new RemoteDrainError(`peer ${peer} drains itself: open its own dashboard (supercloud dashboard on that peer); this one is ${selfId}`)
      const r = await moves.drain(options.signal === undefined ? {} : { signal: options.signal })
      return { peer: r.peer, moves: r.moves.map(m => ({ vm: m.vm, name: m.name, outcome: m.outcome, ...(m.to === undefined ? {} : { to: m.to }), ...(m.reason === undefined ? {} : { reason: m.reason }) })) }
    },
    act: async (vm, action) => {
      const v = await cloud.act(vm, action)
      return v === undefined ? undefined : toVm(v)
    }
  }
}

/** Relayed when libp2p applies a relay's limits to every connection it has to the peer. */
function connectionKind (host: ApiServices['host'], p: PeerView): DashPeer['connection'] {
  if (p.self) return undefined
  const conns = host.getConnections().filter(c => c.remotePeer.toString() === p.id)
  if (conns.length === 0) return undefined
  return conns.every(c => c.limits !== undefined || c.remoteAddr.toString().includes('/p2p-circuit')) ? 'relayed' : 'direct'
}

function toPeer (p: PeerView, connection: DashPeer['connection']): DashPeer {
  return {
    id: p.id,
    self: p.self,
    state: p.state,
    provider: p.provider,
    region: p.region,
    zone: p.zone,
    load: Math.round(p.load * 100) / 100,
    cores: p.cores,
    memoryBytes: p.memoryBytes,
    vmMemoryBytes: p.vmMemoryBytes,
    vms: p.vms,
    schedulable: p.schedulable,
    unschedulableReason: p.unschedulableReason,
    pricing: p.pricing,
    priceUsdPerHour: p.priceUsdPerHour,
    onDemandUsdPerHour: p.onDemandUsdPerHour,
    noticeDeadlineMs: p.noticeDeadlineMs,
    // Rounded: the feed sends a row again only when it changed, and this changes every heartbeat.
    lastHeardMsAgo: Math.round(p.lastHeardMsAgo / 1000) * 1000,
    ...(connection === undefined ? {} : { connection }),
    version: p.softwareVersion
  }
}

function toVm (v: VmView): DashVm {
  return {
    id: v.id,
    name: v.name,
    peer: v.peer,
    provider: v.provider,
    phase: v.phase,
    ...(v.reason === undefined ? {} : { reason: v.reason }),
    image: v.image,
    memoryBytes: v.memory,
    ...(v.net === undefined ? {} : { net: v.net }),
    ...(v.guest === undefined ? {} : { counter: v.guest.counter }),
    pinned: v.pinned,
    epoch: v.epoch,
    ...(v.stale === true ? { stale: true } : {})
  }
}

function toMigration (m: MigrationView): DashMigration {
  const p = m.progress
  return {
    id: m.id,
    vm: m.vm,
    vmName: m.vmName,
    from: m.from,
    to: m.to,
    mode: m.mode,
    phase: m.phase,
    startedAt: m.startedAt,
    ...(m.endedAt === undefined ? {} : { endedAt: m.endedAt }),
    ...(m.reason === undefined ? {} : { reason: m.reason }),
    ...(m.totalMs === undefined ? {} : { totalMs: m.totalMs }),
    ...(m.downtimeMs === undefined ? {} : { downtimeMs: m.downtimeMs }),
    ...(m.pingGapMs === undefined ? {} : { pingGapMs: m.pingGapMs }),
    ...(m.downtimeBreakdownMs === undefined ? {} : { downtimeBreakdownMs: { ...m.downtimeBreakdownMs } }),
    bytes: m.bytes,
    rounds: m.rounds,
    progress: { round: p.round, bytesSent: p.bytesSent, etaMs: p.etaMs, dirtyBytesPerSec: p.dirtyBytesPerSec, bandwidthBytesPerSec: p.bandwidthBytesPerSec }
  }
}

function toNet (n: { id: number, name: string, cidr: string, vms: unknown[], conflicts: unknown[] }, counters: NetCountersView[]): DashNet {
  let framesIn = 0; let framesOut = 0; let bytesIn = 0; let bytesOut = 0; let drops = 0
  for (const c of counters) {
    for (const port of c.ports) {
      framesIn += port.framesIn
      framesOut += port.framesOut
      bytesIn += port.bytesIn
      bytesOut += port.bytesOut
    }
    for (const part of [c.drops, ...c.ports.map(p => p.drops), ...c.tunnels.map(t => t.drops)]) {
      for (const d of Object.values(part)) drops += d
    }
  }
  return { id: n.id, name: n.name, cidr: n.cidr, vms: n.vms.length, framesIn, framesOut, bytesIn, bytesOut, drops, conflicts: n.conflicts.length }
}
