// A chaos run on a running testnet: the plan's migrations and faults on the VMs found there, the
// checker sampling throughout; then every fault healed (in `finally`, whatever happened), the
// testnet converged again, and the end checks: one live copy per VM, pings, nothing left broken.
import { ApiClient } from '../../node/api/client.js'
import type { VmView } from '../../node/vms/view.js'
import { isRunning } from '../processes.js'
import { readTestnetState, type TestnetState } from '../state.js'
import { waitForConvergence } from '../wait.js'
import { Checker } from './checker.js'
import { checkDisks } from './disk-check.js'
import { FaultTasks } from './fault-tasks.js'
import { LinkFaults, linkControl } from './link-faults.js'
import { Migrator } from './migrator.js'
import { PeerFaults } from './peer-faults.js'
import { Replacer } from './replacer.js'
import { buildPlan, validatePlanInput } from './schedule.js'
import type { PingSummary } from './pings.js'
import { Timeline } from './timeline.js'
import { ChaosError, DEFAULT_PING_BOUND_MS, DEFAULT_SAMPLE_EVERY_MS, NoVmsError, type ChaosOptions, type ChaosReport, type Layout } from './types.js'
import { atMost, sleep, until } from './wait.js'
import { percentile } from './report.js'

export interface ChaosRunInit {
  /** The testnet directory (its testnet.json). */
  dir: string
  options: ChaosOptions
  /** A line of progress for people (stderr in the CLI). */
  onProgress?: (line: string) => void
  /** Stops injecting early; the run still heals and checks. */
  signal?: AbortSignal
}

/** After the plan: the testnet must see every peer alive again within this. */
const CONVERGE_TIMEOUT_MS = 120_000
/** Every VM runs on exactly one peer within this after the faults end (unknown outcomes settle). */
const SETTLE_TIMEOUT_MS = 60_000
/** The VMs lost late are replaced, and seen running, within this at the end. */
const RESTORE_TIMEOUT_MS = 180_000
/** A planned migration waits this long for a VM and a peer free to move it, else it is skipped. */
const FREE_WAIT_MS = 1_500

