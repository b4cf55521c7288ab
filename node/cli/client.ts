// Finds a node's API for a CLI command: --api/--token, SUPERCLOUD_API/SUPERCLOUD_TOKEN, --data-dir,
// or --testnet DIR --peer N (N is the 0-based index in DIR/testnet.json).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultDataDir } from '../config/options.js'
import { API_ENDPOINT_FILE, API_TOKEN_FILE } from '../identity.js'
import { readTestnetState } from '../../testnet/state.js'
import type { ApiTarget } from '../api/client.js'

export class CliError extends Error {
  override name = 'CliError'
}

export interface ClientFlags {
  api?: string
  token?: string
  dataDir?: string
  testnet?: string
  peer?: string
}

export function resolveTarget (flags: ClientFlags, env: NodeJS.ProcessEnv = process.env): ApiTarget {
  if (flags.testnet !== undefined) {
    const state = readTestnetState(flags.testnet)
    const index = Number(flags.peer ?? '0')
    const peer = state.peers[index]
    if (!Number.isInteger(index) || peer === undefined) throw new CliError(`testnet ${flags.testnet} has no peer ${flags.peer ?? '0'} (it has ${state.peers.length})`)
    return { url: peer.api, token: peer.token }
  }
  const url = flags.api ?? env.SUPERCLOUD_API
  const token = flags.token ?? env.SUPERCLOUD_TOKEN
  if (url !== undefined && token !== undefined && flags.dataDir === undefined) return { url, token }
  const dataDir = flags.dataDir ?? env.SUPERCLOUD_DATA_DIR ?? defaultDataDir()
  try {
    const endpoint = JSON.parse(readFileSync(join(dataDir, API_ENDPOINT_FILE), 'utf8')) as { url: string }
    return { url: url ?? endpoint.url, token: token ?? readFileSync(join(dataDir, API_TOKEN_FILE), 'utf8').trim() }
  } catch {
    throw new CliError(`no running node found: pass --api and --token, set SUPERCLOUD_API and SUPERCLOUD_TOKEN, or point --data-dir at a node's data dir (tried ${dataDir})`)
  }
}
