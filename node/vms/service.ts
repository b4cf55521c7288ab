// Every VM in the cloud, from any peer's API: finds a VM by id, id prefix or name in the replicated
// records and runs the operation where the VM lives — here through the manager, elsewhere through
// the overlay on its owner. Also the serving side of those overlay protocols.
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from '../log.js'
import type { Membership } from '../../overlay/membership/membership.js'
import type { CloudVm, Records } from '../../overlay/records/index.js'
import type { Libp2p } from '@libp2p/interface'
import { VmOps, type VmOpsHandlers } from '../../overlay/control/vm-ops.js'
import { ConsoleProtocol, type ConsoleSession } from '../../overlay/control/console.js'
import { SnapshotTransfer, type SnapshotHandlers } from '../../overlay/control/transfer.js'
import { MAX_DEVICE_STATE_BYTES, readSnapshotLayout } from '../hypervisor/snapshot/format.js'
import { MAX_MEMORY_BYTES } from '../hypervisor/limits.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import { NotFoundError } from '../errors.js'
import { AmbiguousVmError, VmNotFoundError, VmPhaseError, VmSpecError } from './errors.js'
import type { VmDetail, VmManager } from './manager.js'
import { VM_ACTIONS, type LifecycleAction } from './phases.js'
import { fromDetailMsg, fromSpecMsg, toDetailMsg, toSpecMsg } from './wire.js'
import { toView, type VmView } from './view.js'
import type { CreateRequest } from './spec.js'
import type { VmNetwork } from '../net/service.js'
import type { MigrationView, VmMigrations } from './migrations.js'
import { fromMigrationMsg, toMigrationMsg } from './migration-wire.js'
import type { MigrationMode } from '../../overlay/migration/types.js'
import { Placement } from './placement.js'
import { UnschedulableError } from './schedule.js'

export interface VmServiceComponents {
  manager: VmManager
  records: Records
  membership: Membership
  images: ImageCatalog
  libp2p: Libp2p
  log: Logger
  network?: VmNetwork
  migrations?: VmMigrations
}

/** Snapshots carry RAM plus a device state and a header. */
const MAX_SNAPSHOT_BYTES = MAX_MEMORY_BYTES + MAX_DEVICE_STATE_BYTES + (1 << 20)
const LIST_TIMEOUT_MS = 3000
const MIN_PREFIX = 4

export class VmService {
  /** Migrations started through this peer's API on others: where to ask about them. */
  private readonly migrationSources = new Map<string, string>()
  private readonly vmOps: VmOps
  private readonly consoles: ConsoleProtocol
  private readonly transfer: SnapshotTransfer
  private readonly selfId: string
  private offRecords?: () => void

  constructor (private readonly c: VmServiceComponents) {
    const rpc = { libp2p: c.libp2p, membership: c.membership, log: c.log }
    this.selfId = c.libp2p.peerId.toString()
    this.vmOps = new VmOps(rpc, this.opsHandlers())
    this.consoles = new ConsoleProtocol(rpc, { open: vmId => this.localConsole(vmId) })
    this.transfer = new SnapshotTransfer(rpc, this.snapshotHandlers())
  }

  /** Serves this peer's VMs to the others (the VM, console and snapshot protocols). */
  async start (): Promise<void> {
    // A newer epoch of a VM elsewhere (a migration's commit this peer did not hear, or one from
    // before a restart) makes what this peer has of it stale.
    this.offRecords = this.c.records.onChange(() => {
      for (const vm of this.c.records.list()) {
        const here = this.c.manager.epochOf(vm.id)
        if (vm.owner === this.selfId || here === undefined || here >= vm.epoch) continue
        this.c.manager.superseded(vm.id, vm.epoch).catch(err => { this.c.log.warn({ err, vm: vm.id }, 'dropping a superseded VM failed') })
      }
    })
    await this.vmOps.start()
    await this.consoles.start()
    await this.transfer.start()
  }

  async stop (): Promise<void> {
    this.offRecords?.()
    await this.transfer.stop()
    await this.consoles.stop()
    await this.vmOps.stop()
  }

