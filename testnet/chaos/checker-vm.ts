// What the checker keeps of each VM it follows (checker.ts), and what it makes of a protected VM:
// its protection as last read, and a VM found running on another peer without a migration the run
// asked for, which for a protected VM is a failover.
import type { ProtectionState } from '../../node/vms/protect.js'
import type { VmView } from '../../node/vms/view.js'
import type { TestnetPeer } from '../state.js'
import type { GuestClock } from './clock.js'
import type { Timeline } from './timeline.js'
import type { ViolationKind } from './types.js'

export interface Death { index: number, pid: number, at: number, licensed: boolean }

export interface TrackedVm {
  id: string
  name: string
  bootId?: string
  net?: { ref: string, ip: string }
  /** The guest's counter, per copy (for a protected VM: as of its last acknowledged checkpoint). */
  counter: GuestClock
  /** The tiny guest's durable disk records (its disk mode), once a copy showed one. */
  disk?: GuestClock
  /** Its first disk's id. */
  diskId?: string
  /** Its protection: whether it was ever protected, its state and standby (peer index) as its owner last showed them. */
  protection: { ever: boolean, state: ProtectionState, standby?: number, epoch?: number }
  /** A protected VM's running RAM (`guestLive`), per peer: rounds in a row its counter went up there. */
  running: Map<number, { pid: number, counter: number, streak: number, round: number }>
  /** Per peer index: the phase it reported in its last answer (absent: not there). */
  present: Map<number, string>
  lastLive?: { at: number, round: number, peers: Set<number> }
  /** Where and when the run created it, for a VM the run made during the faults (a replacement). */
  createdOn?: { peer: number, at: number }
  /** The last peer seen holding it (any phase but lost, its counter advancing or not), and when. */
  heldBy?: { peer: number, at: number }
  lostSeenAt?: number
  retired: boolean
  migrations: Array<{ from: number, to: number, at: number, endAt?: number }>
  reported: Set<ViolationKind>
  shown: string
  /** The last counter read, for the timeline. */
  lastCounter: number
}

/** A protected VM that came back on another peer without a migration the run asked for. */
export interface Failover {
  vm: string
  name: string
  from: number[]
  to: number
  /** Whether it came back on the standby last seen before it left. */
  atStandby: boolean
  /** From the last sample of it running on the old peer to the first on the new one (ms). */
  gapMs: number
  /** From the death of the peer it left, when that peer died (ms). */
  afterDeathMs?: number
  atMs: number
}

/** Notes VM `vm`'s protection as its owner shows it: once protected, it is held to a protected VM's rules. */
export function noteProtection (vm: TrackedVm, view: VmView, peers: readonly TestnetPeer[]): void {
  const p = view.protection
  if (p === undefined) return
  // The newest epoch's owner speaks for the VM: a source still showing it mid-move (its answer lost)
  // says nothing of the copy its destination runs.
  if (view.epoch < (vm.protection.epoch ?? 0)) return
  vm.protection.epoch = view.epoch
  vm.protection.state = p.state
  if (p.state === 'unprotected') return
  vm.protection.ever = true
  const standby = p.standby === undefined ? undefined : peers.find(x => x.id === p.standby)?.index
  // A VM that failed over is protected again at once: its new host's first word names its new
  // standby, and the failover is judged by the standby its previous host showed.
  const owner = peers.find(x => x.id === view.peer)?.index
  if (owner !== undefined && vm.lastLive !== undefined && !vm.lastLive.peers.has(owner)) return
  if (standby !== undefined) vm.protection.standby = standby
}

/**
 * VM `vm` runs on `to`, not where it last ran. A migration the run asked for explains it; for a
 * protected VM it is a failover (returned); anything else goes on the timeline.
 */
export function arrival (vm: TrackedVm, to: number, now: number, deaths: readonly Death[], slack: number, timeline: Timeline): Failover | undefined {
  const last = vm.lastLive
  if (last === undefined) return undefined
  if (vm.migrations.some(m => m.to === to && (m.endAt === undefined || m.endAt >= last.at - slack))) return undefined
  const from = [...last.peers]
  if (!vm.protection.ever) {
    timeline.add(vm.id, `runs on peer ${to} without a migration to it (it last ran on peer ${from.join(', ')})`)
    return undefined
  }
  const death = deaths.filter(d => last.peers.has(d.index) && d.at >= last.at - slack).sort((a, b) => a.at - b.at)[0]
  const failover: Failover = { vm: vm.id, name: vm.name, from, to, atStandby: vm.protection.standby === to, gapMs: now - last.at, ...(death === undefined ? {} : { afterDeathMs: now - death.at }), atMs: now }
  timeline.add(vm.id, `failed over from peer ${from.join(', ')} to peer ${to}${failover.atStandby ? ', its standby' : `, not its standby last seen (peer ${String(vm.protection.standby)})`}; ${failover.gapMs} ms without a sample running${death === undefined ? '' : `, ${String(failover.afterDeathMs)} ms after peer ${death.index} died`}`)
  return failover
}

