// The run's migrations: which VM goes where (among those the checker sees running on one peer,
// and peers up and not held by a fault), started at the source and followed there to the end.
// Outcomes are counted for the report; the checker never reads them.
import { describeError } from '../../overlay/wire/errors.js'
import type { MigrationView } from '../../node/vms/migrate-out.js'
import type { Checker } from './checker.js'
import type { PeerFaults } from './peer-faults.js'
import type { Timeline } from './timeline.js'
import type { ChaosReport, Layout, MoveRecord } from './types.js'
import { atMost, sleep } from './wait.js'

export interface MigratorComponents {
  checker: Checker
  peers: PeerFaults
  timeline: Timeline
  layout: Layout
  /** Peers no new migration may touch now (down, or held by an abort). */
  unavailable: () => ReadonlySet<number>
}

export interface Move { vm: { id: string, name: string }, from: number, to: number }

export type MoveOutcome = 'committed' | 'aborted' | 'interrupted' | 'refused'

/** A VM rests this long between its migrations, so the checker sees every copy more than once. */
const REST_MS = 1_000
/**
 * A protected VM whose peer refused to migrate it (a build where protection and migration exclude
 * each other) is asked again after this, so the plan's migrations go to VMs that can move.
 */
const REFUSED_PROTECTED_REST_MS = 20_000
/** A migration whose outcome waits for a dead or cut-off destination settles once it is back; this bounds it. */
const FOLLOW_TIMEOUT_MS = 120_000
const POLL_MS = 250
const MAX_MOVES_KEPT = 10_000

export class Migrator {
  readonly counts: ChaosReport['migrations'] = { attempted: 0, committed: 0, aborted: 0, interrupted: 0, refused: 0, skipped: 0, refusedProtected: 0 }
  readonly downtimesMs: number[] = []
  /** Refusals by reason (ids left out), for the report. */
  readonly refusedWhy: Record<string, number> = {}
  /** Every move followed, for the report's timeline (a run of 5 minutes at 80 a minute has 400). */
  readonly moves: MoveRecord[] = []
  private readonly moving = new Map<string, Move>()
  private readonly restUntil = new Map<string, number>()
  private readonly following = new Set<Promise<MoveOutcome>>()
  private readonly stopping = new AbortController()

  constructor (private readonly c: MigratorComponents) {}

  /**
   * A move for random numbers `pick` and `target`: a VM free to move, and a peer of the same
   * provider (`within`) or another (`across`), the other kind when there is none.
   */
  choose (pick: number, target: number, scope: 'within' | 'across'): Move | undefined {
    const down = this.c.unavailable()
    const now = Date.now()
    const candidates = this.c.checker.tracked().flatMap(vm => {
      const from = this.c.checker.holder(vm.id)
      if (from === undefined || down.has(from) || this.moving.has(vm.id) || (this.restUntil.get(vm.id) ?? 0) > now) return []
      return [{ vm, from }]
    }).sort((a, b) => a.vm.id.localeCompare(b.vm.id))
    const chosen = candidates[pick % Math.max(candidates.length, 1)]
    if (chosen === undefined) return undefined
    const provider = this.c.layout.peers.find(p => p.index === chosen.from)?.provider
    const free = this.c.layout.peers.filter(p => p.index !== chosen.from && !down.has(p.index) && this.c.peers.running(p.index))
    const within = free.filter(p => p.provider === provider)
    const across = free.filter(p => p.provider !== provider)
    const pool = scope === 'within' ? (within.length > 0 ? within : across) : (across.length > 0 ? across : within)
    const to = pool[target % Math.max(pool.length, 1)]
    return to === undefined ? undefined : { vm: chosen.vm, from: chosen.from, to: to.index }
  }

  /** Whether a migration from or to `peer` is being followed. */
  involves (peer: number): boolean {
    return [...this.moving.values()].some(m => m.from === peer || m.to === peer)
  }

