// A VNet's flow rules applied to a frame: the first rule that matches decides; with none, it passes.
import type { FlowRule } from '../networks/rules.js'
import { ETHERTYPE_IPV4, dstMac, ethertype, parseIpv4, srcMac } from './frames.js'

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
