// The checker's last look: after the faults, every VM on a VNet answers ping from the host port of
// every other running peer within the bound. It asks the peers' host ports, as a user would.
import { ApiClient } from '../../node/api/client.js'
import type { PingResult } from '../../overlay/switch/host-port.js'
import type { TestnetPeer } from '../state.js'
import { until } from './wait.js'

/** A VM to ping: its address on its VNet, and the one peer the checker sees it run on now, if one. */
export interface PingTarget { id: string, name: string, net: { ref: string, ip: string }, holder: () => number | undefined }

export interface PingCheck {
  targets: readonly PingTarget[]
  peers: readonly TestnetPeer[]
  isRunning: (pid: number) => boolean
  deadline: number
  /** Called once per target and peer that got no answer by the deadline (`fromPeer` undefined: it ran on no single peer). */
  unreachable: (target: PingTarget, fromPeer: number | undefined) => void
  signal?: AbortSignal
}

export interface PingSummary { vms: number, fromPeers: number, worstMs: number | null }

export async function checkPings (c: PingCheck): Promise<PingSummary> {
  const started = Date.now()
  let worst: number | null = null
  let fromPeers = 0
  const left = (): number => Math.max(0, c.deadline - Date.now())
  await Promise.all(c.targets.map(async target => {
    // A sample missed under load (a slow API) leaves a VM with no live copy for a round or two.
    const holder = await until(`${target.name} to run on one peer`, async () => target.holder(), { timeoutMs: left(), everyMs: 250, signal: c.signal }).catch(() => undefined)
    if (holder === undefined) {
      c.unreachable(target, undefined)
      return
    }
    await Promise.all(c.peers.filter(p => p.index !== holder && c.isRunning(p.pid)).map(async peer => {
      fromPeers++
      const api = new ApiClient({ url: peer.api, token: peer.token })
      const answered = await until(`${target.name} to answer ping from peer ${peer.index}`, async () => {
        const r = await api.request<PingResult>('POST', `/v1/nets/${encodeURIComponent(target.net.ref)}/ping`, { ip: target.net.ip, count: 3, intervalMs: 100, timeoutMs: 1000 }, { signal: AbortSignal.timeout(10_000) })
        return r.received > 0
      }, { timeoutMs: left(), everyMs: 500, signal: c.signal }).then(() => true, () => false)
      if (answered) worst = Math.max(worst ?? 0, Date.now() - started)
      else c.unreachable(target, peer.index)
    }))
  }))
  return { vms: c.targets.length, fromPeers, worstMs: worst }
}
