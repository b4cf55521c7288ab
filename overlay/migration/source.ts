// The source's side of one migration: offer, pre-copy rounds of changed pages (with auto-converge
// when the guest dirties faster than the link), then pause, the device state and the signed handoff,
// the last pages and the final message, and the destination's answer. Until the final message is
// written the source is the owner whatever happens: any failure before it resumes the VM here.
// After it, only the destination's word settles the outcome ("unknown" until it is heard).
import { deflateRawSync } from 'node:zlib'
import type { PrivateKey, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Failpoint } from '../core/failpoint.js'
import { LpReader } from '../wire/lp-reader.js'

import { toRecordMsg, type VmRecordData } from '../records/inventory.js'
import { signHandoff, type SignedHandoffMsg } from '../records/handoff.js'
import { batchPages, type PageBatch } from './pages.js'
import { ACCEPT_TIMEOUT_MS, DEFAULT_DOWNTIME_TARGET_MS, FINAL_SCAN_SLICE_PAGES, MAX_MESSAGE_BYTES, MAX_ROUNDS, MAX_THROTTLE_MS, SCAN_SLICE_PAGES } from './constants.js'
import type { MigrationMode, MigrationOutcome, MigrationProgress, SourceMachine } from './types.js'
import { PAGE, SinkSwitch, pageMessages, receive, receiveSoon, send, sendFramed } from './wire.js'
import { newLaneTicket, type LaneTicket, type OutboundLane } from '../lane/lanes.js'
import { describeError, MalformedMessageError } from '../wire/errors.js'
import { DiskSender, toDiskOffers, type MigratingDisk } from './disks.js'

/** Saving and restoring devices, measured: ~5 + ~12 ms. */
const FIXED_SWITCHOVER_MS = 15

export interface MigrateOptions {
  migrationId: string
  mode: MigrationMode
  downtimeTargetMs?: number
  vgaMemoryBytes: number
  /** The source machine's MachineConfig.acpi: the destination's must be the same. */
  acpi: boolean
  /** The VM is paused: it moves paused and stays so. */
  paused: boolean
  signal: AbortSignal
  onProgress?: (p: MigrationProgress) => void
  /** The VM's disks, hda then hdb: their blocks move with it. */
  disks?: MigratingDisk[]
  /** A protected VM whose standby keeps it through the move: named in the offer. */
  protection?: { standby: string, intervalMs: number }
  /**
   * Runs once the switchover paused the guest; the final message waits for it (a protected VM's
   * last checkpoint, of the guest as the handoff leaves it, with the handoff and the destination's
   * grant to the standby). It must not reject.
   */
  atSwitchover?: (proof: { handoff: SignedHandoffMsg, grant?: SignedHandoffMsg }) => Promise<void>
}

export interface SourceDeps {
  privateKey: PrivateKey
  selfId: string
  failpoint: Failpoint
  /** A bulk lane to offer (lane/): where the destination is reached, and how to dial it. */
  lane?: LaneRoute
}

export interface LaneRoute {
  /** The destination's address as this peer reaches it (the connection's, or one it announces). */
  host: string
  connect: (ticket: LaneTicket, host: string, port: number, signal: AbortSignal) => Promise<OutboundLane>
  /** Says why a lane offered was not taken (the pages then go on the stream). */
  onFallback?: (reason: string) => void
}

export class SourceRun {
  private readonly started = performance.now()
  private readonly reader: LpReader
  private readonly pagesPerRound: number[] = []
  private readonly progress: MigrationProgress = { phase: 'offered', round: 0, bytesSent: 0, lastRoundBytes: 0, dirtyBytesPerSec: 0, bandwidthBytesPerSec: 0, etaMs: 0, throttleMs: 0 }
  private bytes = 0
  /** Page bytes, and the time from sending them to the destination confirming them: what the stream carried. */
  private streamBytes = 0
  private streamMs = 0
  private paused: boolean
  /** The final message may have reached the destination: past the point of no return. */
  private committing = false
  /** The shortest round trip of a sync: the way back of the destination's answer is half of it. */
  private rttMs = Infinity

