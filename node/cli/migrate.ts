// The client end of `vm migrate`: starts a migration at the VM's owner and follows it, with a live
// progress bar on a terminal (round, MB sent, dirty rate, ETA), until it ends. Ctrl-C detaches: the
// migration runs in the daemons and goes on.
import { SingleBar } from 'cli-progress'
import type { ApiClient } from './client.js'
import type { MigrationView } from '../vms/migrations.js'
import { shortId } from './output.js'

const POLL_MS = 150
const MB = 1e6

export function isFinished (m: MigrationView): boolean {
  return m.phase === 'committed' || m.phase === 'aborted'
}

/** Polls until the migration ends (or `signal` aborts: detached); returns its last report. */
export async function follow (client: ApiClient, started: MigrationView, options: { tty: boolean, signal: AbortSignal }): Promise<MigrationView> {
  const bar = options.tty
    ? new SingleBar({ format: ' {phase} |{bar}| round {round} · {sent} MB sent · dirty {dirty} MB/s · link {bw} MB/s · ETA {eta}', hideCursor: true, clearOnComplete: true, stream: process.stderr })
    : undefined
  let view = started
  bar?.start(1, 0, fields(view))
  try {
    while (!isFinished(view) && !options.signal.aborted) {
      await new Promise(resolve => setTimeout(resolve, POLL_MS))
      view = await client.request<MigrationView>('GET', `/v1/migrations/${view.id}`, undefined, { signal: AbortSignal.any([options.signal, AbortSignal.timeout(10_000)]) }).catch(() => view)
      // The first round carries most of the pages: progress is its share, then rounds closing in.
      const p = view.progress
      const done = isFinished(view) ? 1 : p.round === 0 ? 0 : Math.min(0.99, 1 - 0.5 ** p.round)
      bar?.update(done, fields(view))
    }
  } finally {
    bar?.stop()
  }
  return view
}

function fields (v: MigrationView): Record<string, string | number> {
  const p = v.progress
  return {
    phase: v.phase.padEnd(10),
    round: p.round,
    sent: (p.bytesSent / MB).toFixed(1),
    dirty: (p.dirtyBytesPerSec / MB).toFixed(1),
    bw: (p.bandwidthBytesPerSec / MB).toFixed(0),
    eta: p.etaMs > 0 ? `${Math.ceil(p.etaMs)} ms` : '-'
  }
}

export function report (v: MigrationView): string {
  const lines = [
    `${v.vmName} (${v.vm}) ${v.phase === 'committed' ? 'moved' : 'did not move'}: ${shortId(v.from)} → ${shortId(v.to)} (${v.mode})`,
    `total ${v.totalMs ?? '?'} ms${v.downtimeMs === undefined ? '' : `, downtime ${v.downtimeMs} ms`}, ${(v.bytes / MB).toFixed(1)} MB sent in ${v.rounds} round${v.rounds === 1 ? '' : 's'}`,
    `pages per round: ${v.pagesPerRound.join(', ') || '-'}`
  ]
  if (v.reason !== undefined) lines.push(`reason: ${v.reason}`)
  return lines.join('\n')
}
