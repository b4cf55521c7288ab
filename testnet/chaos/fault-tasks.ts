// One task per planned fault: inject, hold until its heal time (or until the run stops injecting),
// heal. Healing sits in `finally` and runs with a signal of its own, so a fault is healed however
// its task ends.
import { describeError } from '../../overlay/wire/errors.js'
import type { LinkFaults } from './link-faults.js'
import type { Migrator, Move } from './migrator.js'
import type { PeerFaults } from './peer-faults.js'
import type { Timeline } from './timeline.js'
import type { ChaosReport, Fault } from './types.js'
import { sleep, until } from './wait.js'

export interface FaultTasksComponents {
  link: LinkFaults
  peers: PeerFaults
  migrator: Migrator
  timeline: Timeline
  /** Peers that are down or held by an abort, kept up to date here: no new migration touches them. */
  unavailable: Set<number>
  /** Protected VMs running on one peer each now, with that peer (what an aimed kill picks from). */
  protectedHosts: () => Array<{ id: string, on: number }>
}

/** A heal step (restart and rejoin, a PUT to the link) gets this long. */
const HEAL_TIMEOUT_MS = 90_000
/** An abort looks this long for a VM and peers free to move it. */
const ABORT_FIND_MS = 5_000
const ABORT_ATTEMPTS = 4

export class FaultTasks {
  readonly counts: ChaosReport['faults'] = { kill: 0, partition: 0, latency: 0, abort: 0, abortsMissed: 0, abortsByStep: {} }
  /** Kills that hit the host of a protected VM. */
  killsOfProtectedHosts = 0
  private readonly unavailable: Set<number>

  constructor (private readonly c: FaultTasksComponents) {
    this.unavailable = c.unavailable
  }

  /** Runs `fault`: `elapsed()` is the plan's clock, `signal` stops the injection early (healing still runs). */
  async run (fault: Fault, elapsed: () => number, signal: AbortSignal): Promise<void> {
    const hold = async (): Promise<void> => { await sleep(fault.healAt - elapsed(), signal).catch(() => {}) }
    const tl = this.c.timeline
    tl.event(`fault ${fault.id}: ${describe(fault)}`)
    try {
      switch (fault.kind) {
        case 'kill': await this.kill(this.killTarget(fault), hold, signal); break
        case 'partition':
          try {
            await this.c.link.partition(fault.id, fault.peers)
            this.counts.partition++
            await hold()
          } finally {
            await this.c.link.heal(fault.id)
          }
          break
        case 'latency':
          try {
            await this.c.link.latency(fault.id, fault.between, fault.delayMs)
            this.counts.latency++
            await hold()
          } finally {
            await this.c.link.heal(fault.id)
          }
          break
        case 'abort': await this.abort(fault, elapsed, signal); break
      }
      tl.event(`fault ${fault.id} healed`)
    } catch (err) {
      tl.event(`fault ${fault.id} failed: ${describeError(err)}`)
    }
  }

  /** The planned peer, or for an aimed kill the host of a protected VM running now (if any is up and free). */
  private killTarget (fault: Extract<Fault, { kind: 'kill' }>): number {
    if (fault.aim === undefined) return fault.peer
    const hosts = this.c.protectedHosts().filter(h => !this.unavailable.has(h.on)).sort((a, b) => a.id.localeCompare(b.id))
    const hit = hosts[fault.aim % Math.max(hosts.length, 1)]
    if (hit === undefined) return fault.peer
    this.c.timeline.add(hit.id, `fault ${fault.id} aims at its host, peer ${hit.on}`)
    return hit.on
  }

  private async kill (index: number, hold: () => Promise<void>, signal: AbortSignal): Promise<void> {
    if (this.unavailable.has(index) || !this.c.peers.running(index)) {
      this.c.timeline.event(`peer ${index} is not up: kill skipped`)
      return
    }
    this.unavailable.add(index)
    try {
      const hosted = this.c.protectedHosts().filter(h => h.on === index).map(h => h.id)
      const pid = await this.c.peers.kill(index, { signal })
      this.counts.kill++
      if (hosted.length > 0) this.killsOfProtectedHosts++
      this.c.timeline.event(`peer ${index} (pid ${pid}) SIGKILLed`)
      await hold()
    } finally {
      await this.bringBack(index)
    }
  }

