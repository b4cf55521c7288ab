// The metrics read from the daemon's parts at scrape time: peers by state, VMs by phase, the switch
// per VNet and per tunnel, membership's probes and suspicions, the guests' disk I/O, protection,
// the market and the cloud's cost. Each part keeps plain counts of its own (no metrics library
// below this layer); a scrape turns them into Prometheus families. Counters here only go up, except
// where a VM moves away (its disk series leave with it, as a restarted process's would).
import { Counter, Gauge, type Registry } from 'prom-client'
import type { PeerState } from '../overlay/membership/index.js'
import type { MembershipStats } from '../overlay/membership/index.js'
import type { FrameCounters } from '../overlay/switch/counters.js'
import type { TunnelCounters } from '../overlay/switch/tunnels.js'
import type { MarketFacts } from '../overlay/membership/descriptor.js'
import type { DiskStatus } from './hypervisor/types.js'
import { VM_PHASES, type VmPhase } from './vms/phases.js'
import type { CostReport } from './spot/cost.js'

const PEER_STATES: readonly PeerState[] = ['alive', 'suspect', 'dead', 'left']
const CONNECTION_KINDS = ['direct', 'holepunched', 'relayed'] as const

/** What the metrics read, each from the part that knows it. */
export interface MetricSources {
  /** Every member in this peer's table, with how this peer is connected to it now. */
  peers: () => ReadonlyArray<{ id: string, state: PeerState, self: boolean }>
  connectionKind: (peer: string) => string | undefined
  /** The VMs this peer hosts, and every VM record it sees cloud-wide (with derived phases: lost). */
  localVms: () => ReadonlyArray<{ id: string, phase: VmPhase }>
  cloudVms: () => ReadonlyArray<{ phase: VmPhase }>
  /** A VNet's name (its id when unknown). */
  vnetName: (id: number) => string
  switchTotals: () => { vnets: Array<{ vnet: number, counters: FrameCounters }>, tunnels: Array<{ peer: string, counters: TunnelCounters }> }
  membership: () => { counts: Readonly<MembershipStats>, health: number }
  disks: () => Promise<Array<{ vm: string, disk: string, status: DiskStatus }>>
  protection: (vm: string) => string | undefined
  replicas: () => number
  market: () => MarketFacts
  cost: () => CostReport['total']
}

type Row = [labels: Record<string, string | number>, value: number]
type Read = () => Row[] | Promise<Row[]>

/** A family whose values are read from `read` at every scrape (a counter's only go up). */
function mirror (registry: Registry, kind: 'counter' | 'gauge', name: string, help: string, labelNames: string[], read: Read): void {
  const Family = kind === 'counter' ? Counter : Gauge
  new Family({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect () {
      const rows = await read()
      this.reset()
      for (const [labels, value] of rows) {
        if (this instanceof Counter) this.inc(labels, value)
        else this.set(labels, value)
      }
    }
  })
}

/** Each of `keys`, counted in `items` by `key` (zeros included, so a series never disappears). */
function tally<K extends string> (keys: readonly K[], items: Iterable<{ k: K | undefined }>, label: string): Row[] {
  const n = new Map<K, number>(keys.map(k => [k, 0]))
  for (const { k } of items) if (k !== undefined && n.has(k)) n.set(k, (n.get(k) ?? 0) + 1)
  return [...n].map(([k, v]) => [{ [label]: k }, v])
}

/**
 * `read`, done once for all the families a scrape collects from it: prom-client collects each
 * family in turn, and the disks' figures are a worker round trip per disk.
 */
function perScrape<T> (read: () => T, ms = SCRAPE_MS): () => T {
  let last: { at: number, value: T } | undefined
  return () => {
    const now = performance.now()
    if (last === undefined || now - last.at > ms) last = { at: now, value: read() }
    return last.value
  }
}
/** Families collected within this long of each other belong to one scrape. */
const SCRAPE_MS = 250

/** Frames and bytes both ways, per `key`, for the `direction` label. */
function flows (items: Array<{ key: Record<string, string | number>, c: FrameCounters }>, field: 'frames' | 'bytes', names: [string, string]): Row[] {
  return items.flatMap(({ key, c }) => field === 'frames'
    ? [[{ ...key, direction: names[0] }, c.framesIn], [{ ...key, direction: names[1] }, c.framesOut]] as Row[]
    : [[{ ...key, direction: names[0] }, c.bytesIn], [{ ...key, direction: names[1] }, c.bytesOut]] as Row[])
}

function drops (items: Array<{ key: Record<string, string | number>, c: FrameCounters }>): Row[] {
  return items.flatMap(({ key, c }) => Object.entries(c.drops).map(([reason, n]): Row => [{ ...key, reason }, n]))
}

