// `supercloud image …` and `supercloud disk …` (issue 17): base images go from this machine into the
// cloud, known by their hash; disks are made on the peer asked (blank, or over an image), listed
// cloud-wide, and removed where they live.
import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import type { CloudDisk, CloudImage } from '../../../overlay/records/index.js'
import { CliError } from '../client.js'
import { action, clientFor, withClientOptions, type CommonFlags } from '../common.js'
import { emit, shortId, table } from '../output.js'
import { formatSize, parseSize } from '../size.js'

const SLOW_MS = 300_000

function diskRow (d: CloudDisk): Record<string, unknown> {
  return { id: d.id, name: d.name, size: formatSize(d.sizeBytes), written: formatSize(d.writtenBytes), base: d.baseSha256?.slice(0, 12) ?? '-', vm: d.vmId ?? '-', peer: shortId(d.owner), epoch: d.epoch }
}

export function registerDiskCommands (program: Command): void {
  const image = program.command('image').description('base images for disks: content-addressed, shared by every disk made from them')

  withClientOptions(image.command('import').description('upload a raw disk image from this machine to the peer asked'))
    .argument('<file>', 'a raw image')
    .option('--name <name>', 'a name for it (default: the start of its hash)')
    .action(action(async (file: string, flags: CommonFlags & { name?: string }) => {
      const bytes = await readFile(file).catch((err: Error) => { throw new CliError(`cannot read ${file}: ${err.message}`) })
      const query = flags.name === undefined ? '' : `?name=${encodeURIComponent(flags.name)}`
      const imported = await clientFor(flags).upload<CloudImage>(`/v1/images${query}`, bytes, { signal: AbortSignal.timeout(SLOW_MS) })
      emit(flags, imported, () => `image ${imported.name} ${imported.sha256} (${formatSize(imported.sizeBytes)})`)
    }))

  withClientOptions(image.command('ls').description('every image in the cloud, with the peers that hold it'))
    .action(action(async (flags: CommonFlags) => {
      const all = await clientFor(flags).request<CloudImage[]>('GET', '/v1/images')
      emit(flags, all, () => all.length === 0 ? 'no images' : table(all.map(i => ({ sha256: i.sha256, name: i.name, size: formatSize(i.sizeBytes), peers: i.peers.map(shortId).join(',') })), ['sha256', 'name', 'size', 'peers']))
    }))

  withClientOptions(image.command('rm').description('remove an image from the peer asked (refused while a disk there is made from it)'))
    .argument('<image>', 'hash, hash prefix or name')
    .action(action(async (ref: string, flags: CommonFlags) => {
      await clientFor(flags).request<undefined>('DELETE', `/v1/images/${encodeURIComponent(ref)}`)
      emit(flags, { image: ref, removed: true }, () => `removed image ${ref}`)
    }))

  const disk = program.command('disk').description('persistent disks: each lives on its VM\'s peer and moves with it')

  withClientOptions(disk.command('create').description('make a disk on the peer asked: blank, or copy-on-write over an image'))
    .argument('<name>', 'a name unique in the cloud')
    .requiredOption('--size <size>', 'e.g. 256M, 1G')
    .option('--from <image>', 'an image (hash, hash prefix or name) the disk starts as')
    .action(action(async (name: string, flags: CommonFlags & { size: string, from?: string }) => {
      const body = { name, sizeBytes: parseSize(flags.size, '--size'), ...(flags.from === undefined ? {} : { from: flags.from }) }
      const made = await clientFor(flags).request<CloudDisk>('POST', '/v1/disks', body, { signal: AbortSignal.timeout(SLOW_MS) })
      emit(flags, made, () => `disk ${made.name} (${made.id}), ${formatSize(made.sizeBytes)}, on ${shortId(made.owner)}`)
    }))

  withClientOptions(disk.command('ls').description('every disk in the cloud'))
    .action(action(async (flags: CommonFlags) => {
      const all = await clientFor(flags).request<CloudDisk[]>('GET', '/v1/disks')
      emit(flags, all, () => all.length === 0 ? 'no disks' : table(all.map(diskRow), ['id', 'name', 'size', 'written', 'base', 'vm', 'peer', 'epoch']))
    }))

  withClientOptions(disk.command('show').description('one disk'))
    .argument('<disk>', 'id, unique id prefix, or name')
    .action(action(async (ref: string, flags: CommonFlags) => {
      const d = await clientFor(flags).request<CloudDisk>('GET', `/v1/disks/${encodeURIComponent(ref)}`)
      emit(flags, d, () => Object.entries({ ...diskRow(d), base: d.baseSha256 ?? '-', peer: `${d.owner} (${d.ownerState})` }).map(([k, v]) => `${k.padEnd(8)} ${String(v)}`).join('\n'))
    }))

  withClientOptions(disk.command('rm').description('remove a disk attached to no VM, on the peer it lives on'))
    .argument('<disk>', 'id, unique id prefix, or name')
    .action(action(async (ref: string, flags: CommonFlags) => {
      await clientFor(flags).request<undefined>('DELETE', `/v1/disks/${encodeURIComponent(ref)}`)
      emit(flags, { disk: ref, removed: true }, () => `removed disk ${ref}`)
    }))
}
