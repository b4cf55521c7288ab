// One protected VM, as its primary: a standby, and a loop that takes a checkpoint every interval
// (the guest paused for the scan and its devices only), sends it, and renews the VM's lease with
// each acknowledgement (protect.ts keeps them, one per protected VM here). A standby lost: the VM
// keeps running only once a majority voted `keep`, then protection resumes with another standby.
import type { GuestInfo } from '../hypervisor/types.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import { ReplicationSender, StandbyReleasedError, type Moved, type Tally } from '../../overlay/replication/index.js'
import { describeError } from '../../overlay/wire/errors.js'
import { grantClock } from '../../overlay/records/handoff.js'
import { aborted, sleep } from '../../overlay/core/abort.js'
import { VmNotFoundError, VmPhaseError } from './errors.js'
import { traits } from './phases.js'
import type { ProtectionDetail, ProtectionsComponents, ProtectionState, ProtectionView } from './protect.js'

/** A standby lost: the keep vote is asked again this often until it has a majority. */
const KEEP_RETRY_MS = 300
/** The first epoch carries all of RAM: it may take this long. */
const FIRST_EPOCH_MS = 60_000
/** An unconfirmed end waits this long for its keep vote before it returns (the vote goes on after). */
const KEEP_AFTER_END_MS = 5000
/** No standby to be had: looked for again this often. */
const STANDBY_RETRY_MS = 2000
/** Of those tries, the first and every this many are logged (about a minute apart). */
const STANDBY_RETRIES_LOGGED = 30
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

export class Protection {
  state: ProtectionState = 'syncing'
  private sender: ReplicationSender | undefined
  private stopped = false
  private acked = 0
  /** The standby was lost without confirming it dropped its replica, and no keep vote won since: it may still take over. */
  private standbyAtLarge = false
  /** The console's byte count as of the last acknowledged epoch. */
  private consoleAt = 0
  private lastAckAt: number | undefined
  private guestAcked: GuestInfo | undefined
  private reason: string | undefined
  /** The record's epoch the standby's grant follows. */
  private grantEpoch = 0
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

  get standbyId (): string {
    return this.standby
  }

  /** The standby keeps its replica through a move (replication 2.1.0). */
  get carriesOn (): boolean {
    return this.sender?.carriesOn === true && this.acked > 0 && !this.stopped
  }

  /**
   * A move's switchover paused the guest: no checkpoint from the loop until the move ends, and one
   * last one of the guest as the handoff leaves it, acknowledged, its frames released.
   * `runningAfter`: the VM runs on after the move (the standby would run it).
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
   * The move committed at `moved.to`, record epoch `moved.epoch`: protection ends here, and the
   * standby keeps the replica (the switchover's checkpoint) for it to carry on, or to fail over from
   * should it die first (with the move's handoff and its grant). Without that checkpoint, it drops it.
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
    return {
      state: this.state,
      standby: this.standby,
      ...(this.lastAckAt === undefined ? {} : { lastCheckpointAgeMs: Math.round(performance.now() - this.lastAckAt) }),
      framesHeld: this.c.vms.machine(this.id)?.nic.framesHeld ?? 0,
      epoch: this.acked,
      intervalMs: this.intervalMs,
      ...(this.reason === undefined ? {} : { reason: this.reason })
    }
  }

  detail (): ProtectionDetail {
    return { view: this.view(), ...(this.guestAcked === undefined ? {} : { guestAcked: this.guestAcked }) }
  }

  /**
   * Ends protection here. A standby that did not confirm it dropped its replica (cut off, say) may
   * still use its grant: the guest then stays fenced by its lease until a majority votes `keep`
   * against it, in the background after KEEP_AFTER_END_MS (`fenced` says whether that is under way).
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
    // A standby lost before this end, and not yet voted out, never confirmed it dropped its replica.
    const confirmed = sender === undefined ? !this.standbyAtLarge : await sender.close(reason)
    if (confirmed || this.acked === 0) return await this.unfence(true)
    this.c.log.warn({ vm: this.id, standby: this.standby }, 'the standby did not confirm it dropped its replica: the guest stays fenced until a majority votes to keep it here')
    this.fenced = this.keepAfterEnd()
    await Promise.race([this.fenced, new Promise(resolve => setTimeout(resolve, KEEP_AFTER_END_MS))])
  }

  /** Resolves once no standby of this protection can take the VM over (a keep vote after an unconfirmed end). */
  fenced: Promise<void> = Promise.resolve()

  private async keepAfterEnd (): Promise<void> {
    for (;;) {
      if (this.c.vms.peek(this.id) === undefined) return
      if ((await this.voteKeep()).won) return await this.unfence(true)
      await sleep(KEEP_RETRY_MS)
    }
  }

