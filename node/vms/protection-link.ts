// One protected VM's link to its standby, as its primary: the replication stream, what the standby
// acknowledged, and the checkpoint that moves it on, whose acknowledgement releases the epoch's
// output and renews the lease. Protection (protection.ts) runs the loop, and changes standbys.
import type { GuestInfo, Machine } from '../hypervisor/types.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import { ReplicationSender, type Moved } from '../../overlay/replication/index.js'
import { describeError } from '../../overlay/wire/errors.js'
import { sleep } from '../../overlay/core/abort.js'
import { countCheckpoint, sendCheckpoint } from './checkpoint-epoch.js'
import { VmNotFoundError, VmPhaseError } from './errors.js'
import type { ProtectionDetail, ProtectionsComponents, ProtectionState, ProtectionView } from './protect.js'

/** The first epoch carries all of RAM: it may take this long. */
const FIRST_EPOCH_MS = 60_000
/** An Open, or a new standby's first copy, while the guest is stopped at its lease (a standby lost, a carry-on): this long at most. */
const FENCED_FIRST_EPOCH_MS = 5000

export class StandbyLink {
  state: ProtectionState = 'syncing'
  protected sender: ReplicationSender | undefined
  protected stopped = false
  protected acked = 0
  /** The console's byte count as of the last acknowledged epoch. */
  protected consoleAt = 0
  protected lastAckAt: number | undefined
  protected guestAcked: GuestInfo | undefined
  protected reason: string | undefined
  /** The record's epoch the standby's grant follows. */
  protected grantEpoch = 0
  protected readonly stop = new AbortController()
  protected protectedNow = (): void => {}
  /** Resolves once a standby holds a whole state of the VM (`protected`). */
  readonly holding = new Promise<void>(resolve => { this.protectedNow = resolve })

  constructor (
    protected readonly c: ProtectionsComponents,
    protected readonly id: string,
    readonly intervalMs: number,
    protected readonly leaseMs: number,
    protected standby: string
  ) {}

  view (): ProtectionView {
    const framesHeld = this.c.vms.machine(this.id)?.nic.framesHeld ?? 0
    const age = this.lastAckAt === undefined ? {} : { lastCheckpointAgeMs: Math.round(performance.now() - this.lastAckAt) }
    return { state: this.state, standby: this.standby, ...age, framesHeld, epoch: this.acked, intervalMs: this.intervalMs, ...(this.reason === undefined ? {} : { reason: this.reason }) }
  }

  detail (): ProtectionDetail { return { view: this.view(), ...(this.guestAcked === undefined ? {} : { guestAcked: this.guestAcked }) } }

  /** `fenced`: the lost standby may still take the VM over, so the guest stays stopped at its lease. */
  protected async openStandby (fenced = false): Promise<void> {
    const record = this.c.vms.peek(this.id)
    const machine = this.c.vms.machine(this.id)
    if (record === undefined || machine === undefined) throw new VmNotFoundError(`vm ${this.id} is gone from this peer`)
    // No lease while the standby holds no epoch: it never takes over before it has a whole one, and
    // the first (the whole RAM, which may take seconds to send) sets the lease only as it ends (below).
    // Fenced, the lost one's last epoch stays what a failover would run: the lease stays. `guest`
    // stays either way (it never goes blank or back): the last state a standby acknowledged.
    if (!fenced) await machine.setLease(undefined)
    // A new standby starts from all-zero RAM: the tracker starts again, so the first checkpoint has
    // every non-zero page (one that kept it sent only the changes since the last standby's last epoch).
    await machine.stopCheckpoints()
    // Output commit. Fenced, the lost standby may still run the VM from its last epoch: what the
    // guest sends from now on waits for the new one. Otherwise no copy anywhere can run it, so
    // holding output before the first checkpoint would save no one: it goes as it comes until that
    // checkpoint is taken (sendCheckpoint), after the copy of RAM sent with the guest running. What
    // was held already (a VM that arrived protected, whose old standby may hold it still) stays held.
    if (fenced) machine.nic.hold()
    this.grantEpoch = record.epoch
    this.acked = 0
    this.state = 'syncing'
    const t0 = performance.now()
    this.sender = await this.dial(record, machine, fenced ? this.fencedFor() : this.stop.signal)
    this.c.log.info({ vm: this.id, standby: this.standby, intervalMs: this.intervalMs, openMs: Math.round(performance.now() - t0) }, 'protecting a VM')
  }

