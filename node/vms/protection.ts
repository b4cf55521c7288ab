// One protected VM, as its primary: a standby, and a loop that takes a checkpoint every interval
// (the guest paused for the scan and its devices only), sends it, and renews the VM's lease with
// each acknowledgement (protect.ts keeps them, one per protected VM here). A standby lost: another
// takes a first copy while the guest stays fenced, and the VM runs on once a majority voted `keep`.
import type { GuestInfo, Machine } from '../hypervisor/types.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import { ReplicationSender, StandbyReleasedError, type Moved, type Tally } from '../../overlay/replication/index.js'
import { describeError } from '../../overlay/wire/errors.js'
import { aborted, sleep } from '../../overlay/core/abort.js'
import { keepUntilWon, type AtLarge } from './keep-vote.js'
import { countCheckpoint, sendCheckpoint, wallNow } from './checkpoint-epoch.js'
import { VmNotFoundError, VmPhaseError } from './errors.js'
import { traits } from './phases.js'
import type { CarryOn, ProtectionDetail, ProtectionsComponents, ProtectionState, ProtectionView } from './protect.js'

/** The first epoch carries all of RAM: it may take this long. */
const FIRST_EPOCH_MS = 60_000
/** An Open, or a new standby's first copy, while the guest is stopped at its lease (a standby lost, a carry-on): this long at most. */
const FENCED_FIRST_EPOCH_MS = 5000
/** An unconfirmed end waits this long for its keep vote before it returns (the vote goes on after). */
const KEEP_AFTER_END_MS = 5000
/** No standby to be had: looked for again this often. */
const STANDBY_RETRY_MS = 2000
/** Of those tries, the first and every this many are logged (about a minute apart). */
const STANDBY_RETRIES_LOGGED = 30

export class Protection {
  state: ProtectionState = 'syncing'
  private sender: ReplicationSender | undefined
  private stopped = false
  private acked = 0
  /** A standby lost without confirming it dropped its replica, and no keep vote won against it since: it may still take over. */
  private atLarge: AtLarge | undefined
  private consoleAt = 0 // the console's byte count as of the last acknowledged epoch
  private lastAckAt: number | undefined
  private guestAcked: GuestInfo | undefined
  private reason: string | undefined
  private grantEpoch = 0 // the record's epoch the standby's grant follows
  private readonly stop = new AbortController()
  done: Promise<void> = Promise.resolve()
  /** A move's switchover holds the loop's checkpoints until the move ends. */
  private moving: { resume: () => void, resumed: Promise<void> } | undefined
  /** The loop's checkpoint under way, if any (settled, never rejected). */
  private turn: Promise<void> = Promise.resolve()
  /** The stream whose last epoch is the VM as a switchover left it: the one the standby keeps through the move. */
  private handedOff: ReplicationSender | undefined
  private protectedNow = (): void => {}
  /** Resolves once a standby holds a whole state of the VM (`protected`). */
  readonly holding = new Promise<void>(resolve => { this.protectedNow = resolve })

  constructor (
    private readonly c: ProtectionsComponents,
    private readonly id: string,
    readonly intervalMs: number,
    private readonly leaseMs: number,
    private standby: string,
    private readonly choose: (record: VmRecordData, except: string[]) => string
  ) {}

  /** Opens the first standby (or carries one on after a move); the loop then runs until unprotected or the VM is gone. */
  async begin (carry?: CarryOn): Promise<void> {
    if (carry === undefined) await this.openStandby()
    else await this.carryOn(carry)
    this.done = this.loop()
  }

  get standbyId (): string { return this.standby }

  /** The standby keeps its replica through a move (replication 2.1.0). */
  get carriesOn (): boolean {
    return this.sender?.carriesOn === true && this.acked > 0 && !this.stopped && this.atLarge === undefined
  }

