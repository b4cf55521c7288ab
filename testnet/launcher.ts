// The local testnet: N daemon processes on 127.0.0.1 with their own data dirs and free ports, every
// connection between them through the user-space link layer, one swarm key, all peers admitted.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { packagePath } from '../overlay/core/package-root.js'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { ensureDataDir, loadOrCreateApiToken, loadOrCreateIdentity, writeSecret } from '../node/identity.js'
import { generateSwarmKey } from '../overlay/pnet/index.js'
import { sourceIpFor, type LinkRule } from './link/index.js'
import { labelsFor, type Labels } from './labels.js'
import { freePorts } from './ports.js'
import { isRunning, spawnDetached, stopAll } from './processes.js'
import { readTestnetState, writeTestnetState, type TestnetPeer, type TestnetState } from './state.js'
import { membershipTiming } from './timing.js'
import { waitForConvergence } from './wait.js'

export class TestnetError extends Error {
  override name = 'TestnetError'
}

// By the package's root: this code also runs bundled into the command (scripts/bundle.mjs).
const BIN = packagePath('dist', 'node', 'cli', 'bin.js')
const LINK_MAIN = packagePath('dist', 'testnet', 'link', 'main.js')

export interface UpOptions {
  peers: number
  providers: string[]
  dir?: string
  /** Round-trip latency between peers of different providers. */
  wanLatencyMs?: number
  timeoutMs?: number
  /** Extra options written into every peer's config. */
  peerConfig?: Record<string, unknown>
  /** Extra options for one peer, over peerConfig (a spot peer among on-demand ones, a series each). */
  configFor?: (index: number) => Record<string, unknown>
  /** The `supercloud` entry point the peers run (default this build's); restarts use it too. */
  bin?: string
  onProgress?: (message: string) => void
  /** Every peer but the first `relays` behind a NAT of its own, in network namespaces (root only). */
  nat?: 'eim' | 'symmetric'
  /** With nat: how many public peers serve as relays. Default 1 */
  relays?: number
}

export async function testnetUp (options: UpOptions): Promise<TestnetState> {
  if (options.peers < 1 || options.peers > 250) throw new TestnetError('--peers must be between 1 and 250')
  if (options.bin !== undefined && !existsSync(options.bin)) throw new TestnetError(`no supercloud entry point at ${options.bin}`)
  if (options.nat !== undefined) {
    if (options.bin !== undefined || (options.wanLatencyMs ?? 0) > 0) throw new TestnetError('--nat runs this build without the link layer: no --wan-latency or other entry point')
    const { natTestnetUp } = await import('./nat/launch.js')
    const { checkNatPrerequisites } = await import('./nat/netns.js')
    await checkNatPrerequisites()
    return await natTestnetUp({
      ...options, nat: options.nat, relays: options.relays ?? 1, dir: await prepareDir(options.dir), timeoutMs: options.timeoutMs ?? 90_000, down: testnetDown
    })
  }
  const dir = await prepareDir(options.dir)
  const swarmKey = join(dir, 'swarm.key')
  await writeSecret(swarmKey, generateSwarmKey())
  mkdirSync(join(dir, 'logs'), { recursive: true })

  // Every port is chosen here, relays included: a relay left to bind port 0 later took a port
  // already handed to a daemon (EADDRINUSE in 6 of 14 starts of 32+ peers).
  const ports = await freePorts(options.peers * 5 + 1)
  const peers: TestnetPeer[] = []
  for (let index = 0; index < options.peers; index++) {
    const dataDir = join(dir, 'peers', String(index))
    await ensureDataDir(dataDir)
    const id = peerIdFromPrivateKey(await loadOrCreateIdentity(dataDir)).toString()
    const token = await loadOrCreateApiToken(dataDir)
    const apiPort = ports[index * 2] ?? 0
    const listenPort = ports[index * 2 + 1] ?? 0
    peers.push({
      index, id, pid: 0, api: `http://127.0.0.1:${apiPort}`, apiPort, token, ...labelsOf(index, options.providers, extraConfig(index, options)),
      dataDir, config: join(dataDir, 'config.json'), addrs: [], listenPort, relayPort: ports[options.peers * 2 + 1 + index] ?? 0,
      lanePort: ports[options.peers * 3 + 1 + index] ?? 0, laneRelayPort: ports[options.peers * 4 + 1 + index] ?? 0,
      sourceIp: sourceIpFor(index), log: join(dir, 'logs', `peer-${index}.log`)
    })
  }
  const state: TestnetState = {
    version: 1, dir, createdAt: new Date().toISOString(), swarmKey, wanLatencyMs: options.wanLatencyMs ?? 0,
    ...(options.bin === undefined ? {} : { bin: resolve(options.bin) }),
    link: { pid: 0, stateFile: join(dir, 'link.json'), controlUrl: '', log: join(dir, 'logs', 'link.log') },
    peers
  }
  try {
    await startLink(state, wanRules(peers, options.wanLatencyMs ?? 0), ports[options.peers * 2] ?? 0)
    const timing = membershipTiming(peers.length)
    if (timing !== undefined) {
      options.onProgress?.(`${peers.length} peers on ${timing.cores} cores: membership runs ${timing.factor.toFixed(1)}× slower than its defaults (heartbeat ${timing.config.heartbeatMs} ms), so that their probes do not drown the cores they share`)
    }
    for (const peer of peers) writePeerConfig(state, peer, { ...timing?.config, ...extraConfig(peer.index, options) })
    for (const peer of peers) {
      peer.pid = spawnDetached([state.bin ?? BIN, 'node', 'start', '--config', peer.config], peer.log)
      writeTestnetState(state)
    }
    options.onProgress?.(`started ${peers.length} peers, waiting for all to see each other alive`)
    await waitForConvergence(state, { timeoutMs: options.timeoutMs ?? 60_000 })
    return state
  } catch (err) {
    await testnetDown(dir).catch(() => {})
    throw err
  }
}

