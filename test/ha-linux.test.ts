// Output commit, end to end: a protected Linux VM receives a 16 MiB TCP stream from a Linux VM on
// another peer; its host is SIGKILLed mid-stream; the VM runs on at its standby from the last
// acknowledged checkpoint, the sender's TCP resends what the failover lost (frames the receiver sent
// after that checkpoint never left its host), and the bytes hashed at the receiver are the bytes sent.
// Needs the image (npm run image:linux); CI builds it, elsewhere the suite skips without it.
import { expect } from 'chai'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_IMAGE_DIR } from '../node/hypervisor/images.js'
import type { VmView } from '../node/vms/view.js'
import { testnetDown, testnetUp } from '../testnet/launcher.js'
import type { TestnetState } from '../testnet/state.js'
import { signalQuietly } from '../testnet/processes.js'
import { TestnetCli } from './util/testnet-cli.js'
import { typeInto } from './util/guest-console.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20
const MANIFEST = join(DEFAULT_IMAGE_DIR, 'linux', 'manifest.json')
const READY = 'supercloud-linux: ready'

describe('HA: a protected Linux VM receiving a TCP stream survives kill -9 of its host (real processes)', function () {
  this.timeout(600_000)
  let root: string
  let net: TestnetState
  const { ok, api, here, shownProtected, replicas } = new TestnetCli(() => net)
  const logs = async (peer: number, ref: string): Promise<string> => Buffer.from(await api(peer).requestBytes('GET', `/v1/vms/${ref}/logs`)).toString('latin1')
  /** Peer 2 (the sender's, never killed) reads every console: it asks the VM's owner. */
  const marker = async (vm: string, pattern: RegExp, ms = 240_000): Promise<string | undefined> => await waitFor(`${String(pattern)} from ${vm}`, async () => pattern.exec(await logs(2, vm))?.[1], ms, 300)

  before(function () {
    if (!existsSync(MANIFEST)) {
      if (process.env.CI === 'true') throw new Error(`no linux image at ${MANIFEST}: .ci/run builds it with npm run image:linux`)
      this.skip()
    }
  })
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sc-ha-linux-'))
    net = await testnetUp({ peers: 3, providers: ['aws', 'gcp', 'azure'], dir: join(root, 'net'), peerConfig: { memoryBytes: 512 * MiB } })
  })
  after(async () => {
    if (net !== undefined) await testnetDown(net.dir).catch(() => {})
    if (root !== undefined && process.env.SC_KEEP_TESTNET === undefined) rmSync(root, { recursive: true, force: true })
  })

  it('16 MiB into a protected Linux VM, its host killed mid-stream: the VM runs on at the standby and the md5s match', async () => {
    await ok(2, ['net', 'create', 'halan', '--cidr', '10.31.0.0/24'])
    const [receiver] = await Promise.all([
      api(2).request<VmView>('POST', '/v1/vms', { image: 'linux', name: 'lr', net: 'halan:10.31.0.20', memoryBytes: 96 * MiB, on: net.peers[0]?.id }, { signal: AbortSignal.timeout(60_000) }),
      api(2).request<VmView>('POST', '/v1/vms', { image: 'linux', name: 'ls', net: 'halan', memoryBytes: 96 * MiB, on: net.peers[2]?.id }, { signal: AbortSignal.timeout(60_000) })
    ])
    expect(receiver.peer).to.equal(net.peers[0]?.id)
    for (const vm of ['lr', 'ls']) await waitFor(`${vm}'s prompt`, async () => { const l = await logs(2, vm); return l.includes(READY) && l.includes(`${vm}# `) ? true : undefined }, 200_000, 500)
    // Protected once booted, its standby on peer 1; peer 2 is the third member a failover needs.
    await ok(2, ['vm', 'protect', 'lr', '--standby', net.peers[1]?.id ?? ''])
    const before = await shownProtected(2, 'lr', 120_000)

    const type = async (vm: string, input: string, grace = '1s'): Promise<string> => await typeInto(net.dir, 2, vm, input, grace)
    // The receiver hashes the stream as it comes (nothing stored), in the background.
    await type('lr', '(nc -l -p 5000 | md5sum | sed s/^/RECV-/) &\n')
    await type('ls', 'dd if=/dev/urandom of=/tmp/data bs=1048576 count=16 2>/dev/null; md5sum /tmp/data | sed s/^/SENT-/\n', '3s')
    const sent = await marker('ls', /SENT-([0-9a-f]{32})/, 60_000)
    expect(sent).to.match(/^[0-9a-f]{32}$/)
    // 256 chunks of 64 KiB; every 16th says so on the sender's console.
    await type('ls', '(i=0; while [ $i -lt 256 ]; do dd if=/tmp/data bs=65536 count=1 skip=$i 2>/dev/null; i=$((i+1)); [ $((i % 16)) = 0 ] && echo CHUNK-$i >&2; done | nc 10.31.0.20 5000; echo NC-DONE-$?) &\n')
    // Mid-stream: at least 2 MiB written into the connection, and the stream not done.
    const startedAt = performance.now()
    await marker('ls', /CHUNK-(32)\b/, 240_000)
    const atKill = await logs(2, 'ls')
    expect(atKill, atKill.slice(-1500)).to.not.match(/NC-DONE-\d/)
    const chunksAtKill = Math.max(...[...atKill.matchAll(/CHUNK-(\d+)/g)].map(m => Number(m[1])))
    const primaryMetrics = await api(0).requestBytes('GET', '/metrics').then(b => Buffer.from(b).toString())
    const replica = (await replicas(1)).find(r => r.vm === receiver.id)
    const killedAt = performance.now()
    signalQuietly(net.peers[0]?.pid ?? 0, 'SIGKILL')
    const moved = await waitFor('lr running at the standby', async () => (await here(1)).find(v => v.name === 'lr' && v.phase === 'running'), 30_000, 50)
    const failoverMs = performance.now() - killedAt
    expect(moved.epoch).to.equal(before.epoch + 1)

    // TCP's retransmission timer backs off: a generous bound.
    const done = await marker('ls', /NC-DONE-(\d+)/, 400_000)
    expect(done).to.equal('0')
    const received = await marker('lr', /RECV-([0-9a-f]{32})/, 120_000)
    expect(received).to.equal(sent)
    expect((await here(2)).filter(v => v.name === 'lr')).to.have.length(0)
    const figure = (name: string): string => new RegExp(`^${name} (\\S+)$`, 'm').exec(primaryMetrics)?.[1] ?? '?'
    process.stdout.write(`      stream: ${chunksAtKill * 64} KiB of 16384 written when the primary was killed (${Math.round((killedAt - startedAt) / 1000)} s in), done ${Math.round((performance.now() - killedAt) / 1000)} s after the kill\n`)
    process.stdout.write(`      failover: lr running at the standby ${Math.round(failoverMs)} ms after the kill; md5 sent ${String(sent)}, received ${String(received)}\n`)
    process.stdout.write(`      checkpoints of the 96 MiB Linux VM before the kill: ${figure('supercloud_checkpoints_total')}, ${figure('supercloud_checkpoint_sent_bytes_total')} bytes; pause ${figure('supercloud_checkpoint_pause_seconds_sum')} s in all; ack ${figure('supercloud_checkpoint_ack_seconds_sum')} s in all; replica at epoch ${String(replica?.epoch)} with ${String(replica?.bytes)} bytes\n`)
  })
})
