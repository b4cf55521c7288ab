// `supercloud chaos run`: seeded faults and migrations on a running testnet, judged by a checker
// that reads the guests' own counters; exits 1 on any violation.
import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { CliError } from '../client.js'
import { action } from '../common.js'
import { parseDuration } from '../duration.js'
import { emit } from '../output.js'
import { DEFAULT_MIGRATIONS_PER_MIN, FAULT_KINDS, type ChaosOptions, type FaultKind } from '../../../testnet/chaos/types.js'

export interface ChaosFlags { testnet: string, duration: string, seed?: string, faults: string, migrationsPerMin: string, pingBound: string, protect?: string, report?: string, json?: boolean }

/** The run's options from the flags; pure, so bad input is refused before anything is touched. */
export function parseChaosFlags (flags: ChaosFlags, randomSeed: () => number = () => Math.floor(Math.random() * 0x100000000)): ChaosOptions {
  const durationMs = parseDuration(flags.duration, '--duration')
  if (durationMs < 10_000) throw new CliError(`--duration: at least 10s, not ${flags.duration}`)
  let seed = randomSeed()
  if (flags.seed !== undefined) {
    seed = Number(flags.seed)
    if (!/^\d+$/.test(flags.seed) || seed > 0xffffffff) throw new CliError(`--seed: a whole number from 0 to ${0xffffffff}, not ${flags.seed}`)
  }
  const names = flags.faults.split(',').map(s => s.trim()).filter(s => s !== '')
  const faults = names.length === 1 && names[0] === 'none' ? [] : names
  for (const f of faults) if (!(FAULT_KINDS as readonly string[]).includes(f)) throw new CliError(`--faults: unknown fault ${f} (${FAULT_KINDS.join(', ')}, or none)`)
  if (faults.length === 0 && names[0] !== 'none') throw new CliError('--faults: name at least one fault, or none')
  const migrationsPerMin = Number(flags.migrationsPerMin)
  if (!Number.isFinite(migrationsPerMin) || migrationsPerMin < 0 || migrationsPerMin > 600) throw new CliError(`--migrations-per-min: 0 to 600, not ${flags.migrationsPerMin}`)
  const protect = parseShare(flags.protect, '--protect')
  return { durationMs, seed, faults: [...new Set(faults)] as FaultKind[], migrationsPerMin, pingBoundMs: parseDuration(flags.pingBound, '--ping-bound'), ...(protect === undefined ? {} : { protect }) }
}

/** A share of the VMs, 0 to 1 (absent: undefined). */
export function parseShare (text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined
  const share = Number(text)
  if (text.trim() === '' || !(share >= 0 && share <= 1)) throw new CliError(`${flag}: a share of the VMs from 0 to 1, not ${text}`)
  return share
}

export function registerChaosCommands (program: Command): void {
  const chaos = program.command('chaos').description('fault injection on a testnet, with a checker of what the guests themselves show')

  chaos.command('run').description('migrate the testnet\'s tiny VMs at random while peers die, links split and migrations are killed halfway; check every guest')
    .requiredOption('--testnet <dir>', 'a running testnet (supercloud testnet up) with tiny VMs on VNets')
    .option('--duration <duration>', 'how long faults and migrations go on (healing and checks follow)', '120s')
    .option('--seed <n>', 'the plan\'s seed (default random, printed in the report)')
    .option('--faults <list>', `fault kinds: ${FAULT_KINDS.join(',')} (or none)`, FAULT_KINDS.join(','))
    .option('--migrations-per-min <n>', 'migrations started per minute', String(DEFAULT_MIGRATIONS_PER_MIN))
    .option('--ping-bound <duration>', 'every VM of a VNet answers ping within this once the faults end', '45s')
    .option('--protect <share>', 'protect (vm protect) this share of the VMs first, 0 to 1, counting those protected already (those without a disk first)')
    .option('--report <file.json>', 'also write the report there, and beside it (.html) its timeline: faults, migrations, violations')
    .option('--json', 'print the report as one JSON document')
    .action(action(async (flags: ChaosFlags) => {
      const options = parseChaosFlags(flags)
      const { runChaos } = await import('../../../testnet/chaos/run.js')
      const { humanReport } = await import('../../../testnet/chaos/report.js')
      const stop = new AbortController()
      const onSigint = (): void => { process.stderr.write('chaos: stopping early; healing every fault\n'); stop.abort() }
      process.once('SIGINT', onSigint)
      try {
        const report = await runChaos({ dir: flags.testnet, options, signal: stop.signal, onProgress: line => { process.stderr.write(line + '\n') } })
        if (flags.report !== undefined) {
          const { chaosTimelineHtml } = await import('../../../testnet/chaos/report-html.js')
          await writeFile(flags.report, JSON.stringify(report, null, 2) + '\n')
          await writeFile(flags.report.replace(/(\.json)?$/, '.html'), chaosTimelineHtml(report))
        }
        emit(flags, report, () => humanReport(report))
        if (!report.ok) process.exitCode = 1
      } finally {
        process.off('SIGINT', onSigint)
      }
    }))
}
