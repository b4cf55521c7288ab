// This peer's protected VMs, as their primary: for each, a standby on another provider (another peer
// in a one-provider cloud), chosen here, and its Protection (protection.ts): checkpoints every
// interval, each acknowledgement renewing the VM's lease. The lease is enforced in the VM's worker:
// a primary that cannot renew it stops its guest there.
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import type { Logger } from '../log.js'
import type { Metrics } from '../metrics.js'
import type { GuestInfo, Machine } from '../hypervisor/types.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import type { SignedHandoffMsg } from '../../overlay/records/handoff.js'
import type { MigratingDisk } from '../../overlay/migration/disks.js'
import { DEFAULT_INTERVAL_MS, DEFAULT_LEASE_MS, MAX_INTERVAL_MS, MIN_INTERVAL_MS, type Moved, type Votes } from '../../overlay/replication/index.js'
import { StandbyUnavailableError, VmNotFoundError, VmPhaseError, VmSpecError } from './errors.js'
import { traits } from './phases.js'
import { Placement, type PlacementPeer } from './placement.js'
import { describeError } from '../../overlay/wire/errors.js'
import { raceSignal } from '../../overlay/wire/lp-reader.js'
import { Protection } from './protection.js'
import type { Failpoint } from '../../overlay/core/failpoint.js'

/** Standbys this peer chooses, one after another, before a protection that could not start fails. */
const MAX_STANDBY_TRIES = 3
/** An ended protection whose keep vote won settles its fence within this. */
const FENCE_SETTLE_MS = 1000

export type ProtectionState = 'unprotected' | 'syncing' | 'protected' | 'failing-over'

/** `vm show --json`'s `protection`. */
export interface ProtectionView {
  state: ProtectionState
  standby?: string
  lastCheckpointAgeMs?: number
  framesHeld: number
  /** The last checkpoint the standby acknowledged. */
  epoch: number
  intervalMs: number
  reason?: string
}

/** What `vm show` needs of a protected VM: its protection, and the guest as of the last acknowledged checkpoint. */
export interface ProtectionDetail {
  view: ProtectionView
  guestAcked?: GuestInfo
}

export interface ProtectOptions {
  /** A peer id; default: a peer of another provider with room (another peer with one provider). */
  standby?: string
  intervalMs?: number
  /** Peers not to choose as the standby (a VM that failed over: its old primary). */
  except?: string[]
  /** The VM just migrated here, and `standby` kept it through the move: carry that replica on. */
  carryOn?: CarryOn
}

/** The move's handoff, and the destination's grant of the next epoch to the standby: passed on to it. */
export interface MoveProof { handoff?: SignedHandoffMsg, grant?: SignedHandoffMsg }

/** How a protected VM's protection goes through a migration that keeps its standby (replication 2.1.0). */
export interface ProtectedMove {
  vmId: string
  standby: string
  intervalMs: number
  /**
   * The switchover paused the guest: the last checkpoint, of the guest as the handoff leaves it,
   * naming the move (End.moving) so that the standby learns its outcome even if no Close follows.
   */
  switchover: (runningAfter: boolean, moving: Moved) => Promise<void>
  /** The destination took it at record epoch `epoch`: protection ends here, the standby waits for `to`. */
  committed: (to: string, epoch: number, proof: MoveProof) => Promise<void>
  /** It stays here: checkpoints go on. */
  aborted: () => void
}

/**
 * A protected VM that just migrated here: its standby holds it as the handoff left it (the previous
 * primary's last checkpoint), and migrate-in.ts seeded its checkpoints and held its output then.
 */
export interface CarryOn {
  /** The previous primary. */
  from: string
  /** The console's byte count at the handoff. */
  consoleAt: number
  /** The guest as the handoff left it: what a failover would resume. */
  guest?: GuestInfo
}

