// Where VMs go: among the alive peers that take new VMs (of one provider, if asked), the one with
// the most free VM memory that fits. A plan places several VMs at once (a drain, a VNet's move)
// and counts what it placed, since the peers' descriptors only catch up a heartbeat later.
import type { PeerView } from '../../overlay/membership/membership.js'
import { NotFoundError } from '../errors.js'
import { CapacityError } from './errors.js'
import { UnschedulableError } from './schedule.js'

export type PlacementPeer = Pick<PeerView, 'id' | 'provider' | 'state' | 'schedulable' | 'unschedulableReason' | 'memoryBytes' | 'vmMemoryBytes'>

export interface PlaceOptions {
  /** Only peers of this provider. */
  provider?: string
  /** Never these peers (the VM's own, a peer being drained). */
  except?: readonly string[]
}

const mib = (n: number): number => Math.round(n / 1048576)

export class Placement {
  private readonly planned = new Map<string, number>()

  constructor (private readonly peers: readonly PlacementPeer[]) {}

  /** Picks a peer for a VM of `memoryBytes` and counts it against that peer's room in this plan. */
  place (memoryBytes: number, options: PlaceOptions = {}): string {
    const except = new Set(options.except ?? [])
    const { provider } = options
    const eligible = this.peers.filter(p => p.state === 'alive' && !except.has(p.id) && (provider === undefined || p.provider === provider))
    if (eligible.length === 0) {
      if (provider === undefined) throw new NotFoundError('no other alive peer to place a VM on')
      throw new NotFoundError(`no alive peer of provider ${provider} (providers: ${[...new Set(this.peers.map(p => p.provider))].join(', ')})`)
    }
    const schedulable = eligible.filter(p => p.schedulable)
    if (schedulable.length === 0) throw new UnschedulableError(`no peer ${provider === undefined ? '' : `of provider ${provider} `}takes new VMs (${eligible.map(p => p.unschedulableReason || 'unschedulable').join(', ')})`)
    const best = schedulable.map(p => ({ id: p.id, room: this.room(p) })).sort((a, b) => b.room - a.room)[0]
    if (best === undefined || best.room < memoryBytes) throw new CapacityError(`no peer ${provider === undefined ? '' : `of provider ${provider} `}has ${mib(memoryBytes)} MiB free for VMs (the most is ${mib(best?.room ?? 0)} MiB)`)
    this.planned.set(best.id, (this.planned.get(best.id) ?? 0) + memoryBytes)
    return best.id
  }

  private room (p: PlacementPeer): number {
    return p.memoryBytes - p.vmMemoryBytes - (this.planned.get(p.id) ?? 0)
  }
}
