// This peer as a standby (overlay/replication/standby.ts brings the streams): a replica per
// protected VM, a machine built like the primary's and never run, filled one whole epoch at a
// time, its memory and its disks reserved in this peer's budgets; an epoch's disk blocks are made
// durable before it is acknowledged. A watch notices a primary whose lease ran out
// (no epoch for lease + margin) before membership would call it dead, and asks the members to vote;
// with a majority it takes the VM over at the next epoch, by the grant its primary signed.
import type { Logger } from '../log.js'
import type { Metrics } from '../metrics.js'
import type { DiskAttachment, Machine, VmEngine } from '../hypervisor/types.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import { parseHypercallState } from '../hypervisor/snapshot/format.js'
import { CONSOLE_RING_BYTES, appendBounded } from '../hypervisor/devices/serial.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import { describeError } from '../../overlay/wire/errors.js'
import { CARRY_ON_WAIT_MS, LEASE_MARGIN_MS, NoReplicaToContinueError, movedReplica, type Moved, type ReceivedEpoch, type Replica, type ReplicaOpen, type StandbyHooks, type Votes } from '../../overlay/replication/index.js'
import { VmPhaseError, VmSpecError } from './errors.js'
import type { IncomingDisks, IncomingHost } from './migrate-in.js'
import { withdrawStaleTakeovers } from './stale-takeovers.js'
import type { Held, ReplicaView } from './replica-held.js'
import type { Failpoint } from '../../overlay/core/failpoint.js'

/** The watch looks at every replica this often. */
const WATCH_MS = 50
/** A vote that found no majority is asked again after this. */
const RETRY_VOTE_MS = 1000
/**
 * Votes in a row refused because members reach the primary before the replica is given up: a primary
 * killed and restarted answers, and the records that show its VM lost take a moment to reach all.
 */
const ALIVE_REFUSALS_BEFORE_GIVING_UP = 5
/** Past those, while the primary's stream stays open, one refused vote in this many is logged. */
const ALIVE_REFUSALS_LOGGED = 30

export interface ReplicasComponents {
  engine: VmEngine
  images: ImageCatalog
  host: IncomingHost
  /** Where a replica's disks are made (node/disks); without them, VMs with disks are refused. */
  disks?: IncomingDisks
  votes: Votes
  /** Fault injection (REPLICATION_FAILPOINTS). */
  failpoint?: Failpoint
  /** The cloud's newest record of a VM: a newer epoch than the replica's makes it stale. */
  records: { get: (id: string) => { epoch: number, owner: string } | undefined }
  metrics?: Metrics
  /** The replicas held here changed: this peer publishes its inventory again. */
  changed?: () => void
  /** A VM failed over to run here: it is to be protected again (by another standby than `from`). */
  tookOver?: (vm: string, was: { from: string, intervalMs: number }) => void
  log: Logger
  selfId: string
}

/** A carry-on may reach this peer before the previous primary's Close that names it: it waits this long for it. */
const CARRY_ON_CLOSE_WAIT_MS = 3000

/** A hand-over waits this long for every primary's next epoch (one comes every interval). */
const HAND_OVER_MS = 5000

export class Replicas implements StandbyHooks {
  private readonly held = new Map<string, Held>()
  private timer: NodeJS.Timeout | undefined
  private started = false
  /** Why this peer takes no replica (it drains or leaves), if so. */
  private leaving: string | undefined
  private readonly stopping = new AbortController()

  constructor (private readonly c: ReplicasComponents) {}

  start (): void {
    this.started = true
    this.watchWhileHeld()
    void withdrawStaleTakeovers({ votes: this.c.votes, records: this.c.records, host: this.c.host, holds: id => this.held.has(id), log: this.c.log }, this.stopping.signal)
  }

  /** The watch runs only while replicas are held (a 50 ms timer cost idle daemons 0.2% of a core); after each change to `held`. */
  private watchWhileHeld (): void {
    if (this.started && this.held.size > 0 && this.timer === undefined) this.timer = setInterval(() => { this.watch() }, WATCH_MS)
    if ((!this.started || this.held.size === 0) && this.timer !== undefined) {
      clearInterval(this.timer)
      this.timer = undefined
    }
  }

  async stop (): Promise<void> {
    this.started = false
    this.stopping.abort()
    this.watchWhileHeld()
    await Promise.all([...this.held.values()].map(async h => { await this.drop(h, 'the peer is stopping') }))
  }