/** What peer `index`'s config has besides the launcher's own keys: peerConfig, then its configFor. */
function extraConfig (index: number, options: UpOptions): Record<string, unknown> {
  return { ...options.peerConfig, ...options.configFor?.(index) }
}

/** The launcher's labels, unless the peer's own config names its provider, region or zone (a spot series does). */
function labelsOf (index: number, providers: string[], extra: Record<string, unknown>): Labels {
  const named = (key: keyof Labels): Partial<Labels> => typeof extra[key] === 'string' ? { [key]: extra[key] } : {}
  return { ...labelsFor(index, providers), ...named('provider'), ...named('region'), ...named('zone') }
}

async function prepareDir (dir: string | undefined): Promise<string> {
  if (dir === undefined) return await mkdtemp(join(tmpdir(), 'supercloud-testnet-'))
  const abs = resolve(dir)
  if (existsSync(abs) && readdirSync(abs).length > 0) throw new TestnetError(`${abs} is not empty`)
  mkdirSync(abs, { recursive: true })
  return abs
}

/** Every ordered pair of peers of different providers gets half the round trip each way. */
export function wanRules (peers: Array<{ index: number, provider: string }>, wanLatencyMs: number): LinkRule[] {
  if (wanLatencyMs <= 0) return []
  const rules: LinkRule[] = []
  for (const a of peers) {
    for (const b of peers) {
      if (a.provider !== b.provider) rules.push({ from: a.index, to: b.index, delayMs: wanLatencyMs / 2 })
    }
  }
  return rules
}

