// Where VMs go: among the alive peers that take new VMs (of one provider, if asked), by one of two
// policies. `room`: the peer with the most free VM memory that fits. `cheapest`: the peer whose
// capacity costs least per GiB-hour, its price raised by its revocation risk (a spot price close to
// the peer's maximum price is likely to be revoked), among those with room; peers with no known
// price come last. A plan places several VMs at once (a drain, an evacuation, a simulation step)
// and counts what it placed, since the peers' descriptors only catch up a heartbeat later. The
// simulator uses this same class, with `launchable` peers standing for instances it could start.
import type { PeerView } from '../../overlay/membership/membership.js'
import { NotFoundError } from '../errors.js'
import { CapacityError } from './errors.js'
import { UnschedulableError } from './schedule.js'

export type PlacementPeer = Pick<PeerView, 'id' | 'provider' | 'state' | 'schedulable' | 'unschedulableReason' | 'memoryBytes' | 'vmMemoryBytes'> &
  Partial<Pick<PeerView, 'pricing' | 'priceUsdPerHour' | 'onDemandUsdPerHour' | 'diskBytes' | 'vmDiskBytes'>> & {
    /** Not running yet: placing a VM here starts it (the simulator's candidate instances). Ranks after running peers. */
    launchable?: boolean
  }

export type PlacementPolicy = 'room' | 'cheapest'

export interface PlaceOptions {
  /** Only peers of this provider. */
  provider?: string
  /** Never these peers (the VM's own, a peer being drained). */
  except?: readonly string[]
  /** Default room */
  policy?: PlacementPolicy
  /** The disk budget the VM's disks take (the sum of their sizes, diskBudgetOf): only peers with that much free. */
  diskBytes?: number
}

export interface PlacementOptions {
  /**
   * How much revocation risk raises a spot price: score = price × (1 + riskWeight × risk). Default
   * 0.5: a peer at its maximum price must be a third cheaper than a riskless one to win.
   */
  riskWeight?: number
}

const GIB = 1 << 30
const mib = (n: number): number => Math.round(n / 1048576)

/**
 * Revocation risk in [0, 1] from how close a spot price is to the peer's maximum price (its
 * on-demand price): 0 up to half of it, rising to 1 at it. On-demand peers carry none. Spot markets
 * since 2017 revoke mostly when capacity runs short, which drives the price up first.
 */
export function revocationRisk (p: Pick<PlacementPeer, 'pricing' | 'priceUsdPerHour' | 'onDemandUsdPerHour'>): number {
  if (p.pricing !== 'spot' || p.priceUsdPerHour === undefined || p.onDemandUsdPerHour === undefined || p.onDemandUsdPerHour <= 0) return 0
  return Math.min(1, Math.max(0, (p.priceUsdPerHour / p.onDemandUsdPerHour - 0.5) * 2))
}

/**
 * The disk budget a VM's disks take wherever they live: the sum of their sizes (a peer's budget
 * counts sizes, node/disks/service.ts), from the cloud's disk records.
 */
export function diskBudgetOf (disks: ReadonlyArray<{ id: string, sizeBytes: number }>, ids: readonly string[] | undefined): number {
  if (ids === undefined || ids.length === 0) return 0
  return disks.filter(d => ids.includes(d.id)).reduce((sum, d) => sum + d.sizeBytes, 0)
}

export class Placement {
  private readonly planned = new Map<string, number>()
  private readonly plannedDisk = new Map<string, number>()
  private readonly riskWeight: number

  constructor (private readonly peers: readonly PlacementPeer[], options: PlacementOptions = {}) {
    this.riskWeight = options.riskWeight ?? 0.5
  }

  /** Risk-weighted USD per GiB-hour of VM memory the peer offers; Infinity when its price is unknown. */
  score (p: PlacementPeer): number {
    if (p.priceUsdPerHour === undefined || p.pricing === undefined || p.pricing === '' || p.memoryBytes <= 0) return Infinity
    return p.priceUsdPerHour * (1 + this.riskWeight * revocationRisk(p)) / (p.memoryBytes / GIB)
  }

