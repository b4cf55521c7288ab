// Migrations this peer runs as the source: it starts them (checks first) by dispatching `migrateOut`
// to the VM's controller, keeps them in flight and the recent ones for `vm migrations`, cancels them
// before the handoff, and settles those whose outcome was not heard — the one place that does: it
// waits for the destination's record at the new epoch or asks the destination, whichever answers
// first, and dispatches `settle` once.
import { randomBytes } from 'node:crypto'
import type { Logger } from '../log.js'
import type { Metrics } from '../metrics.js'
import type { Membership } from '../../overlay/membership/membership.js'
import type { MigrationClient } from '../../overlay/migration/client.js'
import { breakdownFrom, type DowntimeBreakdown, type MigrationMode, type MigrationOutcome, type MigrationPhase, type MigrationProgress } from '../../overlay/migration/types.js'
import { NotFoundError } from '../errors.js'
import type { VmRegistry } from './registry.js'
import type { MoveProof, ProtectedMove } from './protect.js'
import { VmNotFoundError, VmPhaseError, VmSpecError } from './errors.js'
import { resumeProtection } from './resume-protection.js'
import { describeError } from '../../overlay/wire/errors.js'
import type { PingOptions, PingResult } from '../../overlay/switch/host-port.js'

export interface MigrationView {
  id: string
  vm: string
  vmName: string
  from: string
  to: string
  mode: MigrationMode
  phase: MigrationPhase
  startedAt: string
  endedAt?: string
  reason?: string
  totalMs?: number
  downtimeMs?: number
  /** Committed: where the downtime went. */
  downtimeBreakdownMs?: DowntimeBreakdown
  bytes: number
  /** What the stream carried: page bytes ÷ the time from sending them to the destination confirming them. */
  streamMBps?: number
  /** What a client felt, on a VNet: the longest gap between replies to the source's pings, every PING_INTERVAL_MS. */
  pingGapMs?: number
  /** Disks: their blocks' bytes sent, blocks sent again, and the last blocks after the pause (and their ms). */
  disk?: { bytes: number, resent: number, lastBlocks: number, lastMs: number }
  rounds: number
  pagesPerRound: number[]
  progress: MigrationProgress
  /** The connection to the destination the pages went over (a relayed one is slower: streamMBps says how much). */
  path?: MigrationPath
  /** What carried the pages: a lane of their own (overlay/lane), or the migration's libp2p stream. */
  carrier?: MigrationOutcome['carrier']
}

export type MigrationPath = 'direct' | 'holepunched' | 'relayed'

/** The link out of a peer and its guests, as its last committed migrations measured them. */
export interface MigrationMeasurements {
  bandwidthBytesPerSec?: number
  /** The same, over relayed connections only (a peer behind NAT reached through a relay). */
  relayedBandwidthBytesPerSec?: number
  dirtyBytesPerSec: ReadonlyMap<string, number>
}

/** Pings a VM on a VNet from this peer's host port until `signal` aborts (NetService.ping). */
export type VmPinger = (netId: number, ip: string, options: PingOptions) => Promise<PingResult>

/** The cloud's VM records, as the settlement watches them for the destination's newer epoch. */
export interface RecordsView {
  get: (id: string) => { epoch: number, owner: string } | undefined
  onChange: (listener: () => void) => () => void
}

export interface MigrationsComponents {
  registry: VmRegistry
  records: RecordsView
  ping?: VmPinger
  protocol: MigrationClient
  membership: Membership
  metrics?: Metrics
  log: Logger
  selfId: string
  /** How this peer is connected to a peer now (node/reachability), if at all. */
  pathTo?: (peer: string) => MigrationPath | undefined
  /** Protected VMs: their standby keeps them through the move, or their protection pauses for it. */
  protection?: MovingProtection
}

/**
 * A protected VM whose standby speaks replication 2.1.0 keeps it through the move (`moving`): its
 * checkpoints go on through pre-copy, the switchover sends the last, and the destination carries
 * protection on from it. Otherwise (`pause`) it migrates unprotected, its replica dropped first (the
 * destination may be its standby, which then needs the room), and protection resumes where the VM
 * runs after: the destination, with the same standby unless the standby is the destination (its
 * owner then picks another), or here, with the same standby, when the move did not happen.
 */
