// `supercloud status` and `supercloud peers`.
import type { Command } from 'commander'
import type { Status } from '../../api/services.js'
import type { PeerView } from '../../../overlay/membership/index.js'
import { action, clientFor, withClientOptions, type CommonFlags } from '../common.js'
import { emit, shortId, table } from '../output.js'
import type { NetcheckReport } from '../../reachability/reachability.js'
import { formatSize } from '../size.js'

export function registerInfoCommands (program: Command): void {
  withClientOptions(program.command('status').description("show a node's identity, versions and view of the cloud"))
    .option('--remote <peerId>', 'ask another member for its status through the overlay (control protocol)')
    .action(action(async (flags: CommonFlags & { remote?: string }) => {
      const client = clientFor(flags)
      const path = flags.remote === undefined ? '/v1/status' : `/v1/peers/${encodeURIComponent(flags.remote)}/status`
      const status = await client.request<Partial<Status>>('GET', path)
      emit(flags, status, () => Object.entries(status).map(([k, v]) => `${k.padEnd(18)} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('\n'))
    }))

  withClientOptions(program.command('peers').description('list every member the node knows, with liveness'))
    .action(action(async (flags: CommonFlags) => {
      const peers = await clientFor(flags).request<Array<PeerView & { kind?: string | null, reachability?: string }>>('GET', '/v1/peers')
      emit(flags, peers, () => table(peers.map(p => ({
        ...p,
        id: shortId(p.id) + (p.self ? ' *' : ''),
        addrs: p.addrs[0] ?? '-',
        kind: p.self ? '-' : p.kind ?? '-',
        schedulable: p.schedulable ? 'yes' : `no (${p.unschedulableReason || 'unschedulable'})`,
        type: p.instanceType || '-',
        pricing: p.pricing || '-',
        price: p.pricing === '' ? '-' : `$${p.priceUsdPerHour}/h`,
        onDemand: p.onDemandUsdPerHour > 0 ? `$${p.onDemandUsdPerHour}/h` : '-',
        disk: p.diskBytes > 0 ? `${formatSize(p.vmDiskBytes)}/${formatSize(p.diskBytes)}` : '-',
        notice: p.noticeDeadlineMs > 0 ? `goes ${new Date(p.noticeDeadlineMs).toISOString()}` : '-'
      })),
      ['id', 'state', 'schedulable', 'provider', 'region', 'zone', 'type', 'pricing', 'price', 'onDemand', 'notice', 'vms', 'disk', 'connected', 'kind', 'reachability', 'softwareVersion', 'addrs']))
    }))

  withClientOptions(program.command('netcheck').description("this peer's reachability, its NAT's behaviour, observed addresses, relays in use, and each connected peer's connection kind and RTT"))
    .action(action(async (flags: CommonFlags) => {
      const r = await clientFor(flags).request<NetcheckReport>('GET', '/v1/netcheck')
      emit(flags, r, () => [
        `reachability   ${r.reachability}`,
        `NAT behaviour  ${r.natBehaviour}`,
        `observed       ${r.observedAddrs.join(', ') || '-'}`,
        `relays         ${r.relays.map(shortId).join(', ') || '-'}`,
        '',
        table(r.peers.map(p => ({ id: shortId(p.id), kind: p.kind, rtt: p.rttMs === null ? '-' : `${p.rttMs} ms` })), ['id', 'kind', 'rtt'])
      ].join('\n'))
    }))

  withClientOptions(program.command('ping').description('libp2p ping another peer from this node (round trips over the overlay)'))
    .argument('<peerId>', 'the peer to ping')
    .option('--count <n>', 'how many pings', '3')
    .action(action(async (peerId: string, flags: CommonFlags & { count: string }) => {
      const result = await clientFor(flags).request<{ id: string, rttMs: number[] }>('GET', `/v1/peers/${encodeURIComponent(peerId)}/ping?count=${encodeURIComponent(flags.count)}`)
      emit(flags, result, () => result.rttMs.map((ms, i) => `ping ${i + 1} to ${shortId(result.id)}: ${ms} ms`).join('\n'))
    }))
}