  /** A protected VM: the destination's grant to its standby (Accept). */
  private standbyGrant: SignedHandoffMsg | undefined
  private readonly disks: DiskSender | undefined
  private diskLast = { blocks: 0, ms: 0 }
  /** Where everything after the first sync goes: the stream, or the lane once it took over. */
  private readonly out: SinkSwitch
  private readonly ticket: LaneTicket | undefined
  private lanePort = 0
  private lane: OutboundLane | undefined

  constructor (
    private readonly deps: SourceDeps,
    private readonly stream: Stream,
    private readonly to: string,
    private readonly record: VmRecordData,
    private readonly machine: SourceMachine,
    private readonly options: MigrateOptions
  ) {
    this.reader = new LpReader(stream, MAX_MESSAGE_BYTES)
    this.paused = options.paused
    this.out = new SinkSwitch(stream)
    this.ticket = deps.lane === undefined ? undefined : newLaneTicket()
    this.disks = (options.disks ?? []).length === 0 ? undefined : new DiskSender(machine, options.disks ?? [], this.out, options.signal)
  }

  /** Resolves with the outcome; it never throws. */
  async run (): Promise<MigrationOutcome> {
    const { signal } = this.options
    const onAbort = (): void => { this.stream.abort(new Error('migration cancelled')); this.lane?.abort() }
    signal.addEventListener('abort', onAbort, { once: true })
    await this.machine.boost(true).catch(() => {})
    try {
      const refused = await this.offer()
      if (refused !== undefined) {
        await this.machine.stopTracking().catch(() => {})
        return this.done('aborted', { reason: refused })
      }
      await this.deps.failpoint('migration.source.after-accept', signal)
      await this.openLane()
      // A round trip with nothing else in flight, for the downtime's way back; with a lane, the
      // last message on the stream (the destination reads the lane after it).
      await this.sync(0)
      if (this.lane !== undefined) this.out.target = this.lane
      if (this.options.mode === 'precopy' && !this.paused) await this.precopy()
      return await this.switchover()
    } catch (err) {
      this.stream.abort(err instanceof Error ? err : new Error(String(err)))
      this.lane?.abort()
      if (this.committing) return this.done('unknown', { reason: (err as Error).message })
      // Before the final message left, the source is the owner whatever happened: it carries on.
      await this.resume()
      return this.done('aborted', { reason: signal.aborted ? 'cancelled' : describeError(err) })
    } finally {
      signal.removeEventListener('abort', onAbort)
      await this.machine.boost(false).catch(() => {})
    }
  }

  /** Offers the VM, with a rehearsal of its device state; returns why it was refused, if it was. */
  private async offer (): Promise<string | undefined> {
    const { signal } = this.options
    const rehearsal = await this.machine.saveDevices()
    await send(this.stream, {
      offer: {
        migrationId: this.options.migrationId,
        record: toRecordMsg(this.record),
        vgaMemoryBytes: this.options.vgaMemoryBytes,
        acpi: this.options.acpi,
        mode: this.options.mode,
        paused: this.options.paused,
        rehearsalDeviceState: deflateRawSync(rehearsal.deviceState, { level: 1 }),
        rehearsalHypercall: rehearsal.hypercall,
        disks: toDiskOffers(this.options.disks ?? []),
        ...(this.options.protection === undefined ? {} : { protection: { standby: peerIdFromString(this.options.protection.standby).toMultihash().bytes, intervalMs: this.options.protection.intervalMs } }),
        ...(this.ticket === undefined ? {} : { lane: this.ticket })
      }
    }, signal)
    // Tracking starts (an empty scan) while the destination builds its machine: the shadow of RAM
    // is allocated and faulted in meanwhile, not by the first round's scans.
    const tracking = this.machine.scanPages({ from: 0, to: 0 })
    tracking.catch(() => {})
    const answer = await receive(this.reader, AbortSignal.any([signal, AbortSignal.timeout(ACCEPT_TIMEOUT_MS)]))
    await tracking
    if (answer.refuse != null) return `${answer.refuse.name ?? 'Refused'}: ${answer.refuse.message ?? ''}`
    if (answer.accept == null) throw new MalformedMessageError('the destination answered an offer with neither accept nor refuse')
    if (answer.accept.standbyGrant != null) this.standbyGrant = answer.accept.standbyGrant
    this.lanePort = answer.accept.lanePort ?? 0
    return undefined
  }