export interface MovingProtection {
  moving: (vmId: string) => ProtectedMove | undefined
  /** The VM moves onto its standby: protection moves to another first, to follow it (protect.ts). */
  standbyElsewhere: (vmId: string, except: string[], signal: AbortSignal) => Promise<ProtectedMove | undefined>
  /** Ends the VM's protection for the move: its standby and interval, or undefined if unprotected. */
  pause: (vmId: string) => Promise<{ standby: string, intervalMs: number } | undefined>
  /** Protects the VM again at `owner`; standby undefined: the owner picks. */
  resume: (vmId: string, owner: string, options: { standby?: string, intervalMs: number }) => Promise<void>
}

const RECENT = 100
/** A move onto the VM's standby waits this long for another standby to hold the VM. */
const STANDBY_ELSEWHERE_MS = 30_000
/** A committed move smaller than this on the wire says nothing about the link's bandwidth. */
const MEASURES_LINK_BYTES = 16 << 20
const RESOLVE_EVERY_MS = 2000
/** A migrating VM on a VNet is pinged this often, from its start until PING_AFTER_MS after its end. */
const PING_INTERVAL_MS = 10
const PING_AFTER_MS = 300
/**
 * A destination carries protection on by itself once the VM arrives (its record asks for it); one
 * that predates that is asked to protect the VM after this long, as after a move without its
 * standby (one that did answers "protected already").
 */
const CARRY_ON_GRACE_MS = 5000

export class VmMigrations {
  private readonly inFlight = new Map<string, { view: MigrationView, abort: AbortController, done: Promise<MigrationView> }>()
  private readonly recent: MigrationView[] = []
  /** Moves whose protection has been told how they ended (once each). */
  private readonly endedMoves = new WeakSet<ProtectedMove>()
  private stopped = false

  constructor (private readonly c: MigrationsComponents) {}

  stop (): void {
    this.stopped = true
    for (const m of this.inFlight.values()) m.abort.abort(new Error('the peer is stopping'))
  }

  /**
   * The link out of this peer and its guests as its last committed migrations measured them: the
   * median bandwidth of the last five, and each VM's dirty rate in its last pre-copy from here.
   */
  measured (): MigrationMeasurements {
    const done = this.recent.filter(v => v.phase === 'committed')
    // A move of a few MiB (a guest of mostly zero pages) took the round trips' time, not the link's.
    // Relayed moves are measured apart: a relay's rate says nothing of a direct link, and back.
    const medianOf = (views: MigrationView[]): number | undefined => {
      const bandwidths = views.filter(v => v.bytes >= MEASURES_LINK_BYTES).map(v => v.progress.bandwidthBytesPerSec).filter(b => b > 0).slice(0, 5).sort((a, b) => a - b)
      return bandwidths[bandwidths.length >> 1]
    }
    const dirty = new Map<string, number>()
    for (const v of done) if (v.mode === 'precopy' && v.progress.dirtyBytesPerSec > 0 && !dirty.has(v.vm)) dirty.set(v.vm, v.progress.dirtyBytesPerSec)
    const median = medianOf(done.filter(v => v.path !== 'relayed'))
    const relayed = medianOf(done.filter(v => v.path === 'relayed'))
    return { ...(median === undefined ? {} : { bandwidthBytesPerSec: median }), ...(relayed === undefined ? {} : { relayedBandwidthBytesPerSec: relayed }), dirtyBytesPerSec: dirty }
  }