  /**
   * A move's switchover paused the guest: no checkpoint from the loop until the move ends, and one last
   * of the guest as the handoff leaves it. `runningAfter`: the VM runs on after the move (the standby would run it).
   */
  async switchover (runningAfter: boolean, moving: Moved): Promise<void> {
    let resume = (): void => {}
    const resumed = new Promise<void>(resolve => { resume = resolve })
    this.moving = { resume, resumed }
    await this.turn
    const sender = this.sender
    if (this.stopped || sender === undefined || this.acked === 0) throw new VmPhaseError(`vm ${this.id} has no standby holding a checkpoint: it moves without one`)
    await this.checkpointOnce({ runningAnyway: runningAfter, moving })
    this.handedOff = sender
  }

  /** The move did not happen: checkpoints go on. */
  moveAborted (): void {
    const moving = this.moving
    this.moving = undefined
    moving?.resume()
  }

  /**
   * The move committed at `moved.to`, record epoch `moved.epoch`: the standby keeps the switchover's
   * checkpoint for it to carry on or to fail over from (with the move's handoff and grant), or drops it.
   */
  async moved (moved: Moved): Promise<void> {
    this.stopped = true
    this.stop.abort()
    const sender = this.sender
    this.sender = undefined
    await sender?.close('the VM migrated', sender === this.handedOff ? moved : undefined)
    this.moveAborted()
    await this.done.catch(() => {})
  }

  view (): ProtectionView {
    const framesHeld = this.c.vms.machine(this.id)?.nic.framesHeld ?? 0
    const age = this.lastAckAt === undefined ? {} : { lastCheckpointAgeMs: Math.round(performance.now() - this.lastAckAt) }
    return { state: this.state, standby: this.standby, ...age, framesHeld, epoch: this.acked, intervalMs: this.intervalMs, ...(this.reason === undefined ? {} : { reason: this.reason }) }
  }

  detail (): ProtectionDetail { return { view: this.view(), ...(this.guestAcked === undefined ? {} : { guestAcked: this.guestAcked }) } }

  /**
   * Ends protection here. A standby that did not confirm it dropped its replica (cut off, say) may still
   * use its grant: the guest stays fenced until a majority votes `keep` against it (`fenced`: under way).
   */
  async end (reason: string): Promise<void> {
    this.stopped = true
    this.stop.abort()
    this.moveAborted()
    // The loop's checkpoint under way ends first: a Close sent in the middle of an epoch is a
    // malformed stream to the standby, which then keeps its replica (and the close goes unconfirmed).
    await this.done.catch(() => {})
    const sender = this.sender
    this.sender = undefined
    // The standby now, unless it confirms it dropped its replica; and one lost before this end, not yet voted out.
    const confirmed = sender === undefined || await sender.close(reason)
    const against = [...(this.atLarge === undefined ? [] : [this.atLarge]), ...(confirmed || this.acked === 0 ? [] : [{ standby: this.standby, epoch: this.grantEpoch }])]
    if (against.length === 0) return await this.unfence(true)
    this.c.log.warn({ vm: this.id, standbys: against.map(a => a.standby) }, 'a standby did not confirm it dropped its replica: the guest stays fenced until a majority votes to keep it here')
    this.fenced = (async () => {
      if (await keepUntilWon(this.c, this.id, against, { gone: () => this.c.vms.peek(this.id) === undefined })) await this.unfence(true)
    })()
    await Promise.race([this.fenced, new Promise(resolve => setTimeout(resolve, KEEP_AFTER_END_MS))])
  }

  /** Resolves once no standby of this protection can take the VM over (a keep vote after an unconfirmed end). */
  fenced: Promise<void> = Promise.resolve()
  abandon (): void {
    this.stopped = true
    this.stop.abort()
    this.sender?.abort('the peer is stopping')
  }

