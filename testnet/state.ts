// DIR/testnet.json: what a testnet launched, written as soon as each process starts so that `down`
// can always stop it. Versioned; rewritten atomically.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const STATE_FILE = 'testnet.json'
export const STATE_VERSION = 1

export interface TestnetPeer {
  index: number
  id: string
  pid: number
  api: string
  apiPort: number
  token: string
  provider: string
  region: string
  zone: string
  dataDir: string
  config: string
  /** Address peers dial (through the link layer). */
  addrs: string[]
  listenPort: number
  relayPort: number
  /** The daemon's lane port, and the link relay's in front of it (absent in states written before lanes). */
  lanePort?: number
  laneRelayPort?: number
  sourceIp: string
  log: string
  /** NAT testnet: the network namespace the daemon runs in. */
  netns?: string
  /** NAT testnet: 'none' for a public peer (a relay), else the NAT it sits behind. */
  natKind?: 'none' | 'eim' | 'symmetric'
  /** NAT testnet: the address other peers see it at (its own, or its NAT's outside address). */
  publicAddr?: string
}

export interface TestnetState {
  version: number
  dir: string
  createdAt: string
  swarmKey: string
  wanLatencyMs: number
  link: { pid: number, stateFile: string, controlUrl: string, log: string }
  peers: TestnetPeer[]
  /** The `supercloud` entry point its peers run, when not the launcher's own build. */
  bin?: string
  /** A NAT testnet (--nat): the namespaces it made (tear-down deletes them) and its API bridges. */
  nat?: { kind: 'eim' | 'symmetric', relays: number, namespaces: string[], bridgePids: number[] }
}

export class TestnetStateError extends Error {
  override name = 'TestnetStateError'
}

export function readTestnetState (dir: string): TestnetState {
  let state: TestnetState
  try {
    state = JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8')) as TestnetState
  } catch (err) {
    throw new TestnetStateError(`no testnet in ${dir}: ${(err as Error).message}`)
  }
  if (state.version !== STATE_VERSION) throw new TestnetStateError(`${join(dir, STATE_FILE)} has version ${state.version}, expected ${STATE_VERSION}`)
  return state
}

export function writeTestnetState (state: TestnetState): void {
  const file = join(state.dir, STATE_FILE)
  writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 })
  renameSync(`${file}.tmp`, file)
}
