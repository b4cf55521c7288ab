// Builds and removes a NAT plan's namespaces with ip(8) and iptables(8). Every rule lives inside a
// namespace the plan created, so deleting the namespaces removes every veth and rule with them.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { gatewayOf, WAN_PREFIX, type NatPlan } from './topology.js'

const run = promisify(execFile)

export class NetnsError extends Error {
  override name = 'NetnsError'
}

async function sh (cmd: string, ...args: string[]): Promise<void> {
  try {
    await run(cmd, args, { timeout: 15_000 })
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim()
    throw new NetnsError(`${cmd} ${args.join(' ')} failed: ${stderr !== undefined && stderr !== '' ? stderr : (err as Error).message}`, { cause: err })
  }
}

const ip = async (...args: string[]): Promise<void> => { await sh('ip', ...args) }
const inNs = async (ns: string, cmd: string, ...args: string[]): Promise<void> => { await sh('ip', 'netns', 'exec', ns, cmd, ...args) }

/** Refuses clearly when this process cannot build namespaces and NAT rules. */
export async function checkNatPrerequisites (): Promise<void> {
  if (process.getuid?.() !== 0) throw new NetnsError('a NAT testnet needs root: it creates network namespaces and iptables rules (run as root, or drop --nat)')
  for (const [cmd, pkg] of [['ip', 'iproute2'], ['iptables', 'iptables']] as const) {
    await sh(cmd, '-V').catch(() => { throw new NetnsError(`a NAT testnet needs ${cmd} (apt-get install ${pkg})`) })
  }
}

/**
 * Creates every namespace of the plan. `onCreated` hears each namespace as soon as it exists, so
 * a start that fails half-way can still remove what it made.
 */
export async function createNat (plan: NatPlan, onCreated: (ns: string) => void): Promise<void> {
  for (const ns of plan.namespaces) {
    onCreated(ns)
    await ip('netns', 'add', ns)
    await ip('-n', ns, 'link', 'set', 'lo', 'up')
  }
  await ip('-n', plan.wan, 'link', 'add', 'br0', 'type', 'bridge')
  await ip('-n', plan.wan, 'link', 'set', 'br0', 'up')
  for (const peer of plan.peers) {
    // The public leg: the peer itself, or its NAT box, on the bridge.
    const outside = peer.router ?? peer.ns
    const leg = peer.router === undefined ? 'eth0' : 'wan0'
    await ip('-n', plan.wan, 'link', 'add', `p${peer.index}`, 'type', 'veth', 'peer', 'name', leg, 'netns', outside)
    await ip('-n', plan.wan, 'link', 'set', `p${peer.index}`, 'master', 'br0')
    await ip('-n', plan.wan, 'link', 'set', `p${peer.index}`, 'up')
    await ip('-n', outside, 'addr', 'add', `${peer.publicAddr}/24`, 'dev', leg)
    await ip('-n', outside, 'link', 'set', leg, 'up')
    if (peer.router === undefined) continue
    // The private leg: NAT box (x.x.x.1) to peer (x.x.x.2), the peer's default route through it.
    await ip('-n', peer.router, 'link', 'add', 'lan0', 'type', 'veth', 'peer', 'name', 'eth0', 'netns', peer.ns)
    await ip('-n', peer.router, 'addr', 'add', `${gatewayOf(peer)}/24`, 'dev', 'lan0')
    await ip('-n', peer.router, 'link', 'set', 'lan0', 'up')
    await ip('-n', peer.ns, 'addr', 'add', `${peer.addr}/24`, 'dev', 'eth0')
    await ip('-n', peer.ns, 'link', 'set', 'eth0', 'up')
    await ip('-n', peer.ns, 'route', 'add', 'default', 'via', gatewayOf(peer))
    await inNs(peer.router, 'sysctl', '-q', '-w', 'net.ipv4.ip_forward=1')
    // eim: Linux's MASQUERADE keeps the source port when it is free, whatever the destination
    // (endpoint-independent mapping). symmetric: --random-fully picks a new port per connection.
    const random = peer.nat === 'symmetric' ? ['--random-fully'] : []
    await inNs(peer.router, 'iptables', '-t', 'nat', '-A', 'POSTROUTING', '-o', 'wan0', '-s', `${peer.addr}/32`, '-j', 'MASQUERADE', ...random)
    // Nothing unsolicited gets in: only replies to what the peer opened.
    await inNs(peer.router, 'iptables', '-A', 'FORWARD', '-i', 'wan0', '-m', 'conntrack', '--ctstate', 'ESTABLISHED,RELATED', '-j', 'ACCEPT')
    await inNs(peer.router, 'iptables', '-A', 'FORWARD', '-i', 'wan0', '-j', 'DROP')
  }
  if (!plan.peers.every(p => p.publicAddr.startsWith(`${WAN_PREFIX}.`))) throw new NetnsError('a peer outside the testnet range')
}

/** Deletes the namespaces (with their veths and rules); ones already gone are fine. */
export async function destroyNat (namespaces: string[]): Promise<void> {
  for (const ns of [...namespaces].reverse()) {
    await ip('netns', 'delete', ns).catch((err: Error) => {
      if (!/No such file|does not exist|Cannot remove/.test(err.message)) throw err
    })
  }
}
