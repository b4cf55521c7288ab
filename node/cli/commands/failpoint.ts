// `supercloud failpoint …`: fault injection on one peer, for tests and chaos runs (the daemon must
// run with the failpoints option; testnet peers do).
import type { Command } from 'commander'
import { failpointActionText, type ArmedFailpoint } from '../../failpoints.js'
import { action, clientFor, withClientOptions, type CommonFlags } from '../common.js'
import { emit, table } from '../output.js'

export function registerFailpointCommands (program: Command): void {
  const fp = program.command('failpoint').description('arm faults at named steps of a peer (tests and chaos runs)')

  withClientOptions(fp.command('ls').description('the failpoints of the peer, and those armed'))
    .action(action(async (flags: CommonFlags) => {
      const r = await clientFor(flags).request<{ enabled: boolean, names: string[], armed: ArmedFailpoint[] }>('GET', '/v1/failpoints')
      emit(flags, r, () => [
        r.enabled ? 'failpoints are on' : 'failpoints are off (start the peer with --failpoints true)',
        '',
        table(r.names.map(name => {
          const armed = r.armed.find(a => a.name === name)
          return { name, action: armed === undefined ? '-' : failpointActionText(armed.action), remaining: armed?.remaining ?? '-' }
        }), ['name', 'action', 'remaining'])
      ].join('\n'))
    }))

  withClientOptions(fp.command('set').description('arm a failpoint: exit (SIGKILL the daemon there), exit:MS (SIGKILL it MS ms later, the step held meanwhile), error (that step fails) or delay:MS'))
    .argument('<name>', 'a failpoint (see failpoint ls)')
    .argument('<action>', 'exit, exit:MS, error or delay:MS')
    .option('--count <n>', 'hits before it disarms itself', '1')
    .action(action(async (name: string, act: string, flags: CommonFlags & { count: string }) => {
      const armed = await clientFor(flags).request<ArmedFailpoint>('PUT', `/v1/failpoints/${encodeURIComponent(name)}`, { action: act, count: Number(flags.count) })
      emit(flags, armed, () => `${armed.name} armed: ${act} (${armed.remaining} hit${armed.remaining === 1 ? '' : 's'})`)
    }))

  withClientOptions(fp.command('clear').description('disarm a failpoint'))
    .argument('<name>', 'a failpoint')
    .action(action(async (name: string, flags: CommonFlags) => {
      const r = await clientFor(flags).request<{ name: string }>('DELETE', `/v1/failpoints/${encodeURIComponent(name)}`)
      emit(flags, r, () => `${r.name} disarmed`)
    }))
}