  /** Starts moving VM `vmId` (this peer's) to peer `to`; resolves once it is under way. */
  start (vmId: string, to: string, options: { mode?: MigrationMode, downtimeTargetMs?: number } = {}): MigrationView {
    if (to === this.c.selfId) throw new VmSpecError('a VM cannot migrate to the peer it is on')
    const target = this.c.membership.entry(to)
    if (target === undefined) throw new NotFoundError(`no peer ${to} in the cloud`)
    if (target.state !== 'alive') throw new VmPhaseError(`peer ${to} is ${target.state}: it cannot take a VM`)
    if ([...this.inFlight.values()].some(m => m.view.vm === vmId)) throw new VmPhaseError(`vm ${vmId} is already migrating`)
    const detail = this.c.registry.peek(vmId)
    if (detail === undefined) throw new VmNotFoundError(`no VM ${vmId} on this peer`)
    const mode = options.mode ?? 'precopy'
    const view: MigrationView = {
      id: `mig-${randomBytes(6).toString('hex')}`,
      vm: vmId,
      vmName: detail.spec.name,
      from: this.c.selfId,
      to,
      mode,
      phase: 'offered',
      startedAt: new Date().toISOString(),
      bytes: 0,
      rounds: 0,
      pagesPerRound: [],
      progress: { phase: 'offered', round: 0, bytesSent: 0, lastRoundBytes: 0, dirtyBytesPerSec: 0, bandwidthBytesPerSec: 0, etaMs: 0, throttleMs: 0 }
    }
    const abort = new AbortController()
    const done = this.run(view, abort.signal, options.downtimeTargetMs).then(() => view)
    this.inFlight.set(view.id, { view, abort, done })
    return view
  }

  /** Resolves with the migration's last report once it has ended (committed, or aborted). */
  async finished (id: string): Promise<MigrationView> {
    const running = this.inFlight.get(id)
    if (running !== undefined) return await running.done
    const ended = this.recent.find(m => m.id === id)
    if (ended === undefined) throw new NotFoundError(`no migration ${id} on this peer`)
    return ended
  }

  get (id: string): MigrationView | undefined {
    return this.inFlight.get(id)?.view ?? this.recent.find(m => m.id === id)
  }

  list (): MigrationView[] {
    return [...[...this.inFlight.values()].map(m => m.view), ...this.recent]
  }

  /** Cancels the migration of VM `vmId`: the VM carries on here (too late once the handoff left). */
  cancel (vmId: string): MigrationView {
    const m = [...this.inFlight.values()].find(f => f.view.vm === vmId)
    if (m === undefined) throw new VmNotFoundError(`vm ${vmId} is not migrating from this peer`)
    if (m.view.phase === 'committing' || m.view.phase === 'unknown') throw new VmPhaseError(`the migration of vm ${vmId} is past its handoff: it cannot be cancelled`)
    m.abort.abort(new Error('cancelled'))
    return m.view
  }

