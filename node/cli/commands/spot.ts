// `supercloud spot simulate`: the spot-market simulator over one or several trace files
// (node/spot/simulate.ts);
// `supercloud cost`: what the cloud's VMs have cost so far against on-demand.
import { readFile, writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { action, clientFor, withClientOptions, type CommonFlags } from '../common.js'
import { CliError } from '../client.js'
import { emit, formatUsd, shortId, table } from '../output.js'
import { parseDuration } from '../duration.js'
import type { SimulationOptions, SimulationPolicy, SimulationResult } from '../../spot/simulate.js'
import type { CostReport } from '../../spot/cost.js'

export interface SimulateFlags {
  trace: string[]
  ondemand: string
  vms?: string
  /** N, or PROVIDER=N (repeatable). */
  vmsPerInstance?: string[]
  /** TYPE, or PROVIDER=TYPE (repeatable). */
  type?: string[]
  bandwidth?: string
  wanBandwidth?: string
  policy?: string
  seed?: string
  revocationRate?: string
  launchDelay?: string
  horizon?: string
  spare?: string
  /** An SVG file: price, where the VMs ran, revocations, cost against on-demand. */
  plot?: string
  json?: boolean
}

const POLICIES: readonly SimulationPolicy[] = ['on-demand', 'cheapest', 'hotspot']

/** Flags → simulation options; bad values are refused by name. Pure. */
export function simulationFlags (flags: SimulateFlags): Partial<SimulationOptions> {
  const out: Partial<SimulationOptions> = {}
  const whole = (text: string, what: string, min: number): number => {
    if (!/^\d+$/.test(text) || Number(text) < min) throw new CliError(`${what}: a whole number ≥ ${min}, not ${text}`)
    return Number(text)
  }
  if (flags.vms !== undefined) out.vms = whole(flags.vms, '--vms', 1)
  for (const [provider, text] of perProvider(flags.vmsPerInstance, '--vms-per-instance', 'K')) {
    const k = whole(text, '--vms-per-instance', 1)
    if (provider === undefined) out.vmsPerInstance = k
    else out.vmsPerInstanceByProvider = { ...out.vmsPerInstanceByProvider, [provider]: k }
  }
  for (const [provider, type] of perProvider(flags.type, '--type', 'TYPE')) {
    if (provider === undefined) out.instanceType = type
    else out.instanceTypes = { ...out.instanceTypes, [provider]: type }
  }
  if (flags.seed !== undefined) out.seed = whole(flags.seed, '--seed', 0)
  if (flags.bandwidth !== undefined) out.bandwidthBytesPerSec = megabytes(flags.bandwidth, '--bandwidth')
  if (flags.wanBandwidth !== undefined) out.wanBandwidthBytesPerSec = megabytes(flags.wanBandwidth, '--wan-bandwidth')
  if (flags.policy !== undefined) {
    if (!(POLICIES as readonly string[]).includes(flags.policy)) throw new CliError(`--policy: one of ${POLICIES.join(', ')}, not ${flags.policy}`)
    out.policy = flags.policy as SimulationPolicy
  }
  if (flags.revocationRate !== undefined) {
    const rate = Number(flags.revocationRate)
    if (flags.revocationRate === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) throw new CliError(`--revocation-rate: revocations per instance-hour in [0, 1], not ${flags.revocationRate}`)
    out.revocationRatePerHour = rate
  }
  if (flags.launchDelay !== undefined) out.launchDelayMs = parseDuration(flags.launchDelay, '--launch-delay')
  if (flags.horizon !== undefined) out.horizonMs = parseDuration(flags.horizon, '--horizon')
  if (flags.spare !== undefined) out.spareInstances = whole(flags.spare, '--spare', 0)
  return out
}

/** `VALUE` or `PROVIDER=VALUE`, each at most once: [provider or undefined, value]. */
function perProvider (values: readonly string[] | undefined, flag: string, what: string): Array<[string | undefined, string]> {
  const seen = new Set<string>()
  return (values ?? []).map(v => {
    const m = /^([a-z][a-z0-9-]*)=(.+)$/.exec(v)
    const pair: [string | undefined, string] = m === null ? [undefined, v] : [m[1], m[2] ?? '']
    const key = pair[0] ?? ''
    if (pair[1] === '' || seen.has(key)) throw new CliError(`${flag}: ${what} or PROVIDER=${what}, each provider once, not ${v}`)
    seen.add(key)
    return pair
  })
}

/** MB/s (10⁶ bytes) → bytes per second. */
function megabytes (text: string, flag: string): number {
  const mbps = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || !(mbps > 0)) throw new CliError(`${flag}: MB/s, a number > 0, not ${text}`)
  return mbps * 1e6
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value]