  abandon (): void {
    this.stopped = true
    this.stop.abort()
    this.sender?.abort('the peer is stopping')
  }

  private async openStandby (): Promise<void> {
    const record = this.c.vms.peek(this.id)
    const machine = this.c.vms.machine(this.id)
    if (record === undefined || machine === undefined) throw new VmNotFoundError(`vm ${this.id} is gone from this peer`)
    // No lease while the standby holds no epoch: it never takes over before it has a whole one, and
    // the first (the whole RAM, which may take seconds to send) sets the lease only as it ends (below).
    await machine.setLease(undefined)
    // A new standby starts from all-zero RAM: the tracker starts again, so the first checkpoint has
    // every non-zero page (a second protection that kept the tracker sent only the changes since the
    // first standby's last epoch, and the guest failed over to "unreachable").
    await machine.stopCheckpoints()
    // Output commit: what the guest sends from now on leaves once the standby has the checkpoint after it.
    machine.nic.hold()
    this.grantEpoch = record.epoch
    this.acked = 0
    this.guestAcked = undefined
    this.state = 'syncing'
    this.sender = await ReplicationSender.open(this.c, this.standby, record, { vgaMemoryBytes: this.c.images.get(record.spec.image).vgaMemoryBytes, acpi: machine.acpi, intervalMs: this.intervalMs, leaseMs: this.leaseMs, disks: this.c.vms.disks(record), signal: this.stop.signal })
    this.c.log.info({ vm: this.id, standby: this.standby, intervalMs: this.intervalMs }, 'protecting a VM')
  }

