// `supercloud demo` (what `npm start` runs): a 3-provider testnet shown live until Ctrl-C.
import type { Command } from 'commander'
import { ApiClient } from '../client.js'
import { action } from '../common.js'
import { shortId, table } from '../output.js'
import type { PeerView } from '../../../overlay/membership/index.js'

export function registerDemoCommand (program: Command): void {
  program.command('demo').description('launch a 3-peer, 3-provider testnet and show it live until Ctrl-C')
    .option('--peers <n>', 'number of peers', '3')
    .action(action(async (flags: { peers: string }) => {
      process.stderr.write('starting a local supercloud testnet…\n')
      const { testnetDown, testnetUp } = await import('../../../testnet/launcher.js')
      const state = await testnetUp({ peers: Number(flags.peers), providers: ['aws', 'gcp', 'azure'], onProgress: m => { process.stderr.write(m + '\n') } })
      const stop = new AbortController()
      process.once('SIGINT', () => { stop.abort() })
      process.once('SIGTERM', () => { stop.abort() })
      const first = state.peers[0]
      if (first === undefined) return
      const client = new ApiClient({ url: first.api, token: first.token }, 3000)
      while (!stop.signal.aborted) {
        const peers = await client.request<PeerView[]>('GET', '/v1/peers').catch(() => [])
        const screen = [
          `supercloud testnet at ${state.dir} — ${new Date().toISOString()}`,
          `as seen by peer 0 (${shortId(first.id)}); try: supercloud peers --testnet ${state.dir} --peer 1`,
          '',
          table(peers.map(p => ({ ...p, id: shortId(p.id) + (p.self ? ' *' : ''), seen: `${p.lastHeardMsAgo} ms ago` })), ['id', 'state', 'provider', 'region', 'zone', 'connected', 'seen']),
          '',
          'Ctrl-C stops the testnet.'
        ].join('\n')
        process.stdout.write((process.stdout.isTTY ? '\x1b[2J\x1b[H' : '') + screen + '\n')
        await new Promise(resolve => { const t = setTimeout(resolve, process.stdout.isTTY ? 1000 : 5000); stop.signal.addEventListener('abort', () => { clearTimeout(t); resolve(undefined) }, { once: true }) })
      }
      process.stderr.write('stopping the testnet…\n')
      await testnetDown(state.dir)
      process.stderr.write('stopped.\n')
    }))
}
