// Every VM in the cloud, from any peer's API: finds a VM by id, id prefix or name in the replicated
// records and sends the operation where the VM lives — here to its controller, elsewhere over the VM
// protocol to its owner, which dispatches the same action (serve.ts).
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from '../log.js'
import type { PeerView } from '../../overlay/membership/index.js'
import type { CloudVm } from '../../overlay/records/index.js'
import type { VmOps } from '../../overlay/control/vm-ops.js'
import type { ConsoleProtocol, ConsoleSession } from '../../overlay/control/console.js'
import type { SnapshotTransfer } from '../../overlay/control/transfer.js'
import type { GuestInfo } from '../hypervisor/types.js'
import type { MigrationMode } from '../../overlay/migration/types.js'
import { MAX_SNAPSHOT_BYTES, readSnapshotLayout } from '../hypervisor/snapshot/format.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import { NotFoundError } from '../errors.js'
import { AmbiguousVmError, VmNotFoundError, VmPhaseError, VmSpecError } from './errors.js'
import { isLifecycleAction } from './actions.js'
import type { VmDetail } from './detail.js'
import type { VmRegistry } from './registry.js'
import { fromDetailMsg, toSpecMsg } from './wire.js'
import { toView, type VmView } from './view.js'
import type { CreateRequest } from './spec.js'
import type { VmNetwork } from '../net/service.js'
import type { MigrationView, VmMigrations } from './migrate-out.js'
import { fromMigrationMsg } from './migration-wire.js'
import { Placement, diskBudgetOf } from './placement.js'
import { UnschedulableError } from './schedule.js'
import { localConsole } from './serve.js'
import type { Protections } from './protect.js'

export interface VmRouterComponents {
  registry: VmRegistry
  migrations: VmMigrations
  /** The cloud's VM records. */
  records: { list: () => CloudVm[], disks: () => ReadonlyArray<{ id: string, sizeBytes: number }> }
  /** The cloud's members as this peer sees them. */
  peers: { peers: () => PeerView[], entry: (id: string) => { descriptor: { provider: string, region: string } } | undefined }
  images: ImageCatalog
  ops: VmOps
  consoles: ConsoleProtocol
  transfer: SnapshotTransfer
  selfId: string
  log: Logger
  network?: VmNetwork
  /** This peer's protected VMs, as their primary. */
  protections: Protections
}

/** `vm protect` and `vm create --ha`: the standby (a peer id, a unique part, or provider:NAME) and the interval. */
export interface ProtectRequest {
  standby?: string
  intervalMs?: number
}

const LIST_TIMEOUT_MS = 3000
/** A remote migration is waited for in asks of at most this long each (the VM protocol's own timeout is 60 s). */
const WAIT_ASK_MS = 30_000
const MIN_PREFIX = 4

export class VmRouter {
  /** Migrations started through this peer's API on others: where to ask about them. */
  private readonly migrationSources = new Map<string, string>()

  constructor (private readonly c: VmRouterComponents) {}

