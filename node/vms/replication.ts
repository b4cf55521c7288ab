// The parts of replication (HA) a peer runs, built together: the failover votes, the standby's
// protocol handler and replicas, and the protections of this peer's own VMs.
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Ping } from '@libp2p/ping'
import type { Logger } from '../log.js'
import type { Metrics } from '../metrics.js'
import type { VmEngine } from '../hypervisor/types.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import type { Membership } from '../../overlay/membership/membership.js'
import type { Records } from '../../overlay/records/index.js'
import { PROBE_TIMEOUT_MS, StandbyServer, Votes } from '../../overlay/replication/index.js'
import type { DiskService } from '../disks/service.js'
import type { VmRegistry } from './registry.js'
import { VmDisks } from './vm-disks.js'
import { Replicas } from './standby.js'
import { Protections } from './protect.js'
import { PHASE_TRAITS } from './phases.js'
import type { ArrivedProtected } from './migrate-in.js'
import { describeError } from '../../overlay/wire/errors.js'

/** A VM that failed over is protected again within about this many tries, this far apart. */
const REPROTECT_ATTEMPTS = 20
const REPROTECT_RETRY_MS = 3000

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
  log: Logger
}

export function replication (p: ReplicationParts): { votes: Votes, standby: StandbyServer, replicas: Replicas, protections: Protections, carryOn: (id: string, arrived: ArrivedProtected) => void } {
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
    runs: (vmId, epoch, primary) => {
      const r = p.records.get(vmId)
      return r === undefined || r.owner !== primary || r.epoch !== epoch || PHASE_TRAITS[r.recordedPhase].live
    },
    log
  })
  const vmDisks = p.disks === undefined ? undefined : new VmDisks(p.disks)
  const replicas = new Replicas({ engine: p.engine, images: p.images, host: p.vms, changed: () => { p.vms.announce().catch(err => { log.warn({ err }, 'publishing the replicas failed') }) }, tookOver: (id, was) => { void protectAgain(id, was) }, ...(p.disks === undefined ? {} : { disks: p.disks }), votes, records: p.records, ...(p.metrics === undefined ? {} : { metrics: p.metrics }), log, selfId })
  const standby = new StandbyServer({ libp2p: p.host, membership: p.membership, log }, replicas)
  const protections = new Protections({
    libp2p: p.host,
    privateKey: p.privateKey,
    votes,
    images: p.images,
    vms: { peek: id => p.vms.peek(id), machine: id => p.vms.has(id) ? p.vms.get(id).machine : undefined, disks: record => vmDisks?.migrating(record) ?? [] },
    peers: () => p.membership.peers(),
    ...(p.metrics === undefined ? {} : { metrics: p.metrics }),
    log,
    selfId
  })
  p.vms.protection = id => protections.detail(id)

  /**
   * A VM that failed over here was protected, and is again: by a new standby, never its silent old
   * primary. Tried until it is (a member may need a moment to have room, or to be seen alive), as
   * long as the VM is here, unprotected and the daemon runs. `standby`: the one to try first.
   */
  async function protectAgain (id: string, was: { from: string, intervalMs: number, standby?: string }): Promise<void> {
    for (let attempt = 1; attempt <= REPROTECT_ATTEMPTS; attempt++) {
      if (p.vms.peek(id) === undefined || protections.isProtected(id) || protections.stopped) return
      try {
        const view = await protections.protect(id, { intervalMs: was.intervalMs, except: [was.from], ...(attempt === 1 && was.standby !== undefined ? { standby: was.standby } : {}) })
        log.info({ vm: id, standby: view.standby, attempt }, 'protecting a VM that failed over here again')
        return
      } catch (err) {
        if (attempt === REPROTECT_ATTEMPTS) log.error({ err, vm: id }, 'a VM that failed over here is NOT protected again: vm protect it by hand')
        else await new Promise(resolve => setTimeout(resolve, REPROTECT_RETRY_MS).unref())
      }
    }
  }
  /**
   * A protected VM migrated here with its standby keeping it: that standby carries its replica on.
   * If it cannot (it dropped it, or speaks 2.0.0), the VM is protected afresh, that standby first.
   */
  function carryOn (id: string, a: ArrivedProtected): void {
    void (async () => {
      try {
        await protections.protect(id, { standby: a.standby, intervalMs: a.intervalMs, carryOn: { from: a.from, consoleAt: a.consoleAt, ...(a.guest === undefined ? {} : { guest: a.guest }) } })
      } catch (err) {
        log.info({ vm: id, standby: a.standby, err: describeError(err) }, 'the standby did not carry a VM that moved here on: protecting it afresh')
        await protectAgain(id, { from: a.from, intervalMs: a.intervalMs, standby: a.standby })
      }
    })()
  }
  return { votes, standby, replicas, protections, carryOn }
}
