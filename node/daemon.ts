// The peer daemon ("Dom0"): assembles identity, the libp2p host, membership, admission, control and
// the API, joins the cloud through its bootstrap peers, and shuts everything down cleanly.
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import type { NodeOptions } from './config/options.js'
import { createHost, type Host } from './host.js'
import { ensureDataDir, loadOrCreateApiToken, loadOrCreateIdentity, loadSwarmKey, writeSecret } from './identity.js'
import { rateLimitedLog, type Logger } from './log.js'
import { statusOf } from './status.js'
import { sleep } from '../overlay/core/abort.js'
import { MemberList } from '../overlay/admission/members.js'
import { Admission } from '../overlay/admission/admission.js'
import { AdmissionGate } from '../overlay/admission/gate.js'
import { JOIN_PROTOCOL } from '../overlay/admission/constants.js'
import { Membership } from '../overlay/membership/membership.js'
import { Control } from '../overlay/control/control.js'
import { Records } from '../overlay/records/index.js'
import { ApiServer } from './api/server.js'
import type { ApiServices, Status } from './api/services.js'
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
import { lanesFor } from './net/lanes.js'
import { IncomingVms } from './vms/migrate-in.js'
import { VmMigrations } from './vms/migrate-out.js'
import { replication } from './vms/replication.js'
import type { Votes, StandbyServer } from '../overlay/replication/index.js'
import type { Replicas } from './vms/standby.js'
import type { Protections } from './vms/protect.js'
import type { ProtectionKeeper } from './vms/keeper.js'
import { PHASE_TRAITS } from './vms/phases.js'
import { createMetrics, type Metrics } from './metrics.js'
import { observeParts, sourcesOf } from './metrics-parts.js'
import { Failpoints } from './failpoints.js'
import { SCHEDULE_FILE, Schedule } from './vms/schedule.js'
import { VmMoves } from './vms/moves.js'
import { MIGRATION_FAILPOINTS } from '../overlay/migration/constants.js'
import { NETWORKS_FAILPOINTS } from '../overlay/networks/constants.js'
import { REPLICATION_FAILPOINTS } from '../overlay/replication/constants.js'
import { Market } from './spot/market.js'
import { Evacuator, type EvacuationReport } from './spot/evacuator.js'
import { Rebalancer } from './spot/rebalancer.js'
import type { NoticeSource, TerminationNotice } from './spot/notices.js'
import { setUpMarket } from './spot/setup.js'
import { CostLedger, CostTracker } from './spot/cost.js'
import { COST_FILE, CostStore } from './spot/cost-store.js'
import { EventLoopMonitor } from './runtime/event-loop.js'
import { ReachabilityService } from './reachability/reachability.js'

export type { Status } from './api/services.js'
import { DiskService } from './disks/service.js'
import { MAX_IMAGE_BYTES } from './api/disk-routes.js'

/** A base image fetched from another peer must arrive within this (1 GiB at ~10 MB/s). */
const IMAGE_FETCH_MS = 120_000

export const MEMBERS_FILE = 'members.json'
// Testnet peers start together: retry soon at first, then back off.
const JOIN_RETRY_MS = [250, 500, 1000, 1000, 2000, 4000]

/** A part of the daemon with a lifetime: started in the declared order, stopped in reverse. */
interface Lifecycle {
  start?: () => unknown
  stop?: () => unknown
}

/** The daemon's components, built by Daemon.create in dependency order. */
type DaemonParts = Pick<Daemon, 'startedAt' | 'privateKey' | 'host' | 'members' | 'gate' | 'membership' | 'admission' | 'control' | 'records' | 'vms' | 'disks' | 'cloud' | 'serve' | 'networks' | 'vswitch' | 'net' | 'migration' | 'lanes' | 'migrations' | 'moves' | 'metrics' | 'failpoints' | 'api' | 'market' | 'evacuator' | 'notices' | 'costs' | 'rebalancer' | 'eventLoop' | 'reachability' | 'ha'>

export class Daemon {
  private joined = false
  private stopping: Promise<void> | undefined
  private readonly joinAbort = new AbortController()
  private resolveStopped!: () => void
  /** Resolves once the daemon has stopped (signal, leave, or stop()). */
  readonly stopped = new Promise<void>(resolve => { this.resolveStopped = resolve })

