// `supercloud net …`: virtual L2 networks that span peers, from any peer's API.
import type { Command } from 'commander'
import type { NetCountersView, NetView } from '../../net/view.js'
import type { PingResult } from '../../../overlay/switch/host-port.js'
import { CliError } from '../client.js'
import { action, clientFor, withClientOptions, type CommonFlags } from '../common.js'
import { parseDuration } from '../duration.js'
import { emit, shortId, table } from '../output.js'
import { MOVES_TIMEOUT_MS, movesReport } from '../migrate.js'
import type { MoveReport } from '../../vms/moves.js'

const SLOW = 120_000

function netPath (net: string, rest = ''): string {
  return `/v1/nets/${encodeURIComponent(net)}${rest}`
}

function pendingLine (pending: string[] | undefined): string {
  return pending === undefined || pending.length === 0 ? '' : `\nnot yet known to ${pending.length} peer${pending.length > 1 ? 's' : ''}: ${pending.map(shortId).join(', ')}`
}

function describe (v: NetView & { counters?: NetCountersView[] }): string {
  const lines = [
    `${v.name} (id ${v.id}) ${v.cidr}, MTU ${v.mtu}, home ${shortId(v.home)} (term ${v.term})`,
    '',
    v.vms.length === 0 ? 'no VMs' : table(v.vms.map(vm => ({ ...vm, id: shortId(vm.id), peer: shortId(vm.peer) })), ['name', 'id', 'ip', 'mac', 'phase', 'peer']),
    '',
    v.rules.length === 0 ? 'rules: none (everything passes)' : 'rules (first match decides):\n' + v.rules.map((r, i) => `  ${i + 1}. ${r.text}`).join('\n')
  ]
  if (v.conflicts.length > 0) lines.push('', 'CONFLICTS (addresses held twice, after a partition):', ...v.conflicts.map(c => `  ${c.ip}: ${c.holders.join(', ')}`))
  for (const c of v.counters ?? []) {
    if (c.ports.length === 0 && c.tunnels.every(t => t.framesIn + t.framesOut === 0)) continue
    lines.push('', `peer ${shortId(c.peer)}:`)
    if (c.ports.length > 0) lines.push(table(c.ports.map(p => ({ ...p, drops: dropsText(p.drops) })), ['name', 'mac', 'ip', 'framesIn', 'framesOut', 'bytesIn', 'bytesOut', 'arpAnswered', 'drops']))
    const tunnels = c.tunnels.filter(t => t.framesIn + t.framesOut > 0)
    if (tunnels.length > 0) lines.push(table(tunnels.map(t => ({ tunnel: `→ ${shortId(t.peer)}`, ...t, drops: dropsText(t.drops) })), ['tunnel', 'framesIn', 'framesOut', 'batchesIn', 'batchesOut', 'drops']))
  }
  return lines.join('\n')
}

function dropsText (drops: Record<string, number>): string {
  const entries = Object.entries(drops).filter(([, n]) => n > 0)
  return entries.length === 0 ? '-' : entries.map(([k, n]) => `${k}=${n}`).join(' ')
}

