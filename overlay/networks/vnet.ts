// A VNet's record: its definition (name, CIDR, MTU, flow rules) and the addresses handed out on it,
// signed by its home peer; plus the address arithmetic (ipaddr.js) and the checks every record
// from the wire goes through.
import { CloudError } from '../core/errors.js'
import ipaddr from 'ipaddr.js'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import { peerIdFromBytes, sign, verify } from '../signing/index.js'
import { checkRule, MAX_RULES, type FlowRule } from '../switch/rules.js'

const { Vnet } = supercloud.network
export type SignedVnetMsg = supercloud.network.ISignedVnet
export type RuleMsg = supercloud.network.IRule

export const MAX_LEASES = 4096
export const MIN_MTU = 576
export const MAX_MTU = 9000
export const DEFAULT_MTU = 1500
export const VNET_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/i

export interface LeaseData {
  ip: string
  /** The VM holding it; absent for a host port. */
  vmId?: string
  /** The peer whose host port holds it. */
  peer?: string
  mac: string
  atMs: number
}

export interface VnetData {
  /** 24 bits: the tag of its frames in tunnels. */
  id: number
  name: string
  /** Normalized: the network address and prefix. */
  cidr: string
  mtu: number
  rules: FlowRule[]
  leases: LeaseData[]
  home: string
  term: number
  seq: number
  deleted: boolean
  createdAtMs: number
}

export class InvalidVnetError extends CloudError {
  override name = 'InvalidVnetError'
  readonly status = 400
}

/** The network address form of `cidr` (10.1.2.3/24 → 10.1.2.0/24); throws on anything else. */
export function normalizeCidr (cidr: string): string {
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number]
  try {
    parsed = ipaddr.parseCIDR(cidr)
  } catch {
    throw new InvalidVnetError(`not a CIDR: ${cidr} (try 10.10.0.0/24)`)
  }
  const [addr, prefix] = parsed
  if (addr.kind() !== 'ipv4') throw new InvalidVnetError(`only IPv4 networks: ${cidr}`)
  if (prefix < 8 || prefix > 30) throw new InvalidVnetError(`a VNet's prefix is /8 to /30, not /${prefix}`)
  return `${ipaddr.IPv4.networkAddressFromCIDR(cidr).toString()}/${prefix}`
}

export function prefixLength (cidr: string): number {
  return Number(cidr.split('/')[1])
}

/** Whether `ip` is a host address of `cidr` (neither its network nor its broadcast address). */
export function isHostIn (ip: string, cidr: string): boolean {
  if (!ipaddr.IPv4.isValidFourPartDecimal(ip)) return false
  const range = ipaddr.parseCIDR(cidr) as [ipaddr.IPv4, number]
  const addr = ipaddr.IPv4.parse(ip)
  if (!addr.match(range)) return false
  return ip !== ipaddr.IPv4.networkAddressFromCIDR(cidr).toString() && ip !== ipaddr.IPv4.broadcastAddressFromCIDR(cidr).toString()
}

const toU32 = (ip: string): number => ipaddr.IPv4.parse(ip).toByteArray().reduce((a, b) => a * 256 + b, 0)
const fromU32 = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')

/** The lowest host address of `cidr` not in `taken`, or undefined when it is full. */
export function firstFree (cidr: string, taken: ReadonlySet<string>): string | undefined {
  const first = toU32(ipaddr.IPv4.networkAddressFromCIDR(cidr).toString()) + 1
  const last = toU32(ipaddr.IPv4.broadcastAddressFromCIDR(cidr).toString()) - 1
  for (let n = first; n <= last && n - first <= MAX_LEASES * 2; n++) {
    const ip = fromU32(n)
    if (!taken.has(ip)) return ip
  }
  return undefined
}

export function toRuleMsg (r: FlowRule): RuleMsg {
  return { action: r.action, ethertype: r.ethertype ?? 0, srcMac: r.srcMac ?? '', dstMac: r.dstMac ?? '', ipProto: r.ipProto ?? 0, srcPort: r.srcPort ?? 0, dstPort: r.dstPort ?? 0 }
}

export function fromRuleMsg (m: RuleMsg): FlowRule {
  const r: FlowRule = { action: m.action === 'allow' ? 'allow' : m.action === 'deny' ? 'deny' : bad(`rule action ${String(m.action)}`) }
  if ((m.ethertype ?? 0) !== 0) r.ethertype = m.ethertype ?? 0
  if ((m.srcMac ?? '') !== '') r.srcMac = m.srcMac ?? ''
  if ((m.dstMac ?? '') !== '') r.dstMac = m.dstMac ?? ''
  if ((m.ipProto ?? 0) !== 0) r.ipProto = m.ipProto ?? 0
  if ((m.srcPort ?? 0) !== 0) r.srcPort = m.srcPort ?? 0
  if ((m.dstPort ?? 0) !== 0) r.dstPort = m.dstPort ?? 0
  try {
    return checkRule(r)
  } catch (err) {
    throw new InvalidVnetError(`bad rule: ${(err as Error).message}`)
  }
}