  declare readonly startedAt: number
  declare readonly privateKey: PrivateKey
  declare readonly host: Host
  declare readonly members: MemberList
  declare readonly gate: AdmissionGate
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
  declare readonly lanes: ReturnType<typeof lanesFor>
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
  /** Replication of protected VMs: as their primary (protections), as a standby (replicas), and the failover votes. */
  declare readonly ha: { votes: Votes, standby: StandbyServer, replicas: Replicas, protections: Protections, keeper: ProtectionKeeper }
  declare readonly reachability: ReachabilityService

  /** Every component with a lifetime, in the one order they start (and, reversed, stop). */
  private readonly lifecycle: Array<[string, Lifecycle]>

  private constructor (readonly options: NodeOptions, readonly log: Logger, parts: DaemonParts) {
    Object.assign(this, parts)
    this.lifecycle = [
      ['event loop monitor', this.eventLoop],
      ['member list', { start: async () => { await this.members.load() } }],
      ['libp2p host', this.host],
      ['reachability', this.reachability],
      // Non-members may speak only the join protocol (and identify, ping) from here on.
      ['admission gate', { start: () => { this.gate.attach(this.host) }, stop: () => { this.gate.detach() } }],
      ['membership', this.membership],
      ['admission', this.admission],
      ['control', this.control],
      ['records', this.records],
      ['networks', this.networks],
      ['switch', this.vswitch],
      ['disks', this.disks],
      ['net service', { stop: () => { this.net.stop() } }],
      ['vms', this.vms],
      ...(this.lanes === undefined ? [] : [['lanes', this.lanes] as [string, Lifecycle]]),
      ['migration server', this.migration],
      // Replication: failover votes, replicas held here as a standby, the standby protocol's server;
      // stopping, the protections go first: cut without a word, their standbys fail over.
      ['ha votes', this.ha.votes],
      ['ha replicas', this.ha.replicas],
      ['ha standby', this.ha.standby],
      ['ha protections', { start: () => { this.ha.keeper.start() }, stop: () => { this.ha.keeper.stop(); this.ha.protections.stop() } }],
      ['vm service', this.serve],
      ['migrations', { stop: () => { this.migrations.stop() } }],
      ['market', this.market],
      ['costs', this.costs],
      ...(this.rebalancer === undefined ? [] : [['rebalancer', this.rebalancer] as [string, Lifecycle]]),
      ...(this.notices === undefined ? [] : [['spot notices', { start: () => this.notices?.start(notice => { void this.onNotice(notice) }), stop: () => this.notices?.stop() }] as [string, Lifecycle]]),
      ['api', { start: async () => { await this.publishApi() }, stop: async () => { await this.api.stop() } }]
    ]
  }

  /** What the API's routes use: narrow services, never the daemon itself. */
  private services (): ApiServices {
    return {
      peer: { peerId: this.peerId, status: () => this.status(), leave: async () => { await this.leave() }, log: this.log },
      host: this.host,
      membership: this.membership,
      admission: this.admission,
      control: this.control,
      eventLoop: this.eventLoop,
      cloud: this.cloud,
      moves: this.moves,
      net: this.net,
      metrics: this.metrics,
      failpoints: this.failpoints,
      reachability: this.reachability,
      replicas: { list: () => this.ha.replicas.list(), memoryBytes: () => this.vms.usage().memoryBytes },
      disks: { disks: this.disks, records: this.records, announce: async () => { await this.vms.announce() } },
      spot: { market: this.market, evacuator: this.evacuator, costs: this.costs, notice: async notice => await this.onNotice(notice) }
    }
  }

  /** Serves the API and writes where it listens (api.json) for the CLI. */
  private async publishApi (): Promise<void> {
    const url = await this.api.start()
    await writeSecret(join(this.options.dataDir, 'api.json'), JSON.stringify({ url, pid: process.pid, id: this.peerId.toString() }) + '\n')
  }

