// The public shape of a chaos run: its options, the plan it follows, what the checker finds and the
// report. Implementations: schedule.ts (the plan), faults.ts (injectors), checker.ts, run.ts.

export const FAULT_KINDS = ['kill', 'partition', 'latency', 'abort'] as const
export type FaultKind = typeof FAULT_KINDS[number]

export interface ChaosOptions {
  /** How long faults and migrations are injected; healing and the final checks come after. */
  durationMs: number
  /** Same seed, same plan. */
  seed: number
  /** The kinds of fault injected (none: migrations only). */
  faults: readonly FaultKind[]
  /** Migrations started per minute, on average; default 40. */
  migrationsPerMin: number
  /** How often the checker reads every peer; default 250 ms. */
  sampleEveryMs?: number
  /** After the faults end, every VM of a VNet must answer ping within this; default 45 s. */
  pingBoundMs?: number
  /** The share of the run's VMs to protect (`vm protect`) before it starts, if fewer are; default none. */
  protect?: number
}

export const DEFAULT_MIGRATIONS_PER_MIN = 40
export const DEFAULT_SAMPLE_EVERY_MS = 250
export const DEFAULT_PING_BOUND_MS = 45_000

/** The peers as the plan sees them. */
export interface Layout {
  peers: ReadonlyArray<{ index: number, provider: string }>
}

export type Fault =
  /**
   * SIGKILL `peer`, start it again at `healAt` (same data dir, port, token). With `aim`: the host of
   * a protected VM instead (the `aim`-th of those running then), when there is one.
   */
  | { id: string, kind: 'kill', at: number, healAt: number, peer: number, aim?: number }
  /** Cut `peers` off from the others (existing connections reset, new dials refused) until `healAt`. */
  | { id: string, kind: 'partition', at: number, healAt: number, peers: number[] }
  /** One-way delay `delayMs` between peers of providers `between` until `healAt`. */
  | { id: string, kind: 'latency', at: number, healAt: number, between: [string, string], delayMs: number }
  /**
   * Kill the source or destination of a migration started at `at` when it reaches `failpoint`; the
   * dead peer comes back `downMs` later; by `healAt` the failpoint is disarmed whatever happened.
   */
  | { id: string, kind: 'abort', at: number, healAt: number, side: 'source' | 'dest', failpoint: string, downMs: number, pick: number, target: number }

/** A migration to start at `at`: `pick` and `target` choose among the VMs and peers of that moment. */
export interface PlannedMigration {
  at: number
  pick: number
  target: number
  scope: 'within' | 'across'
}

export interface Plan {
  seed: number
  durationMs: number
  faults: Fault[]
  migrations: PlannedMigration[]
}

export type ViolationKind =
  | 'two-live-copies'
  | 'counter-fork'
  | 'counter-backwards'
  | 'boot-id-changed'
  | 'vm-lost'
  | 'vm-stuck'
  | 'unreachable'
  | 'daemon-died'
  | 'not-healed'
  | 'protected-vm-lost'
  | 'disk-backwards'
  | 'disk-fork'
  | 'disk-broken'

export interface Violation {
  kind: ViolationKind
  /** The VM's id, or '-' for a peer's violation. */
  vm: string
  /** When the checker found it, ms since the run started. */
  atMs: number
  detail: string
  /** What the checker saw of the VM (and the faults) around it, oldest first. */
  timeline: string[]
}

export interface LostWithPeer {
  vm: string
  name: string
  /** Index of the killed peer that held it. */
  peer: number
  atMs: number
  /** A protected VM's protection state as last seen (`syncing` or `failing-over`: otherwise its loss is a violation). */
  protection?: string
}

/** A migration the run asked for, as the run followed it (ms since the run started). */
export interface MoveRecord {
  vm: string
  name: string
  from: number
  to: number
  startMs: number
  endMs: number
  outcome: 'committed' | 'aborted' | 'interrupted' | 'refused'
  downtimeMs?: number
}

/** What the HTML timeline draws (report-html.ts); every time in ms since the run started. */
export interface ChaosEvents {
  /** When the plan's faults began: its `at` and `healAt` count from here. */
  injectStartMs: number
  faults: Fault[]
  migrations: MoveRecord[]
}

export interface ChaosReport {
  ok: boolean
  seed: number
  testnet: string
  durationMs: number
  wallMs: number
  vms: number
  /**
   * attempted: accepted by the source; committed/aborted: as the source reported; interrupted: the
   * source died or never settled it; refused: the request was turned down; skipped: no VM or peer free.
   */
  migrations: { attempted: number, committed: number, aborted: number, interrupted: number, refused: number, skipped: number, refusedProtected: number }
  /** The refusals by reason, ids left out. */
  refusedWhy: Record<string, number>
  /** Faults injected by kind; an abort counts once its peer died at the failpoint (missed: the migration ended before). */
  faults: Record<FaultKind, number> & { abortsMissed: number, abortsByStep: Record<string, number> }
  vmsLostWithPeer: LostWithPeer[]
  /**
   * Protected VMs followed; their failovers (a protected VM running on another peer without a
   * migration), those after a kill of their host; kills aimed at a protected VM's host; protected
   * VMs lost (with a violation unless they were not yet protected when they last ran).
   */
  protection: {
    vms: number
    failovers: number
    failoversAfterKill: number
    failoversAtStandby: number
    failoverMs: { p50: number | null, max: number | null }
    killsOfProtectedHosts: number
    lost: number
  }
  /**
   * VMs with a disk (the tiny guest's disk mode); their migrations committed; those whose disk the
   * end check read (stopped, every record read back from the disk file, started again).
   */
  disks: { vms: number, migrationsCommitted: number, checked: number, recordsRead: number }
  vmsReplaced: number
  /** Attempts to create a replacement that failed (each is tried again). */
  replacementsFailed: number
  violations: Violation[]
  downtimeMs: { p50: number | null, p99: number | null, max: number | null }
  checker: { rounds: number, samples: number }
  /** Wall time of each stage: injecting, healing (to a converged testnet), settling, the end checks. */
  stagesMs: { inject: number, heal: number, settle: number, check: number }
  pings: { vms: number, fromPeers: number, worstMs: number | null }
  events: ChaosEvents
}

export class ChaosError extends Error {
  override name = 'ChaosError'
}

/** The testnet has no tiny VM on a VNet to work with. */
export class NoVmsError extends Error {
  override name = 'NoVmsError'
}

/** The options cannot give a plan for this testnet (a fault kind it cannot have, bad numbers). */
export class ChaosPlanError extends Error {
  override name = 'ChaosPlanError'
}
