// One real-process testnet per mocha suite: a temporary root, `testnetUp` in `before`, and in
// `after` `testnetDown` and the root removed, which each such test file used to write out itself.
//
// Call it inside a `describe`, after its `this.timeout(…)`: the hooks run under the suite's timeout.
// Mocha runs hooks in the order they are registered, and a suite's file relies on that: its own
// `before` registered ahead of useTestnet runs before anything starts (a skip there starts nothing,
// since a skipping `before` skips the hooks after it), one registered behind runs against the
// running testnet; its own `after` registered ahead runs while the testnet is still up, one
// registered behind once it is down.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testnetDown, testnetUp, type UpOptions } from '../../testnet/launcher.js'
import { readTestnetState, type TestnetState } from '../../testnet/state.js'
import { TestnetCli } from './testnet-cli.js'

/** testnetUp's options, but `dir`: the testnet always goes in <root>/net. */
export interface UseTestnetOptions extends Omit<UpOptions, 'dir'> {
  /** The root's name in the temporary directory, 'sc-<what>-': tells whose a leftover root is. */
  tmpPrefix: string
  /**
   * Why the suite cannot run on this machine (no Linux image, not root…), or undefined when it
   * can; asked first, before the root is made. Outside CI the suite skips; under CI=true it fails
   * with this reason instead, since CI provides everything and nothing there may skip.
   */
  unavailable?: () => string | undefined
  /** Keep the root when a test failed, and say where: the peers' logs are in it. */
  keepLogsOnFailure?: boolean
}

/** The suite's testnet. Getters: there is no testnet until the fixture's `before` has run. */
export interface Testnet {
  /** The testnet as last read (by testnetUp, or by `reread`). */
  readonly state: TestnetState
  /** The suite's temporary directory: the testnet is in <root>/net, a test's own files go beside. */
  readonly root: string
  /** The testnet's directory (state.dir): what `--testnet` and the launcher take. */
  readonly dir: string
  /** The CLI and API of its peers. It reads `state` on every call, so it follows `reread`. */
  readonly cli: TestnetCli
  /** Reads the state again, after a test restarted peers (their pids and ports are new). */
  reread: () => TestnetState
}

export function useTestnet (options: UseTestnetOptions): Testnet {
  const { tmpPrefix, unavailable, keepLogsOnFailure = false, ...up } = options
  let root: string | undefined
  let state: TestnetState | undefined
  let failed = false

  const running = (): TestnetState => {
    if (state === undefined) throw new Error('no testnet: it is started in the suite\'s before hook')
    return state
  }
  const testnet: Testnet = {
    get state () { return running() },
    get root () {
      if (root === undefined) throw new Error('no root: it is made in the suite\'s before hook')
      return root
    },
    get dir () { return running().dir },
    cli: new TestnetCli(running),
    reread: () => (state = readTestnetState(running().dir))
  }

  if (unavailable !== undefined) {
    before(function () {
      const reason = unavailable()
      if (reason === undefined) return
      if (process.env.CI === 'true') throw new Error(reason)
      this.skip()
    })
  }
  before(async () => {
    root = mkdtempSync(join(tmpdir(), tmpPrefix))
    state = await testnetUp({ ...up, dir: join(root, 'net') })
  })
  // A failed test keeps the logs, a failed hook does not: mocha runs afterEach for tests only.
  if (keepLogsOnFailure) afterEach(function () { if (this.currentTest?.state === 'failed') failed = true })
  after(async () => {
    if (state !== undefined) await testnetDown(state.dir).catch(() => {})
    if (root === undefined) return
    if (failed || process.env.SC_KEEP_LOGS === '1') process.stdout.write(`      logs kept in ${root}\n`)
    else rmSync(root, { recursive: true, force: true })
  })
  return testnet
}