async function startLink (state: TestnetState, rules: LinkRule[], controlPort: number): Promise<void> {
  writeFileSync(state.link.stateFile, JSON.stringify({
    peers: state.peers.map(p => ({ index: p.index, sourceIp: p.sourceIp, targetPort: p.listenPort, relayPort: p.relayPort, ...(p.lanePort === undefined ? {} : { laneTargetPort: p.lanePort, laneRelayPort: p.laneRelayPort }) })),
    controlPort,
    rules
  }, null, 2))
  state.link.pid = spawnDetached([LINK_MAIN, '--state', state.link.stateFile], state.link.log)
  writeTestnetState(state)
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const link = JSON.parse(await readFile(state.link.stateFile, 'utf8')) as { pid?: number, controlPort?: number, peers: Array<{ index: number, relayPort?: number }> }
    if (link.pid === state.link.pid) {
      state.link.controlUrl = `http://127.0.0.1:${link.controlPort ?? 0}`
      for (const p of link.peers) {
        const peer = state.peers[p.index]
        if (peer === undefined) continue
        peer.relayPort = p.relayPort ?? 0
        peer.addrs = [`/ip4/127.0.0.1/tcp/${peer.relayPort}/p2p/${peer.id}`]
      }
      writeTestnetState(state)
      return
    }
    if (!isRunning(state.link.pid)) throw new TestnetError(`the link layer exited at start; see ${state.link.log}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new TestnetError(`the link layer did not start within 15 s; see ${state.link.log}`)
}

function writePeerConfig (state: TestnetState, peer: TestnetPeer, extra: Record<string, unknown>): void {
  const others = state.peers.filter(p => p.index !== peer.index)
  const config = {
    dataDir: peer.dataDir,
    listen: [`/ip4/127.0.0.1/tcp/${peer.listenPort}`],
    announce: [`/ip4/127.0.0.1/tcp/${peer.relayPort}`],
    dialFrom: peer.sourceIp,
    // Lanes (overlay/lane) go through the link layer too: same delays, same partitions.
    ...(peer.lanePort === undefined ? {} : { lanePort: peer.lanePort, laneAnnouncePort: peer.laneRelayPort }),
    // Two bootstrap peers, spread like a binary tree over earlier peers so that no peer takes every
    // join (all joining through peers 0 and 1 timed out handshakes at 64 peers); peers 0 and 1
    // use each other and peer 2, so a restarted peer 0 finds the cloud too.
    bootstrap: bootstrapPeers(peer.index, state.peers.length).map(i => state.peers[i]?.addrs[0]).filter((a): a is string => a !== undefined),
    swarmKey: state.swarmKey,
    allowedPeers: others.map(p => p.id),
    provider: peer.provider,
    region: peer.region,
    zone: peer.zone,
    apiPort: peer.apiPort,
    // A testnet is for testing: chaos runs and tests arm failpoints through the API.
    failpoints: true,
    ...extra
  }
  writeFileSync(peer.config, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 })
}

export function bootstrapPeers (index: number, count: number): number[] {
  const picks = index < 2 ? [1 - index, 2] : [Math.floor((index - 1) / 2), index - 1]
  return [...new Set(picks)].filter(i => i !== index && i < count)
}

/**
 * Starts peer `index` again with its data dir, ports and token; records the new pid. `bin`: another
 * `supercloud` entry point for this start (a peer of another version), else the testnet's.
 */
export function restartPeer (dir: string, index: number, options: { bin?: string } = {}): TestnetPeer {
  const state = readTestnetState(dir)
  const peer = state.peers[index]
  if (peer === undefined) throw new TestnetError(`testnet ${dir} has no peer ${index}`)
  if (isRunning(peer.pid)) throw new TestnetError(`peer ${index} is still running (pid ${peer.pid})`)
  const prefix = peer.netns === undefined ? [] : ['ip', 'netns', 'exec', peer.netns]
  peer.pid = spawnDetached([options.bin ?? state.bin ?? BIN, 'node', 'start', '--config', peer.config], peer.log, process.env, prefix)
  writeTestnetState(state)
  return peer
}

/** Stops every process the testnet recorded; returns once all have exited. */
export async function testnetDown (dir: string): Promise<{ stopped: number }> {
  const state = readTestnetState(dir)
  const pids = [...state.peers.map(p => p.pid), state.link.pid].filter(pid => pid > 0)
  await stopAll(pids.filter(pid => pid !== state.link.pid))
  await stopAll([state.link.pid].filter(pid => pid > 0))
  if (state.nat !== undefined) {
    await stopAll(state.nat.bridgePids.filter(pid => pid > 0))
    const { destroyNat } = await import('./nat/netns.js')
    await destroyNat(state.nat.namespaces)
  }
  return { stopped: pids.length + (state.nat?.bridgePids.length ?? 0) }
}
