// The distributed switch: one instance per VNet on every peer with a port on it. A frame from a
// local port is policed (its own MAC and address only, the VNet's MTU, the flow rules), answered
// here when it is an ARP request the control plane can answer, and forwarded: to a local port, to
// the tunnel of the peer the control plane places its destination on, or (broadcast, unknown) to
// every local port and every peer with ports on the VNet. A frame from a tunnel is accepted only for
// a VNet this peer has ports on and only from a MAC the control plane places on the sending peer.
// A frame never leaves its VNet.
import type { Libp2p } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from '../core/log.js'
import type { Membership } from '../membership/membership.js'
import type { Networks, SwitchStatsMsg } from '../networks/networks.js'
import type { VnetData } from '../networks/vnet.js'
import { addCounters, count, drop, newCounters, type FrameCounters } from './counters.js'
import { ETHERTYPE_ARP, ETHERTYPE_IPV4, ETH_HEADER, arpFrame, dstMacKey, ethertype, ipKey, ipKeyAt, isGroup, macKey, parseArp, srcMacKey } from './frames.js'
import { planeView, type AttachedVm, type PlaneView } from './plane.js'
import { allowed } from './filter.js'
import { Tunnels, type TunnelCounters, type TunnelFrame } from './tunnels.js'

export interface SwitchComponents {
  libp2p: Libp2p
  membership: Membership
  networks: Networks
  /** VMs attached to VNets, from the VM records. */
  attachedVms: () => AttachedVm[]
  /** A signed inventory that came over a tunnel ahead of frames (checked like gossip). */
  acceptRecords: (bytes: Uint8Array) => Promise<boolean>
  log: Logger
}

export interface PortInfo {
  /** The VM id, or `host` for the peer's host port. */
  name: string
  mac: string
  /** Once assigned, the only source address the port may use. */
  ip?: string
}

/** A port plugged into the switch: frames in through send(), out through the deliver callback. */
export interface SwitchPort {
  readonly info: PortInfo
  readonly counters: FrameCounters
  send: (frames: Uint8Array[]) => void
  /** Resolves when the tunnels to the VNet's other peers have room (a source that can wait waits for it). */
  whenRoom: (signal?: AbortSignal) => Promise<void>
  detach: () => void
}

interface Port extends SwitchPort {
  deliver: (frames: Uint8Array[]) => void
  arpAnswered: number
  /** info.mac and info.ip as numbers (frames.ts), compared per frame instead of strings. */
  macKey: number
  ipKey: number | undefined
}

interface Instance {
  id: number
  ports: Map<string, Port>
  /** The same ports by MAC key. */
  byKey: Map<number, Port>
  drops: Record<string, number>
}

export class Switch {
  private readonly instances = new Map<number, Instance>()
  /** Per VNet: the counters of ports since detached (and drops of instances gone), so totals never go back. */
  private readonly retired = new Map<number, FrameCounters>()
  private readonly planes = new Map<number, PlaneView>()
  private readonly tunnels: Tunnels
  /** Per peer: batches waiting behind one whose records are being checked. */
  private readonly tunnelChains = new Map<string, Promise<void>>()
  private readonly selfId: string

  constructor (private readonly components: SwitchComponents) {
    this.selfId = components.libp2p.peerId.toString()
    this.tunnels = new Tunnels(components, (peer, frames, counters, inventories) => { this.fromTunnel(peer, frames, counters, inventories) })
    components.networks.onChange(() => { this.invalidate() })
  }

  async start (): Promise<void> {
    await this.tunnels.start()
  }

  async stop (): Promise<void> {
    await this.tunnels.stop()
  }

  /** The control plane changed (VM records or VNet records): views are rebuilt when next needed. */
  invalidate (): void {
    this.planes.clear()
  }

  /** Plugs a port into VNet `vnet`; frames for it go to `deliver`. */
  attach (vnet: number, info: PortInfo, deliver: (frames: Uint8Array[]) => void): SwitchPort {
    const instance = this.instance(vnet)
    const existing = instance.ports.get(info.mac)
    if (existing !== undefined) existing.detach()
    const port: Port = {
      info,
      counters: newCounters(),
      arpAnswered: 0,
      macKey: macKey(info.mac),
      ipKey: info.ip === undefined ? undefined : ipKey(info.ip),
      deliver,
      send: frames => { this.fromPort(instance, port, frames) },
      whenRoom: async signal => { await this.whenRoom(vnet, signal) },
      detach: () => {
        if (instance.ports.get(info.mac) !== port) return
        instance.ports.delete(info.mac)
        if (instance.byKey.get(port.macKey) === port) instance.byKey.delete(port.macKey)
        const retired = this.retiredOf(vnet)
        addCounters(retired, port.counters)
        if (instance.ports.size === 0 && this.instances.get(vnet) === instance) {
          addCounters(retired, { ...newCounters(), drops: instance.drops })
          this.instances.delete(vnet)
        }
      }
    }
    instance.ports.set(info.mac, port)
    instance.byKey.set(port.macKey, port)
    return port
  }