/**
 * Rounds in a row a protected VM's running RAM must be seen advancing on two peers at once to be two
 * copies running at the same time: its lease stops the old copy before the standby starts, and a
 * round's samples of different peers may be a slow answer apart, so one or two rounds are not proof.
 */
export const RUNNING_TOGETHER_ROUNDS = 3

/**
 * Notes a sample of `vm`'s running RAM on `peer` in `round`; returns the peers where it has been
 * running for RUNNING_TOGETHER_ROUNDS rounds up to this one, when there are two or more.
 */
export function noteRunning (vm: TrackedVm, peer: number, pid: number, round: number, counter: number): number[] {
  const was = vm.running.get(peer)
  const advanced = was !== undefined && was.pid === pid && counter > was.counter
  const streak = advanced && was.round === round - 1 ? was.streak + 1 : advanced ? 1 : 0
  vm.running.set(peer, { pid, counter, streak, round })
  const together = [...vm.running].filter(([, r]) => r.round === round && r.streak >= RUNNING_TOGETHER_ROUNDS).map(([p]) => p)
  return together.length >= 2 ? together.sort((a, b) => a - b) : []
}

/**
 * What losing `vm` (no live copy left) is: excused by a licensed death, or a violation.
 * - Protected as last seen, its standby had its last checkpoint: no kill excuses its loss. Nor when
 *   its protection had ended: the run never unprotects a VM, so the system dropped it. Only a VM
 *   whose (new) standby was still syncing, or that was failing over, is excused like any other.
 * - A peer excuses it if the run killed it no earlier than the VM was last seen running (or, never
 *   seen running, was created), and it was where the VM ran then or an end of a migration of it
 *   under way at that death; or if the run killed the last peer seen holding it (a VM that arrived
 *   and stood fenced, waiting for a majority, is held there without running); or, protected once, if
 *   it killed the VM's standby last seen after it last ran (it may have taken the VM over unseen).
 */
export function lossVerdict (vm: TrackedVm, deaths: Iterable<Death>, slack: number, stamp: (at: number) => string): { excuse: Death } | { violation: ViolationKind, detail: string } {
  const seen = vm.lastLive
  const died = [...deaths]
  const at = vm.protection.state
  if (vm.protection.ever && (at === 'protected' || at === 'unprotected')) {
    const when = seen === undefined ? ' never' : ` at ${stamp(seen.at)} on peer ${[...seen.peers].join(', ')}`
    return {
      violation: 'protected-vm-lost',
      detail: at === 'protected'
        ? `it was protected (standby peer ${String(vm.protection.standby)}) as last seen; it last ran${when}, and no copy has run since`
        : `it was protected once, and unprotected as last seen; it last ran${when} (no one unprotected it: its protection ended, e.g. after a failover it was not protected again); no copy has run since`
    }
  }
  const last = seen ?? (vm.createdOn === undefined ? undefined : { at: vm.createdOn.at, peers: new Set([vm.createdOn.peer]) })
  const excuse = last === undefined
    ? undefined
    : died.find(d => d.licensed && d.at >= last.at - slack && (last.peers.has(d.index) ||
        vm.migrations.some(m => m.at <= d.at && (m.endAt === undefined || m.endAt >= d.at - slack) && (m.from === d.index || m.to === d.index))))
  const held = vm.heldBy
  const holderDeath = held === undefined ? undefined : died.find(d => d.licensed && d.index === held.peer && d.at >= held.at - slack)
  // Syncing or failing over as last seen: its standby may have taken it over, unseen, and died with it.
  const standby = vm.protection.ever ? vm.protection.standby : undefined
  const standbyDeath = last === undefined || standby === undefined ? undefined : died.find(d => d.licensed && d.index === standby && d.at >= last.at - slack)
  const why = excuse ?? holderDeath ?? standbyDeath
  if (why !== undefined) return { excuse: why }
  return {
    violation: 'vm-lost',
    detail: seen === undefined
      ? `no copy of it was ever seen running${vm.createdOn === undefined ? '' : ` (created on peer ${vm.createdOn.peer} at ${stamp(vm.createdOn.at)}, and that peer was not killed since)`}`
      : `no copy has run since ${stamp(seen.at)} (last on peer ${[...seen.peers].join(', ')}), and no peer the run killed held it then`
  }
}
