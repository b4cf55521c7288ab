// A synthetic DashboardSource for tests of the dashboard itself (its server, feed and page), never
// of the cloud: N peers over three providers, M VMs whose counters advance on every read, migrations
// in flight whose rounds advance, VNets whose counters grow. Test code only: a daemon always builds
// its dashboard from itself (node/api/dashboard-source.ts).
import type { DashboardSource, DashCost, DashMigration, DashNet, DashPeer, DashVm, DashVmAction } from '../../node/api/dashboard/types.js'
import { VmPhaseError } from '../../node/vms/errors.js'

export interface SyntheticOptions { peers: number, vms: number, migrations: number, nets: number, /** Pads each VM's name, to make rows big (stall tests). */ padBytes?: number }

const PROVIDERS = ['aws', 'gcp', 'azure']
const peerId = (i: number): string => `12D3KooWsynthetic${String(i).padStart(6, '0')}peer`

export class SyntheticSource implements DashboardSource {
  readonly calls: Array<{ action: string, vm?: string, to?: string, peer?: string }> = []
  private reads = 0
  private readonly paused = new Set<string>()
  private readonly startedAt = Date.now()

  constructor (private readonly o: SyntheticOptions) {}

  self (): ReturnType<DashboardSource['self']> {
    return { id: peerId(0), provider: 'aws', region: 'us-east-1', zone: 'us-east-1a', version: '0.1.0' }
  }

  async peers (): Promise<DashPeer[]> {
    return Array.from({ length: this.o.peers }, (_, i) => ({
      id: peerId(i),
      self: i === 0,
      state: i % 37 === 36 ? 'suspect' as const : 'alive' as const,
      provider: PROVIDERS[i % 3] ?? 'aws',
      region: `region-${i % 3}`,
      zone: `zone-${i % 6}`,
      load: Math.round(((this.reads + i) % 100) / 10) / 10,
      cores: 8,
      memoryBytes: 32 << 30,
      vmMemoryBytes: Math.floor(this.o.vms / this.o.peers) * (256 << 20),
      vms: Math.floor(this.o.vms / this.o.peers),
      schedulable: i % 50 !== 49,
      unschedulableReason: i % 50 === 49 ? 'draining' : '',
      pricing: i % 2 === 0 ? 'spot' as const : 'on-demand' as const,
      priceUsdPerHour: 0.03 + (i % 7) / 100,
      onDemandUsdPerHour: 0.096,
      noticeDeadlineMs: i === 5 ? this.startedAt + 120_000 : 0,
      lastHeardMsAgo: 0,
      ...(i === 0 ? {} : { connection: i % 10 === 9 ? 'relayed' as const : 'direct' as const }),
      version: '0.1.0'
    }))
  }

  async vms (): Promise<DashVm[]> {
    this.reads++
    const pad = 'x'.repeat(this.o.padBytes ?? 0)
    return Array.from({ length: this.o.vms }, (_, i) => ({
      id: `vm-${String(i).padStart(16, '0')}`,
      name: `vm${i}${pad}`,
      peer: peerId(i % this.o.peers),
      provider: PROVIDERS[(i % this.o.peers) % 3] ?? 'aws',
      phase: this.paused.has(`vm-${String(i).padStart(16, '0')}`) ? 'paused' : 'running',
      image: 'tiny',
      memoryBytes: 256 << 20,
      net: { id: i % Math.max(1, this.o.nets), name: `net${i % Math.max(1, this.o.nets)}`, ip: `10.${i % Math.max(1, this.o.nets)}.${(i >> 8) & 255}.${(i & 255) + 1}` },
      counter: this.reads * 1000 + i,
      pinned: i % 100 === 0,
      epoch: 1,
      ...(i % 4 === 0 ? { disks: [{ name: 'root', sizeBytes: 1 << 30, state: 'synced' }] } : {}),
      ...(i % 8 === 0 ? { protection: { mode: 'replicated', standby: peerId((i + 1) % this.o.peers), state: 'protected' } } : {})
    }))
  }

  async migrations (): Promise<DashMigration[]> {
    return Array.from({ length: this.o.migrations }, (_, i) => ({
      id: `mig-${i}`,
      vm: `vm-${String(i).padStart(16, '0')}`,
      vmName: `vm${i}`,
      from: peerId(i % this.o.peers),
      to: peerId((i + 1) % this.o.peers),
      mode: 'precopy' as const,
      phase: 'precopy',
      startedAt: new Date(this.startedAt).toISOString(),
      bytes: this.reads * 4 << 20,
      rounds: this.reads % 30,
      progress: { round: this.reads % 30, bytesSent: this.reads * 4 << 20, etaMs: 400, dirtyBytesPerSec: 5e6, bandwidthBytesPerSec: 1.6e8 }
    }))
  }

  async nets (): Promise<DashNet[]> {
    return Array.from({ length: this.o.nets }, (_, i) => ({ id: i, name: `net${i}`, cidr: `10.${i}.0.0/16`, vms: Math.ceil(this.o.vms / this.o.nets), framesIn: this.reads * 100, framesOut: this.reads * 90, bytesIn: this.reads * 150_000, bytesOut: this.reads * 135_000, drops: 0, conflicts: 0 }))
  }

  async cost (): Promise<DashCost> {
    return { since: new Date(this.startedAt).toISOString(), costUsd: 1.25, onDemandUsd: 4.1, savedPct: 69.5, vms: {} }
  }

  async migrate (vm: string, to: string): Promise<DashMigration> {
    this.calls.push({ action: 'migrate', vm, to })
    const m = (await this.migrations())[0]
    if (m === undefined) throw new Error('no migration to show')
    return m
  }

  async drain (peer: string): Promise<{ peer: string, moves: [] }> {
    this.calls.push({ action: 'drain', peer })
    return { peer, moves: [] }
  }

  /** Pause and resume follow the phase table: resuming a running VM is refused as the daemon refuses it. */
  async act (vm: string, action: DashVmAction): Promise<DashVm | undefined> {
    this.calls.push({ action, vm })
    const paused = this.paused.has(vm)
    if ((action === 'pause' && paused) || (action === 'resume' && !paused)) throw new VmPhaseError(`cannot ${action} vm ${vm}: it is ${paused ? 'paused' : 'running'}`)
    if (action === 'pause') this.paused.add(vm)
    else this.paused.delete(vm)
    return undefined
  }
}
