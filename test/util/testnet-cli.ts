// The CLI and API of a running testnet's peers, as tests drive them: `supercloud … --json` against
// peer N, expecting success or a clear failure, and an API client per peer.
import { expect } from 'chai'
import { ApiClient } from '../../node/api/client.js'
import type { TestnetState } from '../../testnet/state.js'
import type { VmView } from '../../node/vms/view.js'
import type { ReplicaView } from '../../node/vms/replica-held.js'
import type { MigrationView } from '../../node/vms/migrate-out.js'
import { cli } from './cli.js'
import { waitFor } from './wait.js'

export interface CliRun<T> { code: number, out: T, err: string }

export class TestnetCli {
  /** `net` is read on every call: a test may restart peers and reread the state. */
  constructor (private readonly net: () => TestnetState) {}

  /** `supercloud <args> --json` against `peer`: the exit code and the parsed output. */
  readonly sc = async <T = VmView>(peer: number, args: string[]): Promise<CliRun<T>> => {
    const r = await cli([...args, '--testnet', this.net().dir, '--peer', String(peer), '--json'])
    return { code: r.code, out: (r.stdout.trim() === '' ? undefined : JSON.parse(r.stdout)) as T, err: r.stderr }
  }

  readonly ok = async <T = VmView>(peer: number, args: string[]): Promise<T> => {
    const r = await this.sc<T>(peer, args)
    if (r.code !== 0) throw new Error(`supercloud ${args.join(' ')} failed (${r.code}): ${r.err}`)
    return r.out
  }

  /** Expects exit status `code` and a JSON error. */
  readonly fails = async (peer: number, args: string[], code = 1): Promise<{ name: string, error: string }> => {
    const r = await this.sc<{ name: string, error: string }>(peer, args)
    expect(r.code, `supercloud ${args.join(' ')} should fail: ${JSON.stringify(r.out)}`).to.equal(code)
    return r.out
  }

  readonly api = (peer: number): ApiClient => {
    const p = this.net().peers[peer]
    if (p === undefined) throw new Error(`no peer ${peer}`)
    return new ApiClient({ url: p.api, token: p.token })
  }

  readonly peerId = (peer: number): string => this.net().peers[peer]?.id ?? ''

  /** VM `ref` as `peer` shows it (routed to its owner). */
  readonly show = async (peer: number, ref: string): Promise<VmView> => await this.api(peer).request<VmView>('GET', `/v1/vms/${ref}`)

  /** The VMs `peer` holds itself. */
  readonly here = async (peer: number): Promise<VmView[]> => await this.api(peer).request<VmView[]>('GET', '/v1/vms?here=true')

  /** `peer`'s /metrics page (Prometheus text). */
  readonly metrics = async (peer: number): Promise<string> => {
    const p = this.net().peers[peer]
    if (p === undefined) throw new Error(`no peer ${peer}`)
    const response = await fetch(`${p.api}/metrics`, { headers: { authorization: `Bearer ${p.token}` } })
    expect(response.status).to.equal(200)
    return await response.text()
  }

  /** The replicas `peer` holds as a standby. */
  readonly replicas = async (peer: number): Promise<ReplicaView[]> => (await this.api(peer).request<{ replicas: ReplicaView[] }>('GET', '/v1/replicas')).replicas

  /** `supercloud testnet link …` on this testnet, expected to succeed. */
  readonly link = async (args: string[]): Promise<void> => {
    const r = await cli(['testnet', 'link', '--dir', this.net().dir, ...args])
    expect(r.code, r.stderr).to.equal(0)
  }

  /** Migration `id` as its source, `peer`, shows it once it ended: committed or aborted. */
  readonly migrationEnded = async (peer: number, id: string, timeoutMs = 60_000, intervalMs = 200): Promise<MigrationView> => await waitFor(`migration ${id} to end`, async () => {
    const m = await this.api(peer).request<MigrationView>('GET', `/v1/migrations/${id}`)
    return m.phase === 'committed' || m.phase === 'aborted' ? m : undefined
  }, timeoutMs, intervalMs)

  /** VM `ref` as `peer` shows it, once its protection is `protected`. */
  readonly shownProtected = async (peer: number, ref: string, timeoutMs = 30_000): Promise<VmView> => await waitFor(`${ref} protected, as peer ${peer} shows it`, async () => {
    const v = await this.show(peer, ref)
    return v.protection?.state === 'protected' ? v : undefined
  }, timeoutMs, 100)

  /** The peers whose own list has VM `id` running (a peer that does not answer has none). */
  readonly runningAt = async (id: string): Promise<number[]> => {
    const at: number[] = []
    for (let i = 0; i < this.net().peers.length; i++) if ((await this.here(i).catch(() => [])).some(v => v.id === id && v.phase === 'running')) at.push(i)
    return at
  }

  /**
   * VM `name` running on `peer` once its guest shows. A VM that failed over is protected again at
   * once, and `vm show` gives a protected VM's guest as its standby acknowledged it: none while the
   * new standby's first checkpoint syncs.
   */
  readonly shownAt = async (peer: number, name: string, timeoutMs = 15_000): Promise<VmView> => await waitFor(`${name}'s guest shown on peer ${peer}`, async () => {
    const v = (await this.here(peer)).find(v => v.name === name && v.phase === 'running')
    return v?.guest === undefined ? undefined : v
  }, timeoutMs, 50)
}
