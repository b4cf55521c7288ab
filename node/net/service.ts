// VNets from any peer's API: create, list, show (with every peer's counters), remove, rules, and the
// host port that pings VMs. Also what the VM manager plugs NICs into: address leases and switch ports.
import type { Logger } from '../log.js'
import type { Networks } from '../../overlay/networks/networks.js'
import { prefixLength, type VnetData } from '../../overlay/networks/vnet.js'
import type { Records } from '../../overlay/records/index.js'
import type { Switch, SwitchPort } from '../../overlay/switch/switch.js'
import { ETH_HEADER, arpFrame } from '../../overlay/switch/frames.js'
import { NetSpecError } from '../../overlay/networks/errors.js'
import { HostPort, hostPortMac, type PingOptions, type PingResult } from '../../overlay/switch/host-port.js'
import type { FlowRule } from '../../overlay/networks/rules.js'
import type { NicPort } from '../hypervisor/devices/nic.js'
import type { BulkCounts, BulkSendResult } from '../../overlay/switch/bulk.js'
import type { BenchStreams } from './bench-stream.js'
import { toCountersView, toNetView, type NetCountersView, type NetView, type NetVmView } from './view.js'

export interface NetServiceComponents {
  networks: Networks
  switch: Switch
  records: Records
  log: Logger
  selfId: string
  /** The raw-stream side of bench:switch; it refuses everything unless the daemon is a testing peer. */
  bench: BenchStreams
}

/** What the VM manager needs of the network: addresses, and a place to plug a NIC in. */
export interface VmNetwork {
  /** Resolves a VNet by name or id. */
  resolve: (ref: string) => { id: number, name: string }
  lease: (netId: number, vmId: string, mac: string, ip?: string) => Promise<{ ip: string, prefixLength: number }>
  release: (netId: number, vmId: string) => Promise<void>
  prefixLength: (netId: number) => number | undefined
  nameOf: (netId: number) => string | undefined
  /** Plugs a NIC into the VNet's switch; returns the unplug. */
  plug: (netId: number, vm: { id: string, mac: string, ip: string }, nic: NicPort) => () => void
  /**
   * A VM just arrived here: tells the peers with ports on its VNet at once (its new record, over the
   * tunnels, ahead of its frames) and announces it on the VNet (a gratuitous ARP).
   */
  announce: (vmId: string) => Promise<void>
}

export class NetService implements VmNetwork {
  private readonly hostPorts = new Map<number, Promise<HostPort>>()
  private readonly ports = new Map<string, { netId: number, port: SwitchPort, ip: string, mac: string }>()

  constructor (private readonly c: NetServiceComponents) {}

  /** The raw-stream side of bench:switch (testing peers only). */
  get benchStreams (): BenchStreams {
    return this.c.bench
  }

  stop (): void {
    for (const p of this.hostPorts.values()) void p.then(h => { h.detach() }, () => {})
    this.hostPorts.clear()
  }

  async create (input: { name: string, cidr: string, mtu?: number }): Promise<NetView> {
    const v = await this.c.networks.create(input)
    return { ...this.view(v), pending: await this.c.networks.waitKnown(v) }
  }

  list (): NetView[] {
    return this.c.networks.list().map(v => this.view(v))
  }

  async show (ref: string): Promise<NetView & { counters: NetCountersView[] }> {
    const v = this.c.networks.resolve(ref)
    const stats = await this.c.networks.stats(v.id)
    return { ...this.view(v), counters: stats.map(s => toCountersView(s.peer, s.stats)) }
  }

  async remove (ref: string): Promise<{ id: number, name: string, pending: string[] }> {
    const v = this.c.networks.resolve(ref)
    const gone = await this.c.networks.remove(v.id)
    await this.hostPorts.get(v.id)?.then(h => { h.detach() }, () => {})
    this.hostPorts.delete(v.id)
    return { id: v.id, name: v.name, pending: await this.c.networks.waitKnown(gone) }
  }

  async setRules (ref: string, rules: FlowRule[]): Promise<NetView> {
    const v = await this.c.networks.setRules(this.c.networks.resolve(ref).id, rules)
    return { ...this.view(v), pending: await this.c.networks.waitKnown(v) }
  }

  async ping (ref: string, target: string, options: PingOptions): Promise<PingResult & { from: { peer: string, ip: string, mac: string } }> {
    const v = this.c.networks.resolve(ref)
    const port = await this.hostPort(v)
    const result = await port.ping(target, options)
    return { ...result, from: { peer: this.c.selfId, ip: port.ip, mac: port.mac } }
  }

