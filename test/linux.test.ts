// The Linux guest on a 2-peer testnet: it boots to a shell, commands typed through the console of
// another peer run, a snapshot taken once after boot restores elsewhere with its shell state, and a
// TCP stream into a guest carries on while the guest migrates.
// Needs the image (npm run image:linux); CI builds it, elsewhere the suite skips without it.
import { expect } from 'chai'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_IMAGE_DIR } from '../node/hypervisor/images.js'
import { ApiClient } from '../node/api/client.js'
import type { VmView } from '../node/vms/view.js'
import { BIN, cli } from './util/cli.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'
import { typeInto } from './util/guest-console.js'

const MANIFEST = join(DEFAULT_IMAGE_DIR, 'linux', 'manifest.json')

function hasScript (): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const READY = 'supercloud-linux: ready'

describe('linux guest (real processes)', function () {
  this.timeout(300_000)
  let vm: VmView
  const testnet = useTestnet({
    tmpPrefix: 'sc-linux-', peers: 2, providers: ['aws', 'gcp'],
    unavailable: () => existsSync(MANIFEST) ? undefined : `no linux image at ${MANIFEST}: .ci/run builds it with npm run image:linux`
  })

  const api = (peer: number): ApiClient => new ApiClient({ url: testnet.state.peers[peer]?.api ?? '', token: testnet.state.peers[peer]?.token ?? '' })
  const logs = async (peer: number, ref: string): Promise<string> => Buffer.from(await api(peer).requestBytes('GET', `/v1/vms/${ref}/logs`)).toString('latin1')

  /** Types `input` into the console of `ref` through peer `peer`, as a script would, and returns what came back. */
  const type = async (peer: number, ref: string, input: string, grace = '2s'): Promise<string> => await typeInto(testnet.dir, peer, ref, input, grace)

  it('boots to a shell, and a command typed through the console of another peer runs', async () => {
    vm = await api(0).request<VmView>('POST', '/v1/vms', { image: 'linux', name: 'lin' }, { signal: AbortSignal.timeout(60_000) })
    expect(vm).to.include({ image: 'linux', phase: 'running', memory: 128 << 20, nic: 'ne2k' })
    expect(vm.guest).to.equal(undefined)
    // A generous bound for a loaded machine: npm run bench:boot measures the boot.
    await waitFor('the shell prompt', async () => { const l = await logs(1, 'lin'); return l.includes(READY) && l.includes('lin# ') }, 150_000, 500)
    const out = await type(1, 'lin', 'echo hello-$((6*7))\ncat /sys/class/net/eth0/address\n')
    expect(out).to.include('hello-42')
    expect(out).to.include(vm.mac)
  })

  it('keeps the shell and its variables across a snapshot restored on the other peer', async () => {
    await type(0, 'lin', 'X=seven\n', '1s')
    const snap = join(testnet.root, 'lin.snap')
    const r = await cli(['vm', 'snapshot', 'lin', snap, '--testnet', testnet.dir, '--peer', '1', '--json'])
    expect(r.code, r.stderr).to.equal(0)
    const restore = await cli(['vm', 'restore', snap, '--on', testnet.state.peers[1]?.id ?? '', '--name', 'lin2', '--testnet', testnet.dir, '--peer', '0', '--json'])
    expect(restore.code, restore.stderr).to.equal(0)
    const restored = JSON.parse(restore.stdout) as VmView
    expect(restored).to.include({ name: 'lin2', peer: testnet.state.peers[1]?.id, phase: 'running' })
    const out = await type(0, 'lin2', 'echo x=$X\n')
    expect(out).to.include('x=seven')
  })

  it('attaches interactively on a terminal, and Ctrl-] detaches', async function () {
    if (!hasScript()) {
      if (process.env.CI === 'true') throw new Error('util-linux `script` is missing: .ci/run installs bsdutils')
      this.skip()
    }
    // util-linux `script` gives the console a pseudo-terminal, as a user's shell would.
    const command = [process.execPath, BIN, 'vm', 'console', 'lin', '--testnet', testnet.dir, '--peer', '1'].map(a => `'${a}'`).join(' ')
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => { output += d.toString('latin1') })
    child.stderr.on('data', (d: Buffer) => { output += d.toString('latin1') })
    const exited = new Promise<number | null>(resolve => child.once('exit', resolve))
    await waitFor('the console to attach', async () => output.includes('connected to lin'), 30_000, 100)
    child.stdin.write('echo tty-$((2+3))\r')
    await waitFor('the command to run', async () => output.includes('tty-5'), 30_000, 100)
    child.stdin.write('\x1d')
    expect(await exited).to.equal(0)
    expect(output).to.include('detached from lin')
  })

  it('two Linux VMs on two peers share a VNet: they ping each other and move 1 MiB with nc, bytes identical', async () => {
    const r = await cli(['net', 'create', 'lan', '--cidr', '10.30.0.0/24', '--testnet', testnet.dir, '--peer', '0', '--json'])
    expect(r.code, r.stderr).to.equal(0)
    const [a, b] = await Promise.all([
      api(0).request<VmView>('POST', '/v1/vms', { image: 'linux', name: 'la', net: 'lan', memoryBytes: 96 << 20 }, { signal: AbortSignal.timeout(60_000) }),
      api(1).request<VmView>('POST', '/v1/vms', { image: 'linux', name: 'lb', net: 'lan:10.30.0.20', memoryBytes: 96 << 20 }, { signal: AbortSignal.timeout(60_000) })
    ])
    expect(b.net?.ip).to.equal('10.30.0.20')
    for (const vm of ['la', 'lb']) await waitFor(`${vm}'s prompt`, async () => { const l = await logs(0, vm); return l.includes(READY) && l.includes(`${vm}# `) }, 150_000, 500)
    const pinged = await type(1, 'la', `ip -4 addr show eth0 | grep -c ${a.net?.ip ?? '?'}; ping -c 3 10.30.0.20; grep eth0 /proc/interrupts\n`, '5s')
    expect(pinged).to.match(/3 packets transmitted, 3 packets received/)
    // The NIC interrupts through the IO-APIC, not v86's 8259 PICs (node/hypervisor/images.ts).
    expect(pinged).to.match(/IO-APIC.*eth0/)
    const marker = async (vm: string, pattern: RegExp): Promise<string | undefined> => await waitFor(`${String(pattern)} from ${vm}`, async () => pattern.exec(await logs(0, vm))?.[1], 120_000, 300)
    await type(0, 'lb', 'nc -l -p 5000 > /tmp/recv; md5sum /tmp/recv | sed s/^/RECV-/\n', '1s')
    await type(0, 'la', 'dd if=/dev/urandom of=/tmp/data bs=1024 count=1024 2>/dev/null; md5sum /tmp/data | sed s/^/SENT-/; nc 10.30.0.20 5000 < /tmp/data; echo NC-DONE-$?\n', '1s')
    expect(await marker('la', /NC-DONE-(\d+)/)).to.equal('0')
    const sent = await marker('la', /SENT-([0-9a-f]{32})/)
    const received = await marker('lb', /RECV-([0-9a-f]{32})/)
    expect(sent).to.match(/^[0-9a-f]{32}$/)
    expect(received).to.equal(sent)
  })

  // This failed 2 runs in 5 on CI, and 1 in 3 with the host's cores kept busy, while the guests'
  // interrupts went through v86's 8259 PICs: the sender's PIC came to hold the cascade in service
  // with nothing in service behind it, and its NIC (and console) never interrupted again. Through
  // the IO-APIC it passed 5 runs in 5 with the cores kept busy. On failure it prints both guests'
  // interrupt counters, kernel log and TCP counters beside their consoles.
  it('keeps a TCP connection into a Linux guest open while the guest migrates to another peer', async function () {
    this.timeout(420_000)
    // la (peer 0) streams 5 MiB to lb (peer 1) over ~20 s; lb moves to peer 0 in the middle of it.
    const marker = async (vm: string, pattern: RegExp): Promise<string | undefined> => await waitFor(`${String(pattern)} from ${vm}`, async () => pattern.exec(await logs(0, vm))?.[1], 120_000, 300)
    // In the background, so that both shells can still answer if it fails.
    await type(0, 'lb', '(nc -l -p 5001 > /tmp/recv2; md5sum /tmp/recv2 | sed s/^/RECV2-/) &\n', '1s')
    await type(0, 'la', 'dd if=/dev/urandom of=/tmp/d2 bs=65536 count=80 2>/dev/null; md5sum /tmp/d2 | sed s/^/SENT2-/; ' +
      '(i=0; while [ $i -lt 80 ]; do dd if=/tmp/d2 bs=65536 count=1 skip=$i 2>/dev/null; sleep 0.25; i=$((i+1)); done | nc 10.30.0.20 5001; echo NC2-DONE-$?) &\n', '3s')
    const moved = await cli(['vm', 'migrate', 'lb', '--to', testnet.state.peers[0]?.id ?? '', '--json', '--testnet', testnet.dir, '--peer', '1'])
    expect(moved.code, moved.stderr).to.equal(0)
    const report = JSON.parse(moved.stdout) as { phase: string, downtimeMs: number }
    expect(report.phase).to.equal('committed')
    // The transfer was still going when the guest had moved.
    expect(await logs(0, 'la')).to.not.match(/NC2-DONE/)
    const lb = await api(0).request<VmView>('GET', '/v1/vms/lb')
    expect(lb).to.include({ peer: testnet.state.peers[0]?.id, epoch: 2, phase: 'running' })
    // Frames lost at the switchover are resent by TCP, whose retransmission timer backs off: a
    // generous bound, and the consoles' last lines if it still does not finish.
    const done = await waitFor('the stream to finish', async () => /NC2-DONE-(\d+)/.exec(await logs(0, 'la'))?.[1], 240_000, 500)
      .catch(async (err: Error) => {
        const diag = 'cat /proc/interrupts; sleep 1; grep eth0 /proc/interrupts; dmesg | grep -v WATCHDOG | tail -30; ip neigh; cat /sys/class/net/eth0/statistics/tx_packets /sys/class/net/eth0/statistics/rx_packets /sys/class/net/eth0/statistics/tx_errors; cat /proc/net/snmp | grep Tcp:\n'
        const la = await type(0, 'la', diag, '5s').catch(() => '')
        const lb = await type(0, 'lb', diag, '5s').catch(() => '')
        throw new Error(`${err.message}\nla: ${(await logs(0, 'la')).slice(-1500)}\nLA DIAG ${la}\nlb: ${(await logs(0, 'lb')).slice(-1500)}\nLB DIAG ${lb}`)
      })
    expect(done).to.equal('0')
    const sent = await marker('la', /SENT2-([0-9a-f]{32})/)
    expect(sent).to.match(/^[0-9a-f]{32}$/)
    expect(await marker('lb', /RECV2-([0-9a-f]{32})/)).to.equal(sent)
  })

  it('boots with a virtio NIC', async () => {
    const v = await api(1).request<VmView>('POST', '/v1/vms', { image: 'linux', name: 'linv', nic: 'virtio', memoryBytes: 96 << 20 }, { signal: AbortSignal.timeout(60_000) })
    await waitFor('the shell prompt', async () => { const l = await logs(0, 'linv'); return l.includes(READY) && l.includes('linv# ') }, 150_000, 500)
    const out = await type(0, 'linv', 'basename $(readlink /sys/class/net/eth0/device/driver)\ncat /sys/class/net/eth0/address\n')
    expect(out).to.include('virtio_net')
    expect(out).to.include(v.mac)
  })
})