export interface ProtectionsComponents {
  libp2p: Libp2p
  privateKey: PrivateKey
  votes: Votes
  images: ImageCatalog
  /**
   * The VMs here: a record and its machine, while this peer owns it; `intend` marks in its record
   * whether it is to be kept protected (keeper.ts keeps it so, wherever it goes).
   */
  vms: { peek: (id: string) => VmRecordData | undefined, machine: (id: string) => Machine | undefined, disks: (record: VmRecordData) => MigratingDisk[], intend?: (id: string, protection: { intervalMs: number } | undefined) => Promise<void> }
  peers: () => Array<PlacementPeer & { self: boolean }>
  metrics?: Metrics
  /** Fault injection (REPLICATION_FAILPOINTS). */
  failpoint?: Failpoint
  log: Logger
  selfId: string
}

export class Protections {
  private readonly vms = new Map<string, Protection>()
  private halted = false
  /** VMs whose ended protection still waits for a keep vote against its standby (protection.ts end()). */
  private readonly fencing = new Map<string, Promise<void>>()

  constructor (private readonly c: ProtectionsComponents) {}

  /** Starts protecting VM `id`; resolves once its standby accepted (state `syncing`). */
  async protect (id: string, options: ProtectOptions = {}): Promise<ProtectionView> {
    const record = this.c.vms.peek(id)
    if (record === undefined) throw new VmNotFoundError(`no VM ${id} on this peer`)
    if (!traits(record.phase).protectable) throw new VmPhaseError(`cannot protect vm ${record.spec.name}: it is ${record.phase}; protect needs it running or paused`)
    if (this.vms.has(id)) throw new VmPhaseError(`vm ${record.spec.name} is protected already (unprotect it first to change its standby)`)
    if (this.fencing.has(id)) throw new VmPhaseError(`vm ${record.spec.name} waits for a majority to vote it stays here: its last standby did not confirm it dropped its replica`)
    if (this.halted) throw new VmPhaseError(`vm ${record.spec.name}: this peer is stopping`)
    const members = this.c.votes.electorate().length
    if (members < 3) throw new VmSpecError(`a failover needs a majority of the members besides the failed primary: with ${members} member${members === 1 ? '' : 's'} in the cloud it needs a third member`)
    const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS
    if (!(intervalMs >= MIN_INTERVAL_MS && intervalMs <= MAX_INTERVAL_MS)) throw new VmSpecError(`checkpoint interval ${intervalMs} ms: between ${MIN_INTERVAL_MS} and ${MAX_INTERVAL_MS}`)
    // Chosen before the intent is recorded: with no peer to stand by, nothing is asked for.
    let standby = options.standby ?? this.chooseStandby(record, options.except ?? [])
    if (standby === this.c.selfId) throw new VmSpecError('the standby must be another peer')
    // The intent first: the record the standby gets says so, and a failover keeps it protected.
    const intended = record.spec.protection !== undefined
    await this.c.vms.intend?.(id, { intervalMs })
    // A standby this peer chose that does not open (cut off, refusing, gone) gives way to the next
    // one: a VM waiting for a standby is one copy, lost with this peer. A named one is tried alone.
    const failed: Array<{ standby: string, why: string }> = []
    for (;;) {
      try {
        return await this.begin(record, standby, intervalMs, options.carryOn)
      } catch (err) {
        failed.push({ standby, why: describeError(err) })
        const now = this.c.vms.peek(id)
        // Not the standby's doing (a standby asked for; the VM gone, changed or protected meanwhile; this peer stopping): as it came.
        const asItCame = options.standby !== undefined || now === undefined || !traits(now.phase).protectable || this.vms.has(id) || this.halted
        const next = asItCame || failed.length >= MAX_STANDBY_TRIES ? undefined : this.choosable(now, [...(options.except ?? []), ...failed.map(f => f.standby)])
        if (next === undefined) {
          if (!intended) await this.c.vms.intend?.(id, undefined).catch(() => {})
          if (asItCame) throw err
          throw new StandbyUnavailableError(`no standby opened for vm ${record.spec.name}: ${failed.map(f => `peer ${f.standby}: ${f.why}`).join('; ')}`)
        }
        this.c.log.warn({ vm: id, standby, next, err: describeError(err) }, 'the standby chosen did not open: trying another')
        standby = next
      }
    }
  }

