// The page's sections: providers, peers, VMs, migrations (in flight and done), VNets, cost. Each is
// a keyed table (table.ts) fed from the store; a render touches only what changed.
import type { DashMigration, DashNet, DashPeer, DashVm } from '../types.js'
import { bytes, count, countdown, ms, shortId, usd } from './format.js'
import type { Dirty, Store } from './store.js'
import { KeyedTable } from './table.js'

export interface ProviderRow { provider: string, alive: number, peers: number, vms: number, cheapest: number, onDemand: number, notices: number }

export type ActionHandler = (action: string, key: string) => void

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id)
  if (el === null) throw new Error(`the page has no #${id}`)
  return el as T
}

const DONE = new Set(['committed', 'aborted', 'unknown'])
const ended = (m: DashMigration): boolean => m.endedAt !== undefined || DONE.has(m.phase)

export class Views {
  readonly providers: KeyedTable<ProviderRow>
  readonly peers: KeyedTable<DashPeer>
  readonly vms: KeyedTable<DashVm>
  readonly inFlight: KeyedTable<DashMigration>
  readonly done: KeyedTable<DashMigration>
  readonly nets: KeyedTable<DashNet>

  constructor (private readonly store: Store, onAction: ActionHandler) {
    const peerName = (id: string): string => {
      const p = store.peers.get(id)
      return p === undefined ? shortId(id) : `${p.provider} ${shortId(id)}`
    }
    this.providers = new KeyedTable<ProviderRow>($('providers'), [
      { title: 'provider', cell: r => r.provider },
      { title: 'peers alive', cell: r => `${r.alive} / ${r.peers}`, tone: r => r.alive < r.peers ? 'warn' : '' },
      { title: 'VMs', cell: r => String(r.vms) },
      { title: 'cheapest $/h', cell: r => r.cheapest > 0 ? usd(r.cheapest) : '-' },
      { title: 'on-demand $/h', cell: r => r.onDemand > 0 ? usd(r.onDemand) : '-' },
      { title: 'notices', cell: r => String(r.notices), tone: r => r.notices > 0 ? 'bad' : '' }
    ], r => r.provider, r => r.provider)

    this.peers = new KeyedTable<DashPeer>($('peers'), [
      { width: '15%', title: 'peer', cell: p => shortId(p.id) + (p.self ? ' (this one)' : '') },
      { width: '17%', title: 'provider', cell: p => `${p.provider} · ${p.region} · ${p.zone}` },
      { width: '6%', title: 'state', cell: p => p.state, tone: p => `state-${p.state}` },
      { width: '6%', title: 'link', cell: p => p.self ? '-' : (p.connection ?? 'none') },
      { width: '5%', title: 'load', cell: p => p.load.toFixed(2), tone: p => p.load > 1 ? 'warn' : '' },
      { width: '4%', title: 'VMs', cell: p => String(p.vms) },
      { width: '11%', title: 'memory', cell: p => `${bytes(p.vmMemoryBytes)} / ${bytes(p.memoryBytes)}` },
      { width: '9%', title: 'price', cell: p => p.pricing === '' ? '-' : `${usd(p.priceUsdPerHour)}/h ${p.pricing}` },
      { width: '7%', title: 'on-demand', cell: p => p.onDemandUsdPerHour > 0 ? `${usd(p.onDemandUsdPerHour)}/h` : '-' },
      { width: '10%', title: 'notice', cell: p => p.noticeDeadlineMs > 0 ? `reclaimed ${countdown(p.noticeDeadlineMs, Date.now())}` : '-', tone: p => p.noticeDeadlineMs > 0 ? 'bad' : '' },
      { title: 'takes VMs', cell: p => p.schedulable ? 'yes' : `no: ${p.unschedulableReason || 'unschedulable'}`, tone: p => p.schedulable ? '' : 'warn' }
    ], p => p.id, p => `${p.provider}\u0000${p.id}`, [
      { label: 'drain', action: 'drain', title: 'move every VM off this peer and take no new ones', when: p => p.state === 'alive' }
    ], onAction)

    this.vms = new KeyedTable<DashVm>($('vms'), [
      { width: '9%', title: 'VM', cell: v => v.name },
      { width: '9%', title: 'phase', cell: v => v.phase + (v.stale === true ? ' (stale)' : '') + (v.reason !== undefined ? `: ${v.reason}` : ''), tone: v => `phase-${v.phase}` },
      { width: '14%', title: 'host', cell: v => peerName(v.peer) },
      { width: '6%', title: 'counter', cell: v => v.counter === undefined ? '-' : String(v.counter) },
      { width: '11%', title: 'VNet / IP', cell: v => v.net === undefined ? '-' : `${v.net.name ?? v.net.id} ${v.net.ip}` },
      { width: '6%', title: 'memory', cell: v => bytes(v.memoryBytes) },
      { width: '8%', title: 'disks', cell: v => v.disks === undefined ? '-' : v.disks.map(d => `${d.name} ${bytes(d.sizeBytes)}${d.state === undefined ? '' : ` ${d.state}`}`).join(', ') },
      { width: '8%', title: 'protection', cell: v => v.protection === undefined ? '-' : [v.protection.mode, v.protection.standby === undefined ? '' : `→ ${peerName(v.protection.standby)}`, v.protection.state ?? ''].join(' ').trim() },
      { width: '9%', title: 'cost', cell: v => { const c = store.cost?.vms[v.id]; return c === undefined ? '-' : `${usd(c.costUsd)} / ${usd(c.onDemandUsd)}` } }
    ], v => v.id, v => `${v.name}\u0000${v.id}`, [
      { label: 'migrate…', action: 'migrate' },
      { label: 'pause', action: 'pause' },
      { label: 'resume', action: 'resume' }
    ], onAction)

    const route = (m: DashMigration): string => `${peerName(m.from)} → ${peerName(m.to)}`
    this.inFlight = new KeyedTable<DashMigration>($('in-flight'), [
      { title: 'VM', cell: m => m.vmName },
      { width: '30%', title: 'from → to', cell: route },
      { title: 'mode', cell: m => m.mode },
      { title: 'phase', cell: m => m.phase },
      { width: '28%', title: 'progress', cell: m => `round ${m.progress.round} · ${bytes(m.progress.bytesSent)} sent${m.progress.etaMs > 0 ? ` · ETA ${ms(m.progress.etaMs)}` : ''}`, bar: m => progressOf(m) },
      { title: 'dirty / link', cell: m => `${bytes(m.progress.dirtyBytesPerSec)}/s · ${bytes(m.progress.bandwidthBytesPerSec)}/s` }
    ], m => m.id, m => m.startedAt)

    this.done = new KeyedTable<DashMigration>($('done'), [
      { title: 'VM', cell: m => m.vmName },
      { width: '30%', title: 'from → to', cell: route },
      { title: 'outcome', cell: m => m.phase, tone: m => `phase-${m.phase}` },
      { title: 'downtime', cell: m => ms(m.downtimeMs) },
      { title: 'ping gap', cell: m => ms(m.pingGapMs) },
      { title: 'total', cell: m => ms(m.totalMs) },
      { title: 'sent', cell: m => `${bytes(m.bytes)} in ${m.rounds} rounds` },
      { title: 'ended', cell: m => m.endedAt === undefined ? '-' : new Date(m.endedAt).toLocaleTimeString() },
      { width: '22%', title: 'why', cell: m => m.reason ?? '' }
    ], m => m.id, m => `${9e15 - Date.parse(m.startedAt)}`)

    this.nets = new KeyedTable<DashNet>($('nets'), [
      { title: 'VNet', cell: n => n.name },
      { title: 'CIDR', cell: n => n.cidr },
      { title: 'VMs', cell: n => String(n.vms) },
      { title: 'frames in / out', cell: n => `${count(n.framesIn)} / ${count(n.framesOut)}` },
      { title: 'bytes in / out', cell: n => `${bytes(n.bytesIn)} / ${bytes(n.bytesOut)}` },
      { title: 'drops', cell: n => String(n.drops), tone: n => n.drops > 0 ? 'warn' : '' },
      { title: 'conflicts', cell: n => String(n.conflicts), tone: n => n.conflicts > 0 ? 'bad' : '' }
    ], n => String(n.id), n => n.name)
  }

