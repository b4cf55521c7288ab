// The peer daemon ("Dom0"): assembles identity, the libp2p host, membership, admission, control and
// the API, joins the cloud through its bootstrap peers, and shuts everything down cleanly.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import type { NodeOptions } from './config/options.js'
import { createHost, type Host } from './host.js'
import { ensureDataDir, loadOrCreateApiToken, loadOrCreateIdentity, writeSecret } from './identity.js'
import type { Logger } from './log.js'
import { PROTOCOL_VERSION, SOFTWARE_VERSION } from './version.js'
import { SwarmKeyMissingError } from './errors.js'
import { decodeSwarmKey, generateSwarmKey } from '../overlay/pnet/index.js'
import { MemberList } from '../overlay/admission/members.js'
import { Admission } from '../overlay/admission/admission.js'
import { Membership } from '../overlay/membership/membership.js'
import { Control } from '../overlay/control/control.js'
import { Records } from '../overlay/records/index.js'
import { ApiServer } from './api/server.js'
import { V86Engine } from './hypervisor/engine.js'
import { ImageCatalog } from './hypervisor/images.js'
import { VmRegistry } from './vms/registry.js'
import { VmRouter } from './vms/router.js'
import { VmServe } from './vms/serve.js'
import { Networks } from '../overlay/networks/networks.js'
import { Switch } from '../overlay/switch/switch.js'
import { NetService } from './net/service.js'
import { BenchStreams } from './net/bench-stream.js'
import { MigrationClient } from '../overlay/migration/client.js'
import { MigrationServer } from '../overlay/migration/server.js'
import { IncomingVms } from './vms/migrate-in.js'
import { VmMigrations } from './vms/migrate-out.js'
import { PHASE_TRAITS } from './vms/phases.js'
import { createMetrics, type Metrics } from './metrics.js'
import { Failpoints } from './failpoints.js'
import { SCHEDULE_FILE, Schedule } from './vms/schedule.js'
import { VmMoves } from './vms/moves.js'
import { MIGRATION_FAILPOINTS } from '../overlay/migration/constants.js'
import { NETWORKS_FAILPOINTS } from '../overlay/networks/constants.js'
import { Market } from './spot/market.js'
import { Evacuator, type EvacuationReport } from './spot/evacuator.js'
import { Rebalancer } from './spot/rebalancer.js'
import type { NoticeSource, TerminationNotice } from './spot/notices.js'
import { setUpMarket } from './spot/setup.js'
import { CostLedger, CostTracker } from './spot/cost.js'
import { COST_FILE, CostStore } from './spot/cost-store.js'
import { EventLoopMonitor } from './runtime/event-loop.js'
import { DiskService } from './disks/service.js'
import { MAX_IMAGE_BYTES } from './api/disk-routes.js'

/** A base image fetched from another peer must arrive within this (1 GiB at ~10 MB/s). */
const IMAGE_FETCH_MS = 120_000

export const MEMBERS_FILE = 'members.json'
// Testnet peers start together: retry soon at first, then back off.
const JOIN_RETRY_MS = [250, 500, 1000, 1000, 2000, 4000]

export interface Status {
  id: string
  provider: string
  region: string
  zone: string
  version: string
  protocolVersion: string
  addrs: string[]
  uptimeMs: number
  peers: Record<string, number>
  connections: number
  members: number
  joined: boolean
  incompatiblePeers: Array<{ id: string, reason: string }>
  api: string
}

/** The daemon's components, built by Daemon.create in dependency order. */
type DaemonParts = Pick<Daemon, 'privateKey' | 'host' | 'members' | 'membership' | 'admission' | 'control' | 'records' | 'vms' | 'disks' | 'cloud' | 'serve' | 'networks' | 'vswitch' | 'net' | 'migration' | 'migrations' | 'moves' | 'metrics' | 'failpoints' | 'api' | 'market' | 'evacuator' | 'notices' | 'costs' | 'rebalancer' | 'eventLoop'>

