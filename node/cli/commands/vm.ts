// `supercloud vm …`: create, list and drive VMs anywhere in the cloud from any peer's API.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { writeSecret } from '../../identity.js'
import type { VmView } from '../../vms/view.js'
import { CliError } from '../client.js'
import { action, clientFor, withClientOptions, type CommonFlags } from '../common.js'
import { emit, shortId, table } from '../output.js'
import { formatSize, parseSize } from '../size.js'
import { runConsole } from '../console.js'
import { parseDuration } from '../duration.js'
import { describeProtection, haBody, registerProtectCommands, withHaOptions, type HaFlags } from '../protect.js'
import { follow, isFinished, report } from '../migrate.js'
import type { MigrationView } from '../../vms/migrate-out.js'

const SLOW_MS = 300_000

interface CreateFlags extends CommonFlags, HaFlags {
  image: string
  memory?: string
  name?: string
  pin?: boolean
  on?: string
  nic?: string
  net?: string
  busy?: boolean
  dirtyRate?: string
  dirtyPercent?: string
  fillRam?: boolean
  disk?: string
}

function count (text: string, what: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 0) throw new CliError(`${what}: not a whole number: ${text}`)
  return n
}

function vmPath (vm: string, rest = ''): string {
  return `/v1/vms/${encodeURIComponent(vm)}${rest}`
}

function row (vm: VmView): Record<string, unknown> {
  return {
    id: shortId(vm.id),
    name: vm.name,
    phase: vm.phase + (vm.stale === true ? '?' : ''),
    image: vm.image,
    memory: formatSize(vm.memory),
    peer: shortId(vm.peer),
    provider: vm.provider,
    mac: vm.mac,
    counter: vm.guest?.counter,
    bootId: vm.guest?.bootId
  }
}

function describe (vm: VmView): string {
  const lines: Array<[string, unknown]> = [
    ['id', vm.id], ['name', vm.name], ['phase', vm.phase + (vm.reason === undefined ? '' : ` (${vm.reason})`)], ['image', vm.image],
    ['memory', formatSize(vm.memory)], ['nic', `${vm.nic} ${vm.mac}${vm.guestMac === undefined ? '' : ` (guest holds ${vm.guestMac})`}`],
    ['peer', `${vm.peer} (${vm.provider}/${vm.region})`], ['epoch', vm.epoch], ['created', vm.createdAt]
  ]
  if (vm.disks !== undefined) lines.push(['disks', vm.disks.join(', ')])
  if (vm.guest !== undefined) {
    lines.push(['counter', `${vm.guest.counter} ms`], ['boot id', vm.guest.bootId], ['guest', `ip ${vm.guest.ip}, ${vm.guest.framesReceived} frames in, ${vm.guest.framesSent} out, ${vm.guest.pagesDirtied} pages dirtied`])
  }
  if (vm.guestLive !== undefined) lines.push(['live', `counter ${vm.guestLive.counter} ms (ahead of the last acknowledged checkpoint)`])
  lines.push(['ha', describeProtection(vm)])
  if (vm.note !== undefined) lines.push(['note', vm.note])
  if (vm.stale === true) lines.push(['stale', 'its peer did not answer: this is its last published record'])
  return lines.map(([k, v]) => `${k.padEnd(8)} ${String(v)}`).join('\n')
}

