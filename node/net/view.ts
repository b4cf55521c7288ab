// VNets as the API and CLI show them (`net ls|show|create --json`).
import { formatRule } from '../../overlay/networks/rules.js'
import type { FlowRule } from '../../overlay/networks/rules.js'
import type { Conflict, SwitchStatsMsg } from '../../overlay/networks/networks.js'
import type { VnetData } from '../../overlay/networks/vnet.js'
import { peerIdFromBytes } from '../../overlay/signing/index.js'

export interface NetVmView { id: string, name: string, ip: string, mac: string, peer: string, phase: string }

export interface NetView {
  id: number
  name: string
  cidr: string
  mtu: number
  home: string
  term: number
  rules: Array<FlowRule & { text: string }>
  leases: Array<{ ip: string, mac: string, vm?: string, hostPort?: string }>
  vms: NetVmView[]
  conflicts: Conflict[]
  createdAt: string
  /** Alive peers that did not know this version yet when the command returned (bounded wait). */
  pending?: string[]
}

export interface NetCountersView {
  peer: string
  ports: Array<{ name: string, mac: string, ip: string, framesIn: number, bytesIn: number, framesOut: number, bytesOut: number, arpAnswered: number, drops: Record<string, number> }>
  tunnels: Array<{ peer: string, framesIn: number, bytesIn: number, framesOut: number, bytesOut: number, batchesIn: number, batchesOut: number, drops: Record<string, number> }>
  drops: Record<string, number>
}

export function toNetView (v: VnetData, vms: NetVmView[], conflicts: Conflict[]): NetView {
  return {
    id: v.id,
    name: v.name,
    cidr: v.cidr,
    mtu: v.mtu,
    home: v.home,
    term: v.term,
    rules: v.rules.map(r => ({ ...r, text: formatRule(r) })),
    leases: v.leases.map(l => ({ ip: l.ip, mac: l.mac, ...(l.vmId === undefined ? {} : { vm: l.vmId }), ...(l.peer === undefined ? {} : { hostPort: l.peer }) })),
    vms,
    conflicts,
    createdAt: new Date(v.createdAtMs).toISOString()
  }
}

const n = (x: number | null | undefined): number => Number(x ?? 0)
const map = (m: Record<string, number> | null | undefined): Record<string, number> => Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, Number(v)]))

export function toCountersView (peer: string, s: SwitchStatsMsg): NetCountersView {
  return {
    peer,
    ports: (s.ports ?? []).map(p => ({ name: p.name ?? '', mac: p.mac ?? '', ip: p.ip ?? '', framesIn: n(p.framesIn), bytesIn: n(p.bytesIn), framesOut: n(p.framesOut), bytesOut: n(p.bytesOut), arpAnswered: n(p.arpAnswered), drops: map(p.drops) })),
    tunnels: (s.tunnels ?? []).map(t => ({ peer: peerIdFromBytes(t.peer ?? new Uint8Array()).toString(), framesIn: n(t.framesIn), bytesIn: n(t.bytesIn), framesOut: n(t.framesOut), bytesOut: n(t.bytesOut), batchesIn: n(t.batchesIn), batchesOut: n(t.batchesOut), drops: map(t.drops) })),
    drops: map(s.drops)
  }
}