export class Daemon {
  private readonly startedAt = Date.now()
  private joined = false
  private stopping: Promise<void> | undefined
  private readonly joinAbort = new AbortController()
  private resolveStopped!: () => void
  /** Resolves once the daemon has stopped (signal, leave, or stop()). */
  readonly stopped = new Promise<void>(resolve => { this.resolveStopped = resolve })

  declare readonly privateKey: PrivateKey
  declare readonly host: Host
  declare readonly members: MemberList
  declare readonly membership: Membership
  declare readonly admission: Admission
  declare readonly control: Control
  declare readonly records: Records
  declare readonly vms: VmRegistry
  declare readonly disks: DiskService
  declare readonly cloud: VmRouter
  declare readonly serve: VmServe
  declare readonly networks: Networks
  declare readonly vswitch: Switch
  declare readonly net: NetService
  declare readonly migration: MigrationServer
  declare readonly migrations: VmMigrations
  declare readonly moves: VmMoves
  declare readonly metrics: Metrics
  declare readonly failpoints: Failpoints
  declare readonly api: ApiServer
  declare readonly market: Market
  declare readonly evacuator: Evacuator
  declare readonly notices: NoticeSource | undefined
  declare readonly costs: CostTracker
  declare readonly rebalancer: Rebalancer | undefined
  declare readonly eventLoop: EventLoopMonitor

  private constructor (readonly options: NodeOptions, readonly log: Logger, parts: DaemonParts) {
    Object.assign(this, parts)
  }

