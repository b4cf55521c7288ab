// The plan of a NAT testnet, pure: which namespaces exist, which addresses each peer and NAT box has.
// One "internet" namespace holds a bridge; public peers (the relays) sit on it directly; every other
// peer sits in a namespace of its own behind a NAT box of its own, whose outside leg is on the bridge.
// The addresses are RFC 2544's benchmarking range (198.18.0.0/15) and 10/8, and exist only inside
// these namespaces: none of them has a link to the host's network.

export type NatKind = 'eim' | 'symmetric'

export interface NatPeerPlan {
  index: number
  /** The namespace the daemon runs in. */
  ns: string
  /** The NAT box's namespace; absent for a public peer. */
  router?: string
  /** The daemon's own address (its listen address). */
  addr: string
  /** The address the rest of the testnet sees it at: its own, or its NAT's outside address. */
  publicAddr: string
  nat: 'none' | NatKind
}

export interface NatPlan {
  kind: NatKind
  relays: number
  /** The "internet": a bridge every public leg is attached to. */
  wan: string
  peers: NatPeerPlan[]
  /** Every namespace, in creation order (tear-down deletes all of them). */
  namespaces: string[]
}

export const WAN_PREFIX = '198.18.0'
export const LISTEN_PORT = 4001
export const API_PORT = 7600

export class NatPlanError extends Error {
  override name = 'NatPlanError'
}

/** `tag` keeps two testnets' namespaces apart: a few letters or digits. */
export function planNat (peers: number, relays: number, kind: NatKind, tag: string): NatPlan {
  if (!/^[a-z0-9]{1,6}$/.test(tag)) throw new NatPlanError(`bad namespace tag ${tag}`)
  if (kind !== 'eim' && kind !== 'symmetric') throw new NatPlanError(`--nat must be eim or symmetric, not ${String(kind)}`)
  if (!Number.isInteger(relays) || relays < 1) throw new NatPlanError('--relays must be at least 1')
  if (relays >= peers) throw new NatPlanError(`--relays ${relays} leaves no peer behind NAT among ${peers}`)
  if (peers > 200) throw new NatPlanError('a NAT testnet has at most 200 peers')
  const wan = `sc${tag}-wan`
  const plans: NatPeerPlan[] = []
  for (let index = 0; index < peers; index++) {
    const publicAddr = `${WAN_PREFIX}.${10 + index}`
    if (index < relays) {
      plans.push({ index, ns: `sc${tag}-p${index}`, addr: publicAddr, publicAddr, nat: 'none' })
    } else {
      plans.push({ index, ns: `sc${tag}-p${index}`, router: `sc${tag}-n${index}`, addr: `10.${100 + Math.floor(index / 250)}.${index % 250}.2`, publicAddr, nat: kind })
    }
  }
  const namespaces = [wan, ...plans.flatMap(p => p.router === undefined ? [p.ns] : [p.router, p.ns])]
  return { kind, relays, wan, peers: plans, namespaces }
}

/** The LAN address of a NATed peer's NAT box (its default gateway). */
export function gatewayOf (peer: NatPeerPlan): string {
  return peer.addr.replace(/\.2$/, '.1')
}