  /** Free VM memory on `p`, less what this plan has put there. */
  room (p: PlacementPeer): number {
    return p.memoryBytes - p.vmMemoryBytes - (this.planned.get(p.id) ?? 0)
  }

  /** Free disk budget on `p`, less what this plan has put there; Infinity for a peer that does not say (the simulator's). */
  diskRoom (p: PlacementPeer): number {
    if (p.diskBytes === undefined) return Infinity
    return p.diskBytes - (p.vmDiskBytes ?? 0) - (this.plannedDisk.get(p.id) ?? 0)
  }

  /** Picks a peer for a VM of `memoryBytes` (and `options.diskBytes` of disks) and counts it against that peer's room in this plan. */
  place (memoryBytes: number, options: PlaceOptions = {}): string {
    const except = new Set(options.except ?? [])
    const { provider } = options
    const eligible = this.peers.filter(p => p.state === 'alive' && !except.has(p.id) && (provider === undefined || p.provider === provider))
    if (eligible.length === 0) {
      if (provider === undefined) throw new NotFoundError('no other alive peer to place a VM on')
      throw new NotFoundError(`no alive peer of provider ${provider} (providers: ${[...new Set(this.peers.map(p => p.provider))].join(', ')})`)
    }
    const taking = eligible.filter(p => p.schedulable)
    if (taking.length === 0) throw new UnschedulableError(`no peer ${provider === undefined ? '' : `of provider ${provider} `}takes new VMs (${eligible.map(p => p.unschedulableReason || 'unschedulable').join(', ')})`)
    const diskBytes = options.diskBytes ?? 0
    const schedulable = diskBytes === 0 ? taking : taking.filter(p => this.diskRoom(p) >= diskBytes)
    if (schedulable.length === 0) {
      const most = Math.max(0, ...taking.map(p => this.diskRoom(p)))
      throw new CapacityError(`no peer ${provider === undefined ? '' : `of provider ${provider} `}has ${mib(diskBytes)} MiB of disk budget free for the VM's disks (the most is ${mib(most)} MiB)`)
    }
    const best = (options.policy ?? 'room') === 'room' ? this.byRoom(schedulable) : this.cheapest(schedulable, memoryBytes)
    if (best === undefined || this.room(best) < memoryBytes) {
      const most = Math.max(0, ...schedulable.map(p => this.room(p)))
      throw new CapacityError(`no peer ${provider === undefined ? '' : `of provider ${provider} `}has ${mib(memoryBytes)} MiB free for VMs (the most is ${mib(most)} MiB)`)
    }
    this.planned.set(best.id, (this.planned.get(best.id) ?? 0) + memoryBytes)
    if (diskBytes > 0) this.plannedDisk.set(best.id, (this.plannedDisk.get(best.id) ?? 0) + diskBytes)
    return best.id
  }

  private byRoom (peers: readonly PlacementPeer[]): PlacementPeer | undefined {
    return [...peers].sort((a, b) => this.room(b) - this.room(a))[0]
  }

  /** Running peers before launchable ones (their hours are paid already), then by score, then by room. */
  private cheapest (peers: readonly PlacementPeer[], memoryBytes: number): PlacementPeer | undefined {
    return peers
      .filter(p => this.room(p) >= memoryBytes)
      .map(p => ({ p, launch: p.launchable === true ? 1 : 0, score: this.score(p), room: this.room(p) }))
      .sort((a, b) => a.launch - b.launch || cmp(a.score, b.score) || b.room - a.room)[0]?.p
  }
}

/** Orders numbers that may be Infinity (Infinity − Infinity is NaN). */
function cmp (x: number, y: number): number {
  return x === y ? 0 : x < y ? -1 : 1
}