  /** What this peer publishes of its replicas (the cost books charge them to their VMs). */
  records (): Array<{ vmId: string, memoryBytes: number }> {
    return [...this.held.values()].map(h => ({ vmId: h.open.record.id, memoryBytes: h.open.record.spec.memoryBytes }))
  }

  list (): ReplicaView[] {
    const now = performance.now()
    return [...this.held.values()].map(h => ({ vm: h.open.record.id, name: h.open.record.spec.name, primary: h.open.from, epoch: h.epoch, lastEpochAgeMs: Math.round(now - h.lastHeard), bytes: h.bytes, state: h.failing ? 'failing-over' : 'standby', ...(h.reason === undefined ? {} : { reason: h.reason }) }))
  }

  /**
   * This peer drains or leaves: each primary is told at its next epoch (its replica dropped first),
   * and opens another standby without a vote. Resolves once all are told, or after HAND_OVER_MS.
   * `undefined`: this peer takes replicas again (undrained).
   */
  async handOver (reason: string | undefined): Promise<void> {
    this.leaving = reason
    if (reason === undefined) return
    for (const h of this.held.values()) h.handingOver = reason
    const until = performance.now() + HAND_OVER_MS
    while (this.held.size > 0 && performance.now() < until) await new Promise(resolve => setTimeout(resolve, WATCH_MS))
    if (this.held.size > 0) this.c.log.warn({ left: [...this.held.keys()] }, 'replicas not handed over in time')
  }

  async open (open: ReplicaOpen): Promise<Replica> {
    const { record } = open
    if (this.leaving !== undefined) throw new VmPhaseError(`this peer takes no replica: ${this.leaving}`)
    if (open.continues !== undefined) return await this.carryOn(open, open.continues.from)
    const old = this.held.get(record.id)
    if (old !== undefined) {
      // The VM's new owner after a move (or after a failover elsewhere) starts afresh; so does the
      // primary after a break in its stream: either way the new stream replaces the old.
      if (old.open.from !== open.from && record.epoch <= old.open.record.epoch) throw new VmPhaseError(`vm ${record.id} is replicated here from ${old.open.from}`)
      await this.drop(old, record.epoch > old.open.record.epoch ? `the VM moved to ${open.from}, which protects it afresh` : 'replaced by a new stream from its primary')
    }
    if (this.c.host.peek(record.id) !== undefined) throw new VmPhaseError(`vm ${record.id} runs on this peer`)
    const image = this.c.images.get(record.spec.image)
    if (image.vgaMemoryBytes !== open.vgaMemoryBytes) throw new VmSpecError(`vm ${record.id} has ${open.vgaMemoryBytes} bytes of video memory; ${image.name} VMs here have ${image.vgaMemoryBytes}`)
    if (open.disks.length > 0 && this.c.disks === undefined) throw new VmSpecError(`vm ${record.id} has disks, and this peer none`)
    const releaseMemory = this.c.host.reserveIncoming(record.spec.memoryBytes)
    const made: string[] = []
    const release = async (): Promise<void> => {
      releaseMemory()
      for (const id of made.splice(0)) await this.c.disks?.discard(id).catch(() => {})
    }
    let machine: Machine
    try {
      const disks: DiskAttachment[] = []
      for (const d of open.disks) {
        disks.push(await this.c.disks?.prepareIncoming(d.record, d.blockBytes) ?? { dir: '', sizeBytes: 0 })
        made.push(d.record.id)
      }
      // Its own engine key: a move onto this standby builds the VM's machine beside it.
      machine = await this.c.engine.incoming({ id: `${record.id}/replica`, memoryBytes: record.spec.memoryBytes, vgaMemoryBytes: image.vgaMemoryBytes, nic: record.spec.nic, mac: record.spec.mac, acpi: open.acpi, boot: { kind: 'none' }, guestConfig: {}, disks }, { guestMac: record.spec.guestMac })
    } catch (err) {
      await release()
      throw err
    }
    const h: Held = { open, machine, release, epoch: 0, running: false, lastHeard: performance.now(), bytes: 0, failing: false, nextVoteAt: 0, aliveRefusals: 0, streamOpen: true, gone: false, console: new Uint8Array(0) }
    this.held.set(record.id, h)
    this.watchWhileHeld()
    this.c.changed?.()
    this.c.log.info({ vm: record.id, primary: open.from, intervalMs: open.intervalMs, leaseMs: open.leaseMs }, 'standing by for a protected VM')
    return this.handle(h)
  }

