// `supercloud testnet up|status|down|restart|link`: a local multi-peer cloud.
import type { Command } from 'commander'
import { readTestnetState } from '../../../testnet/state.js'
import { testnetStatus } from '../../../testnet/wait.js'
import { CliError } from '../client.js'
import { action } from '../common.js'
import { parseDuration } from '../duration.js'
import { emit, shortId, table } from '../output.js'
import type { LinkRule } from '../../../testnet/link/index.js'

interface UpFlags { peers: string, providers: string, dir?: string, wanLatency?: string, timeout: string, json?: boolean, spotTrace?: string, speedup?: string, ondemand?: string, type?: string, revocationRate?: string, seed?: string, nat?: string, relays?: string }

/** --spot-trace: the trace read (and refused, with file:line, before any peer starts), a series per peer. */
async function spotConfigs (flags: UpFlags): Promise<Array<Record<string, unknown>>> {
  const speedup = Number(flags.speedup ?? '1')
  if (!Number.isFinite(speedup) || speedup <= 0) throw new CliError(`--speedup: a positive number, not ${flags.speedup ?? ''}`)
  const rate = Number(flags.revocationRate ?? '0')
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw new CliError(`--revocation-rate: in [0, 1], not ${flags.revocationRate ?? ''}`)
  const { readFile } = await import('node:fs/promises')
  const { parseSpotTrace } = await import('../../spot/trace.js')
  const { spotPeerConfigs } = await import('../../../testnet/spot.js')
  const file = flags.spotTrace as string
  const text = await readFile(file, 'utf8').catch((err: Error) => { throw new CliError(`cannot read ${file}: ${err.message}`) })
  return spotPeerConfigs(parseCount(flags.peers, '--peers'), {
    traceFile: file,
    trace: parseSpotTrace(text, file),
    speedup,
    revocationRatePerHour: rate,
    seed: parseCount(flags.seed ?? '1', '--seed'),
    ...(flags.ondemand === undefined ? {} : { ondemandFile: flags.ondemand }),
    ...(flags.type === undefined ? {} : { instanceType: flags.type })
  })
}

function parseCount (text: string, what: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 0) throw new CliError(`${what}: not a whole number: ${text}`)
  return n
}

