// Which actions each phase allows. One table, so the rules read in one place:
//   creating → running ⇄ paused → stopped → (start) running; any → destroyed.
//   failed: the guest or its worker died; lost: its peer died or restarted with it.
//   migrating: only destroy (which cancels the migration first, when it can still be cancelled).
import type { VmPhase } from '../../overlay/records/index.js'
import { VmPhaseError } from './errors.js'

export type VmAction = 'start' | 'pause' | 'resume' | 'stop' | 'snapshot' | 'migrate' | 'destroy'
export const VM_ACTIONS: readonly VmAction[] = ['start', 'pause', 'resume', 'stop', 'snapshot', 'migrate', 'destroy']

const ALLOWED: Record<VmAction, readonly VmPhase[]> = {
  start: ['stopped', 'failed', 'lost'],
  pause: ['running'],
  resume: ['paused'],
  stop: ['running', 'paused', 'failed'],
  snapshot: ['running', 'paused'],
  migrate: ['running', 'paused'],
  destroy: ['creating', 'running', 'paused', 'stopped', 'migrating', 'failed', 'lost']
}

/** The actions that only change a VM's phase where it is. */
export type LifecycleAction = 'start' | 'pause' | 'resume' | 'stop'

export function allowedIn (action: VmAction, phase: VmPhase): boolean {
  return ALLOWED[action].includes(phase)
}

export function assertAllowed (action: VmAction, vm: { id: string, name: string, phase: VmPhase }): void {
  if (allowedIn(action, vm.phase)) return
  const needs = ALLOWED[action]
  throw new VmPhaseError(`cannot ${action} vm ${vm.name} (${vm.id}): it is ${vm.phase}; ${action} needs it ${needs.join(' or ')}`)
}
