// Resolves NodeOptions from flags, environment (SUPERCLOUD_*) and a config file, in that order of
// precedence, over the documented defaults. Pure: inputs in, options or a ConfigError out.
import { CloudError } from '../../overlay/core/errors.js'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { defaultDataDir, type NodeOptions } from './options.js'
import { DEFAULT_IMAGE_DIR } from '../hypervisor/images.js'
import { DEFAULT_HORIZON_MS } from '../spot/rebalance.js'
import { DEFAULT_RELAY_SLOTS } from '../reachability/constants.js'

export class ConfigError extends CloudError {
  override name = 'ConfigError'
  readonly status = 400
}

const list = z.array(z.string().min(1))
const port = z.coerce.number().int().min(0).max(65535)
const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform(v => v === 'true')])
const positiveMs = z.coerce.number().int().min(50).max(3_600_000)
const price = z.coerce.number().min(0).max(10_000)

const shape = z.object({
  dataDir: z.string().min(1),
  listen: list.min(1),
  announce: list,
  bootstrap: list,
  swarmKey: z.string(),
  joinToken: z.string(),
  allowedPeers: list,
  provider: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'lowercase letters, digits and dashes'),
  region: z.string().min(1).max(64),
  zone: z.string().min(1).max(64),
  apiPort: port,
  heartbeatMs: positiveMs,
  suspectAfterMs: positiveMs,
  deadAfterMs: positiveMs,
  targetPeers: z.coerce.number().int().min(1).max(1000),
  maxConnections: z.coerce.number().int().min(2).max(10000),
  cores: z.coerce.number().int().min(1).max(4096),
  memoryBytes: z.coerce.number().int().min(16 << 20),
  diskBytes: z.coerce.number().int().min(0),
  vmWorkers: z.coerce.number().int().min(1).max(256),
  guestNice: z.coerce.number().int().min(0).max(19),
  imageDir: z.string().min(1),
  dialFrom: z.union([z.literal(''), z.ipv4()]),
  lanes: bool,
  lanePort: port,
  laneAnnouncePort: port,
  failpoints: bool,
  instanceType: z.string().max(64),
  pricing: z.enum(['', 'spot', 'on-demand']),
  priceUsdPerHour: price,
  onDemandUsdPerHour: price,
  spotTrace: z.string(),
  spotSeries: z.string().max(300),
  spotOndemand: z.string(),
  spotSpeedup: z.coerce.number().positive().max(1e9),
  notices: z.enum(['off', 'aws', 'gcp', 'trace']),
  noticeEndpoint: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  noticePollMs: positiveMs,
  revocationRatePerHour: z.coerce.number().min(0).max(1),
  revocationSeed: z.coerce.number().int().min(0).max(2 ** 31 - 1),
  leaveAfterEvacuation: bool,
  rebalanceEveryMs: z.union([z.literal(0), positiveMs]),
  rebalanceHorizonMs: z.coerce.number().int().min(60_000).max(7 * 86_400_000),
  relay: bool,
  relaySlots: z.coerce.number().int().min(1).max(1024),
  relayReservations: z.coerce.number().int().min(0).max(4),
  logLevel: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'])
}).strict()

const schema = shape
  .refine(o => o.suspectAfterMs > o.heartbeatMs, { message: 'suspectAfterMs must exceed heartbeatMs', path: ['suspectAfterMs'] })
  .refine(o => o.deadAfterMs > o.suspectAfterMs, { message: 'deadAfterMs must exceed suspectAfterMs', path: ['deadAfterMs'] })
  .refine(o => o.maxConnections > o.targetPeers, { message: 'maxConnections must exceed targetPeers', path: ['maxConnections'] })
  .refine(o => o.notices !== 'trace' || o.spotTrace !== '', { message: 'notices=trace needs spotTrace', path: ['notices'] })
  .refine(o => o.spotTrace === '' || o.pricing !== 'on-demand', { message: 'a spotTrace drives a spot price: pricing must be spot (or unset)', path: ['pricing'] })

export type OptionKey = keyof NodeOptions
export const OPTION_KEYS = Object.keys(shape.shape) as OptionKey[]
export const LIST_KEYS: ReadonlySet<string> = new Set<OptionKey>(['listen', 'announce', 'bootstrap', 'allowedPeers'])

/** "a, b,,c" → ["a", "b", "c"]: list options from env and repeated flags. */
export function splitList (value: string): string[] {
  return value.split(',').map(s => s.trim()).filter(s => s !== '')
}

