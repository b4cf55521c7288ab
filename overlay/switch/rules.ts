// Flow rules of a VNet: allow or deny by ethertype, source or destination MAC, IPv4 protocol and
// TCP/UDP port. The first rule that matches a frame decides; with none, the frame passes. Rules
// are enforced on the peer that sends the frame, before it is forwarded anywhere.
import { CloudError } from '../core/errors.js'
import { ETHERTYPE_ARP, ETHERTYPE_IPV4, ETHERTYPE_IPV6, IP_PROTO_ICMP, IP_PROTO_TCP, IP_PROTO_UDP, dstMac, ethertype, parseIpv4, srcMac } from './frames.js'

export interface FlowRule {
  action: 'allow' | 'deny'
  ethertype?: number
  srcMac?: string
  dstMac?: string
  ipProto?: number
  srcPort?: number
  dstPort?: number
}

export class RuleSyntaxError extends CloudError {
  override name = 'RuleSyntaxError'
  readonly status = 400
}

export const MAX_RULES = 256
const ETHERTYPES: Record<string, number> = { ipv4: ETHERTYPE_IPV4, arp: ETHERTYPE_ARP, ipv6: ETHERTYPE_IPV6 }
const PROTOS: Record<string, number> = { icmp: IP_PROTO_ICMP, tcp: IP_PROTO_TCP, udp: IP_PROTO_UDP }
const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/

/** Whether `rules` let `frame` through. */
export function allowed (rules: readonly FlowRule[], frame: Uint8Array): boolean {
  if (rules.length === 0) return true
  const type = ethertype(frame)
  const ip = type === ETHERTYPE_IPV4 ? parseIpv4(frame) : undefined
  for (const r of rules) {
    if (r.ethertype !== undefined && r.ethertype !== type) continue
    if (r.srcMac !== undefined && r.srcMac !== srcMac(frame)) continue
    if (r.dstMac !== undefined && r.dstMac !== dstMac(frame)) continue
    if (r.ipProto !== undefined && r.ipProto !== ip?.proto) continue
    if (r.srcPort !== undefined && r.srcPort !== ip?.srcPort) continue
    if (r.dstPort !== undefined && r.dstPort !== ip?.dstPort) continue
    return r.action === 'allow'
  }
  return true
}

/**
 * `deny proto=tcp dport=22`, `allow ethertype=arp`, `deny src=02:00:00:00:00:01 proto=icmp`.
 * Keys: ethertype (ipv4, arp, ipv6 or a number), src, dst (MACs), proto (icmp, tcp, udp or a
 * number), sport, dport (1-65535). A protocol or port implies IPv4.
 */
export function parseRule (text: string): FlowRule {
  const [action, ...terms] = text.trim().split(/\s+/)
  if (action !== 'allow' && action !== 'deny') throw new RuleSyntaxError(`a rule starts with allow or deny: ${text}`)
  const rule: FlowRule = { action }
  for (const term of terms) {
    const [key, value, extra] = term.split('=')
    if (key === undefined || value === undefined || value === '' || extra !== undefined) throw new RuleSyntaxError(`not key=value: ${term}`)
    switch (key) {
      case 'ethertype': rule.ethertype = named(ETHERTYPES, value, 0xffff, key); break
      case 'src': rule.srcMac = mac(value); break
      case 'dst': rule.dstMac = mac(value); break
      case 'proto': rule.ipProto = named(PROTOS, value, 255, key); break
      case 'sport': rule.srcPort = number(value, 1, 65535, key); break
      case 'dport': rule.dstPort = number(value, 1, 65535, key); break
      default: throw new RuleSyntaxError(`unknown rule key ${key} (ethertype, src, dst, proto, sport, dport)`)
    }
  }
  if ((rule.ipProto !== undefined || rule.srcPort !== undefined || rule.dstPort !== undefined) && rule.ethertype === undefined) rule.ethertype = ETHERTYPE_IPV4
  if (rule.ethertype !== undefined && rule.ethertype !== ETHERTYPE_IPV4 && (rule.ipProto !== undefined || rule.srcPort !== undefined || rule.dstPort !== undefined)) {
    throw new RuleSyntaxError(`an IPv4 protocol or port needs ethertype ipv4: ${text}`)
  }
  return rule
}

/** The inverse of parseRule. */
export function formatRule (r: FlowRule): string {
  const name = (table: Record<string, number>, n: number): string => Object.entries(table).find(([, v]) => v === n)?.[0] ?? String(n)
  const terms: string[] = [r.action]
  const impliesIpv4 = r.ipProto !== undefined || r.srcPort !== undefined || r.dstPort !== undefined
  if (r.ethertype !== undefined && !(r.ethertype === ETHERTYPE_IPV4 && impliesIpv4)) terms.push(`ethertype=${name(ETHERTYPES, r.ethertype)}`)
  if (r.srcMac !== undefined) terms.push(`src=${r.srcMac}`)
  if (r.dstMac !== undefined) terms.push(`dst=${r.dstMac}`)
  if (r.ipProto !== undefined) terms.push(`proto=${name(PROTOS, r.ipProto)}`)
  if (r.srcPort !== undefined) terms.push(`sport=${r.srcPort}`)
  if (r.dstPort !== undefined) terms.push(`dport=${r.dstPort}`)
  return terms.join(' ')
}

/** Checks a rule from the wire or an API body (the same bounds as parseRule). */
export function checkRule (r: FlowRule): FlowRule {
  return parseRule(formatRule(r))
}

function mac (value: string): string {
  const v = value.toLowerCase()
  if (!MAC.test(v)) throw new RuleSyntaxError(`not a MAC address: ${value}`)
  return v
}

function number (value: string, min: number, max: number, what: string): number {
  const n = /^(0x[0-9a-f]+|\d+)$/i.test(value) ? Number(value) : NaN
  if (!Number.isInteger(n) || n < min || n > max) throw new RuleSyntaxError(`${what}: ${value} is not a number from ${min} to ${max}`)
  return n
}

function named (table: Record<string, number>, value: string, max: number, what: string): number {
  return table[value.toLowerCase()] ?? number(value, 1, max, what)
}