  private async run (view: MigrationView, signal: AbortSignal, downtimeTargetMs?: number): Promise<void> {
    const started = performance.now()
    const log = this.c.log.child({ migration: view.id, vm: view.vm, to: view.to })
    const pinging = this.pingThrough(view.vm)
    let protection: { standby: string, intervalMs: number } | undefined
    const record = this.c.registry.peek(view.vm)
    // The epoch the handoff gives the destination, and whether the VM runs there.
    const epoch = (record?.epoch ?? 0) + 1
    const runningAfter = record?.phase !== 'paused'
    // A VM moving onto its own standby takes another first, which follows it; without one, the
    // move is refused (protect.ts) and the VM stays, protected, where it is.
    const protecting = this.c.protection
    let move = protecting?.moving(view.vm)
    let refused: Error | undefined
    if (protecting !== undefined && move?.standby === view.to) {
      log.info({ standby: move.standby }, 'a protected VM moves onto its standby: protection moves to another standby first')
      move = await protecting.standbyElsewhere(view.vm, [view.to], AbortSignal.any([signal, AbortSignal.timeout(STANDBY_ELSEWHERE_MS)]))
        .catch((err: unknown) => { refused = err instanceof Error ? err : new Error(String(err)); return undefined })
    }
    let proof: MoveProof = {}
    try {
      if (refused !== undefined) throw refused
      if (move === undefined) protection = await this.c.protection?.pause(view.vm)
      if (protection !== undefined) log.info({ standby: protection.standby }, 'a protected VM migrates: its protection resumes after the move')
      if (move !== undefined) log.info({ standby: move.standby }, 'a protected VM migrates with its standby following it')
      const outcome = await this.c.registry.get(view.vm).dispatch({
        kind: 'migrateOut',
        to: view.to,
        migrationId: view.id,
        mode: view.mode,
        ...(downtimeTargetMs === undefined ? {} : { downtimeTargetMs }),
        onProgress: p => { view.progress = p; view.phase = p.phase },
        ...(move === undefined
          ? {}
          : {
              protection: { standby: move.standby, intervalMs: move.intervalMs },
              atSwitchover: async proof => { await move.switchover(runningAfter, { to: view.to, epoch, ...proof }).catch(err => { log.warn({ err: describeError(err) }, 'no last checkpoint at the switchover: the standby will not carry the VM on') }) }
            })
      }, { signal })
      // The standby hears at once that the VM moved (it keeps its replica for the destination only
      // until it finds its primary silent), before the pings' gap is measured below.
      proof = { ...(outcome.handoff === undefined ? {} : { handoff: outcome.handoff }), ...(outcome.standbyGrant === undefined ? {} : { grant: outcome.standbyGrant }) }
      if (move !== undefined && outcome.outcome !== 'unknown') await this.endMove(move, outcome.outcome === 'committed' ? view.to : undefined, epoch, proof, log)
      // The report is whole once the migration shows as ended: the pings' gap first.
      const gap = outcome.outcome === 'committed' ? await pinging.gap() : undefined
      if (gap !== undefined) view.pingGapMs = round1(gap)
      Object.assign(view, { phase: outcome.outcome, rounds: outcome.rounds, pagesPerRound: outcome.pagesPerRound, bytes: outcome.bytes, totalMs: round1(outcome.totalMs) })
      if (outcome.reason !== undefined) view.reason = outcome.reason
      if (outcome.streamBytesPerSec > 0) view.streamMBps = round1(outcome.streamBytesPerSec / 1e6)
      // The connection the stream ran on; a direct one opened beside a relayed one may be a hole punch.
      const now = this.c.pathTo?.(view.to)
      const path = outcome.relayed === undefined ? now : outcome.relayed ? 'relayed' : now === 'holepunched' ? 'holepunched' : 'direct'
      Object.assign(view, path === undefined ? {} : { path }, outcome.carrier === undefined ? {} : { carrier: outcome.carrier })
      if (path === 'relayed') log.warn({ streamMBps: view.streamMBps }, 'the migration went through a relay: no direct connection to the destination')
      if (outcome.outcome === 'committed') view.downtimeMs = round1(outcome.downtimeMs)
      if (outcome.breakdown !== undefined) view.downtimeBreakdownMs = roundAll(outcome.breakdown)
      if (outcome.disk !== undefined) view.disk = { bytes: outcome.disk.bytes, resent: outcome.disk.resent, lastBlocks: outcome.disk.lastBlocks, lastMs: round1(outcome.disk.lastMs) }
      log.info({ outcome: outcome.outcome, reason: outcome.reason, totalMs: view.totalMs, downtimeMs: view.downtimeMs, pingGapMs: view.pingGapMs, bytes: outcome.bytes, rounds: outcome.rounds, breakdown: outcome.breakdown }, 'migration ended')
      if (outcome.outcome === 'unknown') await this.settle(view, log)
    } catch (err) {
      view.phase = 'aborted'
      view.reason = describeError(err)
      log.warn({ err: view.reason }, 'migration refused')
    } finally {
      pinging.stop()
      if (move !== undefined) await this.endMove(move, view.phase === 'committed' ? view.to : undefined, epoch, proof, log)
      const owner = view.phase === 'committed' ? view.to : view.phase === 'aborted' ? this.c.selfId : this.c.records.get(view.vm)?.owner
      if (protection !== undefined && owner !== undefined) resumeProtection(this.c, view.vm, owner, protection, log)
      view.totalMs ??= round1(performance.now() - started)
      view.endedAt = new Date().toISOString()
      this.inFlight.delete(view.id)
      this.recent.unshift(view)
      this.recent.length = Math.min(this.recent.length, RECENT)
      const m = this.c.metrics
      m?.migrations.inc({ outcome: view.phase, mode: view.mode })
      m?.migrationDuration.observe({ outcome: view.phase, mode: view.mode }, (view.totalMs ?? 0) / 1000)
      if (view.downtimeMs !== undefined) m?.migrationDowntime.observe({ mode: view.mode }, view.downtimeMs / 1000)
      m?.migrationBytes.inc(view.bytes)
    }
  }