/** Env vars read by the CLI client, not the daemon. */
const CLIENT_ENV = new Set(['SUPERCLOUD_API', 'SUPERCLOUD_TOKEN'])

export function envName (key: string): string {
  return 'SUPERCLOUD_' + key.replace(/[A-Z]/g, c => '_' + c).toUpperCase()
}

export function defaults (dataDir = defaultDataDir()): NodeOptions {
  return {
    dataDir,
    listen: ['/ip4/0.0.0.0/tcp/4001'],
    announce: [],
    bootstrap: [],
    swarmKey: join(dataDir, 'swarm.key'),
    joinToken: '',
    allowedPeers: [],
    provider: 'local',
    region: 'local',
    zone: 'local-a',
    apiPort: 7600,
    // Membership (SWIM): a probe a second; a suspicion confirmed by others turns dead after 2 s,
    // one nobody confirms after 6 s (bench:membership: a SIGKILLed peer dead everywhere in ~3 s).
    heartbeatMs: 1000,
    suspectAfterMs: 2000,
    deadAfterMs: 6000,
    targetPeers: 8,
    maxConnections: 32,
    cores: cpus().length,
    memoryBytes: Math.floor(totalmem() / 2),
    diskBytes: 16 * 1024 ** 3,
    vmWorkers: cpus().length,
    guestNice: 10,
    imageDir: DEFAULT_IMAGE_DIR,
    dialFrom: '',
    lanes: true,
    lanePort: 0,
    laneAnnouncePort: 0,
    failpoints: false,
    instanceType: '',
    pricing: '',
    priceUsdPerHour: 0,
    onDemandUsdPerHour: 0,
    spotTrace: '',
    spotSeries: '',
    spotOndemand: '',
    spotSpeedup: 1,
    notices: 'off',
    noticeEndpoint: '',
    noticePollMs: 5000,
    revocationRatePerHour: 0,
    revocationSeed: 1,
    leaveAfterEvacuation: true,
    rebalanceEveryMs: 0,
    rebalanceHorizonMs: DEFAULT_HORIZON_MS,
    relay: false,
    relaySlots: DEFAULT_RELAY_SLOTS,
    relayReservations: 0,
    logLevel: 'info'
  }
}

export interface ConfigSources {
  /** Flags given on the command line (already camelCased), strings or string lists. */
  flags?: Record<string, unknown>
  env?: Record<string, string | undefined>
  /** Parsed config file contents. */
  file?: unknown
  fileName?: string
}

/** Reads SUPERCLOUD_* variables; unknown ones are refused rather than silently ignored. */
export function fromEnv (env: Record<string, string | undefined>): Record<string, unknown> {
  const known = new Map(OPTION_KEYS.map(k => [envName(k), k]))
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('SUPERCLOUD_') || CLIENT_ENV.has(name) || value === undefined) continue
    const key = known.get(name)
    if (key === undefined) throw new ConfigError(`unknown environment variable ${name} (known: ${[...known.keys()].join(', ')})`)
    out[key] = LIST_KEYS.has(key) ? splitList(value) : value
  }
  return out
}

export function resolveOptions (sources: ConfigSources): NodeOptions {
  const env = fromEnv(sources.env ?? {})
  const file = sources.file ?? {}
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw new ConfigError(`config file ${sources.fileName ?? ''} must hold a JSON object`)
  }
  const flags = sources.flags ?? {}
  const layered = { ...file as Record<string, unknown>, ...env, ...flags }
  const dataDir = typeof layered.dataDir === 'string' ? layered.dataDir : defaultDataDir()
  const merged = { ...defaults(dataDir), ...layered }
  // One VM worker per core offered to VMs, unless set.
  if (!('vmWorkers' in layered)) merged.vmWorkers = Number(merged.cores)
  const result = schema.safeParse(merged)
  if (!result.success) {
    const problems = result.error.issues.map(issue => {
      const key = issue.path.join('.')
      const origin = key in flags ? 'flag' : key in env ? `env ${envName(key)}` : key in file ? `config ${sources.fileName ?? 'file'}` : 'default'
      return issue.code === 'unrecognized_keys'
        ? `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (known: ${OPTION_KEYS.join(', ')})`
        : `${key} (${origin}): ${issue.message}`
    })
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`)
  }
  return result.data
}
