// `supercloud node start|leave`: run a peer daemon in the foreground, or make one leave the cloud.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import { ConfigError, LIST_KEYS, OPTION_KEYS, envName, resolveOptions, splitList } from '../../config/resolve.js'
import { defaultDataDir } from '../../config/options.js'
import { createLogger } from '../../log.js'
import { action, clientFor, withClientOptions, type CommonFlags } from '../common.js'
import { emit, shortId } from '../output.js'
import { MOVES_TIMEOUT_MS, movesReport } from '../migrate.js'
import type { DrainReport } from '../../vms/moves.js'
import type { EvacuationReport } from '../../spot/evacuator.js'
import { parseDuration } from '../duration.js'
import { CliError } from '../client.js'

function kebab (key: string): string {
  return key.replace(/[A-Z]/g, c => '-' + c.toLowerCase())
}

function collect (value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...splitList(value)]
}

export function registerNodeCommands (program: Command): void {
  const node = program.command('node').description('run or control a peer daemon')

  const start = node.command('start')
    .description('start a peer daemon in the foreground (options: flags > SUPERCLOUD_* env > config file > defaults)')
    .option('--config <file>', 'JSON config file (default <data-dir>/config.json when it exists)')
  for (const key of OPTION_KEYS) {
    const flag = `--${kebab(key)} <value>`
    if (LIST_KEYS.has(key)) start.option(flag, `${key} (repeatable or comma-separated; env ${envName(key)})`, collect)
    else start.option(flag, `${key} (env ${envName(key)})`)
  }
  start.action(action(async (flags: Record<string, unknown>) => {
    const { config, ...rest } = flags
    const dataDir = (rest.dataDir as string | undefined) ?? process.env.SUPERCLOUD_DATA_DIR ?? defaultDataDir()
    const fileName = (config as string | undefined) ?? join(dataDir, 'config.json')
    let file: unknown = {}
    if (config !== undefined || existsSync(fileName)) {
      try {
        file = JSON.parse(readFileSync(fileName, 'utf8'))
      } catch (err) {
        throw new ConfigError(`cannot read config file ${fileName}: ${(err as Error).message}`)
      }
    }
    const options = resolveOptions({ flags: rest, env: process.env, file, fileName })
    const log = createLogger(options.logLevel)
    // Loaded here, not at the top: client commands should not pay for libp2p's start-up.
    const { Daemon } = await import('../../daemon.js')
    const daemon = await Daemon.create(options, log)
    const onSignal = (signal: string): void => {
      log.info({ signal }, 'shutting down')
      daemon.stop().catch(err => { log.error({ err }, 'shutdown failed') })
    }
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
    try {
      await daemon.start()
    } catch (err) {
      log.fatal({ err }, 'peer failed to start')
      await daemon.stop().catch(() => {})
      log.flush()
      process.exit(1)
    }
    await daemon.stopped
    log.flush()
    // libp2p leaves a timer running for about a second after stop: exit explicitly.
    setTimeout(() => process.exit(0), 100).unref()
  }))

  withClientOptions(node.command('drain').description('live-migrate every VM off this peer (to the peers with most room) and take no new VMs; kept across restarts'))
    .option('--mode <mode>', 'precopy or stopcopy', 'precopy')
    .action(action(async (flags: CommonFlags & { mode: string }) => {
      const r = await clientFor(flags).request<DrainReport>('POST', '/v1/drain', { mode: flags.mode }, { signal: AbortSignal.timeout(MOVES_TIMEOUT_MS) })
      const report = movesReport(r.moves)
      emit(flags, r, () => `${report.text}
peer ${shortId(r.peer)} takes no new VMs (node undrain reverts)`)
      if (!report.ok) process.exitCode = 1
    }))

  withClientOptions(node.command('undrain').description('take new VMs again'))
    .action(action(async (flags: CommonFlags) => {
      const r = await clientFor(flags).request<DrainReport>('POST', '/v1/undrain')
      emit(flags, r, () => `peer ${shortId(r.peer)} takes new VMs`)
    }))

  withClientOptions(node.command('notice').description('a termination notice by hand: take no new VMs, evacuate every VM before the deadline, report what was not saved, leave'))
    .option('--in <duration>', 'the instance goes in this long (120s: AWS, 30s: GCP)')
    .option('--at <time>', 'the instance goes at this ISO-8601 time (may be past: then what can go still goes)')
    .action(action(async (flags: CommonFlags & { in?: string, at?: string }) => {
      if ((flags.in === undefined) === (flags.at === undefined)) throw new CliError('give one of --in DURATION or --at TIME')
      const body = flags.in !== undefined ? { inMs: Math.round(parseDuration(flags.in, '--in')) } : { deadline: flags.at }
      const r = await clientFor(flags).request<EvacuationReport>('POST', '/v1/notice', body, { signal: AbortSignal.timeout(MOVES_TIMEOUT_MS) })
      const report = movesReport(r.moves)
      const late = r.msLeftAtNotice <= 0 ? `\nthe notice came ${(-r.msLeftAtNotice / 1000).toFixed(1)} s after its deadline: moved what could still go` : ''
      const lost = r.notSaved.map(n => `NOT SAVED: ${n.name} (${n.vm}): ${n.reason}`).join('\n')
      emit(flags, r, () => `${report.text}${late}${lost === '' ? '' : '\n' + lost}
peer ${shortId(r.peer)} evacuated in ${(r.tookMs / 1000).toFixed(1)} s (deadline ${r.deadline})${r.ok ? '' : ' — INCOMPLETE'}; it leaves the cloud`)
      if (!r.ok) process.exitCode = 1
    }))

  withClientOptions(node.command('leave').description('leave the cloud gracefully: every peer marks this one `left`, then the daemon stops'))
    .action(action(async (flags: CommonFlags) => {
      const result = await clientFor(flags).request<{ id: string, state: string }>('POST', '/v1/leave')
      emit(flags, result, () => `peer ${result.id} left the cloud`)
    }))
}