export function observeParts (registry: Registry, s: MetricSources): void {
  const g = (name: string, help: string, labels: string[], read: Read): void => { mirror(registry, 'gauge', name, help, labels, read) }
  const c = (name: string, help: string, labels: string[], read: Read): void => { mirror(registry, 'counter', name, help, labels, read) }

  // Peers and VMs
  g('supercloud_peers', 'Members in this peer\'s table, by state (itself included)', ['state'], () => tally(PEER_STATES, s.peers().map(p => ({ k: p.state })), 'state'))
  g('supercloud_peer_connections', 'Alive members this peer has an open connection to, by kind', ['kind'], () =>
    tally(CONNECTION_KINDS, s.peers().filter(p => !p.self && p.state === 'alive').map(p => ({ k: s.connectionKind(p.id) as typeof CONNECTION_KINDS[number] | undefined })), 'kind'))
  g('supercloud_vms', 'VMs this peer hosts, by phase', ['phase'], () => tally(VM_PHASES, s.localVms().map(v => ({ k: v.phase })), 'phase'))
  g('supercloud_cloud_vms', 'VM records this peer sees cloud-wide, by phase (lost: their host is dead)', ['phase'], () => tally(VM_PHASES, s.cloudVms().map(v => ({ k: v.phase })), 'phase'))

  // The switch: per VNet (this peer's ports) and per tunnel (to each peer; it carries every VNet)
  const switchTotals = perScrape(s.switchTotals)
  const vnets = (): Array<{ key: Record<string, string | number>, c: FrameCounters }> => switchTotals().vnets.map(v => ({ key: { vnet: s.vnetName(v.vnet) }, c: v.counters }))
  const tunnels = (): Array<{ key: Record<string, string | number>, c: TunnelCounters }> => switchTotals().tunnels.map(t => ({ key: { peer: t.peer }, c: t.counters }))
  c('supercloud_switch_frames_total', 'Frames of this peer\'s VMs on a VNet: in from them, out to them', ['vnet', 'direction'], () => flows(vnets(), 'frames', ['in', 'out']))
  c('supercloud_switch_bytes_total', 'Bytes of frames of this peer\'s VMs on a VNet: in from them, out to them', ['vnet', 'direction'], () => flows(vnets(), 'bytes', ['in', 'out']))
  c('supercloud_switch_dropped_frames_total', 'Frames the switch dropped on a VNet, by reason (spoofed, denied, too large, ...)', ['vnet', 'reason'], () => drops(vnets()))
  c('supercloud_tunnel_frames_total', 'Frames carried by the tunnel to a peer: received from it, sent to it', ['peer', 'direction'], () => flows(tunnels(), 'frames', ['received', 'sent']))
  c('supercloud_tunnel_bytes_total', 'Bytes of frames carried by the tunnel to a peer', ['peer', 'direction'], () => flows(tunnels(), 'bytes', ['received', 'sent']))
  c('supercloud_tunnel_batches_total', 'Batches (one encrypted message each) carried by the tunnel to a peer', ['peer', 'direction'], () =>
    tunnels().flatMap(({ key, c }): Row[] => [[{ ...key, direction: 'received' }, c.batchesIn], [{ ...key, direction: 'sent' }, c.batchesOut]]))
  c('supercloud_tunnel_dropped_frames_total', 'Frames dropped at the tunnel to a peer, by reason', ['peer', 'reason'], () => drops(tunnels()))

  // Membership
  c('supercloud_membership_probes_total', 'Probes of members by result: acked directly, acked through others, failed, inconclusive (this peer stalled)', ['result'], () =>
    Object.entries(s.membership().counts.probes).map(([result, n]): Row => [{ result }, n]))
  c('supercloud_membership_suspicions_raised_total', 'Suspicions this peer raised from its own failed probes', [], () => [[{}, s.membership().counts.suspicionsRaised]])
  c('supercloud_membership_connections_closed_total', 'Connections to a member this peer closed as broken: others reached it, and a ping over the connection never got an answer', [], () => [[{}, s.membership().counts.connectionsClosed]])
  c('supercloud_membership_refutations_total', 'Times this peer refuted a suspicion or death of itself', [], () => [[{}, s.membership().counts.refutations]])
  c('supercloud_membership_transitions_total', 'Changes of state in this peer\'s table, by the state entered', ['state'], () =>
    Object.entries(s.membership().counts.transitions).map(([state, n]): Row => [{ state }, n]))
  g('supercloud_membership_local_health', 'Lifeguard\'s local health score: 0 is healthy; each step stretches probe timeouts', [], () => [[{}, s.membership().health]])

  // Disks of the VMs here, as their guests use them
  const disks = perScrape(s.disks)
  const disk = (field: (d: DiskStatus) => number): Read => async () => (await disks()).map(({ vm, disk, status }): Row => [{ vm, disk }, field(status)])
  c('supercloud_disk_reads_total', 'Reads of a VM\'s disk by its guest', ['vm', 'disk'], disk(d => d.guestReads))
  c('supercloud_disk_read_bytes_total', 'Bytes a VM\'s guest read from its disk', ['vm', 'disk'], disk(d => d.guestReadBytes))
  c('supercloud_disk_writes_total', 'Writes to a VM\'s disk by its guest', ['vm', 'disk'], disk(d => d.guestWrites))
  c('supercloud_disk_written_bytes_total', 'Bytes a VM\'s guest wrote to its disk', ['vm', 'disk'], disk(d => d.guestWrittenBytes))
  c('supercloud_disk_flushes_total', 'Cache flushes a VM\'s guest asked of its disk', ['vm', 'disk'], disk(d => d.guestFlushes))
  c('supercloud_disk_flush_seconds_total', 'Time spent making a VM\'s disk durable on its guest\'s flushes', ['vm', 'disk'], disk(d => d.guestFlushTotalMs / 1000))
  g('supercloud_disk_own_bytes', 'Bytes of a disk\'s own written blocks (what a migration carries; base image blocks excluded)', ['vm', 'disk'], disk(d => d.writtenBlocks * d.blockBytes))

  // Protection
  g('supercloud_protected_vms', 'VMs this peer hosts under protection, by protection state', ['state'], () => {
    const n = new Map<string, number>()
    for (const vm of s.localVms()) {
      const state = s.protection(vm.id)
      if (state !== undefined) n.set(state, (n.get(state) ?? 0) + 1)
    }
    return [...n].map(([state, v]): Row => [{ state }, v])
  })
  g('supercloud_standby_replicas', 'Replicas of other peers\' VMs this peer keeps as their standby', [], () => [[{}, s.replicas()]])

  // Market and cost
  g('supercloud_price_dollars_per_hour', 'This peer\'s instance price now (USD per hour), and what it costs on demand', ['pricing'], () => {
    const m = s.market()
    return [[{ pricing: 'now' }, m.priceUsdPerHour], [{ pricing: 'on-demand' }, m.onDemandUsdPerHour]]
  })
  g('supercloud_termination_notice_deadline_seconds', 'When this peer\'s instance is reclaimed (Unix time), 0 without a notice', [], () => [[{}, s.market().noticeDeadlineMs / 1000]])
  c('supercloud_cost_dollars_total', 'What the cloud\'s VMs have cost so far (USD, this peer\'s books)', [], () => [[{}, s.cost().costUsd]])
  c('supercloud_cost_on_demand_dollars_total', 'What the same VM-hours would have cost on demand (USD, this peer\'s books)', [], () => [[{}, s.cost().onDemandUsd]])
}

