// The destination's side of migrations: room is reserved and the machine built before an offer is
// accepted; the VM becomes this peer's (new epoch, persisted and published) only on the final
// message with its previous owner's handoff. A migration this peer was asked about and did not take
// is refused from then on (fenced), so the source may safely carry on with the VM (and try again).
import type { Logger } from '../log.js'
import { parseHypercallState } from '../hypervisor/snapshot/format.js'
import type { DiskAttachment, GuestInfo, Machine, VmEngine } from '../hypervisor/types.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import type { DiskRecordData, VmRecordData } from '../../overlay/records/index.js'
import type { DestinationHooks, FinalState, IncomingVm, MigrationOffer } from '../../overlay/migration/types.js'
import { VmPhaseError, VmSpecError } from './errors.js'
import { grantClock, signHandoff } from '../../overlay/records/handoff.js'
import type { PrivateKey } from '@libp2p/interface'

/** How long a VM that just arrived keeps its worker at normal priority. */
const BOOST_AFTER_COMMIT_MS = 3000

/** What the destination needs of this peer's VM registry. */
export interface IncomingHost {
  reserveIncoming: (memoryBytes: number) => () => void
  peek: (vmId: string) => { epoch: number } | undefined
  adopt: (record: VmRecordData, machine: Machine, run: boolean) => Promise<{ runningAt: number, published: Promise<void> }>
}

/** Where the disks of a VM migrating here are made, and kept once it is taken (node/disks). */
export interface IncomingDisks {
  prepareIncoming: (record: DiskRecordData, blockBytes: number) => Promise<DiskAttachment>
  discard: (id: string) => Promise<void>
  adopt: (record: DiskRecordData) => void
}

/** A protected VM that arrived with its standby keeping it (Offer.protection): protection carries on here. */
export interface ArrivedProtected {
  standby: string
  intervalMs: number
  /** The previous primary, whose last checkpoint the standby holds: the VM as the handoff left it. */
  from: string
  /** The console's byte count and the guest, as the handoff left them. */
  consoleAt: number
  guest?: GuestInfo
}

export interface IncomingComponents {
  /**
   * Carries a protected VM's protection on (replication.ts), from the returned call on (once the VM
   * is adopted); without it, the source protects it again after a while.
   */
  carryOn?: (vmId: string, arrived: ArrivedProtected) => () => void
  /** Signs a protected VM's standby grant (Accept.standby_grant); without it, none is given. */
  privateKey?: PrivateKey
  /**
   * This peer's replicas (standby.ts). A VM moving onto its own standby arrives here while the
   * replica stays: it goes as the move commits, unless it is failing over (then the move does not).
   */
  replicas?: { yieldTo: (vmId: string) => void }
  disks?: IncomingDisks
  engine: VmEngine
  images: ImageCatalog
  host: IncomingHost
  log: Logger
  selfId: string
}

const MAX_REMEMBERED = 10_000

export class IncomingVms implements DestinationHooks {
  private readonly arriving = new Map<string, { key: string, abort: (reason: string) => Promise<void> }>()
  private readonly taken = new Set<string>()
  private readonly fenced = new Set<string>()

  constructor (private readonly c: IncomingComponents) {}