  private async whenRoom (vnet: number, signal?: AbortSignal): Promise<void> {
    const v = this.components.networks.get(vnet)
    if (v === undefined) return
    for (const peer of this.plane(v).peers) await this.tunnels.whenRoom(peer, signal)
  }

  /** Sends this peer's signed inventory to every peer with ports on VNet `vnet`, ahead of frames. */
  pushRecords (vnet: number, inventory: Uint8Array): void {
    const v = this.components.networks.get(vnet)
    if (v === undefined) return
    for (const peer of this.plane(v).peers) this.tunnels.sendControl(peer, inventory)
  }

  /** Counters of this peer's ports and tunnels for VNet `vnet` (tunnels carry every VNet). */
  stats (vnet: number): SwitchStatsMsg {
    const instance = this.instances.get(vnet)
    return {
      ports: [...(instance?.ports.values() ?? [])].map(p => ({ name: p.info.name, mac: p.info.mac, ip: p.info.ip ?? '', ...counterFields(p.counters), arpAnswered: p.arpAnswered })),
      tunnels: this.tunnels.stats().map(({ peer, counters }) => ({ peer: peerIdFromString(peer).toMultihash().bytes, ...counterFields(counters), batchesIn: counters.batchesIn, batchesOut: counters.batchesOut })),
      drops: { ...(instance?.drops ?? {}) }
    }
  }

  /**
   * Totals for metrics, never going back: per VNet, every port this peer has had on it (frames in
   * from its VMs, out to them, drops by reason); per tunnel, what went to and came from that peer.
   */
  totals (): { vnets: Array<{ vnet: number, counters: FrameCounters }>, tunnels: Array<{ peer: string, counters: TunnelCounters }> } {
    const ids = new Set([...this.retired.keys(), ...this.instances.keys()])
    const vnets = [...ids].map(vnet => {
      const sum = addCounters(newCounters(), this.retired.get(vnet) ?? newCounters())
      const instance = this.instances.get(vnet)
      for (const p of instance?.ports.values() ?? []) addCounters(sum, p.counters)
      if (instance !== undefined) addCounters(sum, { ...newCounters(), drops: instance.drops })
      return { vnet, counters: sum }
    })
    return { vnets, tunnels: this.tunnels.stats() }
  }

  private retiredOf (vnet: number): FrameCounters {
    let retired = this.retired.get(vnet)
    if (retired === undefined) {
      retired = newCounters()
      this.retired.set(vnet, retired)
    }
    return retired
  }

  private instance (vnet: number): Instance {
    let instance = this.instances.get(vnet)
    if (instance === undefined) {
      instance = { id: vnet, ports: new Map(), byKey: new Map(), drops: {} }
      this.instances.set(vnet, instance)
    }
    return instance
  }

  private plane (vnet: VnetData): PlaneView {
    let view = this.planes.get(vnet.id)
    if (view === undefined || view.vnet !== vnet) {
      view = planeView(vnet, this.components.attachedVms(), this.selfId)
      this.planes.set(vnet.id, view)
    }
    return view
  }

  private fromPort (instance: Instance, port: Port, frames: Uint8Array[]): void {
    const vnet = this.components.networks.get(instance.id)
    if (vnet === undefined) {
      drop(port.counters, 'noVnet', frames.length)
      return
    }
    const plane = this.plane(vnet)
    for (const frame of frames) {
      port.counters.framesIn++
      port.counters.bytesIn += frame.byteLength
      const reason = this.police(port, vnet, frame)
      if (reason !== undefined) {
        drop(port.counters, reason)
        continue
      }
      if (this.answerArp(port, plane, frame)) continue
      this.forward(instance, plane, frame, port)
    }
  }

  /** Why a frame from a local port may not go on, if it may not. */
  private police (port: Port, vnet: VnetData, frame: Uint8Array): string | undefined {
    const info = port.info
    if (frame.byteLength < ETH_HEADER) return 'malformed'
    if (frame.byteLength > vnet.mtu + ETH_HEADER) return 'tooLarge'
    if (srcMacKey(frame) !== port.macKey) return 'spoofedMac'
    if (info.ip !== undefined) {
      const type = ethertype(frame)
      if (type === ETHERTYPE_IPV4 && !ipv4FromKey(frame, port.ipKey)) return 'spoofedIp'
      if (type === ETHERTYPE_ARP) {
        const arp = parseArp(frame)
        if (arp === undefined) return 'malformed'
        if ((arp.senderIp !== info.ip && arp.senderIp !== '0.0.0.0') || arp.senderMac !== info.mac) return 'spoofedIp'
      }
    }
    if (!allowed(vnet.rules, frame)) return 'denied'
    return undefined
  }

