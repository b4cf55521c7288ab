// The migration protocol, both ends. The source drives: offer, pre-copy rounds of changed pages
// (with auto-converge when the guest dirties faster than the link), then pause, the last pages, the
// device state and the signed handoff of ownership in one final message. The destination builds the
// machine before it accepts, fills it while the guest still runs at the source, and on the final
// message restores the devices, takes ownership and runs the VM: downtime is the last delta, the
// device state and the one-way trip. Until the destination says "committed" the source is the
// owner; without an answer it asks, and a destination that answers "not committed" refuses that
// handoff from then on, so the VM never runs on two peers.
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Libp2p, PeerId, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/migration.js'
import type { Logger } from '../../node/log.js'
import type { Membership } from '../membership/membership.js'
import { LpReader } from '../wire/lp-reader.js'
import { readOne, writeMessage } from '../wire/lp.js'
import { RemoteError } from '../control/member-rpc.js'
import { fromRecordMsg, toRecordMsg, type VmRecordData } from '../records/inventory.js'
import { openHandoff, signHandoff, verifyOwnership } from '../records/handoff.js'
import type { HypercallState } from '../../node/hypervisor/devices/hypercall.js'
import {
  ACCEPT_TIMEOUT_MS, DEFAULT_DOWNTIME_TARGET_MS, MAX_DEVICE_STATE_BYTES, MAX_MESSAGE_BYTES, MAX_ROUNDS, MAX_THROTTLE_MS, MIGRATION_PROTOCOL, PAGES_PER_MESSAGE, STALL_MS
} from './constants.js'
import type { DestinationHooks, IncomingVm, MigrationMode, MigrationOutcome, MigrationProgress, SourceMachine } from './types.js'

const { MigrationMessage } = supercloud.migration
type Message = supercloud.migration.IMigrationMessage
const PAGE = 4096
/** Saving and restoring devices, measured: ~5 + ~12 ms. */
const FIXED_SWITCHOVER_MS = 15

export interface MigrationComponents {
  libp2p: Libp2p
  privateKey: PrivateKey
  membership: Membership
  log: Logger
}

export interface MigrateOptions {
  migrationId: string
  mode: MigrationMode
  downtimeTargetMs?: number
  vgaMemoryBytes: number
  /** The VM is paused: it moves paused and stays so. */
  paused: boolean
  signal: AbortSignal
  onProgress?: (p: MigrationProgress) => void
}

export class MigrationProtocol {
  private readonly selfId: string

  constructor (private readonly components: MigrationComponents, private readonly hooks: DestinationHooks) {
    this.selfId = components.libp2p.peerId.toString()
  }

  async start (): Promise<void> {
    await this.components.libp2p.handle(MIGRATION_PROTOCOL, (stream, connection) => {
      void this.serve(stream, connection.remotePeer).catch(err => {
        this.components.log.warn({ peer: connection.remotePeer.toString(), err: (err as Error).message }, 'incoming migration failed')
        stream.abort(err instanceof Error ? err : new Error(String(err)))
      })
    }, { maxInboundStreams: 64 })
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(MIGRATION_PROTOCOL).catch(() => {})
  }

