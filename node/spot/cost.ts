// Cost accounting per VM: what it has cost so far and what on-demand would have cost. A VM is
// charged its share of its host's price — its guest memory over the memory the host offers to VMs
// — while it holds a guest (running, paused or migrating); on-demand is the same share of the
// host's on-demand price. Every peer sees every VM record and every peer's price, so any peer keeps
// the whole cloud's books from what it observes, from the time it started.
export interface CostVm { id: string, name: string, owner: string, memoryBytes: number, billed: boolean }
export interface CostPeer { id: string, memoryBytes: number, priceUsdPerHour: number, onDemandUsdPerHour: number, pricing: string }

export interface VmCost {
  id: string
  name: string
  peer: string
  costUsd: number
  onDemandUsd: number
  /** VM-hours charged. */
  hours: number
}

export interface CostReport {
  since: string
  vms: VmCost[]
  total: { costUsd: number, onDemandUsd: number, savedPct: number }
}

/** A host's on-demand price: its own when it is on-demand, its configured one otherwise (0 = unknown: its price). */
function onDemandOf (p: CostPeer): number {
  if (p.pricing === 'on-demand') return p.onDemandUsdPerHour > 0 ? p.onDemandUsdPerHour : p.priceUsdPerHour
  return p.onDemandUsdPerHour > 0 ? p.onDemandUsdPerHour : p.priceUsdPerHour
}

export class CostLedger {
  private readonly books = new Map<string, VmCost>()
  private last: { atMs: number, vms: readonly CostVm[], peers: ReadonlyMap<string, CostPeer> } | undefined
  private readonly sinceMs: number

  constructor (startMs: number) {
    this.sinceMs = startMs
  }

  /** Charges the time since the previous observation at the previous state, then keeps this one. */
  observe (atMs: number, vms: readonly CostVm[], peers: readonly CostPeer[]): void {
    const prev = this.last
    if (prev !== undefined && atMs > prev.atMs) {
      const hours = (atMs - prev.atMs) / 3_600_000
      for (const vm of prev.vms) {
        const host = prev.peers.get(vm.owner)
        if (!vm.billed || host === undefined || host.memoryBytes <= 0) continue
        const share = Math.min(1, vm.memoryBytes / host.memoryBytes)
        const entry = this.books.get(vm.id) ?? { id: vm.id, name: vm.name, peer: vm.owner, costUsd: 0, onDemandUsd: 0, hours: 0 }
        entry.costUsd += share * host.priceUsdPerHour * hours
        entry.onDemandUsd += share * onDemandOf(host) * hours
        entry.hours += hours
        this.books.set(vm.id, entry)
      }
    }
    for (const vm of vms) {
      const entry = this.books.get(vm.id)
      if (entry !== undefined) { entry.peer = vm.owner; entry.name = vm.name }
    }
    this.last = { atMs, vms: [...vms], peers: new Map(peers.map(p => [p.id, p])) }
  }

  report (): CostReport {
    const vms = [...this.books.values()].map(v => ({ ...v })).sort((a, b) => b.costUsd - a.costUsd || a.id.localeCompare(b.id))
    const costUsd = vms.reduce((s, v) => s + v.costUsd, 0)
    const onDemandUsd = vms.reduce((s, v) => s + v.onDemandUsd, 0)
    return { since: new Date(this.sinceMs).toISOString(), vms, total: { costUsd, onDemandUsd, savedPct: onDemandUsd > 0 ? (1 - costUsd / onDemandUsd) * 100 : 0 } }
  }
}

export interface CostTrackerComponents {
  ledger: CostLedger
  vms: () => CostVm[]
  peers: () => CostPeer[]
}

/** Observes the cloud every `intervalMs` (default 2 s: a VM-hour's share is exact to well under a cent). */
export class CostTracker {
  private timer: NodeJS.Timeout | undefined

  constructor (private readonly c: CostTrackerComponents, private readonly intervalMs = 2000) {}

  start (): void {
    this.tick()
    this.timer = setInterval(() => { this.tick() }, this.intervalMs)
    this.timer.unref()
  }

  stop (): void {
    clearInterval(this.timer)
  }

  /** Books up to now and reports. */
  report (): CostReport {
    this.tick()
    return this.c.ledger.report()
  }

  private tick (): void {
    this.c.ledger.observe(Date.now(), this.c.vms(), this.c.peers())
  }
}
