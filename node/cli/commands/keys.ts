// `supercloud swarm-key generate` and `supercloud token create`.
import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { writeSecret } from '../../identity.js'
import { CliError } from '../client.js'
import { action, clientFor, withClientOptions, type CommonFlags } from '../common.js'
import { parseDuration } from '../duration.js'
import { emit } from '../output.js'

export function registerKeyCommands (program: Command): void {
  program.command('swarm-key').description("the cloud's private-network key")
    .command('generate').description('create a new swarm key (print it, or write it with mode 0600)')
    .option('--out <file>', 'write the key to this file instead of stdout')
    .option('--force', 'overwrite an existing file')
    .option('--json', 'print one JSON document')
    .action(action(async (flags: { out?: string, force?: boolean, json?: boolean }) => {
      const { generateSwarmKey } = await import('../../../overlay/pnet/index.js')
      const key = generateSwarmKey()
      if (flags.out === undefined) {
        if (flags.json === true) emit(flags, { key: Buffer.from(key).toString('utf8') }, () => '')
        else process.stdout.write(key)
        return
      }
      if (existsSync(flags.out) && flags.force !== true) throw new CliError(`${flags.out} exists (use --force to replace it)`)
      await writeSecret(flags.out, key)
      emit(flags, { file: flags.out }, () => `swarm key written to ${flags.out ?? ''}`)
    }))

  withClientOptions(program.command('token').description('join tokens')
    .command('create').description('issue a single-use join token signed by this member'))
    .option('--ttl <duration>', 'how long the token is valid', '1h')
    .action(action(async (flags: CommonFlags & { ttl: string }) => {
      const result = await clientFor(flags).request<{ token: string, expiresAt: string }>('POST', '/v1/tokens', { ttlMs: parseDuration(flags.ttl, '--ttl') })
      emit(flags, result, () => `${result.token}\n(valid until ${result.expiresAt}; join with: supercloud node start --bootstrap <member addr> --swarm-key FILE --join-token TOKEN)`)
    }))
}