  static async create (options: NodeOptions, log: Logger): Promise<Daemon> {
    await ensureDataDir(options.dataDir)
    const privateKey = await loadOrCreateIdentity(options.dataDir)
    const swarmKey = await loadSwarmKey(options, log)
    // Members first: the host's relay serves members only.
    const members = new MemberList({
      self: peerIdFromPrivateKey(privateKey),
      founders: options.allowedPeers,
      file: join(options.dataDir, MEMBERS_FILE),
      log: log.child({ component: 'members' })
    })
    // Non-members may speak only the join protocol (and identify, ping); the gate resets the rest.
    const gate = new AdmissionGate({ isMember: id => members.isMember(id), warn: rateLimitedLog(log.child({ component: 'gate' })) }, [JOIN_PROTOCOL])
    members.onAdded(id => { gate.admitted(id) })
    const host = await createHost({ ...options, privateKey, swarmKey, gater: gate.gater, reachability: { ...options, isMember: id => members.isMember(id) } })
    const reachability = new ReachabilityService({ libp2p: host, log: log.child({ component: 'reachability' }) })
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
    const admissionLog = log.child({ component: 'admission' })
    const admission = new Admission({ libp2p: host, privateKey, members, membership, log: admissionLog, warn: rateLimitedLog(admissionLog), onRefused: peer => { gate.offence(peer, 'join') } })
    const token = await loadOrCreateApiToken(options.dataDir)
    const api = new ApiServer({ port: options.apiPort, token, log: log.child({ component: 'api' }) })
    const startedAt = Date.now()
    const control = new Control({ libp2p: host, membership, log: log.child({ component: 'control' }) }, {
      status: async () => {
        const { id, provider, region, zone, version, protocolVersion, uptimeMs } = statusOf({ options, host, members, membership, api, startedAt, joined: false })
        return { id, provider, region, zone, version, protocolVersion, uptimeMs }
      }
    })
    const records: Records = new Records({ libp2p: host, privateKey, members, membership, log: log.child({ component: 'records' }) }, { incarnation: membership.startedAt })
    const failpoints = new Failpoints([...MIGRATION_FAILPOINTS, ...NETWORKS_FAILPOINTS, ...REPLICATION_FAILPOINTS], { enabled: options.failpoints, log: log.child({ component: 'failpoints' }) })
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
    const lanes = lanesFor(options, log)
    const migrationClient = new MigrationClient({ libp2p: host, privateKey, failpoint: failpoints.hit, identify: host.services.identify, ...(lanes === undefined ? {} : { lanes }), log: log.child({ component: 'migration' }) })
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
      // The replicas (declared below) are published with the VMs: the cost books charge them.
      publish: async list => { await records.publish(list, { disks: disks.records(), images: disks.images.list(), replicas: ha.replicas.records() }) },
      taken: () => takenNamesAndMacs(records),
      migrate: async ({ record, disks: moving, machine, paused, vgaMemoryBytes, acpi, action, signal }) => await migrationClient.migrate(action.to, record, machine, {
        migrationId: action.migrationId, mode: action.mode, downtimeTargetMs: action.downtimeTargetMs, vgaMemoryBytes, acpi, paused, signal, onProgress: action.onProgress, disks: moving, protection: action.protection, atSwitchover: action.atSwitchover
      }),
      network: net,
      schedule,
      disks
    }, { peerId: host.peerId.toString(), dataDir: options.dataDir, memoryBudgetBytes: options.memoryBytes })
    const metrics = createMetrics()
    const ha = replication({ host, privateKey, membership, records, engine, images, vms, disks, metrics, dataDir: options.dataDir, failpoint: failpoints.hit, log })
    const incoming = new IncomingVms({ engine, images, disks, host: vms, carryOn: ha.carryOn, replicas: ha.replicas, privateKey, log: log.child({ component: 'incoming' }), selfId: host.peerId.toString() })
    const migration = new MigrationServer({ libp2p: host, membership, failpoint: failpoints.hit, log: log.child({ component: 'migration' }), ...(lanes === undefined ? {} : { lanes }) }, incoming)
    const migrations = new VmMigrations({ registry: vms, records, protocol: migrationClient, membership, metrics, log: log.child({ component: 'migrations' }), selfId: host.peerId.toString(), ping: async (netId, ip, options) => await net.ping(String(netId), ip, options), pathTo: peer => reachability.kindOf(peer),
      // Resumed through the router (declared below), which reaches the VM's new owner.
      protection: { moving: id => ha.protections.moving(id), standbyElsewhere: async (id, except, signal) => await ha.protections.standbyElsewhere(id, except, signal), pause: async id => await ha.protections.pauseForMove(id), resume: async (id, owner, o) => { await cloud.protect(id, { ...(o.standby === undefined ? {} : { standby: o.standby }), intervalMs: o.intervalMs }, owner) } } })
    const serve: VmServe = new VmServe({ images: disks.images, registry: vms, migrations, records, libp2p: host, membership, selfId: host.peerId.toString(), log: log.child({ component: 'serve' }), protections: ha.protections })
    const cloud = new VmRouter({ registry: vms, migrations, records, peers: membership, images, ops: serve.ops, consoles: serve.consoles, transfer: serve.transfer, selfId: host.peerId.toString(), log: log.child({ component: 'cloud' }), network: net, protections: ha.protections })
    const moves = new VmMoves({ mover: cloud, records, membership, schedule, network: net, replicas: ha.replicas, log: log.child({ component: 'moves' }), selfId: host.peerId.toString() })
    const evacuator = new Evacuator({ mover: cloud, records, membership, schedule, market, log: log.child({ component: 'evacuation' }), selfId: host.peerId.toString(), measured: () => migrations.measured(), pathTo: peer => reachability.kindOf(peer), metrics })
    const costStore = new CostStore(join(options.dataDir, COST_FILE), log.child({ component: 'cost' }))
    const costs = new CostTracker({
      ledger: new CostLedger(Date.now(), costStore.load()),
      save: books => { costStore.save(books) },
      vms: () => {
        const replicas = records.replicas()
        return records.list().map(vm => ({ id: vm.id, name: vm.spec.name, owner: vm.owner, memoryBytes: vm.spec.memoryBytes, billed: PHASE_TRAITS[vm.phase].billed, replicas: replicas.filter(r => r.vmId === vm.id && r.peer !== vm.owner) }))
      },
      peers: () => membership.peers().map(p => ({ id: p.id, memoryBytes: p.memoryBytes, priceUsdPerHour: p.priceUsdPerHour, onDemandUsdPerHour: p.onDemandUsdPerHour, pricing: p.pricing }))
    })
    const rebalancer = options.rebalanceEveryMs > 0
      ? new Rebalancer({ mover: cloud, records, membership, log: log.child({ component: 'rebalance' }), selfId: host.peerId.toString(), evacuating: () => evacuator.current !== undefined, measured: () => migrations.measured() }, { everyMs: options.rebalanceEveryMs, horizonMs: options.rebalanceHorizonMs })
      : undefined
    observeParts(metrics.registry, sourcesOf({ membership, reachability, vms, records, vswitch, networks, ha, market, costs }))
    const daemon = new Daemon(options, log, { privateKey, host, members, gate, membership, admission, control, records, vms, disks, cloud, serve, networks, vswitch, net, migration, lanes, migrations, moves, metrics, failpoints, api, market, evacuator, notices: marketSetup.notices, costs, rebalancer, eventLoop: new EventLoopMonitor(), startedAt, reachability, ha })
    api.attach(daemon.services())
    return daemon
  }

  get peerId (): PeerId {
    return this.host.peerId
  }

  async start (): Promise<void> {
    for (const [, part] of this.lifecycle) await part.start?.()
    this.log.info({ id: this.peerId.toString(), addrs: this.host.getMultiaddrs().map(String), api: this.api.url, provider: this.options.provider }, 'peer started')
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
    const { options, host, members, membership, api, startedAt, joined } = this
    return statusOf({ options, host, members, membership, api, startedAt, joined })
  }

  /**
   * A termination notice: evacuate every VM before its deadline, then leave (unless configured to
   * stay). The report says what was not saved.
   */
  async onNotice (notice: TerminationNotice, options: { leave?: boolean } = {}): Promise<EvacuationReport> {
    try {
      // Its replicas go to other standbys while its own VMs leave.
      const [report] = await Promise.all([this.evacuator.evacuate(notice), this.ha.replicas.handOver('this standby got a termination notice')])
      return report
    } finally {
      if (options.leave ?? this.options.leaveAfterEvacuation) {
        // After the caller has had the report (the API answers first).
        setImmediate(() => { this.leave().catch(err => { this.log.error({ err }, 'leaving after the evacuation failed') }) })
      }
    }
  }

  /** Graceful leave: every peer marks this one `left`; then the daemon stops. */
  async leave (): Promise<void> {
    await this.ha.replicas.handOver('this standby leaves')
    await this.membership.leave()
    await this.stop()
  }

  async stop (): Promise<void> {
    this.stopping ??= (async () => {
      this.joinAbort.abort()
      for (const [name, part] of [...this.lifecycle].reverse()) {
        try {
          await part.stop?.()
        } catch (err) {
          this.log.error({ err, component: name }, 'stopping a component failed')
        }
      }
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