function collect (value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export function registerNetCommands (program: Command): void {
  const net = program.command('net').description('virtual L2 networks (VNets) that span peers')

  withClientOptions(net.command('create').description('create a VNet; any peer may, and every peer learns it'))
    .argument('<name>', 'a name unique in the cloud')
    .requiredOption('--cidr <cidr>', 'its IPv4 range, e.g. 10.10.0.0/24')
    .option('--mtu <bytes>', 'largest IP packet (frames carry 14 more bytes)', '1500')
    .action(action(async (name: string, flags: CommonFlags & { cidr: string, mtu: string }) => {
      const v = await clientFor(flags).request<NetView>('POST', '/v1/nets', { name, cidr: flags.cidr, mtu: Number(flags.mtu) }, { signal: AbortSignal.timeout(SLOW) })
      emit(flags, v, () => `VNet ${v.name} (id ${v.id}) ${v.cidr}` + pendingLine(v.pending))
    }))

  withClientOptions(net.command('ls').description('every VNet'))
    .action(action(async (flags: CommonFlags) => {
      const nets = await clientFor(flags).request<NetView[]>('GET', '/v1/nets')
      emit(flags, nets, () => nets.length === 0 ? 'no VNets' : table(nets.map(v => ({ ...v, vms: v.vms.length, rules: v.rules.length, home: shortId(v.home), conflicts: v.conflicts.length })), ['name', 'id', 'cidr', 'mtu', 'vms', 'rules', 'home', 'conflicts']))
    }))

  withClientOptions(net.command('show').description('a VNet: its VMs, rules, conflicts, and every peer\'s port and tunnel counters'))
    .argument('<net>', 'name or id')
    .action(action(async (ref: string, flags: CommonFlags) => {
      const v = await clientFor(flags).request<NetView & { counters: NetCountersView[] }>('GET', netPath(ref))
      emit(flags, v, () => describe(v))
    }))

  withClientOptions(net.command('rm').description('remove a VNet (detach its VMs first)'))
    .argument('<net>', 'name or id')
    .action(action(async (ref: string, flags: CommonFlags) => {
      const r = await clientFor(flags).request<{ id: number, name: string, pending: string[] }>('DELETE', netPath(ref), undefined, { signal: AbortSignal.timeout(SLOW) })
      emit(flags, r, () => `removed VNet ${r.name}` + pendingLine(r.pending))
    }))

  withClientOptions(net.command('rules').description('show or set the flow rules of a VNet (enforced where frames are sent)'))
    .argument('<net>', 'name or id')
    .option('--add <rule>', 'append a rule, e.g. "deny proto=icmp", "allow proto=tcp dport=22" (repeatable)', collect)
    .option('--remove <n>', 'remove rule n (1-based)')
    .option('--clear', 'remove every rule')
    .action(action(async (ref: string, flags: CommonFlags & { add?: string[], remove?: string, clear?: boolean }) => {
      const client = clientFor(flags)
      let v = await client.request<NetView>('GET', netPath(ref))
      if (flags.add !== undefined || flags.remove !== undefined || flags.clear === true) {
        let rules = flags.clear === true ? [] : v.rules.map(r => r.text)
        if (flags.remove !== undefined) {
          const n = Number(flags.remove)
          if (!Number.isInteger(n) || n < 1 || n > rules.length) throw new CliError(`--remove ${flags.remove}: ${v.name} has rules 1 to ${rules.length}`)
          rules = rules.filter((_r, i) => i !== n - 1)
        }
        rules = [...rules, ...(flags.add ?? [])]
        v = await client.request<NetView>('PUT', netPath(ref, '/rules'), { rules }, { signal: AbortSignal.timeout(SLOW) })
      }
      emit(flags, { net: v.name, rules: v.rules, pending: v.pending ?? [] }, () => (v.rules.length === 0 ? `${v.name}: no rules (everything passes)` : v.rules.map((r, i) => `${i + 1}. ${r.text}`).join('\n')) + pendingLine(v.pending))
    }))

  withClientOptions(net.command('migrate').description('live-migrate every VM of a VNet to peers of a provider (placed by room); they stay connected throughout'))
    .argument('<net>', 'name or id')
    .requiredOption('--to <where>', 'provider:NAME')
    .option('--mode <mode>', 'precopy or stopcopy', 'precopy')
    .action(action(async (ref: string, flags: CommonFlags & { to: string, mode: string }) => {
      const moves = await clientFor(flags).request<MoveReport[]>('POST', netPath(ref, '/migrate'), { to: flags.to, mode: flags.mode }, { signal: AbortSignal.timeout(MOVES_TIMEOUT_MS) })
      const report = movesReport(moves)
      emit(flags, moves, () => report.text)
      if (!report.ok) process.exitCode = 1
    }))

  withClientOptions(net.command('ping').description('ping an address on a VNet from this peer\'s host port'))
    .argument('<net>', 'name or id')
    .argument('<ip>', 'the address to ping')
    .option('--count <n>', 'echo requests to send', '3')
    .option('--interval <duration>', 'between requests', '10ms')
    .option('--timeout <duration>', 'how long to wait for each reply', '1s')
    .option('--size <bytes>', 'payload bytes', '56')
    .action(action(async (ref: string, ip: string, flags: CommonFlags & { count: string, interval: string, timeout: string, size: string }) => {
      const body = { ip, count: Number(flags.count), intervalMs: parseDuration(flags.interval, '--interval'), timeoutMs: parseDuration(flags.timeout, '--timeout'), payloadBytes: Number(flags.size) }
      const r = await clientFor(flags).request<PingResult & { from: { ip: string } }>('POST', netPath(ref, '/ping'), body, { signal: AbortSignal.timeout(SLOW + body.count * (body.intervalMs + body.timeoutMs)) })
      emit(flags, r, () => {
        const loss = r.sent === 0 ? 0 : Math.round((r.sent - r.received) / r.sent * 100)
        const head = `ping ${r.target}${r.mac === undefined ? ' (no ARP answer)' : ` (${r.mac})`} from ${r.from.ip}: ${r.sent} sent, ${r.received} received, ${loss}% loss`
        const gap = r.longestGapMs === null ? '' : `, longest gap between replies ${r.longestGapMs} ms`
        return r.rttMs === null ? head : `${head}\nrtt min/median/p99/max = ${r.rttMs.min}/${r.rttMs.median}/${r.rttMs.p99}/${r.rttMs.max} ms${gap}`
      })
      if (r.received === 0) process.exitCode = 1
    }))
}
