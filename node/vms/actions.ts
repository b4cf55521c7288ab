// What can be asked of a VM, as one typed union: every request (the API, another peer, a drain, an
// evacuation, the records listener) becomes one of these and goes to the VM's controller, which
// refuses it in the wrong phase (phases.ts) and answers with the action's own result.
import type { MigrationMode, MigrationOutcome, MigrationProgress } from '../../overlay/migration/types.js'
import type { MigrateOptions } from '../../overlay/migration/source.js'
import type { VmDetail } from './detail.js'

export type VmAction =
  | { kind: 'start' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'stop' }
  | { kind: 'snapshot' }
  | { kind: 'attach', net: { id: number, ip?: string } }
  | { kind: 'detach' }
  /** Disks (issue 17): attached to or detached from a stopped VM, by disk id or name. */
  | { kind: 'attachDisk', disk: string }
  | { kind: 'detachDisk', disk: string }
  /** Live-migrate to peer `to`; the result is the migration's outcome. */
  | { kind: 'migrateOut', to: string, migrationId: string, mode: MigrationMode, downtimeTargetMs?: number, onProgress?: (p: MigrationProgress) => void, protection?: MigrateOptions['protection'], atSwitchover?: MigrateOptions['atSwitchover'] }
  /** Works in every phase: whatever is in flight for the VM is cancelled first. */
  | { kind: 'destroy', withDisks?: boolean }
  /** The VM's machine died under it. */
  | { kind: 'fail', message: string }
  /** A migration that handed the VM off without hearing back: whether the destination took it. */
  | { kind: 'settle', committed: boolean }
  /** Another peer holds the VM at `epoch`, newer than this peer's: what is here is stale. */
  | { kind: 'supersede', epoch: number }
  /** Whether the VM is to be kept protected (its record says so wherever it goes); undefined: not. Works in every phase. */
  | { kind: 'setProtection', protection?: { intervalMs: number } }

export type VmActionKind = VmAction['kind']
export type ActionOf<K extends VmActionKind> = Extract<VmAction, { kind: K }>

/** The lifecycle actions users name in the API and the CLI (and peers on the VM protocol). */
export const LIFECYCLE_ACTIONS = ['start', 'pause', 'resume', 'stop', 'destroy'] as const
export type LifecycleKind = typeof LIFECYCLE_ACTIONS[number]

export function isLifecycleAction (name: string): name is LifecycleKind {
  return (LIFECYCLE_ACTIONS as readonly string[]).includes(name)
}

export interface ActionResults {
  start: VmDetail
  pause: VmDetail
  resume: VmDetail
  stop: VmDetail
  snapshot: Uint8Array
  attach: VmDetail
  detach: VmDetail
  attachDisk: VmDetail
  detachDisk: VmDetail
  migrateOut: MigrationOutcome
  destroy: undefined
  fail: undefined
  settle: boolean
  supersede: undefined
  setProtection: undefined
}

export interface DispatchOptions {
  signal?: AbortSignal
}
