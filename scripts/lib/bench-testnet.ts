// The scaffolding every VM benchmark shares: a testnet in a temp dir, the VMs it made removed and
// the testnet torn down however the run ends (finish, failure, Ctrl-C: once), and the peers' last
// log lines printed when it fails.
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApiClient } from '../../node/api/client.js'
import { testnetDown } from '../../testnet/launcher.js'
import { readTestnetState, STATE_FILE } from '../../testnet/state.js'

export interface BenchRun {
  /** Where to put the testnet (testnetUp({ dir })). */
  dir: string
  /** VMs to remove at the end: push each id as it is created, with the peer index that owns it. */
  created: Array<{ peer: number, id: string }>
  progress: (message: string) => void
}

const DELETE_LANES = 4

export async function withBenchTestnet<T> (name: string, run: (ctx: BenchRun) => Promise<T>): Promise<T> {
  const progress = (message: string): void => { process.stderr.write(`[${name}] ${message}\n`) }
  const root = await mkdtemp(join(tmpdir(), `supercloud-bench-${name}-`))
  const ctx: BenchRun = { dir: join(root, 'net'), created: [], progress }
  const teardown = async (): Promise<void> => {
    try {
      if (!existsSync(join(ctx.dir, STATE_FILE))) return
      const peers = readTestnetState(ctx.dir).peers
      const vms = ctx.created.splice(0)
      if (vms.length > 0) progress(`deleting ${vms.length} VMs`)
      const lane = async (): Promise<void> => {
        for (let vm = vms.pop(); vm !== undefined; vm = vms.pop()) {
          const peer = peers[vm.peer]
          if (peer === undefined) continue
          await new ApiClient({ url: peer.api, token: peer.token }).request('DELETE', `/v1/vms/${vm.id}`)
            .catch((err: unknown) => { progress(`cleanup: ${(err as Error).message}`) })
        }
      }
      await Promise.all(Array.from({ length: DELETE_LANES }, lane))
      await testnetDown(ctx.dir)
    } catch (err) {
      progress(`teardown: ${(err as Error).message}`)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  }
  // Once only: Ctrl-C and the run's own end may both ask for it. The daemons are detached and
  // would outlive this process.
  let tornDown: Promise<void> | undefined
  const teardownOnce = async (): Promise<void> => { await (tornDown ??= teardown()) }
  let interrupted = false
  process.once('SIGINT', () => {
    interrupted = true
    process.stderr.write('interrupted: stopping the testnet\n')
    void teardownOnce().finally(() => process.exit(130))
  })
  try {
    return await run(ctx)
  } catch (err) {
    if (!interrupted) printPeerLogs(ctx.dir, progress)
    throw err
  } finally {
    await teardownOnce()
  }
}

function printPeerLogs (dir: string, progress: (message: string) => void): void {
  if (!existsSync(join(dir, STATE_FILE))) return
  progress(`failed; the peers' last log lines (all in ${join(dir, 'logs')}):`)
  for (const peer of readTestnetState(dir).peers) {
    try {
      const lines = readFileSync(peer.log, 'utf8').trimEnd().split('\n').slice(-20)
      process.stderr.write(`--- peer-${peer.index}.log\n${lines.join('\n')}\n`)
    } catch {
      // no log: the peer never started
    }
  }
}