  /** The stream's view of a replica. */
  private handle (h: Held): Replica {
    // A stream speaks for the replica while its peer is the primary (a move's record may end that).
    const from = h.open.from
    const stale = (): boolean => h.open.from !== from
    h.streamOpen = true
    const notStale = (): void => {
      if (stale()) throw new VmPhaseError(`the replica of vm ${h.open.record.id} is ${h.open.from}'s now`)
    }
    return {
      apply: async epoch => {
        notStale()
        await this.apply(h, epoch)
      },
      // A new replica (no epoch, not carried on from another primary) takes its first copy's pages
      // and blocks as they come, into the machine, instead of after the last of them.
      firstEpoch: () => {
        if (stale() || h.epoch > 0 || h.open.continues !== undefined) return undefined
        const taking = (): void => { notStale(); this.assertTaking(h) }
        return {
          pages: async pages => { taking(); await h.machine.writePages(pages) },
          blocks: async (disk, blocks) => { taking(); await h.machine.writeDiskBlocks(disk, blocks) }
        }
      },
      close: async (reason, moved) => {
        if (stale()) return
        h.streamOpen = false
        // A takeover vote under way (its primary held epochs through the move) does not lose it: failover() yields.
        if (moved === undefined || h.epoch < 1 || h.gone) return await this.drop(h, reason)
        await this.keepForMove(h, moved, 'the primary said so')
      },
      broken: reason => {
        if (stale()) return
        h.reason = `stream from the primary broke: ${reason}`
        h.streamOpen = false
      },
      handingOver: () => h.handingOver
    }
  }

  /**
   * The last epoch is the VM as the move's handoff left it: kept for its new owner to carry on, and
   * (with the move's handoff and the new owner's grant) to fail over from should it die first.
   */
  private async keepForMove (h: Held, moved: Moved, how: string): Promise<void> {
    const previous = h.open.from
    h.moving = undefined
    const successor = await movedReplica(h.open, moved, this.c.selfId).catch(err => {
      this.c.log.warn({ vm: h.open.record.id, err: describeError(err) }, 'a moved VM\'s replica is kept for its carry-on only: no valid handoff and grant came with the move')
      return undefined
    })
    if (h.gone) return
    if (successor !== undefined) h.open = successor
    h.awaiting = { owner: moved.to, epoch: moved.epoch, until: performance.now() + CARRY_ON_WAIT_MS, previous }
    h.lastHeard = performance.now()
    h.reason = `its VM moved to ${moved.to}: waiting for it to carry protection on`
    this.c.log.info({ vm: h.open.record.id, from: previous, to: moved.to, epoch: moved.epoch, canFailOver: successor !== undefined, how }, 'a protected VM moved: its replica waits for the new primary')
  }

  /**
   * The VM's new owner after a move carries on the replica its previous primary left here: the same
   * machine and disks, under the new owner's record and grant, and takeover-ready at once (it holds
   * the VM as the handoff left it). Refused when no such replica is held.
   */
  private async carryOn (open: ReplicaOpen, from: string): Promise<Replica> {
    const id = open.record.id
    const until = performance.now() + CARRY_ON_CLOSE_WAIT_MS
    let h = this.held.get(id)
    // The new owner may be quicker than the previous primary's Close naming it.
    while (h !== undefined && h.awaiting === undefined && !h.gone && h.open.from === from && performance.now() < until) {
      // The switchover's epoch named this move: its new owner carrying it on shows it committed.
      if (h.moving?.to === open.from && h.moving.epoch === open.record.epoch) await this.keepForMove(h, h.moving, 'its new owner carries it on')
      else await new Promise(resolve => setTimeout(resolve, WATCH_MS))
      h = this.held.get(id)
    }
    const a = h?.awaiting
    if (h === undefined || a === undefined || h.gone || h.failing || a.previous !== from) throw new NoReplicaToContinueError(`no replica of vm ${id} from ${from} is kept here for a move`)
    if (a.owner !== open.from || a.epoch !== open.record.epoch) throw new NoReplicaToContinueError(`the replica of vm ${id} is kept for ${a.owner} at epoch ${a.epoch}, not ${open.from} at ${open.record.epoch}`)
    if (open.disks.length !== h.open.disks.length || open.disks.some((d, i) => d.record.id !== h?.open.disks[i]?.record.id)) throw new NoReplicaToContinueError(`vm ${id} arrived with other disks than its replica holds`)
    h.open = open
    h.awaiting = undefined
    h.reason = undefined
    h.lastHeard = performance.now()
    h.nextVoteAt = 0
    h.aliveRefusals = 0
    this.c.changed?.()
    this.c.log.info({ vm: id, primary: open.from, from }, 'carrying a replica on for the VM\'s new owner after its move')
    return this.handle(h)
  }

