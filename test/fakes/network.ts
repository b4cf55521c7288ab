// A VNet service that hands out addresses and plugs ports, in memory: what the VM layer asks of the
// network, without a switch or peers behind it.
import type { VmNetwork } from '../../node/net/service.js'

export class FakeNetwork implements VmNetwork {
  readonly leases = new Map<string, { netId: number, ip: string }>()
  readonly plugged = new Set<string>()
  readonly announced: string[] = []
  private next = 10

  resolve (ref: string): { id: number, name: string } {
    return { id: Number(ref) > 0 ? Number(ref) : 1, name: ref }
  }

  async lease (netId: number, vmId: string, _mac: string, ip?: string): Promise<{ ip: string, prefixLength: number }> {
    const taken = [...this.leases.values()].some(l => l.netId === netId && l.ip === ip)
    if (taken) throw Object.assign(new Error(`${ip ?? ''} is taken`), { name: 'NetConflictError' })
    const leased = ip ?? `10.0.0.${this.next++}`
    this.leases.set(vmId, { netId, ip: leased })
    return { ip: leased, prefixLength: 24 }
  }

  async release (_netId: number, vmId: string): Promise<void> {
    this.leases.delete(vmId)
  }

  prefixLength (): number {
    return 24
  }

  nameOf (netId: number): string {
    return `net${netId}`
  }

  plug (_netId: number, vm: { id: string }): () => void {
    this.plugged.add(vm.id)
    return () => { this.plugged.delete(vm.id) }
  }

  async announce (vmId: string): Promise<void> {
    this.announced.push(vmId)
  }
}