  static async create (options: NodeOptions, log: Logger): Promise<Daemon> {
    await ensureDataDir(options.dataDir)
    const privateKey = await loadOrCreateIdentity(options.dataDir)
    const swarmKey = await loadSwarmKey(options, log)
    const host = await createHost({ ...options, privateKey, swarmKey })
    const members = new MemberList({
      self: host.peerId,
      founders: options.allowedPeers,
      file: join(options.dataDir, MEMBERS_FILE),
      log: log.child({ component: 'members' })
    })
    const holder: { daemon?: Daemon } = {}
    const marketSetup = setUpMarket(options, log)
    const market = new Market({ publish: async () => { await membership.publish() }, log: log.child({ component: 'market' }) }, marketSetup.market)
    const schedule = new Schedule(join(options.dataDir, SCHEDULE_FILE), log.child({ component: 'schedule' }))
    const membership = new Membership({ libp2p: host, privateKey, members, log: log.child({ component: 'membership' }) }, {
      ...options,
      diskBytes: options.diskBytes,
      addrs: () => host.getMultiaddrs().map(a => a.decapsulateCode(421).toString()),
      // Called from the first publish on, once everything below exists.
      vms: (): { count: number, memoryBytes: number, inventorySeq: number, diskBytes: number } => ({ ...vms.usage(), inventorySeq: records.localSeq, diskBytes: disks.usage().bytes }),
      schedule: () => schedule.current,
      market: () => market.facts()
    })
    const admission = new Admission({ libp2p: host, privateKey, members, membership, log: log.child({ component: 'admission' }) })
    const control = new Control({ libp2p: host, membership, log: log.child({ component: 'control' }) }, {
      status: async () => {
        const s = holder.daemon?.status()
        return { id: s?.id, provider: s?.provider, region: s?.region, zone: s?.zone, version: s?.version, protocolVersion: s?.protocolVersion, uptimeMs: s?.uptimeMs }
      }
    })
    const records: Records = new Records({ libp2p: host, privateKey, members, membership, log: log.child({ component: 'records' }) }, { incarnation: membership.startedAt })
    const failpoints = new Failpoints([...MIGRATION_FAILPOINTS, ...NETWORKS_FAILPOINTS], { enabled: options.failpoints, log: log.child({ component: 'failpoints' }) })
    const networks: Networks = new Networks({ libp2p: host, privateKey, members, membership, failpoint: failpoints.hit, log: log.child({ component: 'networks' }) }, {
      claims: () => records.list().flatMap(vm => vm.spec.net === undefined ? [] : [{ vmId: vm.id, mac: vm.spec.mac, netId: vm.spec.net.id, ip: vm.spec.net.ip, owner: vm.owner }]),
      stats: id => vswitch.stats(id)
    })
    const vswitch: Switch = new Switch({
      libp2p: host,
      membership,
      networks,
      attachedVms: () => records.list().flatMap(vm => vm.spec.net === undefined
        ? []
        : [{ vmId: vm.id, mac: vm.spec.mac, netId: vm.spec.net.id, ip: vm.spec.net.ip, owner: vm.owner, epoch: vm.epoch, live: PHASE_TRAITS[vm.phase].live }]),
      acceptRecords: async bytes => await records.accept(bytes),
      log: log.child({ component: 'switch' })
    })
    records.onChange(() => { vswitch.invalidate() })
    const bench = new BenchStreams({ libp2p: host, assertMember: peer => { membership.assertMember(peer) }, log: log.child({ component: 'bench' }), enabled: options.failpoints })
    const net = new NetService({ networks, switch: vswitch, records, log: log.child({ component: 'net' }), selfId: host.peerId.toString(), bench })
    const images = new ImageCatalog(options.imageDir)
    const engine = new V86Engine({ workers: options.vmWorkers, nice: options.guestNice, log: log.child({ component: 'engine' }) })
    const migrationClient = new MigrationClient({ libp2p: host, privateKey, failpoint: failpoints.hit })
    const disks: DiskService = new DiskService({
      log: log.child({ component: 'disks' }),
      cloudDisks: () => records.disks(),
      cloudImages: () => records.images(),
      downloadImage: async (peer, sha256) => await serve.transfer.downloadImage(peerIdFromString(peer), sha256, { maxBytes: MAX_IMAGE_BYTES, signal: AbortSignal.timeout(IMAGE_FETCH_MS) }),
      changed: () => { vms.announce().catch(err => { log.warn({ err }, 'publishing the disks failed') }) }
    }, { selfId: host.peerId.toString(), dataDir: options.dataDir, budgetBytes: options.diskBytes })
    const vms: VmRegistry = new VmRegistry({
      engine,
      images,
      log: log.child({ component: 'vms' }),
      publish: async list => { await records.publish(list, { disks: disks.records(), images: disks.images.list() }) },
      taken: () => takenNamesAndMacs(records),
      migrate: async ({ record, disks: moving, machine, paused, vgaMemoryBytes, acpi, action, signal }) => await migrationClient.migrate(action.to, record, machine, {
        migrationId: action.migrationId, mode: action.mode, downtimeTargetMs: action.downtimeTargetMs, vgaMemoryBytes, acpi, paused, signal, onProgress: action.onProgress, disks: moving
      }),
      network: net,
      schedule,
      disks
    }, { peerId: host.peerId.toString(), dataDir: options.dataDir, memoryBudgetBytes: options.memoryBytes })
    const metrics = createMetrics()
    const incoming = new IncomingVms({ engine, images, disks, host: vms, log: log.child({ component: 'incoming' }), selfId: host.peerId.toString() })
    const migration = new MigrationServer({ libp2p: host, membership, failpoint: failpoints.hit, log: log.child({ component: 'migration' }) }, incoming)
    const migrations = new VmMigrations({ registry: vms, records, protocol: migrationClient, membership, metrics, log: log.child({ component: 'migrations' }), selfId: host.peerId.toString(), ping: async (netId, ip, options) => await net.ping(String(netId), ip, options) })
    const serve: VmServe = new VmServe({ images: disks.images, registry: vms, migrations, records, libp2p: host, membership, selfId: host.peerId.toString(), log: log.child({ component: 'serve' }) })
    const cloud = new VmRouter({ registry: vms, migrations, records, peers: membership, images, ops: serve.ops, consoles: serve.consoles, transfer: serve.transfer, selfId: host.peerId.toString(), log: log.child({ component: 'cloud' }), network: net })
    const moves = new VmMoves({ mover: cloud, records, membership, schedule, network: net, log: log.child({ component: 'moves' }), selfId: host.peerId.toString() })
    const evacuator = new Evacuator({ mover: cloud, records, membership, schedule, market, log: log.child({ component: 'evacuation' }), selfId: host.peerId.toString(), measured: () => migrations.measured() })
    const costStore = new CostStore(join(options.dataDir, COST_FILE), log.child({ component: 'cost' }))
    const costs = new CostTracker({
      ledger: new CostLedger(Date.now(), costStore.load()),
      save: books => { costStore.save(books) },
      vms: () => records.list().map(vm => ({ id: vm.id, name: vm.spec.name, owner: vm.owner, memoryBytes: vm.spec.memoryBytes, billed: PHASE_TRAITS[vm.phase].billed })),
      peers: () => membership.peers().map(p => ({ id: p.id, memoryBytes: p.memoryBytes, priceUsdPerHour: p.priceUsdPerHour, onDemandUsdPerHour: p.onDemandUsdPerHour, pricing: p.pricing }))
    })
    const token = await loadOrCreateApiToken(options.dataDir)
    const api = new ApiServer({ port: options.apiPort, token, log: log.child({ component: 'api' }) })
    const rebalancer = options.rebalanceEveryMs > 0
      ? new Rebalancer({ mover: cloud, records, membership, log: log.child({ component: 'rebalance' }), selfId: host.peerId.toString(), evacuating: () => evacuator.current !== undefined, measured: () => migrations.measured() }, { everyMs: options.rebalanceEveryMs, horizonMs: options.rebalanceHorizonMs })
      : undefined
    const daemon = new Daemon(options, log, { privateKey, host, members, membership, admission, control, records, vms, disks, cloud, serve, networks, vswitch, net, migration, migrations, moves, metrics, failpoints, api, market, evacuator, notices: marketSetup.notices, costs, rebalancer, eventLoop: new EventLoopMonitor() })
    holder.daemon = daemon
    api.attach(daemon)
    return daemon
  }