  /**
   * Starts a planned migration once a VM and a peer are free, waiting up to `waitMs` (a VM rests
   * after each move, and faults hold peers); counted as skipped when none is.
   */
  async startWhenFree (pick: number, target: number, scope: 'within' | 'across', waitMs: number, signal: AbortSignal): Promise<void> {
    const deadline = Date.now() + waitMs
    for (;;) {
      const move = this.choose(pick, target, scope)
      if (move !== undefined) {
        await this.run(move)
        return
      }
      if (Date.now() >= deadline || signal.aborted) {
        this.counts.skipped++
        return
      }
      await sleep(100, signal).catch(() => {})
    }
  }

  /** Starts `move` and follows it; resolves with its outcome (and counts it). */
  async run (move: Move, signal?: AbortSignal): Promise<MoveOutcome> {
    const follow = this.follow(move, signal)
    this.following.add(follow)
    try {
      return await follow
    } finally {
      this.following.delete(follow)
    }
  }

  /** Waits for the migrations being followed, at most `timeoutMs`; those left are no longer followed (interrupted). */
  async drain (timeoutMs: number): Promise<void> {
    await atMost(Promise.allSettled([...this.following]), timeoutMs)
    this.stopping.abort()
    await Promise.allSettled([...this.following])
  }

  private async follow (move: Move, signal?: AbortSignal): Promise<MoveOutcome> {
    const { vm, from, to } = move
    const tl = this.c.timeline
    this.moving.set(vm.id, move)
    this.c.checker.migrationStarted(vm.id, from, to)
    tl.add(vm.id, `the run asks peer ${from} to migrate it to peer ${to}`)
    let outcome: MoveOutcome = 'interrupted'
    let restMs = REST_MS
    let downtimeMs: number | undefined
    const startMs = tl.now()
    try {
      const sourcePid = this.c.peers.peer(from).pid
      let view: MigrationView
      try {
        view = await this.c.peers.client(from).request<MigrationView>('POST', `/v1/vms/${vm.id}/migrate`, { to: this.c.peers.peer(to).id }, { signal })
      } catch (err) {
        outcome = 'refused'
        const why = describeError(err)
        const key = why.replace(/\b(vm-[0-9a-f]+|12D3Koo\w+|mig-[0-9a-f]+)\b/g, '…').slice(0, 120)
        this.refusedWhy[key] = (this.refusedWhy[key] ?? 0) + 1
        // Expected where protected VMs do not migrate: not a fault of the run, and not a violation.
        if (this.c.checker.isProtected(vm.id) && /protected/i.test(why)) {
          this.counts.refusedProtected++
          restMs = REFUSED_PROTECTED_REST_MS
        }
        tl.add(vm.id, `migration refused: ${why}`)
        return outcome
      }
      this.counts.attempted++
      const deadline = Date.now() + FOLLOW_TIMEOUT_MS
      // Followed at the source: its answer is the one that decides; a dead source is an interruption.
      while (Date.now() < deadline && !this.stopping.signal.aborted) {
        if (this.c.peers.peer(from).pid !== sourcePid || !this.c.peers.running(from)) break
        const now = await this.c.peers.client(from).request<MigrationView>('GET', `/v1/migrations/${view.id}`).catch(() => undefined)
        if (now?.phase === 'committed' || now?.phase === 'aborted') {
          outcome = now.phase
          if (now.phase === 'committed' && now.downtimeMs !== undefined) this.downtimesMs.push(downtimeMs = now.downtimeMs)
          tl.add(vm.id, `migration ${view.id} ${now.phase}${now.reason === undefined ? '' : `: ${now.reason}`}${now.downtimeMs === undefined ? '' : ` (downtime ${now.downtimeMs} ms)`}`)
          break
        }
        await sleep(POLL_MS, this.stopping.signal).catch(() => {})
      }
      if (outcome === 'interrupted') tl.add(vm.id, `migration ${view.id}: no outcome from its source (it died, or the outcome did not settle)`)
      return outcome
    } finally {
      this.counts[outcome]++
      if (this.moves.length < MAX_MOVES_KEPT) this.moves.push({ vm: vm.id, name: vm.name, from, to, startMs, endMs: tl.now(), outcome, ...(downtimeMs === undefined ? {} : { downtimeMs }) })
      this.moving.delete(vm.id)
      this.restUntil.set(vm.id, Date.now() + restMs)
      this.c.checker.migrationEnded(vm.id)
    }
  }
}