  async accept (offer: MigrationOffer): Promise<IncomingVm> {
    const { record } = offer
    const key = fenceKey(record.id, record.epoch + 1, offer.migrationId)
    if (this.fenced.has(key)) throw new VmPhaseError(`migration ${offer.migrationId} of vm ${record.id} was given up here before`)
    if (offer.from === this.c.selfId) throw new VmSpecError('a VM cannot migrate to the peer it is on')
    if (this.c.host.peek(record.id) !== undefined || this.arriving.has(record.id)) throw new VmPhaseError(`vm ${record.id} is already on this peer`)
    const image = this.c.images.get(record.spec.image)
    if (image.vgaMemoryBytes !== offer.vgaMemoryBytes) throw new VmSpecError(`vm ${record.id} has ${offer.vgaMemoryBytes} bytes of video memory; ${image.name} VMs here have ${image.vgaMemoryBytes}`)
    if (offer.disks.length > 0 && this.c.disks === undefined) throw new VmSpecError(`vm ${record.id} has disks, and this peer none`)
    // Should this peer die after taking the VM and before carrying protection on, its standby may
    // fail over from the handoff's state with this (members still vote first, as for any failover).
    // This peer as the standby (a move onto it) keeps its replica only until the move commits.
    const ontoStandby = offer.protection?.standby === this.c.selfId
    const standbyGrant = offer.protection === undefined || ontoStandby || this.c.privateKey === undefined || this.c.carryOn === undefined
      ? undefined
      : await signHandoff(this.c.privateKey, { vmId: record.id, epoch: record.epoch + 2, from: this.c.selfId, to: offer.protection.standby, atMs: grantClock() })
    const release = this.c.host.reserveIncoming(record.spec.memoryBytes)
    let machine: Machine
    const made: string[] = []
    const discard = async (): Promise<void> => { for (const id of made) await this.c.disks?.discard(id).catch(() => {}) }
    try {
      const disks: DiskAttachment[] = []
      for (const d of offer.disks) {
        disks.push(await this.c.disks?.prepareIncoming(d.record, d.blockBytes) ?? { dir: '', sizeBytes: 0 })
        made.push(d.record.id)
      }
      machine = await this.c.engine.incoming({ id: record.id, memoryBytes: record.spec.memoryBytes, vgaMemoryBytes: image.vgaMemoryBytes, nic: record.spec.nic, mac: record.spec.mac, acpi: offer.acpi, boot: { kind: 'none' }, guestConfig: {}, disks }, { guestMac: record.spec.guestMac })
    } catch (err) {
      release()
      await discard()
      throw err
    }
    await machine.boost(true).catch(() => {})
    let settled = false
    const abort = async (reason: string): Promise<void> => {
      if (settled) return
      settled = true
      this.arriving.delete(record.id)
      release()
      await machine.destroy().catch(() => {})
      await discard()
      this.c.log.info({ vm: record.id, from: offer.from, reason }, 'gave up an incoming migration')
    }
    this.arriving.set(record.id, { key, abort })
    return {
      ...(standbyGrant === undefined ? {} : { standbyGrant }),
      restoreDevices: async ({ console, ...devices }) => {
        await machine.finishIncoming({ ...devices, hypercall: parseHypercallState(devices.hypercall) })
        if (console !== undefined) machine.serial.restore(console)
      },
      writePages: async batch => { await machine.writePages(batch) },
      applyDeltas: async deltas => { await machine.applyDeltas(deltas) },
      writeDiskBlocks: async (disk, blocks) => { await machine.writeDiskBlocks(disk, blocks) },
      flush: async () => {
        await machine.flushPages()
        for (let d = 0; d < offer.disks.length; d++) await machine.flushDisk(d)
      },
      commit: async (final: FinalState) => {
        if (this.fenced.has(key)) throw new VmPhaseError(`migration ${offer.migrationId} of vm ${record.id} was given up here`)
        // Its replica here may have failed over meanwhile (the source fell silent mid-move), or be failing over.
        if (this.c.host.peek(record.id) !== undefined) throw new VmPhaseError(`vm ${record.id} runs here already (failed over from its replica)`)
        if (ontoStandby) this.c.replicas?.yieldTo(record.id)
        const t1 = performance.now()
        const next: VmRecordData = { ...record, epoch: record.epoch + 1, handoffs: [...record.handoffs, final.handoff], phase: final.run ? 'running' : 'paused', updatedAtMs: Date.now() }
        // Not verified again here, on the guest's downtime: the chain up to the source was checked
        // with the offer, and the new handoff (signed by the source, to this peer) with the devices.
        // The point of no return: from here the VM is this peer's.
        settled = true
        this.arriving.delete(record.id)
        this.remember(this.taken, `${record.id}:${next.epoch}`)
        release()
        // Before the VM's record: a restarted peer that knows the VM knows its disks.
        for (const d of offer.disks) this.c.disks?.adopt(d.record)
        // Onto its standby: nothing to carry on, the keeper protects it afresh with another.
        const arrived = offer.protection === undefined || ontoStandby || this.c.carryOn === undefined ? undefined : await this.protectedArrival(machine, offer.protection, offer.from)
        // The keeper leaves it to the carry-on from before the VM is this peer's: it would protect it afresh.
        const carry = arrived === undefined ? undefined : this.c.carryOn?.(record.id, arrived)
        const { runningAt, published } = await this.c.host.adopt(next, machine, final.run).finally(() => carry?.())
        // Still boosted for a while: the daemons' threads are busy finishing the move, and a guest
        // at nice 10 that just resumed would wait behind them.
        setTimeout(() => { void machine.boost(false).catch(() => {}) }, BOOST_AFTER_COMMIT_MS).unref()
        published.catch(err => { this.c.log.warn({ err, vm: record.id }, 'publishing a VM that migrated here failed') })
        this.c.log.info({ vm: record.id, from: offer.from, epoch: next.epoch, commitMs: runningAt - t1 }, 'took a VM by migration')
        return runningAt
      },
      abort
    }
  }

  /**
   * Before the guest runs here: its standby holds it as the handoff left it, so checkpoints start
   * from now (RAM and disks seeded) and its output waits for the first one (Remus's output commit).
   */
  private async protectedArrival (machine: Machine, protection: { standby: string, intervalMs: number }, from: string): Promise<ArrivedProtected | undefined> {
    try {
      await machine.seedCheckpoints()
      machine.nic.hold()
      const guest = await machine.guest()
      return { ...protection, from, consoleAt: machine.serial.totalBytes, ...(guest === undefined ? {} : { guest }) }
    } catch (err) {
      this.c.log.warn({ err, vm: machine.id }, 'a protected VM arrived, and its checkpoints could not start from the handoff: it is protected afresh')
      return undefined
    }
  }

  committed (vmId: string, epoch: number): boolean {
    return this.taken.has(`${vmId}:${epoch}`) || (this.c.host.peek(vmId)?.epoch ?? 0) >= epoch
  }

  fence (vmId: string, epoch: number, migrationId: string): void {
    const key = fenceKey(vmId, epoch, migrationId)
    this.remember(this.fenced, key)
    const arriving = this.arriving.get(vmId)
    if (arriving?.key === key) void arriving.abort('the source asked, and gave it up')
  }

  private remember (set: Set<string>, key: string): void {
    if (set.size >= MAX_REMEMBERED) set.clear()
    set.add(key)
  }
}

function fenceKey (vmId: string, epoch: number, migrationId: string): string {
  return `${vmId}:${epoch}:${migrationId}`
}
