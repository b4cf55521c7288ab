// Options every client command takes, and the wrapper that turns failures into clear exits.
import type { Command } from 'commander'
import { ApiClient, ApiError } from '../api/client.js'
import { resolveTarget, type ClientFlags } from './client.js'
import type { OutputFlags } from './output.js'

export type CommonFlags = ClientFlags & OutputFlags

export function withClientOptions (cmd: Command): Command {
  return cmd
    .option('--json', 'print exactly one JSON document on stdout')
    .option('--api <url>', 'the node API URL (env SUPERCLOUD_API)')
    .option('--token <token>', 'the node API bearer token (env SUPERCLOUD_TOKEN)')
    .option('--data-dir <dir>', "find the node through its data dir's api.json and api.token")
    .option('--testnet <dir>', 'find the node in a testnet directory (with --peer)')
    .option('--peer <n>', '0-based index of the peer in DIR/testnet.json', '0')
}

export function clientFor (flags: CommonFlags): ApiClient {
  return new ApiClient(resolveTarget(flags))
}

/** Runs a command action; an error prints a clear message (and a JSON error with --json) and exits 1. */
export function action<A extends unknown[]> (fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args)
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err))
      const flags = args.find((a): a is OutputFlags => typeof a === 'object' && a !== null && 'json' in a)
      // The daemon's name for an error it answered with: the one a caller can act on.
      const name = error instanceof ApiError ? error.remoteName : error.name
      if (flags?.json === true) process.stdout.write(JSON.stringify({ error: error.message, name }) + '\n')
      process.stderr.write(`error: ${error.message}\n`)
      process.exitCode = 1
    }
  }
}
