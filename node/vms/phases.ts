// A VM's phases, in one place: which actions each phase allows, and what each phase means for the
// rest of the peer (whether its guest lives, is billed, holds memory, can be read).
//   creating → running ⇄ paused → stopped → (start) running; any → destroyed.
//   failed: the guest or its worker died; lost: its peer died or restarted with it.
//   migrating: its guest is being moved; only destroy (which cancels the move when it still can),
//   and the outcome of the move (settle) or a newer copy elsewhere (supersede) change it.
import { VM_PHASES, type VmPhase } from '../../overlay/records/index.js'
import { VmPhaseError } from './errors.js'
import type { VmActionKind } from './actions.js'

export { VM_PHASES, type VmPhase }

export interface PhaseTraits {
  /** The guest exists (runs, waits paused, or is on its way elsewhere). */
  live: boolean
  /** Its peer pays for it: the instance's memory is taken by a guest that could run. */
  billed: boolean
  /** Counts against the peer's memory budget. */
  holdsMemory: boolean
  /** Its guest's RAM can be read (counter, boot id) for `vm show`. */
  guestReadable: boolean
  /** A drain, a VNet's move or an evacuation can carry it elsewhere. */
  movable: boolean
  /** Protection can start (`vm protect`, the keeper). */
  protectable: boolean
  /** A protection under way goes on (a migration keeps its standby). */
  staysProtected: boolean
}

export const PHASE_TRAITS: Readonly<Record<VmPhase, PhaseTraits>> = {
  creating: { live: true, billed: false, holdsMemory: true, guestReadable: false, movable: false, protectable: false, staysProtected: false },
  running: { live: true, billed: true, holdsMemory: true, guestReadable: true, movable: true, protectable: true, staysProtected: true },
  paused: { live: true, billed: true, holdsMemory: true, guestReadable: true, movable: true, protectable: true, staysProtected: true },
  migrating: { live: true, billed: true, holdsMemory: true, guestReadable: true, movable: false, protectable: false, staysProtected: true },
  stopped: { live: false, billed: false, holdsMemory: false, guestReadable: false, movable: false, protectable: false, staysProtected: false },
  failed: { live: false, billed: false, holdsMemory: false, guestReadable: false, movable: false, protectable: false, staysProtected: false },
  lost: { live: false, billed: false, holdsMemory: false, guestReadable: false, movable: false, protectable: false, staysProtected: false }
}

export const traits = (phase: VmPhase): PhaseTraits => PHASE_TRAITS[phase]

/**
 * The phases each action may start in. `fail`, `settle` and `supersede` come from the peer itself
 * (a machine that died, a migration's outcome heard late, a newer copy elsewhere), never from users.
 */
const ALLOWED: Readonly<Record<VmActionKind, readonly VmPhase[]>> = {
  start: ['stopped', 'failed', 'lost'],
  pause: ['running'],
  resume: ['paused'],
  stop: ['running', 'paused', 'failed'],
  snapshot: ['running', 'paused'],
  attach: ['creating', 'running', 'paused', 'stopped', 'failed', 'lost'],
  detach: ['creating', 'running', 'paused', 'stopped', 'failed', 'lost'],
  attachDisk: ['stopped', 'failed', 'lost'],
  detachDisk: ['stopped', 'failed', 'lost'],
  migrateOut: ['running', 'paused'],
  destroy: [...VM_PHASES],
  fail: ['creating', 'running', 'paused', 'migrating'],
  settle: ['migrating'],
  supersede: [...VM_PHASES],
  setProtection: [...VM_PHASES]
}

export function allowedIn (action: VmActionKind, phase: VmPhase): boolean {
  return ALLOWED[action].includes(phase)
}

export function assertAllowed (action: VmActionKind, vm: { id: string, name: string, phase: VmPhase }): void {
  if (allowedIn(action, vm.phase)) return
  const needs = ALLOWED[action]
  throw new VmPhaseError(`cannot ${action} vm ${vm.name} (${vm.id}): it is ${vm.phase}; ${action} needs it ${needs.join(' or ')}`)
}