export function registerSpotCommands (program: Command): void {
  const spot = program.command('spot').description('the spot market: simulation over price traces')

  spot.command('simulate')
    .description('a discrete-event run of a fleet over whole spot price traces (several: their common time span, VMs on and between every provider), with the daemon\'s own placement and evacuation code')
    .option('--trace <file>', 'spot trace CSV (timestamp,provider,region,zone,instance_type,price_usd_per_hour); repeat for several', collect)
    .requiredOption('--ondemand <file>', 'on-demand prices CSV (provider,region,instance_type,price_usd_per_hour)')
    .option('--vms <n>', 'VMs in the fleet (default 100)')
    .option('--vms-per-instance <k>', 'VMs one instance holds, or PROVIDER=K for one provider\'s (repeatable; default 4)', collect)
    .option('--type <t>', 'instance type, or PROVIDER=TYPE for one provider\'s (repeatable; default: each provider\'s first, alphabetically)', collect)
    .option('--policy <p>', 'on-demand, cheapest or hotspot (default cheapest)')
    .option('--seed <n>', 'seed of the random revocations (default 1)')
    .option('--revocation-rate <r>', 'random revocations per instance-hour besides those by price (default 0.002)')
    .option('--launch-delay <d>', 'from asking for an instance until it takes VMs (default 90s)')
    .option('--bandwidth <MB/s>', 'migration bandwidth between instances of one provider (default 160: the migration stream\'s target)')
    .option('--wan-bandwidth <MB/s>', 'migration bandwidth between instances of different providers (default 50: one stream\'s window over a transatlantic round trip)')
    .option('--horizon <d>', 'hotspot: how far ahead a saving counts (default 5h)')
    .option('--spare <n>', 'whole instances kept free for evacuations on each provider hosting VMs (default: none where a replacement launched at the notice takes the VMs live in time, as on AWS; else 1, or 2 where the warning is shorter than a launch, as on GCP)')
    .option('--plot <file.svg>', 'also draw the run: prices, where the VMs ran, revocations, and cost against on-demand over time')
    .option('--json', 'print exactly one JSON document on stdout')
    .action(action(async (flags: SimulateFlags) => {
      if (flags.trace === undefined || flags.trace.length === 0) throw new CliError('give at least one --trace FILE')
      const options = simulationFlags(flags)
      const [{ parseOnDemand, parseSpotTrace }, { simulate }] = await Promise.all([import('../../spot/trace.js'), import('../../spot/simulate.js')])
      const traces = await Promise.all(flags.trace.map(async file => parseSpotTrace(await readText(file), file)))
      const onDemand = parseOnDemand(await readText(flags.ondemand), flags.ondemand)
      const { SimulationRecorder, simulationPlot } = await import('../../spot/plot.js')
      let recorder: InstanceType<typeof SimulationRecorder> | undefined
      const r = simulate(traces, onDemand, options, flags.plot === undefined ? undefined : span => (recorder = new SimulationRecorder(span)))
      if (flags.plot !== undefined && recorder !== undefined) await writeFile(flags.plot, simulationPlot(r, recorder))
      emit(flags, r, () => simulationText(r) + (flags.plot === undefined ? '' : `\nplot: ${flags.plot}`))
    }))
}

/** The human view of a run: the figures, then a row per provider. */
function simulationText (r: SimulationResult): string {
  const providers = Object.entries(r.byProvider)
  const share = r.migrations === 0 ? '' : `, ${(100 * r.stopcopyMigrations / r.migrations).toFixed(1)}%`
  return [
    `${r.policy} over ${r.trace} (${r.from} – ${r.to}, ${r.hours} h): ${r.vms} VMs of ${r.instanceType}, seed ${r.seed}`,
    table([
      { what: 'cost', value: formatUsd(r.costUsd) },
      { what: 'baseline', value: `${formatUsd(r.baselineUsd)} (${r.baselineRegion})` },
      { what: 'oracle', value: formatUsd(r.oracleUsd) },
      { what: 'costRatio', value: r.costRatio },
      { what: 'oracleRatio', value: r.oracleRatio },
      { what: 'of the oracle', value: `${(r.ofOracle * 100).toFixed(1)}%` },
      { what: 'availability', value: r.availability },
      { what: 'vmsLost', value: r.vmsLost },
      { what: 'migrations', value: `${r.migrations} (${r.stopcopyMigrations} stop-and-copy${share}; ${r.crossProviderMigrations} to another provider)` },
      { what: 'revocations', value: r.revocations },
      { what: 'instances started', value: `${r.instancesStarted} (${r.spareInstances} kept spare)` },
      { what: 'links', value: `${r.bandwidthMBps} MB/s within a provider, ${r.wanBandwidthMBps} MB/s between` }
    ], ['what', 'value']),
    ...(providers.length > 1 || providers.some(([, p]) => p.vmsPerInstance < p.vmsPerInstanceAsked)
      ? [table(providers.map(([provider, p]) => ({ provider, type: p.instanceType, perInstance: p.vmsPerInstance < p.vmsPerInstanceAsked ? `${p.vmsPerInstance} (${p.vmsPerInstanceAsked} asked: more cannot move live in the warning)` : p.vmsPerInstance, spare: p.spareInstances, cost: formatUsd(p.costUsd), vmHours: p.vmHours, started: p.instancesStarted, revocations: p.revocations, migrations: `${p.migrations} (${p.stopcopyMigrations} s&c)`, lost: p.vmsLost })), ['provider', 'type', 'perInstance', 'spare', 'cost', 'vmHours', 'started', 'revocations', 'migrations', 'lost'])]
      : [])
  ].join('\n')
}

async function readText (file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as Error).message}`)
  }
}

export function registerCostCommand (program: Command): void {
  withClientOptions(program.command('cost').description('what every VM has cost so far, and what on-demand would have cost (as this peer has seen it since it first started; its books survive restarts)'))
    .action(action(async (flags: CommonFlags) => {
      const r = await clientFor(flags).request<CostReport>('GET', '/v1/cost')
      emit(flags, r, () => `${r.vms.length === 0 ? 'no VM has run' : table(r.vms.map(v => ({ ...v, peer: shortId(v.peer), cost: formatUsd(v.costUsd), onDemand: formatUsd(v.onDemandUsd), hours: v.hours.toFixed(3) })), ['name', 'id', 'peer', 'hours', 'cost', 'onDemand'])}
total ${formatUsd(r.total.costUsd)}, on-demand ${formatUsd(r.total.onDemandUsd)} (${r.total.savedPct.toFixed(1)}% saved) since ${r.since}${r.unobservedMs > 0 ? ` (this peer was down for ${(r.unobservedMs / 1000).toFixed(0)} s of it: not charged)` : ''}`)
    }))
}