  /** Answers an ARP request for an address the control plane knows, without a broadcast. */
  private answerArp (port: Port, plane: PlaneView, frame: Uint8Array): boolean {
    if (ethertype(frame) !== ETHERTYPE_ARP) return false
    const arp = parseArp(frame)
    if (arp?.op !== 1) return false
    const mac = plane.ipMac.get(arp.targetIp)
    if (mac === undefined || mac === port.info.mac) return false
    this.deliver(port, [arpFrame(2, mac, arp.targetIp, arp.senderMac, arp.senderIp)])
    port.arpAnswered++
    return true
  }

  private forward (instance: Instance, plane: PlaneView, frame: Uint8Array, from: Port): void {
    if (!isGroup(frame)) {
      const dst = dstMacKey(frame)
      const local = instance.byKey.get(dst)
      if (local !== undefined) {
        this.deliver(local, [frame])
        return
      }
      const peer = plane.macPeerByKey.get(dst)
      if (peer !== undefined && peer !== this.selfId) {
        this.tunnels.send(peer, instance.id, frame)
        return
      }
    }
    // Broadcast, multicast and unknown unicast: every other port here, every peer with ports.
    for (const p of instance.ports.values()) if (p !== from) this.deliver(p, [frame])
    for (const peer of plane.peers) this.tunnels.send(peer, instance.id, frame)
  }

  private fromTunnel (peer: string, frames: TunnelFrame[], counters: TunnelCounters, inventories: Uint8Array[]): void {
    const pending = this.tunnelChains.get(peer)
    if (pending === undefined && inventories.length === 0) {
      this.deliverFromTunnel(peer, frames, counters)
      return
    }
    // Records first (checked, then the views rebuilt), so that the frames behind them are judged by
    // them; later batches of the peer wait their turn, in order.
    const next = (pending ?? Promise.resolve()).then(async () => {
      for (const bytes of inventories) await this.components.acceptRecords(bytes).catch(() => { drop(counters, 'badRecords'); return false })
      if (inventories.length > 0) this.invalidate()
      this.deliverFromTunnel(peer, frames, counters)
    })
    this.tunnelChains.set(peer, next)
    void next.finally(() => { if (this.tunnelChains.get(peer) === next) this.tunnelChains.delete(peer) })
  }

  private deliverFromTunnel (peer: string, frames: TunnelFrame[], counters: TunnelCounters): void {
    // Frames for one port leave together (one postMessage to a VM's worker, not one per frame),
    // in the order they came.
    const out = new Map<Port, Uint8Array[]>()
    const to = (port: Port, frame: Uint8Array): void => {
      const list = out.get(port)
      if (list === undefined) out.set(port, [frame])
      else list.push(frame)
    }
    let last: { id: number, instance: Instance | undefined, vnet: VnetData | undefined, plane: PlaneView | undefined } | undefined
    for (const { vnet: id, frame } of frames) {
      counters.framesIn++
      counters.bytesIn += frame.byteLength
      if (last?.id !== id) {
        const vnet = this.components.networks.get(id)
        last = { id, instance: this.instances.get(id), vnet, plane: vnet === undefined ? undefined : this.plane(vnet) }
      }
      const { instance, vnet, plane } = last
      if (vnet === undefined || plane === undefined) { drop(counters, 'unknownVnet'); continue }
      if (instance === undefined) { drop(counters, 'noPort'); continue }
      if (frame.byteLength < ETH_HEADER) { drop(counters, 'malformed'); continue }
      if (frame.byteLength > vnet.mtu + ETH_HEADER) { drop(counters, 'tooLarge'); continue }
      // Only from MACs the control plane places on the peer at the other end.
      if (plane.macPeerByKey.get(srcMacKey(frame)) !== peer) { drop(counters, 'spoofed'); continue }
      if (isGroup(frame)) {
        for (const p of instance.ports.values()) to(p, frame)
        continue
      }
      const port = instance.byKey.get(dstMacKey(frame))
      if (port === undefined) count(instance.drops, 'notHere')
      else to(port, frame)
    }
    for (const [port, list] of out) this.deliver(port, list)
  }

  private deliver (port: Port, frames: Uint8Array[]): void {
    for (const f of frames) {
      port.counters.framesOut++
      port.counters.bytesOut += f.byteLength
    }
    port.deliver(frames)
  }
}

function counterFields (c: FrameCounters): { framesIn: number, bytesIn: number, framesOut: number, bytesOut: number, drops: Record<string, number> } {
  return { framesIn: c.framesIn, bytesIn: c.bytesIn, framesOut: c.framesOut, bytesOut: c.bytesOut, drops: { ...c.drops } }
}

/** Whether an IPv4 frame's source address is `key` (the port's address). */
function ipv4FromKey (frame: Uint8Array, key: number | undefined): boolean {
  const vihl = frame[ETH_HEADER] ?? 0
  const ihl = (vihl & 0x0f) * 4
  return vihl >> 4 === 4 && ihl >= 20 && frame.byteLength >= ETH_HEADER + ihl && ipKeyAt(frame, ETH_HEADER + 12) === key
}
