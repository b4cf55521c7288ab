// The guest's view of a migration: its millisecond counter, read from guest memory by whichever
// peer holds the VM, and the longest wall-clock time it stood still.
import { ApiClient } from '../../node/api/client.js'
import type { VmView } from '../../node/vms/view.js'
import type { TestnetPeer } from '../../testnet/state.js'
import { sleep } from './measure.js'

export interface CounterSample { t: number, counter: number }

/**
 * Samples the guest's counter on every peer in `peers`, each every `periodMs` (not back to back: a
 * closed loop of API reads kept both daemons' main threads busy through the switchover it
 * measures), until `stop` aborts: wall time (the read's midpoint) and counter.
 */
export async function sampleCounter (peers: readonly TestnetPeer[], vmId: string, periodMs: number, stop: AbortSignal): Promise<CounterSample[]> {
  const samples: CounterSample[] = []
  await Promise.all(peers.map(async peer => {
    const client = new ApiClient({ url: peer.api, token: peer.token }, 30_000)
    while (!stop.aborted) {
      const t0 = performance.now()
      const here = await client.request<VmView[]>('GET', '/v1/vms?here=true').catch(() => [])
      const t1 = performance.now()
      const counter = here.find(v => v.id === vmId)?.guest?.counter
      if (counter !== undefined) samples.push({ t: (t0 + t1) / 2, counter })
      await sleep(Math.max(0, t0 + periodMs - performance.now()))
    }
  }))
  return samples.sort((a, b) => a.t - b.t)
}

/**
 * The longest wall-clock time the guest's counter stood still: from the first sample showing a
 * value to the first showing a higher one (whichever peer read it). Accurate to the sampling period.
 */
export function longestStall (samples: readonly CounterSample[]): { stallMs: number, periodMs: number } {
  let max = -Infinity
  let since = samples[0]?.t ?? 0
  let stall = 0
  for (const s of samples) {
    if (s.counter <= max) continue
    if (max !== -Infinity) stall = Math.max(stall, s.t - since)
    max = s.counter
    since = s.t
  }
  const span = (samples.at(-1)?.t ?? 0) - (samples[0]?.t ?? 0)
  return { stallMs: stall, periodMs: samples.length > 1 ? span / (samples.length - 1) : NaN }
}