/** The daemon's parts, as much of each as the metrics read. */
export interface ObservedParts {
  membership: { peers: () => ReadonlyArray<{ id: string, state: PeerState, self: boolean }>, stats: MetricSources['membership'] }
  reachability: { kindOf: (peer: string) => string | undefined }
  vms: { records: () => ReadonlyArray<{ id: string, phase: VmPhase }>, diskStatuses: MetricSources['disks'] }
  records: { list: () => ReadonlyArray<{ phase: VmPhase }> }
  vswitch: { totals: MetricSources['switchTotals'] }
  networks: { get: (id: number) => { name: string } | undefined }
  ha: { protections: { detail: (vm: string) => { view: { state: string } } | undefined }, replicas: { list: () => readonly unknown[] } }
  market: { facts: () => MarketFacts }
  costs: { report: () => CostReport }
}

export function sourcesOf (p: ObservedParts): MetricSources {
  return {
    peers: () => p.membership.peers(),
    connectionKind: peer => p.reachability.kindOf(peer),
    localVms: () => p.vms.records(),
    cloudVms: () => p.records.list(),
    vnetName: id => p.networks.get(id)?.name ?? String(id),
    switchTotals: () => p.vswitch.totals(),
    membership: () => p.membership.stats(),
    disks: async () => await p.vms.diskStatuses(),
    protection: vm => p.ha.protections.detail(vm)?.view.state,
    replicas: () => p.ha.replicas.list().length,
    market: () => p.market.facts(),
    cost: () => p.costs.report().total
  }
}
