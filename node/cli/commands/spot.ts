// `supercloud spot simulate`: the spot-market simulator over a trace file (node/spot/simulate.ts);
// `supercloud cost`: what the cloud's VMs have cost so far against on-demand.
import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { action, clientFor, withClientOptions, type CommonFlags } from '../common.js'
import { CliError } from '../client.js'
import { emit, formatUsd, shortId, table } from '../output.js'
import { parseDuration } from '../duration.js'
import type { SimulationOptions, SimulationPolicy } from '../../spot/simulate.js'
import type { CostReport } from '../../spot/cost.js'

export interface SimulateFlags {
  trace: string
  ondemand: string
  vms?: string
  vmsPerInstance?: string
  type?: string
  policy?: string
  seed?: string
  revocationRate?: string
  launchDelay?: string
  horizon?: string
  spare?: string
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
  if (flags.vmsPerInstance !== undefined) out.vmsPerInstance = whole(flags.vmsPerInstance, '--vms-per-instance', 1)
  if (flags.seed !== undefined) out.seed = whole(flags.seed, '--seed', 0)
  if (flags.type !== undefined) out.instanceType = flags.type
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

export function registerSpotCommands (program: Command): void {
  const spot = program.command('spot').description('the spot market: simulation over price traces')

  spot.command('simulate')
    .description('a discrete-event run of a fleet over a whole spot price trace, with the daemon\'s own placement and evacuation code')
    .requiredOption('--trace <file>', 'spot trace CSV (timestamp,provider,region,zone,instance_type,price_usd_per_hour)')
    .requiredOption('--ondemand <file>', 'on-demand prices CSV (provider,region,instance_type,price_usd_per_hour)')
    .option('--vms <n>', 'VMs in the fleet (default 100)')
    .option('--vms-per-instance <k>', 'VMs one instance holds (default 4)')
    .option('--type <t>', 'instance type (default: the trace\'s first, alphabetically)')
    .option('--policy <p>', 'on-demand, cheapest or hotspot (default cheapest)')
    .option('--seed <n>', 'seed of the random revocations (default 1)')
    .option('--revocation-rate <r>', 'random revocations per instance-hour besides those by price (default 0.002)')
    .option('--launch-delay <d>', 'from asking for an instance until it takes VMs (default 90s)')
    .option('--horizon <d>', 'hotspot: how far ahead a saving counts (default 5h)')
    .option('--spare <n>', 'whole instances kept free for evacuations (default 1 where the warning outlasts a launch, as on AWS; else 2, as on GCP)')
    .option('--json', 'print exactly one JSON document on stdout')
    .action(action(async (flags: SimulateFlags) => {
      const options = simulationFlags(flags)
      const [{ parseOnDemand, parseSpotTrace }, { simulate }] = await Promise.all([import('../../spot/trace.js'), import('../../spot/simulate.js')])
      const trace = parseSpotTrace(await readText(flags.trace), flags.trace)
      const onDemand = parseOnDemand(await readText(flags.ondemand), flags.ondemand)
      const r = simulate(trace, onDemand, options)
      emit(flags, r, () => [
        `${r.policy} over ${r.trace}: ${r.vms} VMs of ${r.instanceType}, ${r.vmsPerInstance} per instance, ${r.hours} h, seed ${r.seed}`,
        table([
          { what: 'cost', value: formatUsd(r.costUsd) },
          { what: 'baseline', value: `${formatUsd(r.baselineUsd)} (${r.baselineRegion})` },
          { what: 'oracle', value: formatUsd(r.oracleUsd) },
          { what: 'costRatio', value: r.costRatio },
          { what: 'oracleRatio', value: r.oracleRatio },
          { what: 'of the oracle', value: `${(r.ofOracle * 100).toFixed(1)}%` },
          { what: 'availability', value: r.availability },
          { what: 'vmsLost', value: r.vmsLost },
          { what: 'migrations', value: `${r.migrations} (${r.stopcopyMigrations} stop-and-copy)` },
          { what: 'revocations', value: r.revocations },
          { what: 'instances started', value: `${r.instancesStarted} (${r.spareInstances} kept spare)` }
        ], ['what', 'value'])
      ].join('\n'))
    }))
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