  /** `fenced`: the lost standby may still take the VM over, so the guest stays stopped at its lease. */
  private async openStandby (fenced = false): Promise<void> {
    const record = this.c.vms.peek(this.id)
    const machine = this.c.vms.machine(this.id)
    if (record === undefined || machine === undefined) throw new VmNotFoundError(`vm ${this.id} is gone from this peer`)
    // No lease while the standby holds no epoch: it never takes over before it has a whole one, and
    // the first (the whole RAM, which may take seconds to send) sets the lease only as it ends (below).
    // Fenced, the lost one's last epoch stays what a failover would run: the lease and `guest` stay.
    if (!fenced) {
      await machine.setLease(undefined)
      this.guestAcked = undefined
    }
    // A new standby starts from all-zero RAM: the tracker starts again, so the first checkpoint has
    // every non-zero page (one that kept it sent only the changes since the last standby's last epoch).
    await machine.stopCheckpoints()
    // Output commit: what the guest sends from now on leaves once the standby has the checkpoint after it.
    machine.nic.hold()
    this.grantEpoch = record.epoch
    this.acked = 0
    this.state = 'syncing'
    this.sender = await this.dial(record, machine, fenced ? this.fencedFor() : this.stop.signal)
    this.c.log.info({ vm: this.id, standby: this.standby, intervalMs: this.intervalMs }, 'protecting a VM')
  }

  private fencedFor (): AbortSignal { return AbortSignal.any([this.stop.signal, AbortSignal.timeout(FENCED_FIRST_EPOCH_MS)]) }

  /** The standby's stream, its Open sent and accepted; `continues`: it carries on that peer's replica. */
  private async dial (record: VmRecordData, machine: Machine, signal: AbortSignal, continues?: string): Promise<ReplicationSender> {
    return await ReplicationSender.open(this.c, this.standby, record, { vgaMemoryBytes: this.c.images.get(record.spec.image).vgaMemoryBytes, acpi: machine.acpi, intervalMs: this.intervalMs, leaseMs: this.leaseMs, disks: this.c.vms.disks(record), ...(continues === undefined ? {} : { continues: { from: continues } }), signal })
  }

  /**
   * After a move: the standby carries on the replica the previous primary left it (the handoff's state),
   * under this peer's grant. The guest stops a lease from now unless acknowledgements renew it.
   */
  private async carryOn (carry: CarryOn): Promise<void> {
    const record = this.c.vms.peek(this.id)
    const machine = this.c.vms.machine(this.id)
    if (record === undefined || machine === undefined) throw new VmNotFoundError(`vm ${this.id} is gone from this peer`)
    this.grantEpoch = record.epoch
    this.state = 'syncing'
    machine.nic.hold()
    await machine.setLease(wallNow() + this.leaseMs)
    // The guest as the handoff left it: what a failover from the standby would resume.
    this.guestAcked = carry.guest
    try {
      this.sender = await this.dial(record, machine, this.fencedFor(), carry.from)
    } catch (err) {
      // The standby may hold this peer's grant of the next epoch (migration's Accept): handled as a
      // standby lost. Protected again by another only if it holds a copy by the keep vote (else afresh).
      if (await this.fenceAndKeep() !== 'armed') throw err
      return
    }
    // The standby holds a whole state of the VM: a first checkpoint here is not a full one.
    this.acked = 1
    this.consoleAt = carry.consoleAt
    this.lastAckAt = performance.now()
    this.state = 'protected'
    this.protectedNow()
    this.c.log.info({ vm: this.id, standby: this.standby, from: carry.from }, 'protection carried on after a move: the standby kept the VM through it')
  }

  private async loop (): Promise<void> {
    while (!this.stopped) {
      try {
        await this.checkpoints()
        return
      } catch (err) {
        if (this.stopped) return
        if (this.c.vms.peek(this.id) === undefined) { // destroyed, superseded under a checkpoint
          this.stopped = true
          await this.sender?.close('the VM is gone here')
          return
        }
        this.reason = `standby ${this.standby} lost: ${describeError(err)}`
        this.c.log.warn({ vm: this.id, standby: this.standby, err: describeError(err) }, 'lost the standby of a protected VM')
        this.sender?.abort('lost')
        this.sender = undefined
        // Released (it drains or leaves): it dropped its replica first, and takes none again.
        const released = err instanceof StandbyReleasedError
        const outcome = released ? 'kept' : await this.fenceAndKeep()
        if (outcome === 'gone') return
        if (released) await this.unfence()
        if (outcome === 'kept') await this.replaceStandby(released)
      }
    }
  }