  get peerId (): PeerId {
    return this.host.peerId
  }

  async start (): Promise<void> {
    this.eventLoop.start()
    await this.members.load()
    await this.host.start()
    await this.membership.start()
    await this.admission.start()
    await this.control.start()
    await this.records.start()
    await this.networks.start()
    await this.vswitch.start()
    await this.disks.start()
    await this.vms.start()
    await this.migration.start()
    await this.serve.start()
    this.market.start()
    this.costs.start()
    this.rebalancer?.start()
    this.notices?.start(notice => { void this.onNotice(notice) })
    const url = await this.api.start()
    await writeSecret(join(this.options.dataDir, 'api.json'), JSON.stringify({ url, pid: process.pid, id: this.peerId.toString() }) + '\n')
    this.log.info({ id: this.peerId.toString(), addrs: this.host.getMultiaddrs().map(String), api: url, provider: this.options.provider }, 'peer started')
    if (this.options.bootstrap.length === 0) this.joined = true
    else void this.joinLoop()
  }

  /** Joins (with a token) or pulls the table through the bootstrap peers, retrying with backoff. */
  private async joinLoop (): Promise<void> {
    const signal = this.joinAbort.signal
    for (let attempt = 0; !signal.aborted && !this.joined; attempt++) {
      for (const addr of this.options.bootstrap) {
        try {
          await this.joinThrough(addr, signal)
          this.joined = true
          this.log.info({ through: addr }, 'joined the cloud')
          return
        } catch (err) {
          this.log.warn({ through: addr, err: (err as Error).message, attempt }, 'join attempt failed')
        }
      }
      await sleep(JOIN_RETRY_MS[Math.min(attempt, JOIN_RETRY_MS.length - 1)] ?? 8000, signal)
    }
  }