  /**
   * A move that kept the VM's standby ended: committed (at `committedAt`), protection ends here and
   * the destination carries it on (its keeper protects it afresh if it cannot); otherwise
   * checkpoints go on here.
   */
  private async endMove (move: ProtectedMove, committedAt: string | undefined, epoch: number, proof: MoveProof, log: Logger): Promise<void> {
    if (this.endedMoves.has(move)) return
    this.endedMoves.add(move)
    if (committedAt === undefined) {
      move.aborted()
      return
    }
    await move.committed(committedAt, epoch, proof).catch(err => { log.warn({ err: describeError(err) }, 'ending protection here after the move failed') })
    resumeProtection(this.c, move.vmId, committedAt, { standby: move.standby, intervalMs: move.intervalMs }, log, CARRY_ON_GRACE_MS)
  }

  /**
   * Pings the VM from this peer's host port, if it is on a VNet, from now on: `gap()` stops a little
   * after the migration and gives the longest gap between replies; `stop()` stops at once.
   */
  private pingThrough (vmId: string): { gap: () => Promise<number | undefined>, stop: () => void } {
    const net = this.c.registry.peek(vmId)?.spec.net
    if (net === undefined || this.c.ping === undefined) return { gap: async () => undefined, stop: () => {} }
    const stop = new AbortController()
    const pinged = this.c.ping(net.id, net.ip, { count: Number.MAX_SAFE_INTEGER, intervalMs: PING_INTERVAL_MS, timeoutMs: 1000, payloadBytes: 56, signal: stop.signal })
      .then(r => r.longestGapMs ?? undefined, () => undefined)
    return {
      gap: async () => {
        await new Promise(resolve => setTimeout(resolve, PING_AFTER_MS))
        stop.abort()
        return await pinged
      },
      stop: () => { stop.abort() }
    }
  }

  /**
   * The handoff left but no answer came: whichever comes first of the destination's record at the
   * new epoch and the destination's own answer settles it, once. It either took the VM (the copy
   * here goes) or did not (and will refuse it from now on: the VM carries on here).
   */
  private async settle (view: MigrationView, log: Logger): Promise<void> {
    const vm = this.c.registry.get(view.vm)
    const epoch = vm.record.epoch + 1
    for (let attempt = 1; !this.stopped; attempt++) {
      const record = this.c.records.get(view.vm)
      let committed: boolean | undefined
      let how = 'its record says so'
      if (record !== undefined && record.epoch >= epoch && record.owner !== this.c.selfId) {
        committed = true
      } else {
        try {
          committed = await this.c.protocol.status(view.to, { vmId: view.vm, epoch, migrationId: view.id }, { signal: AbortSignal.timeout(10_000) })
          how = 'it said so'
        } catch (err) {
          if (attempt === 1 || attempt % 10 === 0) log.warn({ err: (err as Error).message, attempt }, 'cannot reach the destination to settle a migration yet')
          await this.recordsOrTimeout(RESOLVE_EVERY_MS)
          continue
        }
      }
      await vm.dispatch({ kind: 'settle', committed })
      view.phase = committed ? 'committed' : 'aborted'
      view.reason = committed ? `the destination took it (its answer was lost; ${how})` : `the destination did not take it: ${view.reason ?? ''}`
      log.info({ committed, attempt, how }, 'settled a migration whose outcome was unknown')
      return
    }
  }

  /** Waits until the cloud's records change (the destination's may have come) or `ms` pass. */
  private async recordsOrTimeout (ms: number): Promise<void> {
    await new Promise<void>(resolve => {
      const off = this.c.records.onChange(done)
      const timer = setTimeout(done, ms)
      function done (): void {
        off()
        clearTimeout(timer)
        resolve()
      }
    })
  }
}

const round1 = (x: number): number => Math.round(x * 10) / 10
const round2 = (x: number): number => Math.round(x * 100) / 100
const roundAll = (b: DowntimeBreakdown): DowntimeBreakdown => breakdownFrom(part => round2(b[part]))