function bad (what: string): never {
  throw new InvalidVnetError(what)
}

export async function signVnet (key: PrivateKey, v: VnetData): Promise<SignedVnetMsg> {
  const payload = Vnet.encode({
    id: v.id,
    name: v.name,
    cidr: v.cidr,
    mtu: v.mtu,
    rules: v.rules.map(toRuleMsg),
    leases: v.leases.map(l => ({ ip: l.ip, vmId: l.vmId ?? '', peer: l.peer === undefined ? new Uint8Array() : peerIdFromString(l.peer).toMultihash().bytes, mac: l.mac, atMs: l.atMs })),
    home: peerIdFromString(v.home).toMultihash().bytes,
    term: v.term,
    seq: v.seq,
    deleted: v.deleted,
    createdAtMs: v.createdAtMs
  }).finish()
  return { vnet: payload, signature: await sign(key, 'vnet', payload) }
}

/** Decodes a signed VNet record, checks it is signed by its home and that everything in it is sane. */
export async function openVnet (signed: SignedVnetMsg): Promise<VnetData> {
  const payload = signed.vnet ?? new Uint8Array()
  let m
  try {
    m = Vnet.decode(payload)
  } catch (err) {
    throw new InvalidVnetError(`malformed VNet record: ${(err as Error).message}`)
  }
  let home
  try {
    home = await verify(m.home, 'vnet', payload, signed.signature ?? new Uint8Array())
  } catch (err) {
    throw new InvalidVnetError((err as Error).message)
  }
  const where = `VNet ${m.id} (${m.name})`
  if (!Number.isInteger(m.id) || m.id < 1 || m.id >= 1 << 24) bad(`${where}: id out of range`)
  if (!VNET_NAME.test(m.name)) bad(`${where}: bad name`)
  const cidr = normalizeCidr(m.cidr)
  if (cidr !== m.cidr) bad(`${where}: CIDR ${m.cidr} is not in network form`)
  if (m.mtu < MIN_MTU || m.mtu > MAX_MTU) bad(`${where}: MTU ${m.mtu}`)
  if (m.rules.length > MAX_RULES) bad(`${where}: ${m.rules.length} rules`)
  if (m.leases.length > MAX_LEASES) bad(`${where}: ${m.leases.length} leases`)
  if (!Number.isFinite(m.term) || m.term < 1 || !Number.isFinite(m.seq) || m.seq < 1) bad(`${where}: no term or seq`)
  const seen = new Set<string>()
  const leases = m.leases.map((l): LeaseData => {
    const ip = l.ip ?? ''
    const mac = l.mac ?? ''
    const vmId = l.vmId ?? ''
    if (!isHostIn(ip, cidr)) bad(`${where}: lease of ${ip} outside ${cidr}`)
    if (seen.has(ip)) bad(`${where}: ${ip} leased twice`)
    seen.add(ip)
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(mac)) bad(`${where}: lease of ${ip} has a bad MAC`)
    const vm = /^vm-[0-9a-f]{16}$/.test(vmId)
    const peer = (l.peer?.byteLength ?? 0) > 0 ? peerIdFromBytes(l.peer ?? new Uint8Array()).toString() : undefined
    if (vm === (peer !== undefined)) bad(`${where}: lease of ${ip} is for neither a VM nor a host port`)
    return { ip, ...(vm ? { vmId } : {}), ...(peer === undefined ? {} : { peer }), mac, atMs: l.atMs ?? 0 }
  })
  return {
    id: m.id,
    name: m.name,
    cidr,
    mtu: m.mtu,
    rules: m.rules.map(fromRuleMsg),
    leases,
    home: home.toString(),
    term: m.term,
    seq: m.seq,
    deleted: m.deleted,
    createdAtMs: m.createdAtMs
  }
}

/** Whether record `a` supersedes `b`: a higher term; in one term the same home's higher seq; two homes of one term (a healed partition) settle on the lower peer id. */
export function supersedes (a: VnetData, b: VnetData): boolean {
  if (a.term !== b.term) return a.term > b.term
  if (a.home === b.home) return a.seq > b.seq
  return a.home < b.home
}
