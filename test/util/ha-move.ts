// A protected VM's move into a destination that dies at its commit (a failpoint), as the tests of
// a move's unknown outcome start it: the VM on peer 1, its standby on peer 2, the destination peer 0
// (peer 3 makes a majority of four).
import { isRunning } from '../../testnet/processes.js'
import type { MigrationView } from '../../node/vms/migrate-out.js'
import type { VmView } from '../../node/vms/view.js'
import { sleep } from '../../overlay/core/abort.js'
import type { Testnet } from './use-testnet.js'
import { waitFor } from './wait.js'

export interface DyingMove {
  /** The VM protected, before the move. */
  before: VmView
  /** Its counter as reported before the move: a failover must not go back past it. */
  reported: number
  migration: MigrationView
}

/** Creates VM `name`, protected, and migrates it to peer 0, which dies as it commits. */
export async function moveIntoDyingDestination (testnet: Testnet, name: string): Promise<DyingMove> {
  const { ok, api, show, peerId, shownProtected } = testnet.cli
  await ok(1, ['vm', 'create', '--image', 'tiny', '--name', name, '--on', peerId(1), '--ha', '--standby', peerId(2)])
  const before = await shownProtected(1, name)
  await ok(0, ['failpoint', 'set', 'migration.dest.after-commit', 'exit'])
  await sleep(300)
  const reported = (await show(1, name)).guest?.counter ?? Infinity
  const pid = testnet.state.peers[0]?.pid ?? 0
  const migration = await api(1).request<MigrationView>('POST', `/v1/vms/${before.id}/migrate`, { to: peerId(0) })
  await waitFor('the destination to die at its commit', async () => isRunning(pid) ? undefined : true, 30_000, 50)
  return { before, reported, migration }
}

/** The move as the source settles it, once the destination is back to say. */
export async function settledMove (testnet: Testnet, id: string): Promise<MigrationView> {
  return await testnet.cli.migrationEnded(1, id, 60_000, 250)
}