  private async joinThrough (addr: string, signal: AbortSignal): Promise<void> {
    const ma = multiaddr(addr)
    const id = ma.getComponents().find(c => c.name === 'p2p')?.value
    if (id === undefined) throw new Error(`bootstrap address ${addr} has no /p2p/<peer id>`)
    const peer = peerIdFromString(id)
    await this.host.dial(ma, { signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) })
    const admitted = this.members.recordOf(this.peerId.toString()) !== undefined
    if (this.options.joinToken !== '' && !admitted) {
      await this.admission.join(peer, this.options.joinToken, { signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) })
    } else {
      await this.membership.pullTable(peer, { signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) })
    }
    await this.records.pull(peer, [], { signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) })
    await this.networks.pull(peer, { signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) })
    await this.membership.publish()
  }

  status (): Status {
    const peers: Record<string, number> = { alive: 0, suspect: 0, dead: 0, left: 0 }
    for (const p of this.membership.peers()) peers[p.state] = (peers[p.state] ?? 0) + 1
    return {
      id: this.peerId.toString(),
      provider: this.options.provider,
      region: this.options.region,
      zone: this.options.zone,
      version: SOFTWARE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      addrs: this.host.getMultiaddrs().map(String),
      uptimeMs: Date.now() - this.startedAt,
      peers,
      connections: this.host.getConnections().length,
      members: this.members.members().length,
      joined: this.joined,
      incompatiblePeers: this.membership.incompatiblePeers().map(({ id, reason }) => ({ id, reason })),
      api: this.api.url
    }
  }

  /**
   * A termination notice: evacuate every VM before its deadline, then leave (unless configured to
   * stay). The report says what was not saved.
   */
  async onNotice (notice: TerminationNotice, options: { leave?: boolean } = {}): Promise<EvacuationReport> {
    try {
      return await this.evacuator.evacuate(notice)
    } finally {
      if (options.leave ?? this.options.leaveAfterEvacuation) {
        // After the caller has had the report (the API answers first).
        setImmediate(() => { this.leave().catch(err => { this.log.error({ err }, 'leaving after the evacuation failed') }) })
      }
    }
  }

  /** Graceful leave: every peer marks this one `left`; then the daemon stops. */
  async leave (): Promise<void> {
    await this.membership.leave()
    await this.stop()
  }

  async stop (): Promise<void> {
    this.stopping ??= (async () => {
      this.joinAbort.abort()
      this.notices?.stop()
      this.market.stop()
      this.costs.stop()
      this.rebalancer?.stop()
      await this.api.stop().catch(() => {})
      this.migrations.stop()
      await this.serve.stop()
      await this.migration.stop()
      await this.vms.stop().catch(err => { this.log.error({ err }, 'stopping the VMs failed') })
      this.net.stop()
      await this.vswitch.stop()
      await this.networks.stop()
      await this.records.stop()
      await this.control.stop()
      await this.admission.stop()
      await this.membership.stop()
      await this.host.stop()
      this.eventLoop.stop()
      this.log.info('peer stopped')
      this.resolveStopped()
    })()
    await this.stopping
  }
}

/** Names and MACs held by VMs anywhere in the cloud; lost VMs hold none. */
function takenNamesAndMacs (records: Records): { names: Set<string>, macs: Map<string, string> } {
  const names = new Set<string>()
  const macs = new Map<string, string>()
  for (const vm of records.list()) {
    if (vm.phase === 'lost') continue
    names.add(vm.spec.name)
    macs.set(vm.spec.mac, vm.id)
  }
  return { names, macs }
}

/** Reads the swarm key; a founder (no bootstrap) without one creates it. */
async function loadSwarmKey (options: NodeOptions, log: Logger): Promise<Uint8Array> {
  try {
    return decodeSwarmKey(await readFile(options.swarmKey))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    if (options.bootstrap.length > 0) {
      throw new SwarmKeyMissingError(`no swarm key at ${options.swarmKey}: a peer joining a cloud needs the cloud's key (--swarm-key FILE)`)
    }
    const file = generateSwarmKey()
    await writeSecret(options.swarmKey, file)
    log.info({ file: options.swarmKey }, 'created a swarm key for a new cloud')
    return decodeSwarmKey(file)
  }
}

async function sleep (ms: number, signal: AbortSignal): Promise<void> {
  await new Promise<void>(resolve => {
    const t = setTimeout(done, ms)
    function done (): void { clearTimeout(t); signal.removeEventListener('abort', done); resolve() }
    signal.addEventListener('abort', done, { once: true })
  })
}