export function registerVmCommands (program: Command): void {
  const vm = program.command('vm').description('virtual machines: create, list, drive, snapshot, console')

  withHaOptions(withClientOptions(vm.command('create').description('create and boot a VM (on the peer asked, unless --on)')))
    .option('--ha', 'protect it: replicate it to a standby that runs it if its host dies (see vm protect)')
    .requiredOption('--image <image>', 'tiny | linux')
    .option('--memory <size>', 'guest RAM, e.g. 32M, 1G (default: the image\'s)')
    .option('--name <name>', 'a name unique in the cloud (default: image-<id>)')
    .option('--on <peer>', 'a peer id (or unique part of one), provider:NAME, or auto (the cheapest schedulable peer with room, weighing revocation risk)')
    .option('--pin', 'keep it where it is: no drain, rebalancing or topology move takes it (an evacuation does)')
    .option('--nic <model>', 'ne2k | virtio (linux has both; tiny has ne2k)')
    .option('--net <net>', 'plug it into VNet NAME, at a free address or NAME:IP')
    .option('--busy', 'tiny: spin between timer ticks instead of halting (a CPU load)')
    .option('--dirty-rate <pages>', 'tiny: pages written per second (the migration workload)')
    .option('--dirty-percent <p>', 'tiny: share of free RAM the written pages spread over (1-100)')
    .option('--fill-ram', 'tiny: fill free RAM with non-zero data at boot')
    .option('--disk <names>', 'attach disks NAME[,NAME] (hda, hdb): each free and on the peer the VM is created on')
    .action(action(async (flags: CreateFlags) => {
      const tiny = flags.busy === true || flags.dirtyRate !== undefined || flags.dirtyPercent !== undefined || flags.fillRam === true
        ? {
            ...(flags.busy === true ? { busy: true } : {}),
            ...(flags.dirtyRate === undefined ? {} : { dirtyPagesPerSec: count(flags.dirtyRate, '--dirty-rate') }),
            ...(flags.dirtyPercent === undefined ? {} : { dirtyPercent: count(flags.dirtyPercent, '--dirty-percent') }),
            ...(flags.fillRam === true ? { fillRam: true } : {})
          }
        : undefined
      const body = {
        image: flags.image,
        ...(flags.memory === undefined ? {} : { memoryBytes: parseSize(flags.memory, '--memory') }),
        ...(flags.name === undefined ? {} : { name: flags.name }),
        ...(flags.on === undefined ? {} : { on: flags.on }),
        ...(flags.nic === undefined ? {} : { nic: flags.nic }),
        ...(flags.net === undefined ? {} : { net: flags.net }),
        ...(flags.pin === true ? { pinned: true } : {}),
        ...(flags.disk === undefined ? {} : { disks: flags.disk.split(',').map(d => d.trim()).filter(d => d !== '') }),
        ...(tiny === undefined ? {} : { tiny }),
        ...(flags.ha === true ? { ha: haBody(flags) } : {})
      }
      const created = await clientFor(flags).request<VmView>('POST', '/v1/vms', body, { signal: AbortSignal.timeout(SLOW_MS) })
      emit(flags, created, () => `${created.name} (${created.id}) is ${created.phase} on ${shortId(created.peer)} (${created.provider})`)
    }))

  registerProtectCommands(vm)

  withClientOptions(vm.command('ls').description('every VM in the cloud'))
    .option('--here', 'only those this peer holds itself')
    .action(action(async (flags: CommonFlags & { here?: boolean }) => {
      const vms = await clientFor(flags).request<VmView[]>('GET', flags.here === true ? '/v1/vms?here=true' : '/v1/vms')
      emit(flags, vms, () => vms.length === 0 ? 'no VMs' : table(vms.map(row), ['id', 'name', 'phase', 'image', 'memory', 'peer', 'provider', 'mac', 'counter']))
    }))

  withClientOptions(vm.command('show').description('one VM, with its guest\'s own state (tiny: counter and boot id)'))
    .argument('<vm>', 'id, unique id prefix, or name')
    .action(action(async (ref: string, flags: CommonFlags) => {
      const shown = await clientFor(flags).request<VmView>('GET', vmPath(ref))
      emit(flags, shown, () => describe(shown))
    }))

  for (const [name, what] of [['start', 'boot a stopped, failed or lost VM afresh'], ['pause', 'stop executing the guest (RAM and devices stay)'], ['resume', 'continue a paused VM'], ['stop', 'power the VM off (its RAM is dropped)']] as const) {
    withClientOptions(vm.command(name).description(what))
      .argument('<vm>', 'id, unique id prefix, or name')
      .action(action(async (ref: string, flags: CommonFlags) => {
        const after = await clientFor(flags).request<VmView>('POST', vmPath(ref, `/${name}`), undefined, { signal: AbortSignal.timeout(SLOW_MS) })
        emit(flags, after, () => `${after.name} (${after.id}) is ${after.phase}`)
      }))
  }

  withClientOptions(vm.command('attach').description('plug the VM\'s NIC into a VNet (tiny guests take the address at once, Linux at its next boot), or attach a disk to a stopped VM'))
    .argument('<vm>', 'id, unique id prefix, or name')
    .option('--net <net>', 'NAME or NAME:IP')
    .option('--disk <disk>', 'a disk (name or id) on the VM\'s peer, not attached elsewhere')
    .action(action(async (ref: string, flags: CommonFlags & { net?: string, disk?: string }) => {
      if ((flags.net === undefined) === (flags.disk === undefined)) throw new CliError('give one of --net or --disk')
      if (flags.disk !== undefined) {
        const withDisk = await clientFor(flags).request<VmView>('POST', vmPath(ref, '/disks'), { disk: flags.disk }, { signal: AbortSignal.timeout(SLOW_MS) })
        emit(flags, withDisk, () => `${withDisk.name} has disks ${(withDisk.disks ?? []).join(', ')}`)
        return
      }
      const after = await clientFor(flags).request<VmView>('POST', vmPath(ref, '/attach'), { net: flags.net }, { signal: AbortSignal.timeout(SLOW_MS) })
      emit(flags, after, () => `${after.name} is on VNet ${after.net?.name ?? String(after.net?.id)} at ${after.net?.ip ?? '?'}` + (after.note === undefined ? '' : `\nnote: ${after.note}`))
    }))

  withClientOptions(vm.command('detach').description('unplug the VM\'s NIC from its VNet (its address goes back), or detach a disk from a stopped VM'))
    .argument('<vm>', 'id, unique id prefix, or name')
    .option('--disk <disk>', 'detach this disk (it stays, free) instead of the NIC')
    .action(action(async (ref: string, flags: CommonFlags & { disk?: string }) => {
      if (flags.disk !== undefined) {
        const withDisk = await clientFor(flags).request<VmView>('POST', vmPath(ref, '/disks'), { disk: flags.disk, detach: true }, { signal: AbortSignal.timeout(SLOW_MS) })
        emit(flags, withDisk, () => `${withDisk.name} has disks ${(withDisk.disks ?? []).join(', ') || 'none'}`)
        return
      }
      const after = await clientFor(flags).request<VmView>('POST', vmPath(ref, '/detach'), undefined, { signal: AbortSignal.timeout(SLOW_MS) })
      emit(flags, after, () => `${after.name} is detached`)
    }))

  withClientOptions(vm.command('migrate').description('live-migrate a VM to another peer (the daemons run it; Ctrl-C only detaches)'))
    .argument('<vm>', 'id, unique id prefix, or name')
    .option('--to <peer>', 'a peer id (or unique part of one), or provider:NAME')
    .option('--mode <mode>', 'precopy (live) or stopcopy (pause, send everything, resume)', 'precopy')
    .option('--downtime-target <duration>', 'pre-copy switches over once what is left fits this', '20ms')
    .option('--cancel', 'cancel the migration of this VM (it keeps running where it is)')
    .action(action(async (ref: string, flags: CommonFlags & { to?: string, mode: string, downtimeTarget: string, cancel?: boolean }) => {
      const client = clientFor(flags)
      if (flags.cancel === true) {
        const cancelled = await client.request<MigrationView>('DELETE', vmPath(ref, '/migrate'))
        emit(flags, cancelled, () => `cancelling the migration ${cancelled.id} of ${cancelled.vmName}`)
        return
      }
      if (flags.to === undefined) throw new CliError('--to is needed (a peer, or provider:NAME)')
      if (flags.mode !== 'precopy' && flags.mode !== 'stopcopy') throw new CliError(`--mode: precopy or stopcopy, not ${flags.mode}`)
      const started = await client.request<MigrationView>('POST', vmPath(ref, '/migrate'), { to: flags.to, mode: flags.mode, downtimeTargetMs: parseDuration(flags.downtimeTarget, '--downtime-target') }, { signal: AbortSignal.timeout(SLOW_MS) })
      const detach = new AbortController()
      const onSigint = (): void => { detach.abort() }
      process.once('SIGINT', onSigint)
      const done = await follow(client, started, { tty: process.stderr.isTTY && flags.json !== true, signal: detach.signal })
      process.removeListener('SIGINT', onSigint)
      if (!isFinished(done)) {
        process.stderr.write(`detached: migration ${done.id} goes on in the daemons (supercloud vm migrations)\n`)
        emit(flags, done, () => '')
        return
      }
      emit(flags, done, () => report(done))
      if (done.phase !== 'committed') process.exitCode = done.phase === 'unknown' ? 2 : 1
    }))

  withClientOptions(vm.command('migrations').description('migrations in flight and recent, from every peer'))
    .action(action(async (flags: CommonFlags) => {
      const all = await clientFor(flags).request<MigrationView[]>('GET', '/v1/migrations')
      emit(flags, all, () => all.length === 0 ? 'no migrations' : table(all.map(m => ({ ...m, from: shortId(m.from), to: shortId(m.to), MB: (m.bytes / 1e6).toFixed(1), downtime: m.downtimeMs === undefined ? '-' : `${m.downtimeMs} ms`, total: m.totalMs === undefined ? '-' : `${m.totalMs} ms` })), ['id', 'vmName', 'phase', 'mode', 'from', 'to', 'rounds', 'MB', 'downtime', 'total', 'startedAt']))
    }))

  withClientOptions(vm.command('rm').description('destroy a VM, in any phase (what is in flight is cancelled first); its disks stay, detached'))
    .argument('<vm>', 'id, unique id prefix, or name')
    .option('--with-disks', 'remove its disks too')
    .action(action(async (ref: string, flags: CommonFlags & { withDisks?: boolean }) => {
      await clientFor(flags).request<undefined>('DELETE', vmPath(ref, flags.withDisks === true ? '?withDisks=true' : ''), undefined, { signal: AbortSignal.timeout(SLOW_MS) })
      emit(flags, { vm: ref, destroyed: true }, () => `destroyed ${ref}`)
    }))

  withClientOptions(vm.command('snapshot').description('save a snapshot of a running or paused VM to a file on this machine (mode 0600)'))
    .argument('<vm>', 'id, unique id prefix, or name')
    .argument('<file>', 'where to write it')
    .option('--force', 'overwrite an existing file')
    .action(action(async (ref: string, file: string, flags: CommonFlags & { force?: boolean }) => {
      if (existsSync(file) && flags.force !== true) throw new CliError(`${file} exists (use --force to replace it)`)
      const bytes = await clientFor(flags).requestBytes('GET', vmPath(ref, '/snapshot'), undefined, { signal: AbortSignal.timeout(SLOW_MS) })
      await writeSecret(file, bytes)
      emit(flags, { vm: ref, file, bytes: bytes.byteLength }, () => `snapshot of ${ref}: ${file} (${(bytes.byteLength / 1048576).toFixed(1)} MiB)`)
    }))

  withClientOptions(vm.command('restore').description('restore a snapshot file as a new VM (on the peer asked, unless --on)'))
    .argument('<file>', 'a file written by `vm snapshot`')
    .option('--on <peer>', 'a peer id (or unique part of one), or provider:NAME')
    .option('--name <name>', 'name of the new VM (default: the snapshot\'s, when free)')
    .action(action(async (file: string, flags: CommonFlags & { on?: string, name?: string }) => {
      let bytes: Uint8Array
      try {
        bytes = await readFile(file)
      } catch (err) {
        throw new CliError(`cannot read ${file}: ${(err as Error).message}`)
      }
      const query = new URLSearchParams({ ...(flags.on === undefined ? {} : { on: flags.on }), ...(flags.name === undefined ? {} : { name: flags.name }) })
      const restored = await clientFor(flags).upload<VmView>(`/v1/vms/restore${query.size > 0 ? `?${query.toString()}` : ''}`, bytes, { signal: AbortSignal.timeout(SLOW_MS) })
      emit(flags, restored, () => `${restored.name} (${restored.id}) restored, ${restored.phase} on ${shortId(restored.peer)}` + (restored.note === undefined ? '' : `\nnote: ${restored.note}`))
    }))

  withClientOptions(vm.command('logs').description('the last 64 KiB of the VM\'s serial console output'))
    .argument('<vm>', 'id, unique id prefix, or name')
    .action(action(async (ref: string, flags: CommonFlags) => {
      const bytes = await clientFor(flags).requestBytes('GET', vmPath(ref, '/logs'))
      if (flags.json === true) emit(flags, { vm: ref, logs: Buffer.from(bytes).toString('utf8') }, () => '')
      else process.stdout.write(bytes)
    }))

  withClientOptions(vm.command('console').description('attach to the VM\'s serial console (detach: Ctrl-]); with stdin not a terminal, send stdin and print the output'))
    .argument('<vm>', 'id, unique id prefix, or name')
    .option('--grace <duration>', 'script mode: how long to keep printing after stdin ends', '1s')
    .action(action(async (ref: string, flags: CommonFlags & { grace: string }) => {
      await runConsole(clientFor(flags).target, ref, { graceMs: parseDuration(flags.grace, '--grace') })
    }))
}