  /**
   * The VM moved onto this, its standby, and is about to be this peer's by the move's handoff: the
   * replica goes. One failing over refuses it instead (the move then does not commit): the VM runs
   * here from one or the other, never both.
   */
  yieldTo (vmId: string): void {
    const h = this.held.get(vmId)
    if (h === undefined) return
    if (h.failing) throw new VmPhaseError(`vm ${vmId}: its replica here is failing over, so the move onto it does not commit`)
    void this.drop(h, 'the VM migrated here: it runs by the move, not from the replica')
  }

  /** The replica takes no more of its primary's state once dropped or failing over. */
  private assertTaking (h: Held): void {
    if (h.gone || h.failing) throw new VmPhaseError(`the replica of vm ${h.open.record.id} is ${h.gone ? 'gone' : 'failing over'}`)
  }

  /** A whole epoch into the machine's RAM; its devices kept for a takeover. */
  private async apply (h: Held, e: ReceivedEpoch): Promise<void> {
    this.assertTaking(h)
    for (const batch of e.pages) await h.machine.writePages(batch)
    for (const deltas of e.deltas) await h.machine.applyDeltas(deltas)
    for (const b of e.disk.blocks) await h.machine.writeDiskBlocks(b.disk, { indexes: b.indexes, data: b.data })
    await h.machine.flushPages()
    // Durable before the acknowledgement: the primary's guest sees its flushes complete on it.
    for (let d = 0; d < h.open.disks.length; d++) await h.machine.flushDisk(d)
    h.devices = e.devices
    h.moving = e.moving
    if (e.devices.console !== undefined && e.devices.console.byteLength > 0) h.console = appendBounded(h.console, e.devices.console, CONSOLE_RING_BYTES)
    h.running = e.running
    h.epoch = e.epoch
    h.bytes += e.bytes
    h.lastHeard = performance.now()
    h.reason = undefined
  }

  private watch (): void {
    const now = performance.now()
    for (const h of this.held.values()) {
      if (h.gone || h.failing) continue
      if (h.awaiting !== undefined) {
        if (now > h.awaiting.until) void this.drop(h, `its VM moved to ${h.awaiting.owner}, which did not carry protection on in time`)
        // Only a replica that is the new owner's (its handoff and grant came) may fail over, below.
        if (now > h.awaiting.until || h.open.from !== h.awaiting.owner) continue
      }
      const quietMs = now - h.lastHeard
      const newer = this.c.records.get(h.open.record.id)
      const moving = h.moving
      if (h.awaiting === undefined && moving !== undefined && newer?.epoch === moving.epoch && newer.owner === moving.to) {
        // The move committed, and no Close said so (the stream broke before its outcome was known).
        void this.keepForMove(h, moving, 'its record shows the move')
        continue
      }
      if (newer !== undefined && newer.epoch > h.open.record.epoch) {
        // The VM moved on: never taken over from here. Its primary says whether the replica is kept
        // for the new owner (Close); one silent for two leases is gone, and the replica stale.
        if (quietMs >= 2 * h.open.leaseMs + LEASE_MARGIN_MS) void this.drop(h, `the VM is at epoch ${newer.epoch} on ${newer.owner} now`)
        continue
      }
      // The primary's lease starts as the first epoch ends: with none whole here, nothing to run.
      if (h.epoch < 1 || quietMs < h.open.leaseMs + LEASE_MARGIN_MS || now < h.nextVoteAt) continue
      h.failing = true
      void this.failover(h).catch(err => {
        this.c.log.error({ err, vm: h.open.record.id }, 'failover failed')
        h.failing = false
        h.nextVoteAt = performance.now() + RETRY_VOTE_MS
      })
    }
  }