export async function runChaos (init: ChaosRunInit): Promise<ChaosReport> {
  const started = Date.now()
  const { options } = init
  const progress = init.onProgress ?? (() => {})
  const state = readTestnetState(init.dir)
  const layout: Layout = { peers: state.peers.map(p => ({ index: p.index, provider: p.provider })) }
  validatePlanInput(options, layout)
  const stopped = state.peers.filter(p => !isRunning(p.pid))
  if (stopped.length > 0) throw new ChaosError(`peer ${stopped.map(p => p.index).join(', ')} of testnet ${state.dir} is not running: a chaos run starts on a whole testnet (supercloud testnet restart)`)
  const vms = await discoverVms(state)
  if (vms.length === 0) throw new NoVmsError(`testnet ${state.dir} has no running tiny VM on a VNet to migrate: create some first (supercloud net create …; supercloud vm create --image tiny --net NAME)`)
  await protectShare(state, vms, options.protect ?? 0, progress)
  const plan = buildPlan(options, layout)
  const sampleEveryMs = options.sampleEveryMs ?? DEFAULT_SAMPLE_EVERY_MS

  const timeline = new Timeline()
  const checker = new Checker({ peers: () => readTestnetState(init.dir).peers, isRunning, timeline }, { sampleEveryMs })
  for (const vm of vms) checker.track(vm)
  const control = linkControl(state.link.controlUrl)
  const link = new LinkFaults(control, layout, await control.rules())
  const peers = new PeerFaults({ dir: init.dir, license: pid => { checker.license(pid) } })
  const unavailable = new Set<number>()
  const migrator = new Migrator({ checker, peers, timeline, layout, unavailable: () => unavailable })
  const replacer = new Replacer(init.dir, checker, peers, timeline, options.seed)
  const faultTasks = new FaultTasks({ link, peers, migrator, timeline, unavailable, protectedHosts: () => checker.protectedHosts() })

  const inject = new AbortController()
  const onAbort = (): void => { inject.abort(new Error('the run was stopped')) }
  init.signal?.addEventListener('abort', onAbort, { once: true })
  const tasks = new Set<Promise<void>>()
  const spawn = (task: Promise<void>): void => { tasks.add(task); void task.finally(() => tasks.delete(task)) }
  let faultsEndedAt: number
  let injectStartMs = 0
  const stages = { inject: 0, heal: 0, settle: 0, check: 0 }
  checker.start()
  try {
    // A protected VM shows a guest once its standby acknowledged the first (full) checkpoint.
    await until('the checker to see every VM running', async () => vms.every(vm => checker.holder(vm.id) !== undefined), { timeoutMs: 60_000, everyMs: sampleEveryMs, signal: inject.signal })
    progress(`chaos: ${vms.length} VMs, ${plan.migrations.length} migrations and ${plan.faults.length} faults planned over ${options.durationMs / 1000} s (seed ${options.seed})`)
    const t0 = performance.now()
    injectStartMs = timeline.now()
    const elapsed = (): number => performance.now() - t0
    const events = [
      // Followed by the migrator, which the end waits for once the faults are healed.
      ...plan.migrations.map(m => ({ at: m.at, go: () => { void migrator.startWhenFree(m.pick, m.target, m.scope, FREE_WAIT_MS, inject.signal) } })),
      ...plan.faults.map(f => ({ at: f.at, go: () => { spawn(faultTasks.run(f, elapsed, inject.signal)) } }))
    ].sort((a, b) => a.at - b.at)
    const replacing = replacer.loop(inject.signal)
    let lastProgress = 0
    for (const event of events) {
      await sleep(event.at - elapsed(), inject.signal)
      event.go()
      if (elapsed() - lastProgress > 15_000) {
        lastProgress = elapsed()
        progress(`chaos: ${Math.round(elapsed() / 1000)} s, ${migrator.counts.attempted} migrations (${migrator.counts.committed} committed), ${checker.violations().length} violations`)
      }
    }
    await sleep(options.durationMs - elapsed(), inject.signal)
    inject.abort(new Error('the plan is over'))
    await replacing
  } catch (err) {
    if (!inject.signal.aborted) throw err
  } finally {
    inject.abort(new Error('the run is ending'))
    init.signal?.removeEventListener('abort', onAbort)
    progress('chaos: healing every fault')
    // Each task heals its own fault; whatever is left is healed here.
    stages.inject = Date.now() - started
    await atMost(Promise.allSettled([...tasks]), 120_000)
    await heal(init.dir, link, peers, checker)
    faultsEndedAt = Date.now()
    stages.heal = faultsEndedAt - started - stages.inject
  }
  progress(`chaos: healed in ${Math.round(stages.heal / 1000)} s; waiting for migrations to settle, then checking every VM`)
  await migrator.drain(SETTLE_TIMEOUT_MS)
  await checker.awaitSettled({ timeoutMs: SETTLE_TIMEOUT_MS })
  stages.settle = Date.now() - faultsEndedAt
  checker.judgeEnd()
  const pingBoundMs = options.pingBoundMs ?? DEFAULT_PING_BOUND_MS
  const lived = await checker.checkPings({ deadline: faultsEndedAt + pingBoundMs })
  // The VMs lost late, replaced: each must answer ping too, within the bound of its own start.
  const made = await replacer.restore(AbortSignal.timeout(RESTORE_TIMEOUT_MS))
  const pings = made.length === 0 ? lived : addPings(lived, await checker.checkPings({ deadline: Date.now() + pingBoundMs, only: made }))
  await checker.stop()
  // After the checker stopped: a VM started again boots anew, with a new boot id.
  const disksChecked = await checkDisks({ checker, peers, timeline })
  await checkHealed(init.dir, link, peers, checker)
  stages.check = Date.now() - faultsEndedAt - stages.settle

  const violations = checker.violations()
  const downtimes = migrator.downtimesMs
  const protection = checker.protection()
  const failoverMs = protection.failovers.flatMap(f => f.afterDeathMs === undefined ? [] : [f.afterDeathMs])
  return {
    ok: violations.length === 0,
    seed: options.seed,
    testnet: state.dir,
    durationMs: options.durationMs,
    wallMs: Date.now() - started,
    vms: vms.length,
    migrations: migrator.counts,
    refusedWhy: migrator.refusedWhy,
    faults: faultTasks.counts,
    vmsLostWithPeer: checker.lostWithPeer(),
    protection: {
      vms: protection.vms,
      failovers: protection.failovers.length,
      failoversAfterKill: failoverMs.length,
      failoversAtStandby: protection.failovers.filter(f => f.atStandby).length,
      failoverMs: { p50: percentile(failoverMs, 0.5), max: failoverMs.length === 0 ? null : Math.max(...failoverMs) },
      killsOfProtectedHosts: faultTasks.killsOfProtectedHosts,
      lost: protection.lost.length
    },
    disks: { vms: checker.diskVms(), migrationsCommitted: migrator.moves.filter(m => m.outcome === 'committed' && checker.hasDisk(m.vm)).length, ...disksChecked },
    vmsReplaced: replacer.replaced,
    replacementsFailed: replacer.failed,
    violations,
    downtimeMs: { p50: percentile(downtimes, 0.5), p99: percentile(downtimes, 0.99), max: downtimes.length === 0 ? null : Math.max(...downtimes) },
    checker: checker.stats(),
    stagesMs: stages,
    pings,
    events: { injectStartMs, faults: plan.faults, migrations: migrator.moves }
  }
}