  /** Dials the lane the destination took, if it took one; the stream carries on without it when that fails. */
  private async openLane (): Promise<void> {
    const route = this.deps.lane
    if (route === undefined || this.ticket === undefined) return
    if (this.lanePort === 0) { route.onFallback?.('the destination did not take a lane'); return }
    try {
      this.lane = await route.connect(this.ticket, route.host, this.lanePort, this.options.signal)
    } catch (err) {
      if (this.options.signal.aborted) throw err
      route.onFallback?.(`no lane to ${route.host}:${this.lanePort}: ${(err as Error).message}`)
    }
  }

  /** Rounds of changed pages while the guest runs, until what is left fits the downtime target. */
  private async precopy (): Promise<void> {
    const target = this.options.downtimeTargetMs ?? DEFAULT_DOWNTIME_TARGET_MS
    let throttle = 0
    let previous: number | undefined
    let lastScanAt = 0
    for (let round = 1; ; round++) {
      const t0 = performance.now()
      // This round's pages were written since the last scan began: the window of the dirty rate.
      const dirtyWindowMs = t0 - lastScanAt
      lastScanAt = t0
      const { pages, sent: pageBytes, scanMs } = await this.round()
      // The disks' dirty blocks (all written blocks in the first round) ride in the same round.
      const diskBytes = this.disks === undefined ? 0 : (await this.disks.round(round === 1)).bytes
      this.bytes += diskBytes
      const sent = pageBytes + diskBytes
      // Until the destination has it all: what the link carries, and nothing left in flight.
      await this.sync(round)
      const roundMs = performance.now() - t0
      this.pagesPerRound.push(pages)
      this.streamBytes += sent
      this.streamMs += roundMs
      // Small rounds say little about the link (their time is mostly the round trip, and a guest
      // of zero pages sends almost nothing): they set the figure only while there is none.
      if (sent > 1 << 20 || this.progress.bandwidthBytesPerSec === 0) this.progress.bandwidthBytesPerSec = sent / Math.max(0.001, roundMs / 1000)
      // The guest's own rate: pages it wrote, whatever their deltas cost on the wire.
      const dirtyRate = round === 1 ? 0 : pages * PAGE / Math.max(0.001, dirtyWindowMs / 1000)
      const bw = Math.max(1, this.progress.bandwidthBytesPerSec)
      this.report({ phase: 'precopy', round, lastRoundBytes: sent, dirtyBytesPerSec: dirtyRate, etaMs: round === 1 ? 0 : sent / bw * 1000 })
      // Switch over when sending what is left fits the downtime target beside the fixed costs of a
      // switchover (a last scan, the device state), or when rounds stop shrinking.
      const budget = Math.max(1, target - scanMs - FIXED_SWITCHOVER_MS)
      const shrinking = previous === undefined || sent < previous * 0.8
      previous = sent
      if (round > 1 && (sent / bw * 1000 <= budget || (!shrinking && round >= 3) || round >= MAX_ROUNDS)) return
      // Auto-converge: the guest dirties faster than half the link carries: slow it down.
      if (round > 1 && sent / Math.max(0.001, dirtyWindowMs / 1000) > bw / 2 && throttle < MAX_THROTTLE_MS) {
        throttle = Math.min(MAX_THROTTLE_MS, Math.max(1, throttle * 2))
        await this.machine.setThrottle(throttle)
        this.report({ throttleMs: throttle })
      }
    }
  }

  /**
   * One round over all of RAM, `slicePages` at a time: each slice's pages go while the next is
   * scanned (the first scan may be under way already: the switchover posts it right behind the pause).
   */
  private async round (first?: Promise<PageBatch>, slicePages = SCAN_SLICE_PAGES): Promise<{ pages: number, sent: number, scanMs: number }> {
    const total = this.record.spec.memoryBytes / PAGE
    const slice = (from: number): Promise<PageBatch> => {
      const scan = this.machine.scanPages({ from, to: Math.min(total, from + slicePages) })
      // Awaited in turn below; a failure while an earlier slice is sent must not go unheard.
      scan.catch(() => {})
      return scan
    }
    let next: Promise<PageBatch> | undefined = first ?? slice(0)
    let pages = 0
    let sent = 0
    let scanMs = 0
    for (let from = 0; next !== undefined; from += slicePages) {
      const batch = await next
      next = from + slicePages < total ? slice(from + slicePages) : undefined
      pages += batchPages(batch)
      scanMs += batch.scanMs
      sent += await this.sendPages(batch)
    }
    return { pages, sent, scanMs }
  }

