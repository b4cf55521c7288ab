// A VM's guest trace (GET /v1/vms/:id/guest-trace): one streamed answer with the guest's counter
// read at a steady pace while the VM is on the peer. What bench:migration watches a move with, in
// place of an API request per read. Checked against a real daemon and a real tiny guest: the lines
// come at the pace asked, the counter goes up with the host's clock, a VM not there gives an empty
// trace, bad queries are refused, at most MAX_GUEST_TRACES are open at once, a caller that leaves
// frees its trace, and a daemon stopping ends the traces it serves.
import { expect } from 'chai'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApiClient, ApiError } from '../node/api/client.js'
import { MAX_GUEST_TRACES } from '../node/api/guest-trace-routes.js'
import { resolveTarget } from '../node/cli/client.js'
import type { VmView } from '../node/vms/view.js'
import { cliJson, exited, startNode } from './util/cli.js'
import { waitFor } from './util/wait.js'

interface TraceLine { t: number, counter: number, bootId: string }

describe('guest trace (real daemon, real guest)', function () {
  this.timeout(120_000)
  const root = mkdtempSync(join(tmpdir(), 'sc-guest-trace-'))
  const dir = join(root, 'peer')
  let child: ChildProcess
  let api: ApiClient
  let vm: VmView

  before(async () => {
    child = startNode(['--data-dir', dir, '--listen', '/ip4/127.0.0.1/tcp/0', '--api-port', '0'])
    await waitFor('the daemon to answer', async () => await cliJson(['status', '--data-dir', dir]), 30_000)
    api = new ApiClient(resolveTarget({ dataDir: dir }))
    vm = await cliJson<VmView>(['vm', 'create', '--image', 'tiny', '--name', 'tr', '--data-dir', dir])
    await waitFor('the guest to count', async () => ((await api.request<VmView>('GET', `/v1/vms/${vm.id}`)).guest?.counter ?? 0) > 0 ? true : undefined, 30_000)
  })

  after(async () => {
    child?.kill('SIGTERM')
    if (child !== undefined) await exited(child).catch(() => { child.kill('SIGKILL') })
    rmSync(root, { recursive: true, force: true })
  })

  const trace = async (path: string, forMs: number): Promise<TraceLine[]> => {
    const lines: TraceLine[] = []
    await api.lines<TraceLine>(path, line => { lines.push(line) }, { signal: AbortSignal.timeout(forMs) })
    return lines
  }

  it('reads the guest at the pace asked, its counter going up with the host clock', async () => {
    const lines = await trace(`/v1/vms/${vm.id}/guest-trace?everyMs=10&forMs=1000`, 20_000)
    // ~100 reads in 1 s; a busy machine delays some.
    expect(lines.length).to.be.within(40, 120)
    expect(new Set(lines.map(l => l.bootId)).size).to.equal(1)
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1] as TraceLine, lines[i] as TraceLine]
      expect(b.t).to.be.above(a.t)
      expect(b.counter).to.be.at.least(a.counter)
    }
    const first = lines[0] as TraceLine
    const last = lines.at(-1) as TraceLine
    // The guest's milliseconds track the host's over the trace (v86's clock is the host's).
    expect(last.counter - first.counter).to.be.within((last.t - first.t) * 0.5, (last.t - first.t) * 1.5 + 20)
    expect(Math.abs(first.t - Date.now())).to.be.below(5000)
  })

  it('writes nothing for a VM that is not here, and refuses bad queries', async () => {
    expect(await trace('/v1/vms/vm-0000000000000000/guest-trace?everyMs=5&forMs=300', 20_000)).to.deep.equal([])
    for (const query of ['everyMs=0', 'everyMs=5000', 'forMs=0', 'forMs=3600000']) {
      const err = await trace(`/v1/vms/${vm.id}/guest-trace?${query}`, 5000).then(() => undefined, (e: unknown) => e)
      expect(err, query).to.be.instanceOf(ApiError)
      expect((err as ApiError).status, query).to.equal(400)
    }
  })

  it(`keeps at most ${MAX_GUEST_TRACES} open, and frees a trace its caller left`, async () => {
    const callers = Array.from({ length: MAX_GUEST_TRACES }, () => new AbortController())
    const open = callers.map(async c => { await api.lines(`/v1/vms/${vm.id}/guest-trace?everyMs=50&forMs=60000`, () => {}, { signal: c.signal }) })
    try {
      await waitFor('every trace open', async () => {
        const err = await trace(`/v1/vms/${vm.id}/guest-trace?everyMs=50&forMs=100`, 5000).then(() => undefined, (e: unknown) => e)
        return err instanceof ApiError && err.status === 503 && err.remoteName === 'TooManyTracesError' ? true : undefined
      }, 10_000, 100)
      callers[0]?.abort()
      const lines = await waitFor('a trace again once one caller left', async () => {
        const got = await trace(`/v1/vms/${vm.id}/guest-trace?everyMs=10&forMs=200`, 5000).catch(() => undefined)
        return got !== undefined && got.length > 0 ? got : undefined
      }, 10_000, 100)
      expect(lines.length).to.be.above(0)
    } finally {
      for (const c of callers) c.abort()
      await Promise.all(open)
    }
  })

  it('ends its traces when the daemon stops', async () => {
    let seen = 0
    const reading = api.lines(`/v1/vms/${vm.id}/guest-trace?everyMs=20&forMs=600000`, () => { seen++ }, { signal: AbortSignal.timeout(60_000) })
    await waitFor('a first line', async () => seen > 0 ? true : undefined, 10_000, 50)
    // Its server waits for open answers to end: without the trace ending, the daemon would not exit.
    child.kill('SIGTERM')
    await exited(child)
    await reading
  })
})