  /** Opens `standby` for VM `record` (its first copy follows); the protection is this peer's once it did. */
  private async begin (record: VmRecordData, standby: string, intervalMs: number, carryOn?: CarryOn): Promise<ProtectionView> {
    const id = record.id
    const p = new Protection(this.c, id, intervalMs, DEFAULT_LEASE_MS, standby, (r, except) => this.chooseStandby(r, except))
    this.vms.set(id, p)
    try {
      await p.begin(carryOn)
    } catch (err) {
      this.vms.delete(id)
      await p.end('its standby refused')
      throw err
    }
    void p.done.finally(() => { if (this.vms.get(id) === p) this.vms.delete(id) })
    return p.view()
  }

  /** Ends VM `id`'s protection and its record's intent: nothing protects it again until asked. */
  async unprotect (id: string): Promise<void> {
    if (this.c.vms.peek(id) === undefined) throw new VmNotFoundError(`no VM ${id} on this peer`)
    await this.c.vms.intend?.(id, undefined)
    await this.end(id, 'unprotected')
  }

  /** Ends VM `id`'s protection here, its intent kept; fenced (protect refused) until no standby of it can take over. */
  private async end (id: string, reason: string): Promise<void> {
    const p = this.vms.get(id)
    if (p === undefined) return
    this.vms.delete(id)
    const ending = p.end(reason)
    // Settled only once it is out of `fencing`: awaiting it, protect() may start at once.
    const fenced: Promise<void> = ending.then(async () => { await p.fenced }).finally(() => { if (this.fencing.get(id) === fenced) this.fencing.delete(id) })
    this.fencing.set(id, fenced)
    fenced.catch(() => {})
    await ending
  }

  isProtected (id: string): boolean {
    return this.vms.has(id)
  }

  /**
   * A migration of VM `id` starts, and its standby keeps it through the move: checkpoints go on
   * through pre-copy, the switchover takes the last, and the destination carries protection on.
   * Undefined when unprotected, or when the standby cannot (pauseForMove then).
   */
  moving (id: string): ProtectedMove | undefined {
    const p = this.vms.get(id)
    if (p === undefined || !p.carriesOn) return undefined
    return {
      vmId: id,
      standby: p.standbyId,
      intervalMs: p.intervalMs,
      switchover: async (runningAfter, moving) => { await p.switchover(runningAfter, moving) },
      committed: async (to, epoch, proof) => {
        if (this.vms.get(id) === p) this.vms.delete(id)
        await p.moved({ to, epoch, ...proof })
      },
      aborted: () => { p.moveAborted() }
    }
  }

  /**
   * A move onto the VM's own standby. Protection moves first to another standby, which then follows
   * the VM through the move: that one takes a first copy before the old one drops its replica
   * (Protection.standbyAway); with a member of votes 1.0.0, after (a kill in between loses the VM).
   * With no other peer to stand by, the move is refused (VmPhaseError): the VM would be one copy at
   * its old standby from the commit until a new standby held it, and a kill of that peer then lost
   * it (chaos --protect did). Where it is, its standby holds it. Undefined when another standby
   * will not take it in time: the move goes unprotected.
   */
  async standbyElsewhere (id: string, except: string[], signal: AbortSignal): Promise<ProtectedMove | undefined> {
    const p = this.vms.get(id)
    const record = this.c.vms.peek(id)
    if (p === undefined || record === undefined) return undefined
    const { intervalMs, standbyId } = p
    if (!this.canChoose(record, [...except, standbyId])) {
      throw new VmPhaseError(`vm ${record.spec.name} is protected, and no peer but its standby can hold its replica: moved onto that standby it would be one copy, lost with that peer; unprotect it first, or move it once another peer can stand by`)
    }
    // Given up on (a vote without end, say), it goes on: the move's pause ends it.
    const away = await raceSignal(p.standbyAway([...except, standbyId]), signal).catch((err: unknown) => err)
    if (away === 'moved') return this.moving(id)
    if (away !== 'unsupported') {
      this.c.log.warn({ vm: id, standby: standbyId, err: typeof away === 'string' ? undefined : describeError(away) }, 'no other standby took a copy of a VM moving onto its own: it moves unprotected')
      return undefined
    }
    try {
      await this.end(id, 'the VM moves onto this standby: another takes over protection first')
      // A standby that did not confirm it dropped its replica fences the VM until a keep vote.
      await raceSignal(this.fencing.get(id) ?? Promise.resolve(), signal)
      await this.protect(id, { intervalMs, except: [...except, standbyId] })
      const next = this.vms.get(id)
      if (next === undefined) return undefined
      await raceSignal(next.holding, signal)
      return this.moving(id)
    } catch (err) {
      this.c.log.warn({ vm: id, err: describeError(err) }, 'no other standby for a VM moving onto its own: it moves unprotected')
      return undefined
    }
  }