  /**
   * The standby is lost, and may take the VM over with its grants: the guest stays fenced until a
   * majority votes keep against them, and meanwhile a new standby takes a first copy, should this
   * peer die first. `armed`: it has (its next checkpoint renews the lease, releases the output);
   * `kept`: none has, and the guest runs unprotected; `gone`: the lost one took the VM over.
   */
  private async fenceAndKeep (): Promise<'armed' | 'kept' | 'gone'> {
    const lost = this.standby
    this.atLarge = { standby: lost, epoch: this.grantEpoch }
    const armed = await this.replaceFenced()
    if (!await this.keep()) { // (an end under way closes the new one itself)
      if (this.c.vms.peek(this.id) === undefined) await this.sender?.close('the VM failed over elsewhere')
      return 'gone'
    }
    await this.c.failpoint?.('replication.primary.after-keep')
    if (armed && this.sender !== undefined) {
      this.c.log.info({ vm: this.id, old: lost, standby: this.standby }, 'a majority voted to keep the VM here: its new standby holds it already')
      return 'armed'
    }
    await this.unfence()
    this.c.log.info({ vm: this.id, standby: lost }, 'a majority voted to keep the VM here: it runs unprotected until a new standby has it')
    return 'kept'
  }

  /** Checkpoints until unprotected or the VM leaves this peer; held while a move's switchover runs. */
  private async checkpoints (): Promise<void> {
    for (;;) {
      if (this.moving !== undefined) await Promise.race([this.moving.resumed, aborted(this.stop.signal)])
      const record = this.c.vms.peek(this.id)
      if (this.stopped) return
      // A migrating VM's guest runs through pre-copy: its checkpoints go on (their tracker is their own).
      if (record === undefined || !traits(record.phase).staysProtected) {
        this.stopped = true
        await this.sender?.close(`the VM is ${record?.phase ?? 'gone'} here`)
        return
      }
      const t0 = performance.now()
      // Set in the same turn as the check above: a switchover waits for this one, then holds the next.
      const turn = this.checkpointOnce()
      this.turn = turn.catch(() => {})
      await turn
      const wait = this.intervalMs - (performance.now() - t0)
      if (wait > 0) await sleep(wait, this.stop.signal)
    }
  }

  /**
   * One checkpoint, sent and acknowledged: its frames and disk flushes released, the lease renewed.
   * `fenced` (a new standby's first while the lost one may take over): none of that.
   */
  private async checkpointOnce (options: { runningAnyway?: boolean, moving?: Moved, fenced?: boolean } = {}): Promise<void> {
    const machine = this.c.vms.machine(this.id)
    const sender = this.sender
    if (machine === undefined) throw new VmNotFoundError(`vm ${this.id} is gone from this peer`)
    if (sender === undefined) throw new VmPhaseError('no standby')
    const first = this.acked === 0
    const fenced = options.fenced === true
    const { cp, sent, mark, consoleAt, leaseFrom } = await sendCheckpoint(machine, sender, {
      first,
      consoleAt: this.consoleAt,
      ackWithinMs: first ? (fenced ? FENCED_FIRST_EPOCH_MS : FIRST_EPOCH_MS) : this.leaseMs,
      ...(fenced ? {} : { leaseMs: this.leaseMs }),
      runningAnyway: options.runningAnyway === true,
      ...(options.moving === undefined ? {} : { moving: options.moving })
    })
    this.acked = sent.epoch
    this.consoleAt = consoleAt
    if (fenced) return
    await machine.setLease(leaseFrom + this.leaseMs)
    // Output commit: the frames and the disk flushes of the epoch go once the standby holds it.
    machine.nic.release(mark)
    if (cp.disk !== undefined) await machine.diskDurable(cp.disk.seq)
    this.lastAckAt = performance.now()
    this.guestAcked = cp.guest
    this.reason = undefined
    this.state = 'protected'
    this.protectedNow()
    if (this.c.metrics !== undefined) countCheckpoint(this.c.metrics, cp, sent)
  }

