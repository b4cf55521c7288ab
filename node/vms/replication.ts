// The parts of replication (HA) a peer runs, built together: the failover votes, the standby's
// protocol handler and replicas, the protections of this peer's own VMs, the keeper that protects
// again those whose records ask for it, and the carry-on of a protected VM that moved here.
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { join } from 'node:path'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Ping } from '@libp2p/ping'
import type { Failpoint } from '../../overlay/core/failpoint.js'
import type { Logger } from '../log.js'
import type { Metrics } from '../metrics.js'
import type { VmEngine } from '../hypervisor/types.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import type { Membership } from '../../overlay/membership/membership.js'
import type { Records } from '../../overlay/records/index.js'
import { BALLOTS_FILE, Ballots, PROBE_TIMEOUT_MS, StandbyServer, Votes } from '../../overlay/replication/index.js'
import type { DiskService } from '../disks/service.js'
import type { VmRegistry } from './registry.js'
import { VmDisks } from './vm-disks.js'
import { Replicas } from './standby.js'
import { Protections } from './protect.js'
import { ProtectionKeeper } from './keeper.js'
import { PHASE_TRAITS } from './phases.js'
import type { ArrivedProtected } from './migrate-in.js'
import { describeError } from '../../overlay/wire/errors.js'

export interface ReplicationParts {
  host: Libp2p<{ ping: Ping }>
  privateKey: PrivateKey
  membership: Membership
  records: Pick<Records, 'get'>
  engine: VmEngine
  images: ImageCatalog
  vms: VmRegistry
  /** The peer's disks: a protected VM's go into its checkpoints, a replica's are made here. */
  disks?: DiskService
  metrics?: Metrics
  /** Where the failover votes this peer casts are kept (BALLOTS_FILE); without it, in memory only. */
  dataDir?: string
  /** Fault injection (REPLICATION_FAILPOINTS). */
  failpoint?: Failpoint
  log: Logger
}

export function replication (p: ReplicationParts): { votes: Votes, standby: StandbyServer, replicas: Replicas, protections: Protections, keeper: ProtectionKeeper, carryOn: (id: string, arrived: ArrivedProtected) => () => void } {
  const selfId = p.host.peerId.toString()
  const log = p.log.child({ component: 'replication' })
  const votes = new Votes({
    libp2p: p.host,
    membership: p.membership,
    // A fresh round trip, not membership's last word: a killed peer's connection resets at once,
    // a cut-off one times out.
    probe: async (peer, signal) => {
      try {
        await p.host.services.ping.ping(peerIdFromString(peer), { signal: AbortSignal.any([signal, AbortSignal.timeout(PROBE_TIMEOUT_MS)]) })
        return true
      } catch {
        return false
      }
    },
    movedOn: (vmId, epoch) => {
      const r = p.records.get(vmId)
      return r !== undefined && r.epoch > epoch ? `the VM is at epoch ${r.epoch} on ${r.owner} now` : undefined
    },
    runs: (vmId, epoch, primary) => {
      const r = p.records.get(vmId)
      return r === undefined || r.owner !== primary || r.epoch !== epoch || PHASE_TRAITS[r.recordedPhase].live
    },
    ballots: new Ballots(p.dataDir === undefined ? undefined : join(p.dataDir, BALLOTS_FILE), log),
    log
  })
  const vmDisks = p.disks === undefined ? undefined : new VmDisks(p.disks)
  const replicas = new Replicas({ engine: p.engine, images: p.images, host: p.vms, changed: () => { p.vms.announce().catch(err => { log.warn({ err }, 'publishing the replicas failed') }) }, tookOver: (id, was) => { keeper.failedOverFrom(id, was.from) }, ...(p.disks === undefined ? {} : { disks: p.disks }), votes, records: p.records, ...(p.metrics === undefined ? {} : { metrics: p.metrics }), ...(p.failpoint === undefined ? {} : { failpoint: p.failpoint }), log, selfId })
  const standby = new StandbyServer({ libp2p: p.host, membership: p.membership, log }, replicas)
  const protections = new Protections({
    libp2p: p.host,
    privateKey: p.privateKey,
    votes,
    images: p.images,
    vms: {
      peek: id => p.vms.peek(id),
      machine: id => p.vms.has(id) ? p.vms.get(id).machine : undefined,
      disks: record => vmDisks?.migrating(record) ?? [],
      intend: async (id, protection) => { await p.vms.get(id).dispatch({ kind: 'setProtection', ...(protection === undefined ? {} : { protection }) }) }
    },
    peers: () => p.membership.peers(),
    ...(p.metrics === undefined ? {} : { metrics: p.metrics }),
    ...(p.failpoint === undefined ? {} : { failpoint: p.failpoint }),
    log,
    selfId
  })
  const keeper = new ProtectionKeeper({ vms: () => p.vms.records(), protections, log })
  p.vms.protection = id => {
    const record = p.vms.peek(id)
    return protections.detail(id) ?? (record === undefined ? undefined : keeper.pending(record))
  }

  /**
   * A protected VM migrated here with its standby keeping it: that standby carries its replica on.
   * If it cannot (it dropped it, or speaks 2.0.0), the keeper protects the VM afresh, that standby first.
   * Called before the VM is adopted here, so that the keeper, which protects afresh a VM it finds
   * unprotected, leaves it alone meanwhile; the carry-on starts with the returned call, once adopted.
   */
  function carryOn (id: string, a: ArrivedProtected): () => void {
    let start = (): void => {}
    const adopted = new Promise<void>(resolve => { start = resolve })
    const carrying = adopted.then(async () => await protections.protect(id, { standby: a.standby, intervalMs: a.intervalMs, carryOn: { from: a.from, consoleAt: a.consoleAt, ...(a.guest === undefined ? {} : { guest: a.guest }) } }))
    carrying.catch(err => { log.info({ vm: id, standby: a.standby, err: describeError(err) }, 'the standby did not carry a VM that moved here on: protecting it afresh') })
    keeper.hold(id, carrying, a.standby)
    return start
  }
  return { votes, standby, replicas, protections, keeper, carryOn }
}
