// What a VNet's home decides, as pure functions of the VNet and the VM records' claims: who gets
// which address, what each change does, how leases follow the records, and which peer takes over a
// home that is gone. networks.ts runs them at the home and carries their results.
import type { supercloud } from '../../proto/gen/wire.js'
import { NetConflictError, NetSpecError } from './errors.js'
import { firstFree, fromRuleMsg, isHostIn, type LeaseData, type VnetData } from './vnet.js'
import { LEASE_GRACE_MS } from './constants.js'

type NetRequestMsg = supercloud.network.INetRequest

/** A VM's claim on an address, from its owner's record. */
export interface VmClaim { vmId: string, mac: string, netId: number, ip: string, owner: string }

/** One change to one VNet: `apply` maps its record to the next (throwing to refuse); `ip` is the address it handed out. */
export interface Operation { id: number, apply: (v: VnetData) => VnetData, ip?: () => string }

/** Hands out an address: the one asked for if free, else the lowest free one. At the home only. */
export function allocate (v: VnetData, claims: readonly VmClaim[], request: { vmId?: string, peer?: string, mac: string, ip?: string }): { ip: string, vnet: VnetData } {
  const mine = (l: LeaseData): boolean => request.vmId !== undefined ? l.vmId === request.vmId : l.peer === request.peer
  const existing = v.leases.find(mine)
  if (existing !== undefined && (request.ip === undefined || request.ip === existing.ip) && existing.mac === request.mac) return { ip: existing.ip, vnet: v }
  const others = v.leases.filter(l => !mine(l))
  const claimed = claims.filter(c => c.netId === v.id && c.vmId !== request.vmId)
  const taken = new Set([...others.map(l => l.ip), ...claimed.map(c => c.ip)])
  let ip: string
  if (request.ip !== undefined) {
    if (!isHostIn(request.ip, v.cidr)) throw new NetSpecError(`${request.ip} is not a host address of ${v.name} (${v.cidr})`)
    if (taken.has(request.ip)) throw new NetConflictError(`${request.ip} is taken on ${v.name}`)
    ip = request.ip
  } else {
    const free = firstFree(v.cidr, taken)
    if (free === undefined) throw new NetConflictError(`${v.name} (${v.cidr}) has no free address`)
    ip = free
  }
  const lease: LeaseData = { ip, ...(request.vmId === undefined ? { peer: request.peer } : { vmId: request.vmId }), mac: request.mac, atMs: Date.now() }
  return { ip, vnet: { ...v, leases: [...others, lease] } }
}

/** A change as asked by `from` (this peer, or a member over the overlay): which VNet, and what it does to it. */
export function operation (from: string, r: NetRequestMsg, claims: () => readonly VmClaim[]): Operation {
  if (r.remove != null) {
    return {
      id: r.remove.id ?? 0,
      apply: v => {
        const attached = claims().filter(c => c.netId === v.id)
        if (attached.length > 0) throw new NetConflictError(`VNet ${v.name} has ${attached.length} VM${attached.length > 1 ? 's' : ''} attached (${attached.map(c => c.vmId).join(', ')}): detach ${attached.length > 1 ? 'them' : 'it'} first`)
        return { ...v, deleted: true, leases: [], rules: [] }
      }
    }
  }
  if (r.rules != null) {
    const rules = (r.rules.rules ?? []).map(fromRuleMsg)
    return { id: r.rules.id ?? 0, apply: v => ({ ...v, rules }) }
  }
  if (r.lease != null) {
    const l = r.lease
    const vmId = nonEmpty(l.vmId)
    let ip = ''
    return {
      id: l.id ?? 0,
      apply: v => {
        // A VM's address is for its owner to ask; a host port's for its own peer.
        const owner = vmId === undefined ? undefined : claims().find(c => c.vmId === vmId)?.owner
        if (owner !== undefined && owner !== from) throw new NetConflictError(`vm ${vmId ?? ''} is not ${from}'s`)
        const next = allocate(v, claims(), { vmId, peer: vmId === undefined ? from : undefined, mac: l.mac ?? '', ip: nonEmpty(l.ip) })
        ip = next.ip
        return next.vnet
      },
      ip: () => ip
    }
  }
  if (r.release != null) {
    const vmId = nonEmpty(r.release.vmId)
    return { id: r.release.id ?? 0, apply: v => ({ ...v, leases: v.leases.filter(l => vmId === undefined ? l.peer !== from : l.vmId !== vmId) }) }
  }
  throw new NetSpecError('unknown VNet operation')
}

/** Leases follow the VM records: a claim on a free address is leased; a lease whose VM is gone is released. */
export function reconcile (v: VnetData, claimsNow: readonly VmClaim[], now: number): VnetData {
  const claims = claimsNow.filter(c => c.netId === v.id)
  const byIp = new Map(v.leases.map(l => [l.ip, l]))
  const vms = new Set(claims.map(c => c.vmId))
  let leases = v.leases.filter(l => l.vmId === undefined || vms.has(l.vmId) || now - l.atMs < LEASE_GRACE_MS)
  for (const c of claims) {
    if (byIp.has(c.ip) || !isHostIn(c.ip, v.cidr)) continue
    leases = [...leases, { ip: c.ip, vmId: c.vmId, mac: c.mac, atMs: now }]
    byIp.set(c.ip, { ip: c.ip, vmId: c.vmId, mac: c.mac, atMs: now })
  }
  return leases.length === v.leases.length && leases.every((l, i) => l === v.leases[i]) ? v : { ...v, leases }
}

/** The alive member with the lowest peer id (this peer included): the same answer everywhere with the same view. */
export function successor (self: string, alive: readonly string[]): string {
  return [self, ...alive].sort()[0] ?? self
}

/**
 * What this peer does about VNet `v` on a sync: take over as its home (its home is dead or left and
 * this peer is the successor: the next term), reconcile its leases (this peer is its home), or nothing.
 */
export function homeAction (v: VnetData, self: string, homeState: string | undefined, alive: readonly string[]): 'take-over' | 'reconcile' | 'none' {
  if (v.deleted) return 'none'
  if (v.home === self) return 'reconcile'
  if (homeState !== 'dead' && homeState !== 'left') return 'none'
  return successor(self, alive) === self ? 'take-over' : 'none'
}

function nonEmpty (s: string | null | undefined): string | undefined {
  return s === null || s === undefined || s === '' ? undefined : s
}
