// The dashboard's public types: the one interface through which it reads the cloud and acts on it
// (DashboardSource), and the rows it shows. The page imports these types too (type-only), so the
// wire shape of the feed is checked at both ends by the same declarations.
//
// The rows are the dashboard's own, not the API's views: the VM layer is being reshaped, and only
// the adapter that builds a DashboardSource (node/api/dashboard-source.ts) follows it.

export interface Signalled { signal?: AbortSignal }

/** The peer that serves the dashboard. */
export interface DashSelf {
  id: string
  provider: string
  region: string
  zone: string
  version: string
}

export interface DashPeer {
  id: string
  self: boolean
  state: 'alive' | 'suspect' | 'dead' | 'left'
  provider: string
  region: string
  zone: string
  /** 1-minute load average over cores. */
  load: number
  cores: number
  memoryBytes: number
  vmMemoryBytes: number
  vms: number
  schedulable: boolean
  unschedulableReason: string
  pricing: '' | 'spot' | 'on-demand'
  priceUsdPerHour: number
  onDemandUsdPerHour: number
  /** A termination notice's deadline (epoch ms); 0 = none. */
  noticeDeadlineMs: number
  lastHeardMsAgo: number
  /** How the serving peer reaches it, when it has a connection: direct, or through a relay. */
  connection?: 'direct' | 'relayed'
  version: string
}

/** A disk of a VM, once VMs have disks: shown as given. */
export interface DashDisk { name: string, sizeBytes: number, state?: string }
/** Replication of a VM, once VMs have it: shown as given. */
export interface DashProtection { mode: string, standby?: string, state?: string }

export interface DashVm {
  id: string
  name: string
  /** Owner peer id. */
  peer: string
  provider: string
  phase: string
  reason?: string
  image: string
  memoryBytes: number
  net?: { id: number, name?: string, ip: string }
  /** The tiny guest's own counter, read from its RAM. */
  counter?: number
  pinned: boolean
  epoch: number
  /** The owner could not be asked: its last published record. */
  stale?: boolean
  disks?: DashDisk[]
  protection?: DashProtection
}

export interface DashMigration {
  id: string
  vm: string
  vmName: string
  from: string
  to: string
  mode: 'precopy' | 'stopcopy'
  phase: string
  startedAt: string
  endedAt?: string
  reason?: string
  totalMs?: number
  downtimeMs?: number
  pingGapMs?: number
  downtimeBreakdownMs?: Record<string, number>
  bytes: number
  rounds: number
  progress: { round: number, bytesSent: number, etaMs: number, dirtyBytesPerSec: number, bandwidthBytesPerSec: number }
}

export interface DashNet {
  id: number
  name: string
  cidr: string
  vms: number
  /** Summed over every peer's ports that answered. */
  framesIn: number
  framesOut: number
  bytesIn: number
  bytesOut: number
  drops: number
  conflicts: number
}

export interface DashCost {
  since: string
  costUsd: number
  onDemandUsd: number
  savedPct: number
  /** Per VM id. */
  vms: Record<string, { costUsd: number, onDemandUsd: number }>
}

export type DashVmAction = 'pause' | 'resume'

export interface DashDrainReport {
  peer: string
  moves: Array<{ vm: string, name: string, outcome: string, to?: string, reason?: string }>
}

/**
 * What the dashboard reads and does. Reads answer the whole cloud as this peer sees it; actions run
 * where they must (a VM's owner). Errors are thrown as the daemon's own (their name is shown).
 */
export interface DashboardSource {
  self: () => DashSelf
  peers: (options?: Signalled) => Promise<DashPeer[]>
  vms: (options?: Signalled) => Promise<DashVm[]>
  migrations: (options?: Signalled) => Promise<DashMigration[]>
  nets: (options?: Signalled) => Promise<DashNet[]>
  cost: (options?: Signalled) => Promise<DashCost>
  /** `to`: a peer id or provider:NAME. Resolves once the migration is under way. */
  migrate: (vm: string, to: string, options?: { mode?: 'precopy' | 'stopcopy' } & Signalled) => Promise<DashMigration>
  /** Moves every VM off `peer` and stops it taking new ones; resolves when every move ended. */
  drain: (peer: string, options?: Signalled) => Promise<DashDrainReport>
  act: (vm: string, action: DashVmAction, options?: Signalled) => Promise<DashVm | undefined>
}

/** The feed's topics: each is a keyed list, but for `cost`. */
export type Topic = 'peers' | 'vms' | 'migrations' | 'nets' | 'cost'

export interface TopicRows {
  peers: DashPeer
  vms: DashVm
  migrations: DashMigration
  nets: DashNet
}
export type ListTopic = keyof TopicRows

/** Server → page over the WebSocket. `patch` carries the rows that changed since the last one. */
export type FeedMessage =
  | { type: 'hello', self: DashSelf, at: number }
  | { [T in ListTopic]: { type: 'patch', topic: T, full: boolean, upsert: Array<TopicRows[T]>, remove: string[], at: number } }[ListTopic]
  | { type: 'cost', cost: DashCost, at: number }
  | { type: 'error', topic: Topic, name: string, message: string, at: number }

/** Page → server: one action. */
export type ActionRequest =
  | { action: 'migrate', vm: string, to: string, mode?: 'precopy' | 'stopcopy' }
  | { action: 'drain', peer: string }
  | { action: DashVmAction, vm: string }

/** What an action answers: its result (2xx), or the daemon's error by name (the API's error body). */
export type ActionResponse = { ok: true, result: unknown } | { error: string, name: string }