  /** Asks `peer` whether it took VM `vmId` at `epoch`; if it did not, it will refuse it from now on. */
  async status (peer: string, vmId: string, epoch: number, options: { signal?: AbortSignal } = {}): Promise<boolean> {
    const signal = options.signal ?? AbortSignal.timeout(STALL_MS)
    const stream = await this.components.libp2p.dialProtocol(peerIdFromString(peer), MIGRATION_PROTOCOL, { signal })
    try {
      await send(stream, { statusQuery: { vmId, epoch } }, signal)
      const answer = await receive(new LpReader(stream, MAX_MESSAGE_BYTES), signal)
      if (answer.status == null) throw new RemoteError('MalformedMessageError', 'a status query answered without a status')
      await stream.close().catch(() => {})
      return answer.status.committed === true
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
  }

  /** Moves `record`'s VM from this peer to `peer`. Resolves with the outcome; it never throws past the point of no return. */
  async migrate (peer: string, record: VmRecordData, machine: SourceMachine, options: MigrateOptions): Promise<MigrationOutcome> {
    const started = performance.now()
    const signal = options.signal
    const pagesPerRound: number[] = []
    let bytes = 0
    let paused = options.paused
    const progress: MigrationProgress = { phase: 'offered', round: 0, bytesSent: 0, lastRoundBytes: 0, dirtyBytesPerSec: 0, bandwidthBytesPerSec: 0, etaMs: 0, throttleMs: 0 }
    const report = (p: Partial<MigrationProgress>): void => { Object.assign(progress, p); options.onProgress?.({ ...progress }) }
    const done = (outcome: MigrationOutcome['outcome'], extra: Partial<MigrationOutcome> = {}): MigrationOutcome => ({ outcome, rounds: pagesPerRound.length, pagesPerRound, bytes, totalMs: performance.now() - started, downtimeMs: 0, ...extra })

    const stream = await this.components.libp2p.dialProtocol(peerIdFromString(peer), MIGRATION_PROTOCOL, { signal })
    const reader = new LpReader(stream, MAX_MESSAGE_BYTES)
    const onAbort = (): void => { stream.abort(new Error('migration cancelled')) }
    signal.addEventListener('abort', onAbort, { once: true })
    let committing = false
    let breakdown: MigrationOutcome['breakdown']
    await machine.boost(true).catch(() => {})
    try {
      const rehearsal = await machine.saveDevices()
      await send(stream, {
        offer: {
          migrationId: options.migrationId,
          record: toRecordMsg(record),
          vgaMemoryBytes: options.vgaMemoryBytes,
          mode: options.mode,
          paused: options.paused,
          rehearsalDeviceState: deflateRawSync(rehearsal.deviceState, { level: 1 }),
          rehearsalHypercall: JSON.stringify(rehearsal.hypercall)
        }
      }, signal)
      const answer = await receive(reader, AbortSignal.any([signal, AbortSignal.timeout(ACCEPT_TIMEOUT_MS)]))
      if (answer.refuse != null) return done('aborted', { reason: `${answer.refuse.name ?? 'Refused'}: ${answer.refuse.message ?? ''}` })
      if (answer.accept == null) throw new RemoteError('MalformedMessageError', 'the destination answered an offer with neither accept nor refuse')

      const sendPages = async (batch: { indexes: Uint32Array, data: Uint8Array }): Promise<number> => {
        let sent = 0
        for (let i = 0; i < batch.indexes.length; i += PAGES_PER_MESSAGE) {
          const indexes = batch.indexes.subarray(i, i + PAGES_PER_MESSAGE)
          const data = batch.data.subarray(i * PAGE, (i + indexes.length) * PAGE)
          await send(stream, { pages: { indexes: new Uint8Array(indexes.buffer, indexes.byteOffset, indexes.byteLength), data } }, signal)
          sent += data.byteLength
        }
        bytes += sent
        report({ bytesSent: bytes })
        return sent
      }

      if (options.mode === 'precopy' && !paused) {
        const target = options.downtimeTargetMs ?? DEFAULT_DOWNTIME_TARGET_MS
        let throttle = 0
        let previous: number | undefined
        for (let round = 1; ; round++) {
          const t0 = performance.now()
          const batch = await machine.trackRound()
          const t1 = performance.now()
          const sent = await sendPages(batch)
          // Until the destination has it all: what the link carries, and nothing left in flight.
          await send(stream, { sync: { round } }, signal)
          const ack = await receive(reader, AbortSignal.any([signal, AbortSignal.timeout(STALL_MS)]))
          if (ack.sync?.round !== round) throw new RemoteError('MalformedMessageError', `expected the destination to confirm round ${round}`)
          const elapsed = performance.now() - t0
          pagesPerRound.push(batch.indexes.length)
          const bandwidth = sent / Math.max(0.001, (performance.now() - t1) / 1000)
          // Small rounds say little about the link (their time is mostly the round trip).
          if (round === 1 || sent > 1 << 20) progress.bandwidthBytesPerSec = bandwidth
          const dirtyRate = round === 1 ? 0 : sent / Math.max(0.001, elapsed / 1000)
          const bw = Math.max(1, progress.bandwidthBytesPerSec)
          report({ phase: 'precopy', round, lastRoundBytes: sent, dirtyBytesPerSec: dirtyRate, etaMs: round === 1 ? 0 : sent / bw * 1000 })
          // Switch over when sending what is left fits the downtime target beside the fixed costs of
          // a switchover (a last scan, the device state), or when rounds stop shrinking.
          const budget = Math.max(1, target - batch.scanMs - FIXED_SWITCHOVER_MS)
          const shrinking = previous === undefined || sent < previous * 0.8
          previous = sent
          if (round > 1 && (sent / bw * 1000 <= budget || (!shrinking && round >= 3) || round >= MAX_ROUNDS)) break
          // Auto-converge: the guest dirties faster than half the link carries: slow it down.
          if (round > 1 && dirtyRate > bw / 2 && throttle < MAX_THROTTLE_MS) {
            throttle = Math.min(MAX_THROTTLE_MS, Math.max(1, throttle * 2))
            await machine.setThrottle(throttle)
            report({ throttleMs: throttle })
          }
        }
      }

      // Signed before the pause: it does not depend on the final state.
      const handoff = await signHandoff(this.components.privateKey, { vmId: record.id, epoch: record.epoch + 1, from: this.selfId, to: peer, atMs: Date.now() })
      report({ phase: 'switchover' })
      const pausedAt = performance.now()
      if (!paused) {
        await machine.pause()
        paused = true
      }
      const t1 = performance.now()
      const devices = await machine.saveDevices()
      const t2 = performance.now()
      // The last scan runs in the worker while the devices travel and are restored at the destination.
      const scanning = machine.trackRound()
      const deviceState = deflateRawSync(devices.deviceState, { level: 1 })
      report({ phase: 'committing' })
      committing = true
      await send(stream, { devices: { deviceState, hypercall: JSON.stringify(devices.hypercall), guestMac: devices.mac, handoff } }, signal)
      bytes += deviceState.byteLength
      const last = await scanning
      const t3 = performance.now()
      pagesPerRound.push(last.indexes.length)
      void machine.stopTracking().catch(() => {})
      // stop-and-copy and a paused VM: everything goes now, in ordinary page messages first.
      const inFinal = last.indexes.length <= PAGES_PER_MESSAGE
      if (!inFinal) await sendPages(last)
      await send(stream, {
        final: {
          pages: inFinal ? { indexes: new Uint8Array(last.indexes.buffer, last.indexes.byteOffset, last.indexes.byteLength), data: last.data } : { indexes: new Uint8Array(), data: new Uint8Array() },
          run: !options.paused,
          pausedForMs: performance.now() - pausedAt
        }
      }, signal)
      if (inFinal) bytes += last.data.byteLength
      bytes += deviceState.byteLength
      const sentAt = performance.now()
      let result: Message
      try {
        result = await receive(reader, AbortSignal.timeout(ACCEPT_TIMEOUT_MS))
      } catch (err) {
        return done('unknown', { reason: `no answer from ${peer} after the handoff: ${(err as Error).message}`, handoff })
      }
      if (result.committed != null) {
        // The answer took the way back too: half of it is the way there.
        const oneWay = Math.max(0, (performance.now() - sentAt - (result.committed.receiveToRunMs ?? 0)) / 2)
        await stream.close().catch(() => {})
        breakdown = { pauseMs: t1 - pausedAt, devicesMs: t2 - t1, lastRoundMs: t3 - t2, sendMs: sentAt - t3, oneWayMs: oneWay, destinationMs: result.committed.receiveToRunMs ?? 0 }
        return done('committed', { downtimeMs: (sentAt - pausedAt) + oneWay + (result.committed.receiveToRunMs ?? 0), handoff, breakdown })
      }
      if (result.aborted != null) {
        await this.resume(machine, options.paused)
        return done('aborted', { reason: `${result.aborted.name ?? 'Aborted'}: ${result.aborted.message ?? ''}` })
      }
      return done('unknown', { reason: 'the destination answered the handoff with neither committed nor aborted', handoff })
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      if (committing) return done('unknown', { reason: (err as Error).message })
      // Before the handoff left, the source is the owner whatever happened: it carries on.
      await machine.stopTracking().catch(() => {})
      if (paused) await this.resume(machine, options.paused)
      const reason = signal.aborted ? 'cancelled' : `${(err as Error).name}: ${(err as Error).message}`
      return done('aborted', { reason })
    } finally {
      signal.removeEventListener('abort', onAbort)
      await machine.boost(false).catch(() => {})
    }
  }

  private async resume (machine: SourceMachine, wasPaused: boolean): Promise<void> {
    await machine.stopTracking().catch(() => {})
    if (!wasPaused) await machine.run()
  }

  /** The destination's side of one stream. */
  private async serve (stream: Stream, from: PeerId): Promise<void> {
    this.components.membership.assertMember(from)
    const reader = new LpReader(stream, MAX_MESSAGE_BYTES)
    const first = await receive(reader, AbortSignal.timeout(STALL_MS))
    if (first.statusQuery != null) {
      const vmId = first.statusQuery.vmId ?? ''
      const epoch = first.statusQuery.epoch ?? 0
      const committed = this.hooks.committed(vmId, epoch)
      if (!committed) this.hooks.fence(vmId, epoch)
      await send(stream, { status: { committed } }, AbortSignal.timeout(STALL_MS))
      await stream.close().catch(() => {})
      return
    }
    const offer = first.offer
    if (offer == null) throw new RemoteError('MalformedMessageError', 'a migration starts with an offer or a status query')
    let record: VmRecordData
    let incoming: IncomingVm | undefined
    try {
      record = fromRecordMsg(offer.record ?? {})
      // Only the VM's owner can offer it.
      await verifyOwnership({ vmId: record.id, epoch: record.epoch, creator: record.creator, nonce: record.nonce, handoffs: record.handoffs }, from.toString())
      incoming = await this.hooks.accept({ migrationId: offer.migrationId ?? '', record, from: from.toString(), vgaMemoryBytes: offer.vgaMemoryBytes ?? 0, mode: offer.mode === 'stopcopy' ? 'stopcopy' : 'precopy', paused: offer.paused === true })
      await incoming.restoreDevices({ deviceState: inflate(offer.rehearsalDeviceState), hypercall: JSON.parse(offer.rehearsalHypercall ?? '') as HypercallState, mac: record.spec.guestMac ?? record.spec.mac })
        .catch(async (err: Error) => { await incoming?.abort(err.message); throw err })
    } catch (err) {
      await send(stream, { refuse: { name: (err as Error).name, message: (err as Error).message } }, AbortSignal.timeout(STALL_MS)).catch(() => {})
      await stream.close().catch(() => {})
      return
    }
    let decided = false
    let handoff: supercloud.vm.ISignedHandoff | undefined
    try {
      await send(stream, { accept: {} }, AbortSignal.timeout(STALL_MS))
      for (;;) {
        const m = await receive(reader, AbortSignal.timeout(STALL_MS))
        if (m.pages != null) {
          await incoming.writePages(pages(m.pages))
          continue
        }
        if (m.sync != null) {
          await send(stream, { sync: { round: m.sync.round ?? 0 } }, AbortSignal.timeout(STALL_MS))
          continue
        }
        if (m.devices != null) {
          const h = await openHandoff(m.devices.handoff ?? {})
          if (h.vmId !== record.id || h.epoch !== record.epoch + 1 || h.from !== from.toString() || h.to !== this.selfId) {
            throw new RemoteError('InvalidHandoffError', `the handoff of vm ${record.id} is not from ${from.toString()} to this peer at epoch ${record.epoch + 1}`)
          }
          handoff = m.devices.handoff ?? {}
          await incoming.restoreDevices({ deviceState: inflate(m.devices.deviceState), hypercall: JSON.parse(m.devices.hypercall ?? '') as HypercallState, mac: m.devices.guestMac ?? '' })
          continue
        }
        const final = m.final
        if (final == null) throw new RemoteError('MalformedMessageError', 'expected pages, the devices or the final message')
        if (handoff === undefined) throw new RemoteError('MalformedMessageError', 'the final message came before the devices')
        const arrived = performance.now()
        if (final.pages != null && (final.pages.indexes?.byteLength ?? 0) > 0) await incoming.writePages(pages(final.pages))
        const written = performance.now()
        decided = true
        const runningAt = await incoming.commit({ handoff, run: final.run === true })
        this.components.log.debug({ vm: record.id, writeMs: written - arrived, commitMs: runningAt - written, pages: (final.pages?.indexes?.byteLength ?? 0) / 4 }, 'switchover at the destination')
        await send(stream, { committed: { receiveToRunMs: runningAt - arrived } }, AbortSignal.timeout(STALL_MS)).catch(() => {})
        await stream.close().catch(() => {})
        return
      }
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err))
      if (!decided || !this.hooks.committed(record.id, record.epoch + 1)) {
        this.hooks.fence(record.id, record.epoch + 1)
        await incoming.abort(error.message)
        await send(stream, { aborted: { name: error.name, message: error.message } }, AbortSignal.timeout(STALL_MS)).catch(() => {})
      }
      throw error
    }
  }
}

function inflate (bytes: Uint8Array | null | undefined): Uint8Array {
  return inflateRawSync(bytes ?? new Uint8Array(), { maxOutputLength: MAX_DEVICE_STATE_BYTES })
}

function pages (m: supercloud.migration.IPages): { indexes: Uint32Array, data: Uint8Array } {
  const raw = m.indexes ?? new Uint8Array()
  if (raw.byteLength % 4 !== 0) throw new RemoteError('MalformedMessageError', 'page indexes are not u32s')
  // Copied into aligned memory of its own: the bytes may sit at any offset of the received message
  // (and Buffer's slice would share it).
  const copy = new Uint8Array(raw.byteLength)
  copy.set(raw)
  const indexes = new Uint32Array(copy.buffer)
  return { indexes, data: m.data ?? new Uint8Array() }
}

async function send (stream: Stream, message: Message, signal: AbortSignal): Promise<void> {
  await writeMessage(stream, MigrationMessage.encode(message).finish(), { signal: AbortSignal.any([signal, AbortSignal.timeout(STALL_MS)]) })
}

async function receive (reader: LpReader, signal: AbortSignal): Promise<supercloud.migration.MigrationMessage> {
  return MigrationMessage.decode(await readOne(reader, { signal }))
}