  protected fencedFor (): AbortSignal { return AbortSignal.any([this.stop.signal, AbortSignal.timeout(FENCED_FIRST_EPOCH_MS)]) }

  /** The standby's stream, its Open sent and accepted; `continues`: it carries on that peer's replica. */
  protected async dial (record: VmRecordData, machine: Machine, signal: AbortSignal, continues?: string): Promise<ReplicationSender> {
    return await ReplicationSender.open(this.c, this.standby, record, { vgaMemoryBytes: this.c.images.get(record.spec.image).vgaMemoryBytes, acpi: machine.acpi, intervalMs: this.intervalMs, leaseMs: this.leaseMs, disks: this.c.vms.disks(record), ...(continues === undefined ? {} : { continues: { from: continues } }), signal })
  }

  /**
   * While a keep vote runs, the new standby holding a fenced first copy hears a fenced epoch every
   * interval. Silent for a lease, it would ask the members to take over the VM of a primary merely
   * busy voting, and refuse the primary's next epoch while that round ran (a chaos run lost a VM so).
   * The function returned ends it once the epoch under way is done. An epoch that fails ends it too:
   * the stream stays as it is, for the next checkpoint to find the standby lost (it holds a grant).
   */
  protected feedFenced (): () => Promise<void> {
    const stop = new AbortController()
    const signal = AbortSignal.any([stop.signal, this.stop.signal])
    const fed = (async (): Promise<void> => {
      for (;;) {
        await sleep(this.intervalMs, signal)
        if (signal.aborted) return
        try {
          await this.checkpointOnce({ fenced: true })
        } catch (err) {
          this.c.log.warn({ vm: this.id, standby: this.standby, err: describeError(err) }, 'a fenced epoch to the new standby failed while the old one is voted out')
          return
        }
      }
    })()
    return async () => {
      stop.abort()
      await fed
    }
  }

  /**
   * One checkpoint, sent and acknowledged: its frames and disk flushes released, the lease renewed.
   * `fenced` (a new standby's first while the lost one may take over): none of that.
   */
  protected async checkpointOnce (options: { runningAnyway?: boolean, moving?: Moved, fenced?: boolean } = {}): Promise<void> {
    const machine = this.c.vms.machine(this.id)
    const sender = this.sender
    if (machine === undefined) throw new VmNotFoundError(`vm ${this.id} is gone from this peer`)
    if (sender === undefined) throw new VmPhaseError('no standby')
    const first = this.acked === 0
    const fenced = options.fenced === true
    if (first) await this.c.failpoint?.('replication.primary.before-first-copy')
    const record = this.c.vms.peek(this.id)
    if (record === undefined) throw new VmNotFoundError(`vm ${this.id} is gone from this peer`)
    const { cp, sent, mark, consoleAt, leaseFrom } = await sendCheckpoint(machine, sender, {
      ...(first ? { first: { memoryBytes: record.spec.memoryBytes, disks: this.c.vms.disks(record).length } } : {}),
      consoleAt: this.consoleAt,
      ackWithinMs: first ? (fenced ? FENCED_FIRST_EPOCH_MS : FIRST_EPOCH_MS) : this.leaseMs,
      ...(fenced ? {} : { leaseMs: this.leaseMs }),
      runningAnyway: options.runningAnyway === true,
      ...(options.moving === undefined ? {} : { moving: options.moving })
    })
    this.acked = sent.epoch
    this.consoleAt = consoleAt
    // Until now the VM was one copy: a kill of this peer would have lost it.
    if (first) this.c.log.info({ vm: this.id, standby: this.standby, copyMs: Math.round(sent.ackMs), bytes: sent.bytes, pages: sent.pages, diskBlocks: sent.diskBlocks, pauseMs: Math.round(cp.pauseMs), fenced }, 'the standby holds a whole copy of the VM')
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
}