  render (dirty: Dirty): void {
    const s = this.store
    const peers = dirty.get('peers')
    if (peers !== undefined) {
      this.apply(this.peers, s.peers, peers)
      this.renderProviders()
      // VM hosts and migration routes name peers by provider.
      if (peers === 'all') { dirty.set('vms', 'all'); dirty.set('migrations', 'all') }
    }
    const vms = dirty.get('vms')
    if (vms !== undefined) this.apply(this.vms, s.vms, vms)
    const migrations = dirty.get('migrations')
    if (migrations !== undefined) {
      const keys = migrations === 'all' ? new Set([...s.migrations.keys(), ...this.inFlight.keys(), ...this.done.keys()]) : migrations
      for (const key of keys) {
        const m = s.migrations.get(key)
        if (m === undefined || ended(m)) this.inFlight.remove(key)
        if (m === undefined || !ended(m)) this.done.remove(key)
        if (m !== undefined) (ended(m) ? this.done : this.inFlight).upsert(m)
      }
      this.inFlight.flush()
      this.done.flush()
    }
    const nets = dirty.get('nets')
    if (nets !== undefined) this.apply(this.nets, s.nets, nets)
    this.renderSummary()
  }

  private apply<R> (table: KeyedTable<R>, rows: Map<string, R>, keys: Set<string> | 'all'): void {
    if (keys === 'all') {
      for (const key of table.keys()) if (!rows.has(key)) table.remove(key)
      for (const row of rows.values()) table.upsert(row)
    } else {
      for (const key of keys) {
        const row = rows.get(key)
        if (row === undefined) table.remove(key)
        else table.upsert(row)
      }
    }
    table.flush()
  }

