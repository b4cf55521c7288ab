// `supercloud plot migration REPORT.json [--out FILE.svg]`: pictures of what other commands report.
import { readFile, writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { CliError } from '../client.js'
import { action } from '../common.js'
import { emit } from '../output.js'

export function registerPlotCommands (program: Command): void {
  const plot = program.command('plot').description('draw a report as an SVG')
  plot.command('migration <report>')
    .description('a migration\'s pages per round, dirty rate and switchover breakdown, from `vm migrate --json` (or the medians of `npm run bench:migration -- --json`)')
    .option('--out <file.svg>', 'where to write it (default: the report\'s name with .svg)')
    .option('--json', 'print {"file": …}')
    .action(action(async (report: string, flags: { out?: string, json?: boolean }) => {
      const { migrationPlot } = await import('../../plot/migration.js')
      let input: unknown
      try {
        input = JSON.parse(await readFile(report, 'utf8'))
      } catch (err) {
        throw new CliError(`cannot read ${report} as JSON: ${(err as Error).message}`)
      }
      const out = flags.out ?? report.replace(/(\.json)?$/, '.svg')
      await writeFile(out, migrationPlot(input))
      emit(flags, { file: out }, () => out)
    }))
}
