// The scripts' flags: node's parseArgs, plus `--help` (the script's usage, exit 0), and a flag it does
// not know answered in one line with the usage (exit 2), never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util'

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>

export function scriptArgs<T extends ParseArgsConfig> (usage: string, config: T): Parsed<T> {
  const withHelp = { ...config, options: { ...config.options, help: { type: 'boolean', short: 'h' } } } satisfies ParseArgsConfig
  let parsed
  try {
    parsed = parseArgs(withHelp)
  } catch (err) {
    if (!String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw err
    process.stderr.write(`${(err as Error).message}\nusage: ${usage}\n`)
    process.exit(2)
  }
  if ((parsed.values as { help?: boolean }).help === true) {
    process.stdout.write(`usage: ${usage}\n`)
    process.exit(0)
  }
  return parsed as Parsed<T>
}
