// The client end of `vm migrate`: starts a migration at the VM's owner and follows it, with a live
// progress bar on a terminal (round, MB sent, dirty rate, ETA), until it ends. Ctrl-C detaches: the
// migration runs in the daemons and goes on.
import { SingleBar } from 'cli-progress'
import { CliError } from './client.js'
import type { ApiClient } from '../api/client.js'
import type { MigrationView } from '../vms/migrate-out.js'
import type { MoveReport } from '../vms/moves.js'
import { shortId, table } from './output.js'

const POLL_MS = 150
/** A drain or a VNet's move answers when every VM moved. */
export const MOVES_TIMEOUT_MS = 3_600_000
/** Polls that fail for this long (the peer that runs it, or the one asked, died) end the follow. */
const LOST_CONTACT_MS = 10_000
const MB = 1e6

/** Where following stops: the end, or a handoff whose outcome waits for the destination to be heard. */
export function isFinished (m: MigrationView): boolean {
  return m.phase === 'committed' || m.phase === 'aborted' || m.phase === 'unknown'
}

/** Polls until the migration ends (or `signal` aborts: detached); returns its last report. */
export async function follow (client: ApiClient, started: MigrationView, options: { tty: boolean, signal: AbortSignal }): Promise<MigrationView> {
  const bar = options.tty
    ? new SingleBar({ format: ' {phase} |{bar}| round {round} · {sent} MB sent · dirty {dirty} MB/s · link {bw} MB/s · ETA {eta}', hideCursor: true, clearOnComplete: true, stream: process.stderr })
    : undefined
  let view = started
  let failingSince: number | undefined
  bar?.start(1, 0, fields(view))
  try {
    while (!isFinished(view) && !options.signal.aborted) {
      await new Promise(resolve => setTimeout(resolve, POLL_MS))
      try {
        view = await client.request<MigrationView>('GET', `/v1/migrations/${view.id}`, undefined, { signal: AbortSignal.any([options.signal, AbortSignal.timeout(LOST_CONTACT_MS)]) })
        failingSince = undefined
      } catch (err) {
        if (options.signal.aborted) break
        failingSince ??= performance.now()
        if (performance.now() - failingSince > LOST_CONTACT_MS) throw new CliError(`lost contact with the migration ${view.id} (${(err as Error).message}); it was ${view.phase}: see vm migrations and vm show ${view.vmName}`)
      }
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
    `${v.vmName} (${v.vm}) ${v.phase === 'committed' ? 'moved' : v.phase === 'unknown' ? 'was handed off, but the destination has not answered' : 'did not move'}: ${shortId(v.from)} → ${shortId(v.to)} (${v.mode})`
  ]
  if (v.downtimeMs !== undefined) lines.push(felt(v))
  lines.push(
    `total ${v.totalMs ?? '?'} ms, ${(v.bytes / MB).toFixed(1)} MB sent in ${v.rounds} round${v.rounds === 1 ? '' : 's'}${v.streamMBps === undefined ? '' : ` at ${v.streamMBps} MB/s`}${v.path === undefined ? '' : ` over a ${v.path} connection`}${v.carrier === 'lane' ? ', on a lane' : ''}`,
    `pages per round: ${v.pagesPerRound.join(', ') || '-'}`
  )
  if (v.reason !== undefined) lines.push(`reason: ${v.reason}`)
  if (v.phase === 'unknown') lines.push(`the VM waits paused on ${shortId(v.from)} until ${shortId(v.to)} answers: it then runs there, or resumes here (see vm migrations)`)
  return lines.join('\n')
}

/**
 * What the guest and its clients felt, first: the longest gap between replies to pings (for a VM on
 * a VNet) and the pause, host-measured.
 */
export function felt (v: Pick<MigrationView, 'downtimeMs' | 'pingGapMs'>): string {
  const paused = `paused ${v.downtimeMs ?? '?'} ms (source pause → destination running)`
  return v.pingGapMs === undefined
    ? `the guest felt: ${paused}`
    : `the guest felt: ping gap ${v.pingGapMs} ms (pings every 10 ms from the source peer), ${paused}`
}

/** A report per VM of a drain or a VNet's move; `ok` is false if any VM that had to move did not. */
export function movesReport (moves: MoveReport[]): { text: string, ok: boolean } {
  const ok = moves.every(m => m.outcome === 'committed' || m.outcome === 'skipped')
  if (moves.length === 0) return { text: 'no VMs to move', ok }
  const rows = moves.map(m => ({ ...m, from: shortId(m.from), to: m.to === undefined ? '-' : shortId(m.to), downtime: m.downtimeMs === undefined ? '-' : `${m.downtimeMs} ms`, total: m.totalMs === undefined ? '-' : `${m.totalMs} ms`, reason: m.reason ?? '' }))
  const moved = moves.filter(m => m.outcome === 'committed').length
  return { text: `${table(rows, ['name', 'outcome', 'from', 'to', 'downtime', 'total', 'reason'])}
${moved} of ${moves.length} moved`, ok }
}