  /** Pause, devices and handoff, the last pages, and the destination's answer. */
  private async switchover (): Promise<MigrationOutcome> {
    const { signal } = this.options
    // Signed before the pause: it does not depend on the final state.
    const handoff = await signHandoff(this.deps.privateKey, { vmId: this.record.id, epoch: this.record.epoch + 1, from: this.deps.selfId, to: this.to, atMs: Date.now() })
    this.report({ phase: 'switchover' })
    const pausedAt = performance.now()
    // Pause, device state and the last round's first scan go to the VM's worker back to back: it
    // takes them in order, without waiting on this thread in between, and scans while the devices
    // travel and are restored at the destination.
    const pausing = this.paused ? Promise.resolve() : this.machine.pause()
    const saving = this.machine.saveDevices()
    // After pre-copy few pages changed, and the guest waits: large slices, as each is a round trip
    // to the VM's worker on the downtime. With every page to send (stop-and-copy), small slices let
    // the first pages travel while the rest is scanned.
    const slicePages = this.pagesPerRound.length > 0 ? FINAL_SCAN_SLICE_PAGES : SCAN_SLICE_PAGES
    const scanning = this.machine.scanPages({ from: 0, to: Math.min(this.record.spec.memoryBytes / PAGE, slicePages) })
    // Awaited one by one below: a failure of one fails the later ones, which must not go unheard.
    saving.catch(() => {})
    scanning.catch(() => {})
    await pausing
    this.paused = true
    const replicating = this.options.atSwitchover?.({ handoff, ...(this.standbyGrant === undefined ? {} : { grant: this.standbyGrant }) }) ?? Promise.resolve()
    const t1 = performance.now()
    const devices = await saving
    const t2 = performance.now()
    const deviceState = deflateRawSync(devices.deviceState, { level: 1 })
    await send(this.out, { devices: { deviceState, hypercall: devices.hypercall, guestMac: devices.mac, handoff, console: devices.console } }, signal)
    this.bytes += deviceState.byteLength + (devices.console?.byteLength ?? 0)
    await scanning
    const t3 = performance.now()
    // The last pages (all of them for stop-and-copy and a paused VM), then the final message.
    const last = await this.round(scanning, slicePages)
    this.pagesPerRound.push(last.pages)
    if (this.disks !== undefined) {
      // Paused: the log is complete. A stop-and-copy (or a paused VM) sends every written block here.
      const t = performance.now()
      const blocks = await this.disks.round(this.pagesPerRound.length === 1, { untilClean: true })
      this.diskLast = { blocks: blocks.blocks, ms: performance.now() - t }
      last.sent += blocks.bytes
      this.bytes += blocks.bytes
    }
    void this.machine.stopTracking().catch(() => {})
    await replicating
    const lastBytes = last.sent
    await this.deps.failpoint('migration.source.after-devices', signal)
    this.report({ phase: 'committing' })
    this.committing = true
    await send(this.out, { final: { run: !this.options.paused, pausedForMs: performance.now() - pausedAt } }, signal)
    this.lane?.end()
    const sentAt = performance.now()
    await this.deps.failpoint('migration.source.after-final')
    return await this.answer(handoff, sentAt, { pausedAt, t1, t2, t3, scanMs: last.scanMs, lastBytes })
  }

