// VMs lost with a killed peer are judged by the checker, removed and replaced by a new VM on the
// same VNet (a new id: the checker follows it from its first sample), so a long run keeps VMs to
// move. A replacement is of the same kind: with a disk of its own (a new one; the lost VM's is
// removed with it), protected. One that cannot be made now (its peer cut off, or gone) is tried
// again on the next pass. Those lost too late for a pass are replaced at the end (`restore`).
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import type { VmView } from '../../node/vms/view.js'
import { readTestnetState } from '../state.js'
import type { Checker } from './checker.js'
import type { PeerFaults } from './peer-faults.js'
import { createChaosVm } from './scenario.js'
import type { Timeline } from './timeline.js'
import { sleep, until } from './wait.js'

/** A VM no copy of which has run for this long, shown lost by a peer, is replaced. */
const LOST_QUIET_MS = 5_000
const REPLACE_EVERY_MS = 2_000
/** At the end: tries per replacement, and how long the checker gets to see them run. */
const END_TRIES = 3
const END_RUNNING_TIMEOUT_MS = 60_000

interface Wanted { name: string, memoryBytes: number, net: string, disk: boolean, ha: boolean }

export class Replacer {
  replaced = 0
  failed = 0
  /** Names are never reused: a create that timed out may still have made its VM. */
  private named = 0
  private readonly rng
  private readonly pending: Wanted[] = []

  constructor (private readonly dir: string, private readonly checker: Checker, private readonly peers: PeerFaults, private readonly timeline: Timeline, seed: number) {
    this.rng = xoroshiro128plus((seed ^ 0x72706c63) | 0)
  }

  async loop (signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await sleep(REPLACE_EVERY_MS, signal).catch(() => {})
      if (signal.aborted) return
      await this.pass(LOST_QUIET_MS, signal)
    }
  }

  /**
   * Removes the VMs lost for `quietMs`, then makes a VM in place of each removed so far; one that
   * cannot be made now waits for the next pass. Resolves with those made.
   */
  private async pass (quietMs: number, signal: AbortSignal): Promise<Array<{ id: string, disk: boolean }>> {
    for (const vm of this.checker.suspectedLost(quietMs)) await this.remove(vm, signal).catch(err => { this.timeline.event(`removing ${vm.name} failed: ${(err as Error).message}`) })
    const made: Array<{ id: string, disk: boolean }> = []
    for (const want of this.pending.splice(0)) {
      await this.create(want, signal).then(id => { made.push({ id, disk: want.disk }) }, err => {
        this.failed++
        this.pending.push(want)
        this.timeline.event(`creating a VM in place of ${want.name} failed (to be tried again): ${(err as Error).message}`)
      })
    }
    return made
  }

  /**
   * At the end, the faults healed and the lost judged: VMs lost too late in the run for a pass of
   * the loop are replaced too, so that the testnet is left with as many VMs (and disks) as it had,
   * and the end checks always have a VM of each kind. Resolves with their ids once the checker has
   * seen each run (one with a disk, making records durable), or on `signal`.
   */
  async restore (signal: AbortSignal): Promise<string[]> {
    const made = await this.pass(0, signal)
    for (let i = 1; i < END_TRIES && this.pending.length > 0 && !signal.aborted; i++) made.push(...await this.pass(0, signal))
    if (made.length > 0) {
      await until('the replacements made at the end to run', async () => made.every(m => this.checker.holder(m.id) !== undefined && (!m.disk || this.checker.disks().some(d => d.id === m.id))),
        { timeoutMs: END_RUNNING_TIMEOUT_MS, everyMs: 500, signal }).catch(() => {})
    }
    return made.map(m => m.id)
  }

  private async remove (vm: { id: string, name: string, on: number }, signal: AbortSignal): Promise<void> {
    this.checker.judgeLost(vm.id)
    this.checker.retire(vm.id)
    const api = this.peers.client(vm.on)
    const view = await api.request<VmView>('GET', `/v1/vms/${vm.id}`, undefined, { signal })
    const disk = (view.disks?.length ?? 0) > 0
    await api.request('DELETE', `/v1/vms/${vm.id}${disk ? '?withDisks=true' : ''}`, undefined, { signal })
    if (view.net !== undefined) this.pending.push({ name: vm.name, memoryBytes: view.memory, net: view.net.name ?? String(view.net.id), disk, ha: this.checker.isProtected(vm.id) })
    this.timeline.event(`${vm.name} (lost) removed`)
  }

  private async create (want: Wanted, signal: AbortSignal): Promise<string> {
    const up = readTestnetState(this.dir).peers.filter(p => this.peers.running(p.index))
    const on = up[uniformInt(this.rng, 0, up.length - 1)]
    if (on === undefined) throw new Error('no peer is running')
    const name = `${want.name.replace(/-r\d+$/, '')}-r${++this.named}`
    const created = await createChaosVm(this.peers.client(on.index), { name, memoryBytes: want.memoryBytes, net: want.net, disk: want.disk, ha: want.ha }, AbortSignal.any([signal, AbortSignal.timeout(60_000)]))
    this.replaced++
    this.checker.track({ id: created.id, name: created.name }, on.index)
    this.timeline.event(`${created.name} created on peer ${on.index} in place of ${want.name}${want.disk ? ', with a disk' : ''}${want.ha ? ', protected' : ''}`)
    return created.id
  }
}
