// `supercloud demo` (what `npm start` runs): a 3-provider testnet with a tiny VM on every peer,
// shown live until Ctrl-C: the peers, and every VM with the counter its guest keeps in RAM.
import type { Command } from 'commander'
import { ApiClient } from '../client.js'
import { action } from '../common.js'
import { shortId, table } from '../output.js'
import type { PeerView } from '../../../overlay/membership/index.js'
import type { VmView } from '../../vms/view.js'

export function registerDemoCommand (program: Command): void {
  program.command('demo').description('launch a 3-peer, 3-provider testnet with a tiny VM on each peer, and show it live until Ctrl-C')
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
      for (const peer of state.peers) {
        await client.request('POST', '/v1/vms', { image: 'tiny', name: `tiny-${peer.provider}-${peer.index}`, on: peer.id }, { signal: AbortSignal.timeout(30_000) })
          .catch((err: Error) => { process.stderr.write(`could not create a VM on peer ${peer.index}: ${err.message}\n`) })
      }
      while (!stop.signal.aborted) {
        const [peers, vms] = await Promise.all([
          client.request<PeerView[]>('GET', '/v1/peers').catch(() => []),
          client.request<VmView[]>('GET', '/v1/vms').catch(() => [])
        ])
        const screen = [
          `supercloud testnet at ${state.dir} — ${new Date().toISOString()}`,
          `as seen by peer 0 (${shortId(first.id)})`,
          '',
          table(peers.map(p => ({ ...p, id: shortId(p.id) + (p.self ? ' *' : ''), seen: `${p.lastHeardMsAgo} ms ago` })), ['id', 'state', 'provider', 'region', 'zone', 'vms', 'connected', 'seen']),
          '',
          table(vms.map(v => ({ ...v, id: shortId(v.id), peer: shortId(v.peer), counter: v.guest === undefined ? '-' : `${v.guest.counter} ms`, bootId: v.guest?.bootId })), ['name', 'id', 'phase', 'provider', 'peer', 'mac', 'counter', 'bootId']),
          '',
          `try: supercloud vm ls --testnet ${state.dir} --peer 1`,
          `     supercloud vm snapshot tiny-aws-0 /tmp/t.snap --testnet ${state.dir} && supercloud vm restore /tmp/t.snap --on provider:gcp --testnet ${state.dir}`,
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
