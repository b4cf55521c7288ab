// `testnet up --nat eim|symmetric [--relays K]`: the testnet on real NATs. Peers 0..K-1 are public
// relays; every other peer runs in a network namespace of its own behind an iptables NAT of its own
// (topology.ts, netns.ts). Each daemon's API, on its namespace's loopback, is bridged to a port on
// the host's (api-bridge.ts), so every `--testnet DIR --peer N` command works as on the plain testnet.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { packagePath } from '../../overlay/core/package-root.js'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { ensureDataDir, loadOrCreateApiToken, loadOrCreateIdentity, writeSecret } from '../../node/identity.js'
import { generateSwarmKey } from '../../overlay/pnet/index.js'
import { labelsFor } from '../labels.js'
import { freePorts } from '../ports.js'
import { spawnDetached } from '../processes.js'
import { writeTestnetState, type TestnetPeer, type TestnetState } from '../state.js'
import { waitForConvergence } from '../wait.js'
import { checkNatPrerequisites, createNat } from './netns.js'
import { API_PORT, LISTEN_PORT, planNat, type NatKind, type NatPeerPlan } from './topology.js'

// By the package's root: this code also runs bundled into the command (scripts/bundle.mjs).
const BIN = packagePath('dist', 'node', 'cli', 'bin.js')
const BRIDGE = packagePath('dist', 'testnet', 'nat', 'api-bridge.js')

export interface NatUpOptions {
  peers: number
  relays: number
  nat: NatKind
  providers: string[]
  dir: string
  timeoutMs: number
  peerConfig?: Record<string, unknown>
  configFor?: (index: number) => Record<string, unknown>
  onProgress?: (message: string) => void
  /** Tears down what was made so far when the start fails. */
  down: (dir: string) => Promise<unknown>
}

export async function natTestnetUp (options: NatUpOptions): Promise<TestnetState> {
  await checkNatPrerequisites()
  const { dir } = options
  const swarmKey = join(dir, 'swarm.key')
  await writeSecret(swarmKey, generateSwarmKey())
  mkdirSync(join(dir, 'logs'), { recursive: true })
  mkdirSync(join(dir, 'api'), { recursive: true })
  const plan = planNat(options.peers, options.relays, options.nat, randomBytes(3).toString('hex').slice(0, 5))
  const hostPorts = await freePorts(options.peers)
  const peers: TestnetPeer[] = []
  for (const p of plan.peers) {
    const dataDir = join(dir, 'peers', String(p.index))
    await ensureDataDir(dataDir)
    const id = peerIdFromPrivateKey(await loadOrCreateIdentity(dataDir)).toString()
    const apiPort = hostPorts[p.index] ?? 0
    peers.push({
      index: p.index, id, pid: 0, api: `http://127.0.0.1:${apiPort}`, apiPort, token: await loadOrCreateApiToken(dataDir),
      ...labelsFor(p.index, options.providers), dataDir, config: join(dataDir, 'config.json'),
      // A NATed peer has no address anyone can dial: it is reached through a relay.
      addrs: p.nat === 'none' ? [`/ip4/${p.addr}/tcp/${LISTEN_PORT}/p2p/${id}`] : [],
      listenPort: LISTEN_PORT, relayPort: 0, sourceIp: '', log: join(dir, 'logs', `peer-${p.index}.log`),
      netns: p.ns, natKind: p.nat, publicAddr: p.publicAddr
    })
  }
  const state: TestnetState = {
    version: 1, dir, createdAt: new Date().toISOString(), swarmKey, wanLatencyMs: 0,
    link: { pid: 0, stateFile: '', controlUrl: '', log: '' },
    peers,
    nat: { kind: options.nat, relays: options.relays, namespaces: [], bridgePids: [] }
  }
  const nat = state.nat as NonNullable<TestnetState['nat']>
  writeTestnetState(state)
  try {
    await createNat(plan, ns => { nat.namespaces.push(ns); writeTestnetState(state) })
    options.onProgress?.(`made ${plan.namespaces.length} namespaces: ${options.relays} public relay(s), ${options.peers - options.relays} peers behind ${options.nat} NATs`)
    const sockets = plan.peers.map(p => join(dir, 'api', `peer-${p.index}.sock`))
    for (const p of plan.peers) {
      nat.bridgePids.push(spawnDetached([BRIDGE, 'inside', sockets[p.index] as string, String(API_PORT)], join(dir, 'logs', `bridge-${p.index}.log`), process.env, ['ip', 'netns', 'exec', p.ns]))
    }
    nat.bridgePids.push(spawnDetached([BRIDGE, 'host', ...peers.map(p => `${p.apiPort}=${sockets[p.index] as string}`)], join(dir, 'logs', 'bridge-host.log')))
    writeTestnetState(state)
    for (const p of plan.peers) writeNatPeerConfig(state, p, { ...options.peerConfig, ...options.configFor?.(p.index) })
    for (const p of plan.peers) {
      const peer = peers[p.index] as TestnetPeer
      peer.pid = spawnDetached([BIN, 'node', 'start', '--config', peer.config], peer.log, process.env, ['ip', 'netns', 'exec', p.ns])
      writeTestnetState(state)
    }
    options.onProgress?.(`started ${peers.length} peers, waiting for all to see each other alive`)
    await waitForConvergence(state, { timeoutMs: options.timeoutMs })
    return state
  } catch (err) {
    await options.down(dir).catch(() => {})
    throw err
  }
}

function writeNatPeerConfig (state: TestnetState, p: NatPeerPlan, extra: Record<string, unknown>): void {
  const peer = state.peers[p.index] as TestnetPeer
  const relays = state.peers.filter(q => q.natKind === 'none' && q.index !== p.index)
  const config = {
    dataDir: peer.dataDir,
    listen: [`/ip4/${p.addr}/tcp/${LISTEN_PORT}`],
    announce: [],
    bootstrap: relays.map(r => r.addrs[0]).filter((a): a is string => a !== undefined),
    swarmKey: state.swarmKey,
    allowedPeers: state.peers.filter(q => q.index !== p.index).map(q => q.id),
    provider: peer.provider,
    region: peer.region,
    zone: peer.zone,
    apiPort: API_PORT,
    failpoints: true,
    relay: p.nat === 'none',
    relayReservations: p.nat === 'none' ? 0 : 1,
    ...extra
  }
  writeFileSync(peer.config, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 })
}