  /**
   * After a move: the standby carries on the replica the previous primary left it (the handoff's
   * state), under this peer's grant. The guest here stops a lease from now unless acknowledgements
   * renew it; the standby, which may take over from the moment it accepts, counts from later.
   */
  private async carryOn (carry: CarryOn): Promise<void> {
    const record = this.c.vms.peek(this.id)
    const machine = this.c.vms.machine(this.id)
    if (record === undefined || machine === undefined) throw new VmNotFoundError(`vm ${this.id} is gone from this peer`)
    this.grantEpoch = record.epoch
    this.state = 'syncing'
    machine.nic.hold()
    await machine.setLease(wallNow() + this.leaseMs)
    try {
      this.sender = await ReplicationSender.open(this.c, this.standby, record, { vgaMemoryBytes: this.c.images.get(record.spec.image).vgaMemoryBytes, acpi: machine.acpi, intervalMs: this.intervalMs, leaseMs: this.leaseMs, disks: this.c.vms.disks(record), continues: { from: carry.from }, signal: this.stop.signal })
    } catch (err) {
      // The standby may hold this peer's grant of the next epoch (migration's Accept): the guest
      // stays fenced by its lease until a majority voted `keep` against it, so that it never fails
      // over from the handoff's state while the VM runs on here.
      this.standbyAtLarge = true
      await this.keep()
      throw err
    }
    // The standby holds a whole state of the VM: a first checkpoint here is not a full one.
    this.acked = 1
    this.consoleAt = carry.consoleAt
    this.guestAcked = carry.guest
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
        if (this.c.vms.peek(this.id) === undefined) {
          // The VM went (destroyed, superseded) under a checkpoint: nothing to protect.
          this.stopped = true
          await this.sender?.close('the VM is gone here')
          return
        }
        this.reason = `standby ${this.standby} lost: ${describeError(err)}`
        this.c.log.warn({ vm: this.id, standby: this.standby, err: describeError(err) }, 'lost the standby of a protected VM')
        this.sender?.abort('lost')
        this.sender = undefined
        this.standbyAtLarge = !(err instanceof StandbyReleasedError)
        if (err instanceof StandbyReleasedError) await this.unfence()
        else if (!await this.keep()) return
        await this.replaceStandby(err instanceof StandbyReleasedError)
      }
    }
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

  /** One checkpoint, sent and acknowledged: its frames and disk flushes released, the lease renewed. */
  private async checkpointOnce (options: { runningAnyway?: boolean, moving?: Moved } = {}): Promise<void> {
    const machine = this.c.vms.machine(this.id)
    const sender = this.sender
    if (machine === undefined) throw new VmNotFoundError(`vm ${this.id} is gone from this peer`)
    if (sender === undefined) throw new VmPhaseError('no standby')
    const takenAt = wallNow()
    // A new standby starts with empty disks: the first checkpoint carries every block written.
    const cp = await machine.checkpoint({ firstDisk: this.acked === 0, runningAnyway: options.runningAnyway === true })
    // The console's output since the last acknowledged epoch (a new standby: all of it), so that
    // `vm logs` goes on after a failover.
    const consoleAt = machine.serial.totalBytes
    const console = this.acked === 0 ? machine.serial.logs() : machine.serial.since(this.consoleAt)
    const mark = machine.nic.seal()
    // The standby may take over a lease (and a margin) after it last received an epoch. So the
    // lease here runs from an epoch the standby holds: renewed by its acknowledgement, from when it
    // was taken; the first's is set as its End leaves. Never before an epoch is sent: after a pause
    // longer than the margin (a move's switchover held, its outcome unknown) that would run a guest
    // its lease stopped while its standby, which never got the epoch, may be taking it over.
    const first = this.acked === 0
    let leaseFrom = takenAt
    const sent = await sender.sendEpoch({ batch: cp.batch, devices: { ...cp.devices, hypercall: JSON.stringify(cp.devices.hypercall), console }, running: cp.running, disk: { blocks: cp.disk?.blocks ?? [] } }, first ? FIRST_EPOCH_MS : this.leaseMs, {
      ...(first ? { beforeEnd: async () => { leaseFrom = wallNow(); await machine.setLease(leaseFrom + this.leaseMs) } } : {}),
      ...(options.moving === undefined ? {} : { moving: options.moving })
    })
    await machine.setLease(leaseFrom + this.leaseMs)
    // Output commit: the frames and the disk flushes of the epoch go once the standby holds it.
    machine.nic.release(mark)
    if (cp.disk !== undefined) await machine.diskDurable(cp.disk.seq)
    this.acked = sent.epoch
    this.consoleAt = consoleAt
    this.lastAckAt = performance.now()
    this.guestAcked = cp.guest
    this.reason = undefined
    this.state = 'protected'
    this.protectedNow()
    const m = this.c.metrics
    m?.checkpoints.inc()
    m?.checkpointBytes.inc(sent.bytes)
    m?.checkpointDiskBlocks.inc(sent.diskBlocks)
    m?.checkpointPause.observe(cp.pauseMs / 1000)
    m?.checkpointAck.observe(sent.ackMs / 1000)
  }

  /**
   * The standby is gone: its grant may still be used, so the guest (stopped by its lease in its
   * worker by now, or soon) runs on only once a majority voted `keep` for that grant.
   */
  private async keep (): Promise<boolean> {
    this.state = 'syncing'
    for (let attempt = 1; !this.stopped; attempt++) {
      const tally = await this.voteKeep()
      if (tally.won) {
        await this.unfence()
        this.c.log.info({ vm: this.id, standby: this.standby, attempt }, 'a majority voted to keep the VM here: it runs unprotected until a new standby has it')
        return true
      }
      if (this.c.vms.peek(this.id) === undefined) {
        // The standby took it over: the newer epoch elsewhere dropped the copy here.
        this.stopped = true
        return false
      }
      // Members that voted `takeover` may yet be freed by the standby (it withdraws when it finds
      // this peer alive): the guest stays stopped until a majority votes `keep`.
      this.reason = `fenced: its lease ran out and no majority confirms the standby will not take over (${tally.granted}/${tally.needed})`
      await sleep(KEEP_RETRY_MS, this.stop.signal)
    }
    return false
  }

  /** Asks every member to vote `keep` against the standby: with a majority, it can never take the VM over at this epoch. */
  private async voteKeep (): Promise<Tally & { won: boolean }> {
    // Every grant this peer signed the standby so far is void; one signed after (a new protection) is not.
    const tally = await this.c.votes.ask('keep', { vmId: this.id, epoch: this.grantEpoch, primary: this.c.selfId, standby: this.standby, keepBefore: grantClock() })
    return { ...tally, won: tally.granted >= tally.needed }
  }

  /**
   * No standby can take the VM over: it runs on, its output and flushes released, until a new one
   * has it. `ended`: protection ended here, and the checkpoints' page tracker (a copy of RAM) goes too.
   */
  private async unfence (ended = false): Promise<void> {
    const machine = this.c.vms.machine(this.id)
    this.standbyAtLarge = false
    await machine?.setLease(undefined).catch(() => false)
    machine?.nic.unhold()
    await machine?.diskDurable(undefined).catch(() => {})
    if (ended) await machine?.stopCheckpoints().catch(() => {})
  }

  /** `released`: the old standby handed protection over (it drains or leaves): never it again. */
  private async replaceStandby (released = false): Promise<void> {
    const old = this.standby
    for (let attempt = 1; !this.stopped; attempt++) {
      const record = this.c.vms.peek(this.id)
      if (record === undefined) return
      try {
        // Another peer first; the old one again once none other will do (a healed partition).
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

/** The clock the worker enforces leases on: wall-clock anchored, monotonic. */
function wallNow (): number {
  return performance.timeOrigin + performance.now()
}
