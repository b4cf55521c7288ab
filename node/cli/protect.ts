// `vm protect`, `vm unprotect` and `vm create --ha`'s options: replication to a standby.
import type { Command } from 'commander'
import type { VmView } from '../vms/view.js'
import { action, clientFor, withClientOptions, type CommonFlags } from './common.js'
import { emit, shortId } from './output.js'
import { parseDuration } from './duration.js'

const SLOW_MS = 120_000

export interface HaFlags {
  ha?: boolean
  standby?: string
  checkpointInterval?: string
}

/** The API body's HA part, from `--ha [--standby …] [--checkpoint-interval …]`; pure, and checked. */
export function haBody (flags: HaFlags): { standby?: string, checkpointIntervalMs?: number } {
  return {
    ...(flags.standby === undefined ? {} : { standby: flags.standby }),
    ...(flags.checkpointInterval === undefined ? {} : { checkpointIntervalMs: Math.round(parseDuration(flags.checkpointInterval, '--checkpoint-interval')) })
  }
}

export function withHaOptions (command: Command): Command {
  return command
    .option('--standby <peer>', 'the standby: a peer id (or unique part), or provider:NAME (default: a peer of another provider)')
    .option('--checkpoint-interval <duration>', 'how often a checkpoint goes to the standby (default 100ms)')
}

/** One line on a VM's protection. */
export function describeProtection (vm: VmView): string {
  const p = vm.protection
  if (p === undefined || p.state === 'unprotected') return 'unprotected'
  const age = p.lastCheckpointAgeMs === undefined ? '' : `, last checkpoint ${p.lastCheckpointAgeMs} ms ago`
  return `${p.state}, standby ${shortId(p.standby ?? '?')}, checkpoint ${p.epoch} every ${p.intervalMs} ms${age}, ${p.framesHeld} frames held` + (p.reason === undefined ? '' : ` (${p.reason})`)
}

export function registerProtectCommands (vm: Command): void {
  withHaOptions(withClientOptions(vm.command('protect').description('replicate a VM to a standby peer, which runs it if its host dies (needs 3 members)')))
    .argument('<vm>', 'id, unique id prefix, or name')
    .action(action(async (ref: string, flags: CommonFlags & HaFlags) => {
      const after = await clientFor(flags).request<VmView>('POST', `/v1/vms/${encodeURIComponent(ref)}/protect`, haBody(flags), { signal: AbortSignal.timeout(SLOW_MS) })
      emit(flags, after, () => `${after.name} (${after.id}): ${describeProtection(after)}`)
    }))

  withClientOptions(vm.command('unprotect').description('stop replicating a VM; its standby frees the replica'))
    .argument('<vm>', 'id, unique id prefix, or name')
    .action(action(async (ref: string, flags: CommonFlags) => {
      const after = await clientFor(flags).request<VmView>('POST', `/v1/vms/${encodeURIComponent(ref)}/unprotect`, {}, { signal: AbortSignal.timeout(SLOW_MS) })
      emit(flags, after, () => `${after.name} (${after.id}): ${describeProtection(after)}`)
    }))
}
