// One protected VM, as its primary: a standby, and a loop that takes a checkpoint every interval
// (the guest paused for the scan and its devices only), sends it, and renews the VM's lease with
// each acknowledgement (protect.ts keeps them, one per protected VM here). A standby lost: another
// takes a first copy while the guest stays fenced, and the VM runs on once a majority voted `keep`.
// The stream to the standby and its checkpoint: protection-link.ts.
import type { VmRecordData } from '../../overlay/records/index.js'
import { StandbyRefusedError, StandbyReleasedError, type Moved, type ReplicationSender, type Tally } from '../../overlay/replication/index.js'
import { describeError } from '../../overlay/wire/errors.js'
import { aborted, sleep } from '../../overlay/core/abort.js'
import { keepUntilWon, type AtLarge } from './keep-vote.js'
import { wallNow } from './checkpoint-epoch.js'
import { VmNotFoundError, VmPhaseError } from './errors.js'
import { traits } from './phases.js'
import { StandbyLink } from './protection-link.js'
import type { CarryOn, ProtectionsComponents } from './protect.js'

/** An unconfirmed end waits this long for its keep vote before it returns (the vote goes on after). */
const KEEP_AFTER_END_MS = 5000
/** No standby to be had: looked for again this often. */
const STANDBY_RETRY_MS = 2000
/** Of those tries, the first and every this many are logged (about a minute apart). */
const STANDBY_RETRIES_LOGGED = 30

export class Protection extends StandbyLink {
  /** A standby lost without confirming it dropped its replica, and no keep vote won against it since: it may still take over. */
  private atLarge: AtLarge | undefined
  done: Promise<void> = Promise.resolve()
  /** A move's switchover holds the loop's checkpoints until the move ends. */
  private moving: { resume: () => void, resumed: Promise<void> } | undefined
  /** The loop's checkpoint under way, if any (settled, never rejected). */
  private turn: Promise<void> = Promise.resolve()
  /** The stream whose last epoch is the VM as a switchover left it: the one the standby keeps through the move. */
  private handedOff: ReplicationSender | undefined
  /** A move onto the standby: that standby, until another holds a copy (standbyAway). */
  private leaving: { sender: ReplicationSender, standby: string, epoch: number } | undefined

  constructor (
    c: ProtectionsComponents,
    id: string,
    intervalMs: number,
    leaseMs: number,
    standby: string,
    private readonly choose: (record: VmRecordData, except: string[]) => string
  ) {
    super(c, id, intervalMs, leaseMs, standby)
  }

  /** Opens the first standby (or carries one on after a move); the loop then runs until unprotected or the VM is gone. */
  async begin (carry?: CarryOn): Promise<void> {
    if (carry === undefined) await this.openStandby()
    else await this.carryOn(carry)
    this.done = this.loop()
  }

  get standbyId (): string { return this.standby }

  /** A lost standby may still take the VM over: the guest is fenced until a keep vote wins (a new standby may hold a copy meanwhile). */
  get keeping (): boolean { return this.atLarge !== undefined }

  /** The standby keeps its replica through a move (replication 2.1.0). */
  get carriesOn (): boolean {
    return this.sender?.carriesOn === true && this.acked > 0 && !this.stopped && this.atLarge === undefined
  }

