// Child process of test/disk-crash.test.ts: opens the disk in argv[2] (over the base image argv[3],
// hash argv[4]) and writes round after round (disk-crash-schedule.ts), each followed by a flush and
// a line "flushed N" on stdout, until it is killed.
import { openDisk } from '../../node/hypervisor/disks/index.js'
import { SECTOR, SECTORS_PER_BLOCK, roundWrites, sectorContent } from './disk-crash-schedule.js'

const [dir, basePath, sha256] = process.argv.slice(2)
if (dir === undefined || basePath === undefined || sha256 === undefined) throw new Error('usage: disk-crash-child DIR BASE SHA256')
const disk = await openDisk(dir, { base: { path: basePath, sha256 } })
for (let round = 1; ; round++) {
  for (const [block, a, b] of roundWrites(round)) {
    const first = block * SECTORS_PER_BLOCK + a
    const bytes = Buffer.concat(Array.from({ length: b - a }, (_, i) => sectorContent(round, first + i)))
    disk.write(first * SECTOR, bytes)
  }
  await disk.flush()
  process.stdout.write(`flushed ${round}\n`)
}