  async list (): Promise<VmView[]> {
    const vms = this.c.records.list()
    const owners = [...new Set(vms.filter(v => v.phase !== 'lost').map(v => v.owner))]
    const live = new Map<string, VmDetail>()
    await Promise.all(owners.map(async owner => {
      try {
        const details = owner === this.c.selfId
          ? await this.c.registry.list()
          : (await this.c.ops.list(peerIdFromString(owner), { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) })).map(fromDetailMsg)
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

  /** VM `id`'s guest as its RAM holds it now, if the VM is on this peer with a guest to read. */
  async guestHere (id: string): Promise<GuestInfo | undefined> {
    return this.c.registry.peek(id) === undefined ? undefined : await this.c.registry.get(id).guest()
  }

  /** The VMs this peer's own registry holds (whatever the cloud's records say). */
  async listHere (): Promise<VmView[]> {
    return (await this.c.registry.list()).map(d => this.viewOf(d, this.c.selfId))
  }

  async show (ref: string): Promise<VmView> {
    const vm = this.resolve(ref)
    if (vm.phase === 'lost') return this.view(vm)
    const d = vm.owner === this.c.selfId ? await this.c.registry.get(vm.id).detail() : fromDetailMsg(await this.c.ops.show(peerIdFromString(vm.owner), vm.id))
    return this.view({ ...vm, ...d.record }, d)
  }

  /** `net` is `NAME[:IP]` (or an id for NAME): the VNet to plug the VM into. */
  async create (input: Omit<CreateRequest, 'net'> & { net?: string }, on?: string, ha?: ProtectRequest): Promise<VmView> {
    const { net, ...rest } = input
    const request: CreateRequest = { ...rest, ...(net === undefined ? {} : { net: this.netRef(net) }) }
    const target = on === undefined ? this.c.selfId : this.resolvePeer(on, request.memoryBytes ?? this.c.images.get(request.image).defaultMemoryBytes)
    const d = target === this.c.selfId
      ? await this.c.registry.create(request)
      : fromDetailMsg(await this.c.ops.create(peerIdFromString(target), toSpecMsg(request)))
    if (ha === undefined) return this.viewOf(d, target)
    // `--ha`: a VM that cannot be protected is not what was asked for; it goes again.
    try {
      return await this.protect(d.record.id, ha, target)
    } catch (err) {
      await this.act(d.record.id, 'destroy').catch(() => undefined)
      throw err
    }
  }

  /** Starts replicating a VM to a standby (at its owner); resolves once the standby accepted. */
  async protect (ref: string, request: ProtectRequest = {}, knownOwner?: string): Promise<VmView> {
    const vm = knownOwner === undefined ? this.resolve(ref) : undefined
    const id = vm?.id ?? ref
    const owner = vm?.owner ?? knownOwner ?? ''
    const memoryBytes = vm?.spec.memoryBytes ?? this.c.registry.peek(id)?.spec.memoryBytes ?? 0
    const standby = request.standby === undefined ? undefined : this.resolvePeer(request.standby, memoryBytes, owner, diskBudgetOf(this.c.records.disks(), vm?.spec.disks))
    if (standby === owner) throw new VmSpecError('the standby must be another peer than the VM\'s')
    if (owner !== this.c.selfId) {
      const d = await this.c.ops.action(peerIdFromString(owner), id, 'protect', { standby: standby ?? '', checkpointIntervalMs: request.intervalMs ?? 0 })
      if (d === undefined) throw new VmNotFoundError(`no VM ${id} at ${owner}`)
      return this.viewOf(fromDetailMsg(d), owner)
    }
    await this.c.protections.protect(id, { ...(standby === undefined ? {} : { standby }), ...(request.intervalMs === undefined ? {} : { intervalMs: request.intervalMs }) })
    return this.viewOf(await this.c.registry.get(id).detail(), owner)
  }

  /** Stops replicating a VM; its standby frees the replica. */
  async unprotect (ref: string): Promise<VmView> {
    const vm = this.resolve(ref)
    if (vm.owner !== this.c.selfId) {
      const d = await this.c.ops.action(peerIdFromString(vm.owner), vm.id, 'unprotect')
      if (d === undefined) throw new VmNotFoundError(`no VM ${vm.id} at ${vm.owner}`)
      return this.viewOf(fromDetailMsg(d), vm.owner)
    }
    await this.c.protections.unprotect(vm.id)
    return this.viewOf(await this.c.registry.get(vm.id).detail(), vm.owner)
  }

  /** A lifecycle action (start, pause, resume, stop, destroy), run by the VM's controller at its owner. */
  async act (ref: string, action: string, options: { withDisks?: boolean } = {}): Promise<VmView | undefined> {
    if (!isLifecycleAction(action)) throw new VmSpecError(`unknown action ${action} (start, pause, resume, stop, destroy)`)
    const vm = this.resolve(ref)
    if (vm.phase === 'lost' && vm.ownerState !== 'alive') {
      throw new VmPhaseError(`vm ${vm.spec.name} (${vm.id}) is lost: ${vm.reason ?? 'its peer is gone'}; its record goes when that peer is back`)
    }
    if (vm.owner !== this.c.selfId) {
      const d = await this.c.ops.action(peerIdFromString(vm.owner), vm.id, action, { withDisks: options.withDisks === true })
      return d === undefined ? undefined : this.viewOf(fromDetailMsg(d), vm.owner)
    }
    const controller = this.c.registry.get(vm.id)
    if (action === 'destroy') {
      await controller.dispatch({ kind: 'destroy', withDisks: options.withDisks === true })
      return undefined
    }
    return this.viewOf(await controller.dispatch({ kind: action }), vm.owner)
  }

  async attach (ref: string, net: string): Promise<VmView> {
    const vm = this.resolve(ref)
    const where = this.netRef(net)
    const d = vm.owner === this.c.selfId ? await this.c.registry.get(vm.id).dispatch({ kind: 'attach', net: where }) : fromDetailMsg(await this.c.ops.attach(peerIdFromString(vm.owner), vm.id, where))
    return this.viewOf(d, vm.owner)
  }

  /** Attaches a disk to a stopped VM, or detaches one, at the VM's owner (where the disk must live). */
  async disk (ref: string, disk: string, detach: boolean): Promise<VmView> {
    const vm = this.resolve(ref)
    const d = vm.owner === this.c.selfId
      ? await this.c.registry.get(vm.id).dispatch(detach ? { kind: 'detachDisk', disk } : { kind: 'attachDisk', disk })
      : fromDetailMsg(await this.c.ops.disk(peerIdFromString(vm.owner), vm.id, disk, detach))
    return this.viewOf(d, vm.owner)
  }

  async detach (ref: string): Promise<VmView> {
    const vm = this.resolve(ref)
    const d = vm.owner === this.c.selfId ? await this.c.registry.get(vm.id).dispatch({ kind: 'detach' }) : fromDetailMsg(await this.c.ops.detach(peerIdFromString(vm.owner), vm.id))
    return this.viewOf(d, vm.owner)
  }

  /**
   * Moves a VM to another peer (`to`: a peer id or unique part, or provider:NAME); the migration runs
   * at the VM's owner. Resolves once it is under way.
   */
  async migrate (ref: string, to: string, options: { mode?: MigrationMode, downtimeTargetMs?: number } = {}): Promise<MigrationView> {
    const vm = this.resolve(ref)
    if (vm.phase === 'lost') throw new VmPhaseError(`vm ${vm.spec.name} (${vm.id}) is lost: ${vm.reason ?? ''}`)
    const target = this.resolvePeer(to, vm.spec.memoryBytes, vm.owner, diskBudgetOf(this.c.records.disks(), vm.spec.disks))
    const view = vm.owner === this.c.selfId
      ? this.c.migrations.start(vm.id, target, options)
      : fromMigrationMsg(await this.c.ops.migrate(peerIdFromString(vm.owner), vm.id, target, { mode: options.mode ?? 'precopy', downtimeTargetMs: options.downtimeTargetMs ?? 0 }))
    this.migrationSources.set(view.id, vm.owner)
    return view
  }

  /** Resolves with migration `id`'s last report once it has ended, asking the peer that runs it to answer then. */
  async finished (id: string, options: { signal?: AbortSignal } = {}): Promise<MigrationView> {
    if (this.c.migrations.get(id) !== undefined) return await this.c.migrations.finished(id)
    const source = this.migrationSources.get(id)
    if (source === undefined) throw new NotFoundError(`no migration ${id} started through this peer`)
    for (;;) {
      options.signal?.throwIfAborted()
      const asked = performance.now()
      const [m] = await this.c.ops.migrations(peerIdFromString(source), { id, waitMs: WAIT_ASK_MS }, { signal: AbortSignal.any([AbortSignal.timeout(WAIT_ASK_MS * 2), ...(options.signal === undefined ? [] : [options.signal])]) })
      if (m === undefined) throw new NotFoundError(`peer ${source} no longer knows migration ${id}`)
      const view = fromMigrationMsg(m)
      if (view.phase === 'committed' || view.phase === 'aborted') return view
      // A source of a version before wait_ms answers at once: do not ask it in a tight loop.
      const early = WAIT_ASK_MS - (performance.now() - asked)
      if (early > WAIT_ASK_MS / 2) await new Promise(resolve => setTimeout(resolve, 1000))
    }
  }

  async cancelMigration (ref: string): Promise<MigrationView> {
    const vm = this.resolve(ref)
    if (vm.owner === this.c.selfId) return this.c.migrations.cancel(vm.id)
    const [m] = await this.c.ops.migrations(peerIdFromString(vm.owner), { cancelVmId: vm.id })
    if (m === undefined) throw new VmNotFoundError(`vm ${vm.id} is not migrating`)
    return fromMigrationMsg(m)
  }

  /** A migration by id, asked of the peer that runs it (this one, or the source it was started on). */
  async migration (id: string): Promise<MigrationView> {
    const local = this.c.migrations.get(id)
    if (local !== undefined) return local
    const source = this.migrationSources.get(id)
    const peers = source === undefined ? this.alivePeers() : [source]
    for (const peer of peers) {
      const [m] = await this.c.ops.migrations(peerIdFromString(peer), { id }, { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) }).catch(() => [])
      if (m !== undefined) return fromMigrationMsg(m)
    }
    throw new NotFoundError(`no migration ${id}`)
  }

  /** Migrations in flight and recent, from every peer that answers. */
  async allMigrations (): Promise<MigrationView[]> {
    const remote = await Promise.all(this.alivePeers().map(async peer => (await this.c.ops.migrations(peerIdFromString(peer), {}, { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) }).catch(() => [])).map(fromMigrationMsg)))
    return [...this.c.migrations.list(), ...remote.flat()].sort((a, b) => b.startedAt.localeCompare(a.startedAt))
  }

  async snapshot (ref: string): Promise<Uint8Array> {
    const vm = this.resolve(ref)
    if (vm.owner === this.c.selfId) return await this.c.registry.get(vm.id).dispatch({ kind: 'snapshot' })
    return await this.c.transfer.download(peerIdFromString(vm.owner), vm.id, { maxBytes: MAX_SNAPSHOT_BYTES })
  }

  async restore (bytes: Uint8Array, options: { on?: string, name?: string } = {}): Promise<VmView> {
    // Checked here first, so that a bad file is refused before it crosses the overlay.
    const layout = readSnapshotLayout(bytes)
    const target = options.on === undefined ? this.c.selfId : this.resolvePeer(options.on, layout.header.machine.memoryBytes)
    const d = target === this.c.selfId
      ? await this.c.registry.restore(bytes, { name: options.name })
      : fromDetailMsg(await this.c.transfer.upload(peerIdFromString(target), bytes, { name: options.name }))
    return this.viewOf(d, target)
  }

  async logs (ref: string): Promise<Uint8Array> {
    const vm = this.resolve(ref)
    if (vm.owner === this.c.selfId) return this.c.registry.get(vm.id).logs()
    return await this.c.ops.logs(peerIdFromString(vm.owner), vm.id)
  }

  async console (ref: string): Promise<ConsoleSession> {
    const vm = this.resolve(ref)
    if (vm.owner === this.c.selfId) return localConsole(this.c.registry.get(vm.id))
    return await this.c.consoles.open(peerIdFromString(vm.owner), vm.id)
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
   * schedulable peer with room, its price weighted by revocation risk). `diskBytes`: the disk budget
   * the VM's disks take there (diskBudgetOf).
   */
  resolvePeer (on: string, memoryBytes: number, except?: string, diskBytes = 0): string {
    const peers = this.c.peers.peers()
    const others = except === undefined ? [] : [except]
    if (on.startsWith('provider:')) return new Placement(peers).place(memoryBytes, { provider: on.slice('provider:'.length), except: others, diskBytes })
    if (on === 'auto') return new Placement(peers).place(memoryBytes, { policy: 'cheapest', except: others, diskBytes })
    const exact = peers.find(p => p.id === on)
    const matches = exact !== undefined ? [exact] : on.length >= 6 ? peers.filter(p => p.id.startsWith(on) || p.id.endsWith(on)) : []
    if (matches.length > 1) throw new VmSpecError(`${on} matches ${matches.length} peers`)
    const peer = matches[0]
    if (peer === undefined) throw new NotFoundError(`no peer ${on} in the cloud (use a peer id, provider:NAME or auto)`)
    if (!peer.schedulable && peer.id !== except) throw new UnschedulableError(`peer ${peer.id} takes no new VMs (${peer.unschedulableReason || 'unschedulable'})`)
    return peer.id
  }

  private alivePeers (): string[] {
    return this.c.peers.peers().filter(p => !p.self && p.state === 'alive').map(p => p.id)
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

  private ownerLabels (id: string): { id: string, provider: string, region: string } {
    const entry = this.c.peers.entry(id)
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
