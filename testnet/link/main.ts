import '../../node/runtime/polyfill.js'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { pino } from 'pino'
import type { Logger } from 'pino'
import { z } from 'zod'
import { createLinkLayer } from './index.js'
import type { LinkPeer, LinkRule } from './index.js'
import { createControlServer } from './server.js'
import { linkRulesSchema } from './rules.js'

/** How long a shutdown may take before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 5_000

export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export class StateFileError extends Error {
  override readonly name = 'StateFileError'
}

export interface LinkArgs {
  statePath: string
}

/** Parses `--state FILE`; anything else is a UsageError. */
export function parseLinkArgs (argv: readonly string[]): LinkArgs {
  let values: { state?: string }
  try {
    values = parseArgs({ args: [...argv], options: { state: { type: 'string' } }, strict: true, allowPositionals: false }).values
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err))
  }
  if (values.state === undefined || values.state === '') throw new UsageError('usage: main.js --state FILE')
  return { statePath: values.state }
}

const port = z.number().int().min(0).max(65535)

// Loose objects: the launcher may keep its own fields in the file, and they are written back as read.
const peerSchema = z.looseObject({
  index: z.number().int().min(0),
  sourceIp: z.string().min(1),
  targetPort: port.min(1),
  relayPort: port.optional(),
  laneTargetPort: port.min(1).optional(),
  laneRelayPort: port.optional()
})

export const linkStateSchema = z.looseObject({
  peers: z.array(peerSchema).min(1).max(254),
  controlPort: port.optional(),
  rules: linkRulesSchema.optional(),
  /**
   * Written once relays and control API are up. With fixed ports (a restart) the ports alone
   * cannot tell a launcher that this process is ready; `pid === child.pid` can.
   */
  pid: z.number().int().optional()
})

export type LinkState = z.infer<typeof linkStateSchema>

export async function readLinkState (path: string): Promise<LinkState> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path, 'utf8'))
  } catch (err) {
    throw new StateFileError(`cannot read state file ${path}`, { cause: err })
  }
  const parsed = linkStateSchema.safeParse(raw)
  if (!parsed.success) throw new StateFileError(`bad state file ${path}: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

/** Atomic for readers: they see the old file or the new one, never a partial write. */
export async function writeLinkState (path: string, state: LinkState): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`
  await writeFile(temp, JSON.stringify(state, null, 2) + '\n')
  await rename(temp, path)
}

/** Serializes state writes so a slow write cannot land after a newer one. */
function stateWriter (path: string, log: Logger): (state: LinkState) => Promise<void> {
  let last: Promise<void> = Promise.resolve()
  return async state => {
    const snapshot = structuredClone(state)
    last = last.then(async () => { await writeLinkState(path, snapshot) }, async () => { await writeLinkState(path, snapshot) })
    try {
      await last
    } catch (err) {
      log.error({ err, path }, 'cannot write state file')
      throw err
    }
  }
}

export async function runLink (args: LinkArgs, logger: Logger): Promise<void> {
  const log = logger.child({ component: 'link-main' })
  // Installed first so a SIGTERM that arrives while starting still shuts down cleanly.
  const stopRequested = new Promise<void>(resolve => {
    const onSignal = (signal: NodeJS.Signals): void => {
      log.info({ signal }, 'shutting down')
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      resolve()
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  })
  const state = await readLinkState(args.statePath)
  const peers: LinkPeer[] = state.peers.map(({ index, sourceIp, targetPort, relayPort, laneTargetPort, laneRelayPort }) => ({ index, sourceIp, targetPort, relayPort, ...(laneTargetPort === undefined ? {} : { laneTargetPort, laneRelayPort }) }))
  const link = createLinkLayer({ peers, logger })
  if (state.rules !== undefined) link.setRules(state.rules)
  const save = stateWriter(args.statePath, log)

  const server = createControlServer({
    link,
    logger,
    port: state.controlPort ?? 0,
    onRulesChanged: async (rules: LinkRule[]) => {
      state.rules = rules
      await save(state)
    }
  })

  await link.start()
  try {
    state.controlPort = await server.start()
  } catch (err) {
    await link.stop()
    throw err
  }
  const bound = new Map(link.peers().map(p => [p.index, p]))
  for (const peer of state.peers) {
    peer.relayPort = link.relayPort(peer.index)
    const laneRelayPort = bound.get(peer.index)?.laneRelayPort
    if (laneRelayPort !== undefined) peer.laneRelayPort = laneRelayPort
  }
  state.rules = link.rules()
  state.pid = process.pid
  await save(state)
  log.info({ statePath: args.statePath, controlPort: state.controlPort }, 'link layer ready')

  await stopRequested

  const forced = setTimeout(() => {
    log.error({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, 'shutdown timed out')
    process.exit(1)
  }, SHUTDOWN_TIMEOUT_MS)
  forced.unref()
  await server.stop()
  await link.stop()
  clearTimeout(forced)
}

function isEntryPoint (): boolean {
  const entry = process.argv[1]
  if (entry === undefined) return false
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href
  } catch {
    return false
  }
}

if (isEntryPoint()) {
  const logger = pino({ name: 'supercloud-link', level: process.env.LOG_LEVEL ?? 'info' }, pino.destination({ dest: 2, sync: true }))
  let args: LinkArgs
  try {
    args = parseLinkArgs(process.argv.slice(2))
  } catch (err) {
    logger.error({ err }, 'bad arguments')
    process.exit(2)
  }
  runLink(args, logger).then(() => {
    process.exit(0)
  }, (err: unknown) => {
    logger.fatal({ err }, 'link layer failed')
    process.exit(1)
  })
}
