// Migration reports to and from their wire form (the source answers other peers in it).
import { peerIdFromString } from '@libp2p/peer-id'
import type { supercloud } from '../../proto/gen/wire.js'
import { peerIdFromBytes } from '../../overlay/signing/index.js'
import { breakdownFrom, type DowntimeBreakdown, type MigrationPhase } from '../../overlay/migration/types.js'
import type { MigrationPath, MigrationView } from './migrate-out.js'

const PATHS: readonly MigrationPath[] = ['direct', 'holepunched', 'relayed']
const PHASES: readonly MigrationPhase[] = ['offered', 'precopy', 'switchover', 'committing', 'committed', 'aborted', 'unknown']

export function toMigrationMsg (v: MigrationView): supercloud.vm.IMigrationInfo {
  return {
    id: v.id,
    vmId: v.vm,
    vmName: v.vmName,
    from: peerIdFromString(v.from).toMultihash().bytes,
    to: peerIdFromString(v.to).toMultihash().bytes,
    mode: v.mode,
    phase: v.phase,
    startedAtMs: Date.parse(v.startedAt),
    endedAtMs: v.endedAt === undefined ? 0 : Date.parse(v.endedAt),
    reason: v.reason ?? '',
    totalMs: v.totalMs ?? 0,
    downtimeMs: v.downtimeMs ?? 0,
    bytes: v.bytes,
    rounds: v.rounds,
    pagesPerRound: v.pagesPerRound,
    round: v.progress.round,
    lastRoundBytes: v.progress.lastRoundBytes,
    dirtyBytesPerSec: v.progress.dirtyBytesPerSec,
    bandwidthBytesPerSec: v.progress.bandwidthBytesPerSec,
    etaMs: v.progress.etaMs,
    throttleMs: v.progress.throttleMs,
    downtimeBreakdown: v.downtimeBreakdownMs ?? null,
    streamMbps: v.streamMBps ?? 0,
    pingGapMs: v.pingGapMs ?? 0,
    path: v.path ?? '',
    carrier: v.carrier ?? '',
    diskBytes: v.disk?.bytes ?? 0,
    diskBlocksResent: v.disk?.resent ?? 0,
    diskLastBlocks: v.disk?.lastBlocks ?? 0,
    diskLastMs: v.disk?.lastMs ?? 0
  }
}

export function fromMigrationMsg (m: supercloud.vm.IMigrationInfo): MigrationView {
  const phase = PHASES.includes(m.phase as MigrationPhase) ? m.phase as MigrationPhase : 'unknown'
  const n = (x: number | null | undefined): number => Number.isFinite(x) ? Number(x) : 0
  return {
    id: String(m.id ?? '').slice(0, 40),
    vm: String(m.vmId ?? '').slice(0, 40),
    vmName: String(m.vmName ?? '').slice(0, 64),
    from: peerIdFromBytes(m.from ?? new Uint8Array()).toString(),
    to: peerIdFromBytes(m.to ?? new Uint8Array()).toString(),
    mode: m.mode === 'stopcopy' ? 'stopcopy' : 'precopy',
    phase,
    startedAt: new Date(n(m.startedAtMs)).toISOString(),
    ...(n(m.endedAtMs) === 0 ? {} : { endedAt: new Date(n(m.endedAtMs)).toISOString() }),
    ...((m.reason ?? '') === '' ? {} : { reason: String(m.reason).slice(0, 1000) }),
    ...(n(m.totalMs) === 0 ? {} : { totalMs: n(m.totalMs) }),
    ...(phase === 'committed' ? { downtimeMs: n(m.downtimeMs) } : {}),
    ...(phase === 'committed' && m.downtimeBreakdown != null ? { downtimeBreakdownMs: breakdownOf(m.downtimeBreakdown, n) } : {}),
    ...(n(m.streamMbps) === 0 ? {} : { streamMBps: n(m.streamMbps) }),
    ...(phase === 'committed' && n(m.pingGapMs) > 0 ? { pingGapMs: n(m.pingGapMs) } : {}),
    ...(PATHS.includes(m.path as MigrationPath) ? { path: m.path as MigrationPath } : {}),
    ...(m.carrier === 'lane' || m.carrier === 'stream' ? { carrier: m.carrier } : {}),
    ...(n(m.diskBytes) === 0 ? {} : { disk: { bytes: n(m.diskBytes), resent: n(m.diskBlocksResent), lastBlocks: n(m.diskLastBlocks), lastMs: n(m.diskLastMs) } }),
    bytes: n(m.bytes),
    rounds: n(m.rounds),
    pagesPerRound: (m.pagesPerRound ?? []).slice(0, 1000),
    progress: { phase, round: n(m.round), bytesSent: n(m.bytes), lastRoundBytes: n(m.lastRoundBytes), dirtyBytesPerSec: n(m.dirtyBytesPerSec), bandwidthBytesPerSec: n(m.bandwidthBytesPerSec), etaMs: n(m.etaMs), throttleMs: n(m.throttleMs) }
  }
}

function breakdownOf (b: supercloud.vm.IDowntimeBreakdown, n: (x: number | null | undefined) => number): DowntimeBreakdown {
  return breakdownFrom(part => n(b[part]))
}