  async list (): Promise<VmView[]> {
    const vms = this.c.records.list()
    const owners = [...new Set(vms.filter(v => v.phase !== 'lost').map(v => v.owner))]
    const live = new Map<string, VmDetail>()
    await Promise.all(owners.map(async owner => {
      try {
        const details = owner === this.selfId
          ? await this.c.manager.list()
          : (await this.vmOps.list(peerIdFromString(owner), { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) })).map(fromDetailMsg)
        for (const d of details) live.set(d.record.id, d)
      } catch (err) {
        this.c.log.debug({ err, owner }, 'could not list the VMs of a peer')
      }
    }))
    return vms.map(vm => {
      const d = live.get(vm.id)
      if (d === undefined || vm.phase === 'lost') return this.view(vm, vm.phase === 'lost' ? {} : { stale: true })
      return this.view({ ...vm, ...d.record }, d)
    })
  }

  /** The VMs this peer's own manager holds (whatever the cloud's records say). */
  async listHere (): Promise<VmView[]> {
    return (await this.c.manager.list()).map(d => this.viewOf(d, this.selfId))
  }

  async show (ref: string): Promise<VmView> {
    const vm = this.resolve(ref)
    if (vm.phase === 'lost') return this.view(vm)
    const d = vm.owner === this.selfId ? await this.c.manager.detail(vm.id) : fromDetailMsg(await this.vmOps.show(peerIdFromString(vm.owner), vm.id))
    return this.view({ ...vm, ...d.record }, d)
  }

  /** `net` is `NAME[:IP]` (or an id for NAME): the VNet to plug the VM into. */
  async create (input: Omit<CreateRequest, 'net'> & { net?: string }, on?: string): Promise<VmView> {
    const { net, ...rest } = input
    const request: CreateRequest = { ...rest, ...(net === undefined ? {} : { net: this.netRef(net) }) }
    const target = on === undefined ? this.selfId : this.resolvePeer(on, request.memoryBytes ?? this.defaultMemory(request.image))
    const d = target === this.selfId
      ? await this.c.manager.create(request)
      : fromDetailMsg(await this.vmOps.create(peerIdFromString(target), toSpecMsg(request)))
    return this.viewOf(d, target)
  }

  async act (ref: string, action: string): Promise<VmView | undefined> {
    if (!(VM_ACTIONS as readonly string[]).includes(action) || action === 'snapshot' || action === 'migrate') throw new VmSpecError(`unknown action ${action} (start, pause, resume, stop, destroy)`)
    const vm = this.resolve(ref)
    if (vm.phase === 'lost' && vm.ownerState !== 'alive') {
      throw new VmPhaseError(`vm ${vm.spec.name} (${vm.id}) is lost: ${vm.reason ?? 'its peer is gone'}; its record goes when that peer is back`)
    }
    if (vm.owner !== this.selfId) {
      const d = await this.vmOps.action(peerIdFromString(vm.owner), vm.id, action)
      return d === undefined ? undefined : this.viewOf(fromDetailMsg(d), vm.owner)
    }
    if (action === 'destroy') {
      await this.c.manager.destroy(vm.id)
      return undefined
    }
    return this.viewOf(await this.c.manager.act(vm.id, action as LifecycleAction), vm.owner)
  }

  async attach (ref: string, net: string): Promise<VmView> {
    const vm = this.resolve(ref)
    const where = this.netRef(net)
    const d = vm.owner === this.selfId ? await this.c.manager.attach(vm.id, where) : fromDetailMsg(await this.vmOps.attach(peerIdFromString(vm.owner), vm.id, where))
    return this.viewOf(d, vm.owner)
  }

  async detach (ref: string): Promise<VmView> {
    const vm = this.resolve(ref)
    const d = vm.owner === this.selfId ? await this.c.manager.detach(vm.id) : fromDetailMsg(await this.vmOps.detach(peerIdFromString(vm.owner), vm.id))
    return this.viewOf(d, vm.owner)
  }

  /**
   * Moves a VM to another peer (`to`: a peer id or unique part, or provider:NAME); the migration runs
   * at the VM's owner. Resolves once it is under way.
   */
  async migrate (ref: string, to: string, options: { mode?: MigrationMode, downtimeTargetMs?: number } = {}): Promise<MigrationView> {
    const vm = this.resolve(ref)
    if (vm.phase === 'lost') throw new VmPhaseError(`vm ${vm.spec.name} (${vm.id}) is lost: ${vm.reason ?? ''}`)
    const target = this.resolvePeer(to, vm.spec.memoryBytes, vm.owner)
    const view = vm.owner === this.selfId
      ? this.migrations().start(vm.id, target, options)
      : fromMigrationMsg(await this.vmOps.migrate(peerIdFromString(vm.owner), vm.id, target, { mode: options.mode ?? 'precopy', downtimeTargetMs: options.downtimeTargetMs ?? 0 }))
    this.migrationSources.set(view.id, vm.owner)
    return view
  }

  async cancelMigration (ref: string): Promise<MigrationView> {
    const vm = this.resolve(ref)
    if (vm.owner === this.selfId) return this.migrations().cancel(vm.id)
    const [m] = await this.vmOps.migrations(peerIdFromString(vm.owner), { cancelVmId: vm.id })
    if (m === undefined) throw new VmNotFoundError(`vm ${vm.id} is not migrating`)
    return fromMigrationMsg(m)
  }

  /** A migration by id, asked of the peer that runs it (this one, or the source it was started on). */
  async migration (id: string): Promise<MigrationView> {
    const local = this.c.migrations?.get(id)
    if (local !== undefined) return local
    const source = this.migrationSources.get(id)
    const peers = source === undefined ? this.alivePeers() : [source]
    for (const peer of peers) {
      const [m] = await this.vmOps.migrations(peerIdFromString(peer), { id }, { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) }).catch(() => [])
      if (m !== undefined) return fromMigrationMsg(m)
    }
    throw new NotFoundError(`no migration ${id}`)
  }

  /** Migrations in flight and recent, from every peer that answers. */
  async allMigrations (): Promise<MigrationView[]> {
    const remote = await Promise.all(this.alivePeers().map(async peer => (await this.vmOps.migrations(peerIdFromString(peer), {}, { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) }).catch(() => [])).map(fromMigrationMsg)))
    return [...(this.c.migrations?.list() ?? []), ...remote.flat()].sort((a, b) => b.startedAt.localeCompare(a.startedAt))
  }

  private migrations (): VmMigrations {
    if (this.c.migrations === undefined) throw new VmSpecError('this peer does not migrate VMs')
    return this.c.migrations
  }

  private alivePeers (): string[] {
    return this.c.membership.peers().filter(p => !p.self && p.state === 'alive').map(p => p.id)
  }

  /** `NAME[:IP]` to a VNet id and a wanted address. */
  private netRef (text: string): { id: number, ip?: string } {
    const at = text.lastIndexOf(':')
    const name = at < 0 ? text : text.slice(0, at)
    const ip = at < 0 ? undefined : text.slice(at + 1)
    if (this.c.network === undefined) throw new VmSpecError('this peer has no virtual network')
    if (ip !== undefined && !/^(\d{1,3}\.){3}\d{1,3}$/.test(ip)) throw new VmSpecError(`--net ${text}: ${ip} is not an IPv4 address (NAME or NAME:IP)`)
    return { id: this.c.network.resolve(name).id, ...(ip === undefined ? {} : { ip }) }
  }

  async snapshot (ref: string): Promise<Uint8Array> {
    const vm = this.resolve(ref)
    if (vm.owner === this.selfId) return await this.c.manager.snapshot(vm.id)
    return await this.transfer.download(peerIdFromString(vm.owner), vm.id, { maxBytes: MAX_SNAPSHOT_BYTES })
  }

  async restore (bytes: Uint8Array, options: { on?: string, name?: string } = {}): Promise<VmView> {
    // Checked here first, so that a bad file is refused before it crosses the overlay.
    const layout = readSnapshotLayout(bytes)
    const target = options.on === undefined ? this.selfId : this.resolvePeer(options.on, layout.header.machine.memoryBytes)
    const d = target === this.selfId
      ? await this.c.manager.restore(bytes, { name: options.name })
      : fromDetailMsg(await this.transfer.upload(peerIdFromString(target), bytes, { name: options.name }))
    return this.viewOf(d, target)
  }

  async logs (ref: string): Promise<Uint8Array> {
    const vm = this.resolve(ref)
    if (vm.owner === this.selfId) return this.c.manager.logs(vm.id)
    return await this.vmOps.logs(peerIdFromString(vm.owner), vm.id)
  }

  async console (ref: string): Promise<ConsoleSession> {
    const vm = this.resolve(ref)
    if (vm.owner === this.selfId) return this.localConsole(vm.id)
    return await this.consoles.open(peerIdFromString(vm.owner), vm.id)
  }

  /** A VM by exact id, exact name, or unique id prefix. */
  resolve (ref: string): CloudVm {
    const vms = this.c.records.list()
    const byId = vms.find(v => v.id === ref)
    if (byId !== undefined) return byId
    const named = vms.filter(v => v.spec.name === ref)
    const liveNamed = named.filter(v => v.phase !== 'lost')
    if (liveNamed.length === 1 || named.length === 1) return (liveNamed[0] ?? named[0]) as CloudVm
    if (named.length > 1) throw new AmbiguousVmError(`${named.length} VMs are named ${ref}: use an id (${named.map(v => v.id).join(', ')})`)
    const prefix = ref.startsWith('vm-') ? ref : `vm-${ref}`
    const matches = prefix.length >= 3 + MIN_PREFIX ? vms.filter(v => v.id.startsWith(prefix)) : []
    if (matches.length === 1) return matches[0] as CloudVm
    if (matches.length > 1) throw new AmbiguousVmError(`${ref} matches ${matches.length} VMs: ${matches.map(v => v.id).join(', ')}`)
    throw new VmNotFoundError(`no VM ${ref} in the cloud`)
  }

  /**
   * A peer for `--on`: a peer id or unique prefix, `provider:NAME` (the alive peer of that
   * provider with the most free VM memory, which must fit `memoryBytes`), or `auto` (the cheapest
   * schedulable peer with room, its price weighted by revocation risk).
   */
  resolvePeer (on: string, memoryBytes: number, except?: string): string {
    const peers = this.c.membership.peers()
    if (on.startsWith('provider:')) return new Placement(peers).place(memoryBytes, { provider: on.slice('provider:'.length), except: except === undefined ? [] : [except] })
    if (on === 'auto') return new Placement(peers).place(memoryBytes, { policy: 'cheapest', except: except === undefined ? [] : [except] })
    const exact = peers.find(p => p.id === on)
    const matches = exact !== undefined ? [exact] : on.length >= 6 ? peers.filter(p => p.id.startsWith(on) || p.id.endsWith(on)) : []
    if (matches.length > 1) throw new VmSpecError(`${on} matches ${matches.length} peers`)
    const peer = matches[0]
    if (peer === undefined) throw new NotFoundError(`no peer ${on} in the cloud (use a peer id, provider:NAME or auto)`)
    if (!peer.schedulable && peer.id !== except) throw new UnschedulableError(`peer ${peer.id} takes no new VMs (${peer.unschedulableReason || 'unschedulable'})`)
    return peer.id
  }

  /** The owner's side of the VM protocol. */
  private opsHandlers (): VmOpsHandlers {
    const m = this.c.manager
    return {
      create: async spec => toDetailMsg(await m.create(fromSpecMsg(spec))),
      action: async (vmId, action) => {
        if (action === 'destroy') {
          await m.destroy(vmId)
          return undefined
        }
        if (!['start', 'pause', 'resume', 'stop'].includes(action)) throw new VmSpecError(`unknown action ${action}`)
        return toDetailMsg(await m.act(vmId, action as LifecycleAction))
      },
      show: async vmId => toDetailMsg(await m.detail(vmId)),
      list: async () => (await m.list()).map(toDetailMsg),
      logs: async vmId => m.logs(vmId),
      attach: async (vmId, net) => toDetailMsg(await m.attach(vmId, net)),
      detach: async vmId => toDetailMsg(await m.detach(vmId)),
      migrate: async (vmId, to, options) => toMigrationMsg(this.migrations().start(vmId, to, {
        mode: options.mode === 'stopcopy' ? 'stopcopy' : 'precopy',
        ...(options.downtimeTargetMs > 0 ? { downtimeTargetMs: options.downtimeTargetMs } : {})
      })),
      migrations: async query => {
        if (query.cancelVmId !== '') return [toMigrationMsg(this.migrations().cancel(query.cancelVmId))]
        if (query.id !== '') {
          const one = this.c.migrations?.get(query.id)
          return one === undefined ? [] : [toMigrationMsg(one)]
        }
        return (this.c.migrations?.list() ?? []).map(toMigrationMsg)
      }
    }
  }

  private snapshotHandlers (): SnapshotHandlers {
    const m = this.c.manager
    return {
      snapshot: async vmId => await m.snapshot(vmId),
      restore: async (bytes, name) => toDetailMsg(await m.restore(bytes, { name })),
      maxRestoreBytes: () => Math.min(MAX_SNAPSHOT_BYTES, m.freeMemoryBytes() + MAX_DEVICE_STATE_BYTES + (1 << 20))
    }
  }

  private localConsole (vmId: string): ConsoleSession {
    const serial = this.c.manager.serial(vmId)
    let close!: () => void
    const closed = new Promise<void>(resolve => { close = resolve })
    const ended = this.c.manager.ended(vmId)
    void ended.then(close)
    return { write: bytes => { serial.write(bytes) }, onOutput: listener => serial.onOutput(listener), closed, close }
  }

  private defaultMemory (image: string): number {
    return this.c.images.get(image).defaultMemoryBytes
  }

  private ownerLabels (id: string): { id: string, provider: string, region: string } {
    const entry = this.c.membership.entry(id)
    return { id, provider: entry?.descriptor.provider ?? 'unknown', region: entry?.descriptor.region ?? 'unknown' }
  }

  private view (vm: CloudVm, extra: { guest?: VmDetail['guest'], note?: string, stale?: boolean } = {}): VmView {
    return toView(vm, this.ownerLabels(vm.owner), { ...extra, netName: this.netName })
  }

  private viewOf (d: VmDetail, owner: string): VmView {
    return toView(d.record, this.ownerLabels(owner), { ...d, netName: this.netName })
  }

  private readonly netName = (id: number): string | undefined => this.c.network?.nameOf(id)
}