  /**
   * A migration moves the VM: its protection ends here; what it was, to resume with where it lands.
   * A standby cut off before it confirmed it dropped its replica (this end's, or an earlier one's:
   * unprotect, a move onto the standby) may still take the VM over: no move, whose destination would
   * run it too, until a majority voted to keep it here.
   */
  async pauseForMove (id: string): Promise<{ standby: string, intervalMs: number } | undefined> {
    const p = this.vms.get(id)
    // Ended now, it would drop the new standby's copy: the lost one's, which the vote may void, left alone.
    if (p?.keeping === true) throw new VmPhaseError(`vm ${this.c.vms.peek(id)?.spec.name ?? id} waits for a majority to vote it stays here (its standby was lost, and may take it over): it does not move until then`)
    const was = p === undefined ? undefined : { standby: p.standbyId, intervalMs: p.intervalMs }
    if (p !== undefined) await this.end(id, 'unprotected for a move')
    const fence = this.fencing.get(id)
    if (fence !== undefined && !await raceSignal(fence, AbortSignal.timeout(FENCE_SETTLE_MS)).then(() => true, () => false)) {
      throw new VmPhaseError(`vm ${this.c.vms.peek(id)?.spec.name ?? id} waits for a majority to vote it stays here (a standby that was cut off may take it over): it does not move until then`)
    }
    return was
  }

  detail (id: string): ProtectionDetail | undefined {
    return this.vms.get(id)?.detail()
  }

  /** The daemon stops: streams are cut without a word, so the standbys fail over if the VMs die with it. */
  stop (): void {
    this.halted = true
    for (const p of this.vms.values()) p.abandon()
    this.vms.clear()
  }

  /** The daemon stopped: nothing is protected here any more. */
  get stopped (): boolean {
    return this.halted
  }

  private canChoose (record: VmRecordData, except: string[]): boolean {
    return this.choosable(record, except) !== undefined
  }

  /** The standby chooseStandby would pick, or undefined where it finds none. */
  private choosable (record: VmRecordData, except: string[]): string | undefined {
    try {
      return this.chooseStandby(record, except)
    } catch {
      return undefined
    }
  }

  private chooseStandby (record: VmRecordData, except: string[]): string {
    const peers = this.c.peers()
    const self = peers.find(p => p.self)
    const others = peers.filter(p => !p.self)
    const otherProvider = others.filter(p => p.provider !== self?.provider)
    const placement = new Placement(others)
    const skip = [this.c.selfId, ...except]
    // The replica's disks take their sizes from the standby's disk budget.
    const diskBytes = this.c.vms.disks(record).reduce((sum, d) => sum + d.record.sizeBytes, 0)
    if (otherProvider.some(p => p.state === 'alive' && p.schedulable && !skip.includes(p.id))) {
      try {
        return new Placement(otherProvider).place(record.spec.memoryBytes, { except: skip, diskBytes })
      } catch {
        // None of them has room: any other peer will do.
      }
    }
    return placement.place(record.spec.memoryBytes, { except: skip, diskBytes })
  }
}