export function registerTestnetCommands (program: Command): void {
  const testnet = program.command('testnet').description('a local testnet of peer processes on 127.0.0.1')

  testnet.command('up').description('start N peers bootstrapped into one cloud; returns once every peer sees all alive')
    .option('--peers <n>', 'number of peers', '3')
    .option('--providers <list>', 'provider labels, assigned round-robin (with --spot-trace each peer is its series\' provider, region and zone)', 'aws,gcp,azure')
    .option('--dir <dir>', 'testnet directory (new or empty; default a new temp dir)')
    .option('--wan-latency <duration>', 'round-trip latency between peers of different providers, through the link layer')
    .option('--timeout <duration>', 'how long to wait for convergence', '60s')
    .option('--spot-trace <file>', 'each peer gets a series of this spot trace: its price and termination notices are driven by it')
    .option('--speedup <k>', 'with --spot-trace: trace time runs k times faster than the clock', '1')
    .option('--ondemand <file>', 'with --spot-trace: on-demand prices (default ondemand.csv beside the trace)')
    .option('--type <t>', 'with --spot-trace: the instance type (default the trace\'s first)')
    .option('--revocation-rate <r>', 'with --spot-trace: random revocations per trace instance-hour besides those by price', '0')
    .option('--seed <n>', 'with --spot-trace: seed of the random revocations', '1')
    .option('--nat <kind>', 'eim or symmetric: every peer but the relays behind a NAT of its own, in network namespaces (root; needs iptables)')
    .option('--relays <k>', 'with --nat: peers 0..k-1 are public and serve as relays', '1')
    .option('--json', 'print one JSON document')
    .action(action(async (flags: UpFlags) => {
      if (flags.nat !== undefined && flags.nat !== 'eim' && flags.nat !== 'symmetric') throw new CliError(`--nat: eim or symmetric, not ${flags.nat}`)
      const configs = flags.spotTrace === undefined ? undefined : await spotConfigs(flags)
      const providers = flags.providers.split(',').map(s => s.trim()).filter(s => s !== '')
      if (providers.length === 0) throw new CliError('--providers needs at least one name')
      const started = Date.now()
      const { testnetUp } = await import('../../../testnet/launcher.js')
      const state = await testnetUp({
        peers: parseCount(flags.peers, '--peers'),
        providers,
        dir: flags.dir,
        wanLatencyMs: flags.wanLatency === undefined ? 0 : parseDuration(flags.wanLatency, '--wan-latency'),
        timeoutMs: parseDuration(flags.timeout, '--timeout'),
        ...(configs === undefined ? {} : { configFor: (i: number) => configs[i] ?? {} }),
        ...(flags.nat === undefined ? {} : { nat: flags.nat, relays: parseCount(flags.relays ?? '1', '--relays') }),
        onProgress: flags.json === true ? undefined : m => { process.stderr.write(m + '\n') }
      })
      const peers = state.peers.map(p => ({ id: p.id, pid: p.pid, api: p.api, token: p.token, provider: p.provider, region: p.region, zone: p.zone, addrs: p.addrs, ...(p.natKind === undefined ? {} : { nat: p.natKind, netns: p.netns }) }))
      emit(flags, { dir: state.dir, peers }, () => `testnet of ${peers.length} peers up in ${Date.now() - started} ms at ${state.dir}\n` +
        table(peers.map((p, index) => ({ index, ...p, id: shortId(p.id) })), ['index', 'id', 'pid', 'provider', 'region', ...(state.nat === undefined ? [] : ['nat']), 'api']) +
        `\nnext: supercloud peers --testnet ${state.dir} --peer 0`)
    }))

  testnet.command('status').description('show the peers of a testnet and how many each sees alive')
    .requiredOption('--dir <dir>', 'testnet directory')
    .option('--json', 'print one JSON document')
    .action(action(async (flags: { dir: string, json?: boolean }) => {
      const state = readTestnetState(flags.dir)
      const peers = await testnetStatus(state)
      emit(flags, { dir: state.dir, peers }, () => table(peers.map(p => ({ ...p, id: shortId(p.id) })), ['index', 'id', 'pid', 'running', 'provider', 'region', 'sees', 'api']))
    }))

  testnet.command('down').description('stop every process of a testnet; returns once all have exited')
    .requiredOption('--dir <dir>', 'testnet directory')
    .option('--json', 'print one JSON document')
    .action(action(async (flags: { dir: string, json?: boolean }) => {
      const { testnetDown } = await import('../../../testnet/launcher.js')
      const result = await testnetDown(flags.dir)
      emit(flags, { dir: flags.dir, ...result }, () => `stopped ${result.stopped} processes`)
    }))

  testnet.command('restart').description('start a stopped peer again with its data dir, API port and token')
    .requiredOption('--dir <dir>', 'testnet directory')
    .requiredOption('--peer <n>', 'peer index')
    .option('--json', 'print one JSON document')
    .action(action(async (flags: { dir: string, peer: string, json?: boolean }) => {
      const { restartPeer } = await import('../../../testnet/launcher.js')
      const peer = restartPeer(flags.dir, parseCount(flags.peer, '--peer'))
      emit(flags, { index: peer.index, id: peer.id, pid: peer.pid }, () => `peer ${peer.index} restarted as pid ${peer.pid}`)
    }))

  testnet.command('link').description('show or change the link between two peers (delay, partition, refuse)')
    .requiredOption('--dir <dir>', 'testnet directory')
    .option('--from <n>', 'peer index (both directions are set unless --one-way)')
    .option('--to <n>', 'peer index')
    .option('--delay <duration>', 'one-way delay')
    .option('--drop', 'partition: reset existing connections and refuse new ones (reset on arrival)')
    .option('--refuse', 'refuse new connections')
    .option('--clear', 'remove the rules of this pair (of every pair without --from/--to)')
    .option('--one-way', 'set only from → to')
    .option('--json', 'print one JSON document')
    .action(action(async (flags: { dir: string, from?: string, to?: string, delay?: string, drop?: boolean, refuse?: boolean, clear?: boolean, oneWay?: boolean, json?: boolean }) => {
      const state = readTestnetState(flags.dir)
      const url = state.link.controlUrl
      let rules = await linkRequest<LinkRule[]>(url, 'GET')
      const changing = flags.from !== undefined || flags.to !== undefined || flags.clear === true
      if (changing) {
        if ((flags.from === undefined) !== (flags.to === undefined)) throw new CliError('--from and --to go together')
        const pairs: Array<[number, number]> = []
        if (flags.from !== undefined && flags.to !== undefined) {
          const a = parseCount(flags.from, '--from')
          const b = parseCount(flags.to, '--to')
          pairs.push([a, b])
          if (flags.oneWay !== true) pairs.push([b, a])
        }
        const inPairs = (r: LinkRule): boolean => pairs.some(([f, t]) => r.from === f && r.to === t)
        rules = flags.clear === true && pairs.length === 0 ? [] : rules.filter(r => !inPairs(r))
        if (flags.clear !== true) {
          for (const [from, to] of pairs) {
            rules.push({ from, to, delayMs: flags.delay === undefined ? undefined : parseDuration(flags.delay, '--delay'), drop: flags.drop, refuse: flags.refuse })
          }
        }
        rules = await linkRequest<LinkRule[]>(url, 'PUT', rules)
      }
      emit(flags, rules, () => rules.length === 0 ? 'no link rules' : table(rules as unknown as Array<Record<string, unknown>>, ['from', 'to', 'delayMs', 'drop', 'refuse']))
    }))
}

async function linkRequest<T> (url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}/rules`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000)
  }).catch((err: Error) => { throw new CliError(`cannot reach the link layer at ${url}: ${err.message}`) })
  const parsed = await response.json() as T & { error?: string }
  if (!response.ok) throw new CliError(`link layer: ${parsed.error ?? response.status}`)
  return (method === 'PUT' ? await linkRequest<T>(url, 'GET') : parsed)
}
