// `supercloud demo` (what `npm start` runs): a 3-provider testnet, 40 ms apart, with a VNet and a
// tiny VM on every peer; pings across it, live-migrates one VM to another provider while a third
// peer pings it, prints the report, then shows the cloud live until Ctrl-C.
import type { Command } from 'commander'
import { ApiClient } from '../../api/client.js'
import { action } from '../common.js'
import { sleep } from '../../../overlay/core/abort.js'
import { follow, report } from '../migrate.js'
import { shortId, table } from '../output.js'
import type { PeerView } from '../../../overlay/membership/index.js'
import type { PingResult } from '../../../overlay/switch/host-port.js'
import type { VmView } from '../../vms/view.js'
import type { MigrationView } from '../../vms/migrate-out.js'
import type { TestnetPeer, TestnetState } from '../../../testnet/state.js'

const NET = 'demo'
const WAN_LATENCY_MS = 40
const client = (p: TestnetPeer): ApiClient => new ApiClient({ url: p.api, token: p.token }, 60_000)
const say = (line: string): void => { process.stdout.write(line + '\n') }

export function registerDemoCommand (program: Command): void {
  program.command('demo').description('launch a 3-provider testnet with a VNet and a tiny VM per peer, migrate one across providers while it is pinged, and show it live until Ctrl-C')
    .option('--peers <n>', 'number of peers', '3')
    .action(action(async (flags: { peers: string }) => {
      process.stderr.write('starting a local supercloud testnet…\n')
      const { testnetDown, testnetUp } = await import('../../../testnet/launcher.js')
      const state = await testnetUp({ peers: Number(flags.peers), providers: ['aws', 'gcp', 'azure'], wanLatencyMs: WAN_LATENCY_MS, onProgress: m => { process.stderr.write(m + '\n') } })
      const stop = new AbortController()
      process.once('SIGINT', () => { stop.abort() })
      process.once('SIGTERM', () => { stop.abort() })
      try {
        await showcase(state, stop.signal)
        await live(state, stop.signal)
      } finally {
        process.stderr.write('stopping the testnet…\n')
        await testnetDown(state.dir)
        process.stderr.write('stopped.\n')
      }
    }))
}

/** The VNet, a VM per peer, pings across it, and one live migration across providers under ping. */
async function showcase (state: TestnetState, signal: AbortSignal): Promise<void> {
  const first = state.peers[0]
  if (first === undefined) return
  await client(first).request('POST', '/v1/nets', { name: NET, cidr: '10.42.0.0/24' })
  const vms: VmView[] = []
  for (const peer of state.peers) {
    vms.push(await client(first).request<VmView>('POST', '/v1/vms', { image: 'tiny', name: `tiny-${peer.provider}-${peer.index}`, on: peer.id, net: NET }, { signal: AbortSignal.timeout(60_000) }))
  }
  say(`VNet ${NET}: ${vms.map(v => `${v.name} ${v.net?.ip ?? '?'}`).join(', ')}`)
  for (const v of vms) {
    const r = await client(first).request<PingResult>('POST', `/v1/nets/${NET}/ping`, { ip: v.net?.ip, count: 3, intervalMs: 100, timeoutMs: 2000 })
    say(`ping ${v.name} (${v.net?.ip ?? ''}) from peer 0: ${r.received}/${r.sent} answered, median ${r.rttMs?.median ?? '-'} ms`)
  }
  const moving = vms[0]
  const target = state.peers.find(p => p.provider !== first.provider)
  const pinger = state.peers.at(-1)
  if (moving === undefined || target === undefined || pinger === undefined || signal.aborted) return
  say(`\nlive-migrating ${moving.name} from ${first.provider} to provider:${target.provider} while peer ${pinger.index} (${pinger.provider}) pings it every 10 ms…`)
  const pinging = client(pinger).request<PingResult>('POST', `/v1/nets/${NET}/ping`, { ip: moving.net?.ip, count: 400, intervalMs: 10, timeoutMs: 1000 })
  await sleep(300)
  const started = await client(first).request<MigrationView>('POST', `/v1/vms/${moving.id}/migrate`, { to: `provider:${target.provider}` })
  const m = await follow(client(first), started, { tty: false, signal })
  const pinged = await pinging
  say(`peer ${pinger.index} (${pinger.provider}) felt it as a gap of ${pinged.longestGapMs ?? '-'} ms between ping replies (${pinged.received}/${pinged.sent} answered); the guest was paused ${m.downtimeMs ?? '?'} ms`)
  say(report(m))
  const after = await client(first).request<VmView>('GET', `/v1/vms/${moving.id}`)
  say(`${after.name} now runs on ${shortId(after.peer)} (${after.provider ?? '?'}), epoch ${after.epoch}, same MAC ${after.mac} and address ${after.net?.ip ?? '?'}\n`)
  await sleep(3000, signal)
}

async function live (state: TestnetState, signal: AbortSignal): Promise<void> {
  const first = state.peers[0]
  if (first === undefined) return
  const api = new ApiClient({ url: first.api, token: first.token }, 3000)
  while (!signal.aborted) {
    const [peers, vms, migrations] = await Promise.all([
      api.request<PeerView[]>('GET', '/v1/peers').catch(() => []),
      api.request<VmView[]>('GET', '/v1/vms').catch(() => []),
      api.request<MigrationView[]>('GET', '/v1/migrations').catch(() => [])
    ])
    const screen = [
      `supercloud testnet at ${state.dir} — ${new Date().toISOString()}`,
      `as seen by peer 0 (${shortId(first.id)}); providers ${WAN_LATENCY_MS} ms apart`,
      '',
      table(peers.map(p => ({ ...p, id: shortId(p.id) + (p.self ? ' *' : ''), seen: `${p.lastHeardMsAgo} ms ago` })), ['id', 'state', 'provider', 'region', 'vms', 'schedulable', 'connected', 'seen']),
      '',
      table(vms.map(v => ({ ...v, id: shortId(v.id), peer: shortId(v.peer), ip: v.net?.ip, counter: v.guest === undefined ? '-' : `${v.guest.counter} ms`, bootId: v.guest?.bootId })), ['name', 'id', 'phase', 'provider', 'peer', 'epoch', 'mac', 'ip', 'counter', 'bootId']),
      '',
      table(migrations.slice(0, 5).map(m => ({ ...m, from: shortId(m.from), to: shortId(m.to), 'ping gap': m.pingGapMs === undefined ? '-' : `${m.pingGapMs} ms`, paused: m.downtimeMs === undefined ? '-' : `${m.downtimeMs} ms`, total: m.totalMs === undefined ? '-' : `${m.totalMs} ms` })), ['vmName', 'phase', 'mode', 'from', 'to', 'rounds', 'ping gap', 'paused', 'total']),
      '',
      `try: supercloud vm migrate tiny-gcp-1 --to provider:azure --testnet ${state.dir}`,
      `     supercloud net migrate ${NET} --to provider:aws --testnet ${state.dir}`,
      `     supercloud node drain --testnet ${state.dir} --peer 2`,
      'Ctrl-C stops the testnet.'
    ].join('\n')
    process.stdout.write((process.stdout.isTTY ? '\x1b[2J\x1b[H' : '') + screen + '\n')
    await sleep(process.stdout.isTTY ? 1000 : 5000, signal)
  }
}