  /** The primary's lease ran out: a majority of the members must confirm none reaches it. */
  private async failover (h: Held): Promise<void> {
    const { record, from, grant } = h.open
    const started = performance.now()
    const ballot = { vmId: record.id, epoch: record.epoch, primary: from, standby: this.c.selfId }
    await this.c.failpoint?.('replication.standby.takeover-round')
    const tally = await this.c.votes.ask('takeover', { ...ballot, grant })
    if (h.gone || h.open.record !== record) { // dropped, or kept for a move's new owner meanwhile: moot
      h.failing = false
      if (tally.granted > 0) await this.c.votes.ask('withdraw', ballot).catch(() => undefined)
      return
    }
    if (tally.granted < tally.needed) {
      this.c.metrics?.failovers.inc({ outcome: 'no-majority' })
      h.reason = `no failover: ${tally.granted} of ${tally.members} members confirmed the primary unreachable, ${tally.needed} needed (${tally.refusals.join('; ')})`
      // The primary kept the VM by a majority (`keep`): give up at once, the replica then the votes,
      // so that it can carry on. Members that merely reach it: a few times first (a restarted primary
      // holds nothing, and its records soon say so), and only once its stream ended.
      const kept = tally.refusals.some(r => r.includes('voted keep'))
      const reached = tally.refusals.some(r => r.includes('the primary is alive') || r.includes('reaches the primary'))
      h.aliveRefusals = reached ? h.aliveRefusals + 1 : 0
      if (h.aliveRefusals <= ALIVE_REFUSALS_BEFORE_GIVING_UP || h.aliveRefusals % ALIVE_REFUSALS_LOGGED === 0) this.c.log.warn({ vm: record.id, primary: from, granted: tally.granted, needed: tally.needed, refusals: tally.refusals }, 'no majority to take over a VM')
      // A move's switchover replica is the handoff's state, and a fenced primary's new standby its
      // only copy but the lost one's: their live primary awaits the outcome (its stream stays open).
      if (kept || (h.aliveRefusals >= ALIVE_REFUSALS_BEFORE_GIVING_UP && h.moving === undefined && !h.streamOpen)) {
        await this.drop(h, 'its primary carried on, or is reachable again')
        await this.c.votes.ask('withdraw', ballot).catch(() => undefined)
        return
      }
      h.failing = false
      h.nextVoteAt = performance.now() + RETRY_VOTE_MS
      return
    }
    await this.takeOver(h, started)
  }

  /** Runs the last whole epoch at the record's next epoch, owned by the grant. */
  private async takeOver (h: Held, started: number): Promise<void> {
    const { record, grant, from } = h.open
    const devices = h.devices
    if (devices === undefined) throw new VmPhaseError(`vm ${record.id}: no whole checkpoint to run`)
    await this.c.failpoint?.('replication.standby.before-takeover')
    h.gone = true
    this.held.delete(record.id)
    this.watchWhileHeld()
    await h.machine.finishIncoming({ ...devices, hypercall: parseHypercallState(devices.hypercall) })
    h.machine.serial.restore(h.console)
    const next: VmRecordData = { ...record, epoch: record.epoch + 1, handoffs: [...record.handoffs, grant], phase: h.running ? 'running' : 'paused', reason: `failed over from ${from} at checkpoint ${h.epoch}`, updatedAtMs: Date.now() }
    // Its disks are this peer's before its record: a restarted peer that knows the VM knows its disks.
    for (const d of h.open.disks) this.c.disks?.adopt(d.record)
    await h.release()
    const { runningAt, published } = await this.c.host.adopt(next, h.machine, h.running)
    published.catch(err => { this.c.log.warn({ err, vm: record.id }, 'publishing a VM that failed over here failed') })
    this.c.metrics?.failovers.inc({ outcome: 'took-over' })
    this.c.tookOver?.(record.id, { from, intervalMs: h.open.intervalMs })
    this.c.log.warn({ vm: record.id, primary: from, epoch: next.epoch, checkpoint: h.epoch, voteToRunMs: Math.round(runningAt - started) }, 'took a protected VM over from its silent primary')
  }

  private async drop (h: Held, reason: string): Promise<void> {
    if (h.gone) return
    h.gone = true
    if (this.held.get(h.open.record.id) === h) this.held.delete(h.open.record.id)
    this.watchWhileHeld()
    this.c.changed?.()
    // The machine first: its disks' files are closed before they go.
    await h.machine.destroy().catch(() => {})
    await h.release()
    this.c.log.info({ vm: h.open.record.id, reason }, 'dropped a replica')
  }
}