interface FoundVm { id: string, name: string, on: number, protected: boolean, disk: boolean }

/** The tiny VMs on VNets, as each peer's own manager lists them. */
async function discoverVms (state: TestnetState): Promise<FoundVm[]> {
  const out: FoundVm[] = []
  for (const p of state.peers) {
    const list = await new ApiClient({ url: p.api, token: p.token }, 10_000).request<VmView[]>('GET', '/v1/vms?here=true')
    for (const v of list) {
      const known = v.guest !== undefined || v.guestLive !== undefined
      if (v.image === 'tiny' && v.net !== undefined && v.phase === 'running' && known) out.push({ id: v.id, name: v.name, on: p.index, protected: v.protection?.state !== undefined && v.protection.state !== 'unprotected', disk: (v.disks?.length ?? 0) > 0 })
    }
  }
  return out
}

/**
 * `--protect`: protects VMs (`vm protect`) until `share` of them are, those without a disk first
 * (a protected VM's checkpoints carry its disk blocks too).
 */
async function protectShare (state: TestnetState, vms: FoundVm[], share: number, progress: (line: string) => void): Promise<void> {
  const want = Math.round(share * vms.length) - vms.filter(v => v.protected).length
  const candidates = vms.filter(v => !v.protected).sort((a, b) => Number(a.disk) - Number(b.disk))
  if (want <= 0) return
  for (const vm of candidates.slice(0, want)) {
    const p = state.peers[vm.on]
    if (p === undefined) continue
    await new ApiClient({ url: p.api, token: p.token }, 60_000).request('POST', `/v1/vms/${vm.id}/protect`, {})
  }
  progress(`chaos: protected ${want} more VMs (${share} of ${vms.length})`)
}

/** Every fault off: the link's rules as before the run, no failpoint armed, every peer running and seeing all alive. */
async function heal (dir: string, link: LinkFaults, peers: PeerFaults, checker: Checker): Promise<void> {
  const signal = AbortSignal.timeout(CONVERGE_TIMEOUT_MS)
  await link.healAll({ signal }).catch(err => { checker.report('not-healed', `the link: ${(err as Error).message}`) })
  const state = readTestnetState(dir)
  for (const p of state.peers) {
    if (!peers.running(p.index)) await peers.restart(p.index, { signal }).catch(err => { checker.report('not-healed', `peer ${p.index}: ${(err as Error).message}`) })
    await peers.disarmAll(p.index, { signal }).catch(() => {})
  }
  await waitForConvergence(readTestnetState(dir), { timeoutMs: CONVERGE_TIMEOUT_MS, signal }).catch(err => { checker.report('not-healed', (err as Error).message) })
}

function addPings (a: PingSummary, b: PingSummary): PingSummary {
  return { vms: a.vms + b.vms, fromPeers: a.fromPeers + b.fromPeers, worstMs: a.worstMs === null ? b.worstMs : b.worstMs === null ? a.worstMs : Math.max(a.worstMs, b.worstMs) }
}

/** After the checks: nothing of the run is left in force. */
async function checkHealed (dir: string, link: LinkFaults, peers: PeerFaults, checker: Checker): Promise<void> {
  if (link.active() > 0) checker.report('not-healed', `${link.active()} link faults still in force`)
  for (const p of readTestnetState(dir).peers) {
    if (!peers.running(p.index)) {
      checker.report('not-healed', `peer ${p.index} is not running at the end`)
      continue
    }
    const armed = await peers.client(p.index).request<{ armed: Array<{ name: string }> }>('GET', '/v1/failpoints').then(r => r.armed, () => [])
    if (armed.length > 0) checker.report('not-healed', `peer ${p.index} still has failpoints armed: ${armed.map(a => a.name).join(', ')}`)
  }
}
