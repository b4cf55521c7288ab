// The guest's view of a migration: its millisecond counter, read from guest memory by whichever
// peer holds the VM, and the longest wall-clock time it stood still.
import { ApiClient } from '../../node/api/client.js'
import type { TestnetPeer } from '../../testnet/state.js'

/** A trace outlasts any one migration the benchmarks watch. */
const TRACE_MS = 10 * 60_000

export interface CounterSample { t: number, counter: number }

/**
 * The guest's counter on every peer in `peers`, read every `periodMs` by each daemon while it holds
 * the VM (a guest trace: one streamed answer per peer), until `stop` aborts: the read's time on the
 * host's clock, and the counter. Asked for read by read instead (an API request each, 200 a second
 * from each daemon: ~1.4 ms of CPU per read against ~0.5), the reads took a quarter of this 2-core
 * machine from the move they measured.
 */
export async function sampleCounter (peers: readonly TestnetPeer[], vmId: string, periodMs: number, stop: AbortSignal): Promise<CounterSample[]> {
  const samples: CounterSample[] = []
  await Promise.all(peers.map(async peer => {
    const client = new ApiClient({ url: peer.api, token: peer.token }, 30_000)
    await client.lines<{ t: number, counter: number }>(`/v1/vms/${vmId}/guest-trace?everyMs=${periodMs}&forMs=${TRACE_MS}`, line => {
      samples.push({ t: line.t, counter: line.counter })
    }, { signal: stop })
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