  /**
   * A move's switchover paused the guest: no checkpoint from the loop until the move ends, and one last
   * of the guest as the handoff leaves it. `runningAfter`: the VM runs on after the move (the standby would run it).
   */
  async switchover (runningAfter: boolean, moving: Moved): Promise<void> {
    this.holdLoop()
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

  /**
   * A move onto this VM's standby: another peer takes a first copy before that standby drops its
   * replica (make before break), so one of the two holds the VM at every moment; a kill between
   * them, and members give one of the two the takeover (votes 1.1.0). Meanwhile the loop waits, the
   * output stays held, and the guest runs to its lease. `unsupported`: a member speaks only votes
   * 1.0.0 (both could win), nothing done; `failed`: no new standby holds it now (end() closes the old).
   */
  async standbyAway (except: string[]): Promise<'moved' | 'unsupported' | 'failed'> {
    if (!await this.c.votes.everyMemberSpeaksCurrent()) return 'unsupported'
    const held = this.holdLoop()
    await this.turn
    const sender = this.sender
    if (this.stopped || sender === undefined || this.acked === 0 || this.atLarge !== undefined) {
      held.resume()
      return this.stopped ? 'failed' : 'unsupported'
    }
    const old = { sender, standby: this.standby, epoch: this.grantEpoch, acked: this.acked }
    const t0 = performance.now()
    this.leaving = old
    const copied = await this.replaceFenced(except)
    if (!copied || this.stopped) {
      // The tracker started again for the new one: the old one's next epoch cannot follow. end() closes it.
      if (!this.stopped) {
        this.leaving = undefined
        this.sender = old.sender
        this.standby = old.standby
        this.acked = old.acked
      }
      return 'failed'
    }
    this.leaving = undefined
    if (!await old.sender.close('the VM moves onto this standby: another holds it now')) {
      this.atLarge = { standby: old.standby, epoch: old.epoch }
      if (!await this.keep()) return 'failed'
    }
    try {
      await this.checkpointOnce() // the lease renewed, the output held since released
      this.c.log.info({ vm: this.id, old: old.standby, standby: this.standby, heldMs: Math.round(performance.now() - t0) }, 'protection moved to another standby before the move onto the old one')
    } catch (err) {
      this.c.log.warn({ vm: this.id, standby: this.standby, err: describeError(err) }, 'the new standby lost after its first copy')
      return 'failed'
    }
    held.resume()
    return 'moved'
  }

  /** The loop's checkpoints wait until resumed (or protection ends). */
  private holdLoop (): { resume: () => void } {
    let resume = (): void => {}
    const resumed = new Promise<void>(resolve => { resume = resolve })
    this.moving = { resume, resumed }
    return { resume: () => { if (this.moving?.resumed === resumed) this.moveAborted() } }
  }

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
    // A move onto the standby that found no other in time: that standby, the one whose replica is the VM's.
    const leaving = this.leaving
    this.leaving = undefined
    const leftOut = leaving === undefined || await leaving.sender.close(reason)
    const against = [
      ...(this.atLarge === undefined ? [] : [this.atLarge]),
      ...(confirmed || this.acked === 0 ? [] : [{ standby: this.standby, epoch: this.grantEpoch }]),
      ...(leftOut ? [] : [{ standby: leaving.standby, epoch: leaving.epoch }])
    ]
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
        this.c.metrics?.standbysLost.inc({ how: released ? 'released' : err instanceof StandbyRefusedError ? 'refused' : 'broken' })
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
    const stopFeeding = armed ? this.feedFenced() : async () => {}
    let kept: boolean
    try {
      kept = await this.keep()
      if (kept) await this.c.failpoint?.('replication.primary.after-keep')
    } finally {
      await stopFeeding()
    }
    if (!kept) { // (an end under way closes the new one itself)
      if (this.c.vms.peek(this.id) === undefined) await this.sender?.close('the VM failed over elsewhere')
      return 'gone'
    }
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
  private async replaceFenced (except: string[] = []): Promise<boolean> {
    const record = this.c.vms.peek(this.id)
    const old = this.standby
    if (record === undefined || !await this.c.votes.everyMemberSpeaksCurrent()) return false
    const tried = [old, ...except]
    let why: unknown
    // Two tries: a peer cut off with the lost standby (a partition) fails fast, and the next may not be.
    for (let i = 0; i < 2 && !this.stopped; i++) {
      try {
        this.standby = this.choose(record, tried)
        tried.push(this.standby)
        await this.openStandby(true)
        await this.checkpointOnce({ fenced: true })
        this.c.log.info({ vm: this.id, old, standby: this.standby }, 'a new standby holds a first copy of the VM before the old one is out')
        return true
      } catch (err) {
        why = err
        this.sender?.abort('no first copy')
        this.sender = undefined
        this.acked = 0
      }
    }
    this.standby = old
    this.c.log.warn({ vm: this.id, tried: tried.slice(1 + except.length), err: describeError(why) }, 'no new standby took a first copy while the old one may take over')
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
        // None holds it, and none can take it over: its output goes as it comes until one does, so
        // no acknowledged state stands for what the world saw (`guest` is blank, `guestLive` shows it).
        this.c.vms.machine(this.id)?.nic.unhold()
        this.guestAcked = undefined
        if (attempt === 1 || attempt % STANDBY_RETRIES_LOGGED === 0) this.c.log.warn({ vm: this.id, attempt, err: this.reason }, 'no new standby for a protected VM yet: it runs unprotected, trying again')
        await sleep(STANDBY_RETRY_MS, this.stop.signal)
      }
    }
  }
}