  /**
   * bench:switch: zeroes (or reads) the count of bulk frames that reached this peer's host port on
   * the VNet, and says where that port is. Testing peers only, like the raw stream beside it.
   */
  async bulkSink (ref: string, reset: boolean): Promise<BulkCounts & { ip: string, mac: string }> {
    this.c.bench.assertEnabled()
    const port = await this.hostPort(this.c.networks.resolve(ref))
    return { ...port.bulkCounts(reset), ip: port.ip, mac: port.mac }
  }

  /** bench:switch: sends bulk frames from this peer's host port on the VNet to `ip`'s discard port. */
  async bulkSend (ref: string, ip: string, options: { frames: number, frameBytes: number, timeoutMs: number }): Promise<BulkSendResult & { mac: string }> {
    this.c.bench.assertEnabled()
    const v = this.c.networks.resolve(ref)
    if (options.frameBytes > v.mtu + ETH_HEADER) throw new NetSpecError(`frames of ${options.frameBytes} bytes exceed the VNet's MTU of ${v.mtu} (+${ETH_HEADER})`)
    const port = await this.hostPort(v)
    return await port.sendBulk(ip, { ...options, signal: AbortSignal.timeout(options.timeoutMs) })
  }

  resolve (ref: string): { id: number, name: string } {
    const v = this.c.networks.resolve(ref)
    return { id: v.id, name: v.name }
  }

  async lease (netId: number, vmId: string, mac: string, ip?: string): Promise<{ ip: string, prefixLength: number }> {
    const { ip: leased, vnet } = await this.c.networks.lease(netId, { vmId, mac, ...(ip === undefined ? {} : { ip }) })
    // The VM's owner forwards its frames only once every peer places its MAC (bounded wait).
    await this.c.networks.waitKnown(vnet)
    return { ip: leased, prefixLength: prefixLength(vnet.cidr) }
  }

  async release (netId: number, vmId: string): Promise<void> {
    if (this.c.networks.get(netId) === undefined) return
    await this.c.networks.release(netId, vmId)
  }

  prefixLength (netId: number): number | undefined {
    const v = this.c.networks.get(netId)
    return v === undefined ? undefined : prefixLength(v.cidr)
  }

  nameOf (netId: number): string | undefined {
    return this.c.networks.get(netId)?.name
  }

  plug (netId: number, vm: { id: string, mac: string, ip: string }, nic: NicPort): () => void {
    const port = this.c.switch.attach(netId, { name: vm.id, mac: vm.mac, ip: vm.ip }, frames => { nic.toGuest(frames) })
    const detachNic = nic.attach(frames => { port.send(frames) })
    this.ports.set(vm.id, { netId, port, ip: vm.ip, mac: vm.mac })
    return () => {
      detachNic()
      port.detach()
      if (this.ports.get(vm.id)?.port === port) this.ports.delete(vm.id)
    }
  }

  async announce (vmId: string): Promise<void> {
    const plugged = this.ports.get(vmId)
    if (plugged === undefined) return
    const inventory = this.c.records.ownSigned()
    if (inventory !== undefined) this.c.switch.pushRecords(plugged.netId, inventory)
    // Gratuitous ARP: every guest and switch on the VNet learns where the address now is.
    plugged.port.send([arpFrame(1, plugged.mac, plugged.ip, '00:00:00:00:00:00', plugged.ip)])
  }

  /** This peer's host port on `v`, with its lease (asked of the VNet's home once). */
  private async hostPort (v: VnetData): Promise<HostPort> {
    let port = this.hostPorts.get(v.id)
    if (port === undefined) {
      port = (async () => {
        const mac = hostPortMac(this.c.selfId, v.id)
        const { ip, vnet } = await this.c.networks.lease(v.id, { mac })
        await this.c.networks.waitKnown(vnet)
        return new HostPort(v.id, mac, ip, deliver => this.c.switch.attach(v.id, { name: 'host', mac, ip }, deliver))
      })()
      this.hostPorts.set(v.id, port)
      port.catch(() => { this.hostPorts.delete(v.id) })
    }
    return await port
  }

  private view (v: VnetData): NetView {
    const vms: NetVmView[] = this.c.records.list()
      .filter(vm => vm.spec.net?.id === v.id)
      .map(vm => ({ id: vm.id, name: vm.spec.name, ip: vm.spec.net?.ip ?? '', mac: vm.spec.mac, peer: vm.owner, phase: vm.phase }))
    return toNetView(v, vms, this.c.networks.conflicts(v.id))
  }
}