  private async answer (handoff: SignedHandoffMsg, sentAt: number, at: { pausedAt: number, t1: number, t2: number, t3: number, scanMs: number, lastBytes: number }): Promise<MigrationOutcome> {
    let result
    try {
      result = await receive(this.reader, AbortSignal.timeout(ACCEPT_TIMEOUT_MS))
    } catch (err) {
      return this.done('unknown', { reason: `no answer from ${this.to} after the handoff: ${(err as Error).message}`, handoff })
    }
    if (result.committed != null) {
      const destinationMs = result.committed.receiveToRunMs ?? 0
      // From sending the final message to its answer: the way there (with whatever was still queued
      // before it), the destination's time from receiving it to answering (its receive to run is
      // downtime; after that the guest runs), and the way back — half a clean round trip.
      const legsMs = Math.max(0, performance.now() - sentAt - (result.committed.receiveToReplyMs ?? destinationMs))
      const backMs = Number.isFinite(this.rttMs) ? Math.min(this.rttMs / 2, legsMs / 2) : legsMs / 2
      const oneWayMs = legsMs - backMs
      await this.stream.close().catch(() => {})
      if (at.lastBytes > 0) {
        this.streamBytes += at.lastBytes
        this.streamMs += Math.max(0, performance.now() - at.t3 - (result.committed.receiveToReplyMs ?? destinationMs))
      }
      const breakdown = { pauseMs: at.t1 - at.pausedAt, devicesMs: at.t2 - at.t1, lastRoundMs: at.t3 - at.t2, sendMs: sentAt - at.t3, oneWayMs, destinationMs, scanMs: at.scanMs }
      return this.done('committed', { downtimeMs: (sentAt - at.pausedAt) + oneWayMs + destinationMs, handoff, breakdown })
    }
    if (result.aborted != null) {
      // The destination refused the final message: it never ran the VM, which carries on here.
      await this.stream.close().catch(() => {})
      await this.resume()
      return this.done('aborted', { reason: `${result.aborted.name ?? 'Aborted'}: ${result.aborted.message ?? ''}` })
    }
    return this.done('unknown', { reason: 'the destination answered the handoff with neither committed nor aborted', handoff })
  }

  /** Asks the destination to confirm everything sent so far; notes the round trip. */
  private async sync (round: number): Promise<void> {
    const t0 = performance.now()
    // The first goes on the stream, and says whether the lane carries the rest.
    await send(round === 0 ? this.stream : this.out, { sync: { round, ...(round === 0 && this.lane !== undefined ? { lane: true } : {}) } }, this.options.signal)
    const ack = await receiveSoon(this.reader, this.options.signal)
    if (ack.sync?.round !== round) throw new MalformedMessageError(`expected the destination to confirm round ${round}`)
    this.rttMs = Math.min(this.rttMs, performance.now() - t0)
  }

  /**
   * The pages go from the shadow as they are: the next round (which changes the shadow) starts only
   * after a sync, when the destination has had all of them.
   */
  private async sendPages (batch: PageBatch): Promise<number> {
    let sent = 0
    for (const { framed, payloadBytes } of pageMessages(batch)) {
      await sendFramed(this.out, framed, this.options.signal)
      sent += payloadBytes
      // A send that fits the stream's buffer does not wait for anything: without a turn of the event
      // loop between messages, a 64 MiB round held this daemon's API and switch for ~180 ms.
      await new Promise(resolve => setImmediate(resolve))
    }
    this.bytes += sent
    if (sent > 0) this.report({ bytesSent: this.bytes })
    return sent
  }

  /** Back as it was: tracking off, and running unless it came paused. */
  private async resume (): Promise<void> {
    await this.machine.stopTracking().catch(() => {})
    if (this.paused && !this.options.paused) await this.machine.run()
    this.paused = this.options.paused
  }

  private report (p: Partial<MigrationProgress>): void {
    Object.assign(this.progress, p)
    this.options.onProgress?.({ ...this.progress })
  }

  private done (outcome: MigrationOutcome['outcome'], extra: Partial<MigrationOutcome> = {}): MigrationOutcome {
    const streamBytesPerSec = this.streamMs > 0 ? this.streamBytes / (this.streamMs / 1000) : 0
    const d = this.disks
    if (d !== undefined) extra = { ...extra, disk: { bytes: d.bytes, blocks: d.blocks, resent: d.resent, lastBlocks: this.diskLast.blocks, lastMs: this.diskLast.ms } }
    return { outcome, carrier: this.lane === undefined ? 'stream' : 'lane', rounds: this.pagesPerRound.length, pagesPerRound: this.pagesPerRound, bytes: this.bytes, totalMs: performance.now() - this.started, downtimeMs: 0, streamBytesPerSec, ...(this.standbyGrant === undefined ? {} : { standbyGrant: this.standbyGrant }), ...extra }
  }
}