  private renderProviders (): void {
    const by = new Map<string, ProviderRow>()
    for (const p of this.store.peers.values()) {
      const r = by.get(p.provider) ?? { provider: p.provider, alive: 0, peers: 0, vms: 0, cheapest: 0, onDemand: 0, notices: 0 }
      r.peers++
      if (p.state === 'alive') r.alive++
      r.vms += p.vms
      if (p.priceUsdPerHour > 0 && (r.cheapest === 0 || p.priceUsdPerHour < r.cheapest)) r.cheapest = p.priceUsdPerHour
      r.onDemand = Math.max(r.onDemand, p.onDemandUsdPerHour)
      if (p.noticeDeadlineMs > 0) r.notices++
      by.set(p.provider, r)
    }
    this.apply(this.providers, by, 'all')
  }

  private renderSummary (): void {
    const s = this.store
    let alive = 0
    for (const p of s.peers.values()) if (p.state === 'alive') alive++
    let running = 0
    for (const v of s.vms.values()) if (v.phase === 'running') running++
    text('self', s.self === undefined ? '' : `served by ${s.self.provider} ${shortId(s.self.id)} · supercloud ${s.self.version}`)
    text('count-peers', `${alive} / ${s.peers.size} peers alive`)
    text('count-vms', `${running} / ${s.vms.size} VMs running`)
    text('count-migrations', `${this.inFlight.size} migrations in flight`)
    const c = s.cost
    text('cost', c === undefined ? 'cost: -' : `cost so far ${usd(c.costUsd)} · on-demand ${usd(c.onDemandUsd)} · saved ${c.savedPct.toFixed(1)}%`)
    text('errors', [...s.errors].map(([topic, e]) => `${topic}: ${e}`).join(' · '))
  }
}

/** How far a pre-copy is: the time it took so far over that plus its ETA. */
function progressOf (m: DashMigration): number | undefined {
  if (m.phase === 'offered') return 0
  if (m.phase === 'switchover' || m.phase === 'committing') return 1
  const elapsed = Date.now() - Date.parse(m.startedAt)
  return m.progress.etaMs > 0 ? elapsed / (elapsed + m.progress.etaMs) : undefined
}

function text (id: string, value: string): void {
  const el = document.getElementById(id)
  if (el !== null && el.textContent !== value) el.textContent = value
}