  private async abort (fault: Extract<Fault, { kind: 'abort' }>, elapsed: () => number, signal: AbortSignal): Promise<void> {
    const tl = this.c.timeline
    const deadline = AbortSignal.any([signal, AbortSignal.timeout(Math.max(1, Math.ceil(fault.healAt - elapsed())))])
    // A refused request (a destination still counted suspect after a partition) never reaches the
    // step: another VM or peer is tried.
    for (let attempt = 0; attempt < ABORT_ATTEMPTS && !deadline.aborted; attempt++) {
      const move = await until(`a VM to abort a migration of (${fault.id})`, async () => this.c.migrator.choose(fault.pick + attempt, fault.target + attempt, 'across'), { timeoutMs: ABORT_FIND_MS, everyMs: 250, signal: deadline }).catch(() => undefined)
      if (move === undefined) break
      const result = await this.abortMove(fault, move, deadline, signal)
      if (result === 'died') {
        this.counts.abort++
        this.counts.abortsByStep[fault.failpoint] = (this.counts.abortsByStep[fault.failpoint] ?? 0) + 1
        return
      }
      if (result === 'ended') break
    }
    this.counts.abortsMissed++
    tl.event(`fault ${fault.id}: no migration reached ${fault.failpoint}`)
  }

  private async abortMove (fault: Extract<Fault, { kind: 'abort' }>, move: Move, deadline: AbortSignal, signal: AbortSignal): Promise<'died' | 'ended' | 'refused'> {
    const tl = this.c.timeline
    const victim = fault.side === 'source' ? move.from : move.to
    this.unavailable.add(move.from)
    this.unavailable.add(move.to)
    try {
      // Alone at that peer, so that the failpoint is hit by this migration, not another.
      await until(`migrations at peer ${victim} to end`, async () => !this.c.migrator.involves(victim), { timeoutMs: 10_000, everyMs: 100, signal: deadline }).catch(() => {})
      const pid = await this.c.peers.armExit(victim, fault.failpoint, { signal: deadline })
      tl.add(move.vm.id, `the run arms ${fault.failpoint} (exit) on peer ${victim}, the ${fault.side}`)
      const moving = this.c.migrator.run(move, deadline)
      const watching = new AbortController()
      const died = await Promise.race([
        this.c.peers.awaitDeath(pid, { timeoutMs: 30_000, signal: AbortSignal.any([deadline, watching.signal]) }).then(() => true, () => false),
        moving.then(async () => { await sleep(500); return !this.c.peers.running(victim) })
      ])
      watching.abort()
      if (died) {
        tl.event(`peer ${victim} (pid ${pid}) died at ${fault.failpoint}`)
        await sleep(fault.downMs, signal).catch(() => {})
        return 'died'
      }
      return await moving === 'refused' ? 'refused' : 'ended'
    } finally {
      await this.c.peers.disarmAll(victim, { signal: AbortSignal.timeout(HEAL_TIMEOUT_MS) }).catch(() => {})
      await this.bringBack(victim)
      this.unavailable.delete(move.from)
      this.unavailable.delete(move.to)
    }
  }

  /** Starts peer `index` again if it is dead; it is available to migrations once it has joined. */
  private async bringBack (index: number): Promise<void> {
    this.unavailable.add(index)
    try {
      if (!this.c.peers.running(index)) {
        const peer = await this.c.peers.restart(index, { signal: AbortSignal.timeout(HEAL_TIMEOUT_MS) })
        this.c.timeline.event(`peer ${index} restarted as pid ${peer.pid}`)
      }
    } finally {
      this.unavailable.delete(index)
    }
  }
}

function describe (fault: Fault): string {
  switch (fault.kind) {
    case 'kill': return `SIGKILL ${fault.aim === undefined ? `peer ${fault.peer}` : `the host of a protected VM (else peer ${fault.peer})`}, back ${fault.healAt - fault.at} ms later`
    case 'partition': return `cut peers ${fault.peers.join(', ')} off for ${fault.healAt - fault.at} ms`
    case 'latency': return `${fault.delayMs} ms one way between ${fault.between.join(' and ')} for ${fault.healAt - fault.at} ms`
    case 'abort': return `kill the ${fault.side} of a migration at ${fault.failpoint}, back ${fault.downMs} ms later`
  }
}