  /**
   * The lost standby (`atLarge`) may still use its grants: the guest, stopped by its lease, runs on only
   * once a majority voted `keep` against them. False once the VM is gone (it took it over) or protection ends.
   */
  private async keep (): Promise<boolean> {
    const against = this.atLarge
    if (against === undefined) return true
    this.state = 'syncing'
    // Members that voted `takeover` may yet be freed by the standby (it withdraws on finding this peer alive).
    const refused = (t: Tally): void => { this.reason = `fenced: its lease ran out and no majority confirms the standby will not take over (${t.granted}/${t.needed})` }
    const won = await keepUntilWon(this.c, this.id, [against], { gone: () => this.c.vms.peek(this.id) === undefined, signal: this.stop.signal, refused })
    if (won) this.atLarge = undefined
    else if (this.c.vms.peek(this.id) === undefined) this.stopped = true
    return won
  }

  /**
   * A new standby's first copy while the lost one may still take the VM over: the guest fenced,
   * nothing released, `guest` still the lost one's last epoch. Should this peer die before the keep
   * vote, one of the two runs the VM: members give one standby of an epoch their takeover (votes
   * 1.1.0; with an older member, not tried). True once the new standby holds the copy.
   */
  private async replaceFenced (): Promise<boolean> {
    const record = this.c.vms.peek(this.id)
    const old = this.standby
    if (record === undefined || !await this.c.votes.everyMemberSpeaksCurrent()) return false
    const tried = [old]
    let why: unknown
    // Two tries: a peer cut off with the lost standby (a partition) fails fast, and the next may not be.
    for (let i = 0; i < 2 && !this.stopped; i++) {
      try {
        this.standby = this.choose(record, tried)
        tried.push(this.standby)
        await this.openStandby(true)
        await this.checkpointOnce({ fenced: true })
        this.c.log.info({ vm: this.id, old, standby: this.standby }, 'a new standby holds a first copy of a VM whose standby was lost, before that one is voted out')
        return true
      } catch (err) {
        why = err
        this.sender?.abort('no first copy')
        this.sender = undefined
        this.acked = 0
      }
    }
    this.standby = old
    this.c.log.warn({ vm: this.id, tried: tried.slice(1), err: describeError(why) }, 'no new standby took a first copy while the lost one may take over')
    return false
  }

  /**
   * No standby can take the VM over: it runs on, its output and flushes released, until a new one
   * has it. `ended`: protection ended here, and the checkpoints' page tracker (a copy of RAM) goes too.
   */
  private async unfence (ended = false): Promise<void> {
    const machine = this.c.vms.machine(this.id)
    this.atLarge = undefined
    await machine?.setLease(undefined).catch(() => false)
    machine?.nic.unhold()
    await machine?.diskDurable(undefined).catch(() => {})
    if (ended) await machine?.stopCheckpoints().catch(() => {})
  }

  /** Another peer first, the old one again once none other will do (a healed partition); `released` (it drains or leaves): never it. */
  private async replaceStandby (released: boolean): Promise<void> {
    const old = this.standby
    for (let attempt = 1; !this.stopped; attempt++) {
      const record = this.c.vms.peek(this.id)
      if (record === undefined) return
      try {
        this.standby = this.choose(record, attempt === 1 || released ? [old] : [])
        await this.openStandby()
        this.c.log.info({ vm: this.id, old, standby: this.standby }, 'a new standby for a protected VM')
        return
      } catch (err) {
        this.reason = `no standby: ${describeError(err)}`
        // None holds it, and none can take it over: its output goes as it comes until one does.
        this.c.vms.machine(this.id)?.nic.unhold()
        if (attempt === 1 || attempt % STANDBY_RETRIES_LOGGED === 0) this.c.log.warn({ vm: this.id, attempt, err: this.reason }, 'no new standby for a protected VM yet: it runs unprotected, trying again')
        await sleep(STANDBY_RETRY_MS, this.stop.signal)
      }
    }
  }
}
