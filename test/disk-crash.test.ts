// Crash safety of the disk block device: a child process writes and flushes round after round and
// is killed (SIGKILL) at a random moment: mid-write, mid-fsync or mid-persist of its map. The disk
// must open afterwards, hold every sector as of the last flush the child reported or later, and hold
// no sector that is torn or from a write that never happened.
import { expect } from 'chai'
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDisk, openDisk } from '../node/hypervisor/disks/index.js'
import { DISK_BYTES, SECTOR, SECTORS, SECTORS_PER_BLOCK, roundWrites, sectorRound } from './util/disk-crash-schedule.js'

const CHILD = fileURLToPath(new URL('./util/disk-crash-child.js', import.meta.url))
const KILLS = 8

/** Runs the child until a random moment after its first flushes; returns the last flush it reported. */
async function runAndKill (dir: string, base: string, sha256: string, afterMs: number): Promise<number> {
  const child = spawn(process.execPath, [CHILD, dir, base, sha256], { stdio: ['ignore', 'pipe', 'pipe'] })
  let flushed = 0
  let stderr = ''
  let pending = ''
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
  const exited = new Promise<void>(resolve => child.once('exit', () => { resolve() }))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { reject(new Error(`the child never flushed: ${stderr}`)) }, 20_000)
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const m = /^flushed (\d+)$/.exec(line)
        if (m !== null) flushed = Number(m[1])
      }
      if (flushed > 0) { clearTimeout(timer); resolve() }
    })
    child.once('exit', code => { clearTimeout(timer); reject(new Error(`the child exited (${code}): ${stderr}`)) })
  })
  await new Promise(resolve => setTimeout(resolve, afterMs))
  child.kill('SIGKILL')
  await exited
  return flushed
}

describe('disk crash safety (child processes killed mid-write)', function () {
  this.timeout(120_000)
  let root: string
  let base: Buffer
  let sha256: string

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'sc-disk-crash-'))
    base = randomBytes(1 << 20)
    writeFileSync(join(root, 'base.img'), base)
    sha256 = createHash('sha256').update(base).digest('hex')
  })
  after(() => { rmSync(root, { recursive: true, force: true }) })

  for (let k = 0; k < KILLS; k++) {
    it(`kill ${k + 1}: the disk opens and holds at least everything flushed, nothing torn`, async () => {
      const dir = join(root, `disk-${k}`)
      await createDisk(dir, { sizeBytes: DISK_BYTES, base: { path: join(root, 'base.img'), sha256 } })
      const flushed = await runAndKill(dir, join(root, 'base.img'), sha256, Math.floor(Math.random() * 300))
      const disk = await openDisk(dir, { base: { path: join(root, 'base.img'), sha256 } })
      try {
        const bytes = Buffer.from(disk.read(0, DISK_BYTES))
        const rounds = new Map<number, number>()
        let highest = flushed
        for (let s = 0; s < SECTORS; s++) {
          const r = sectorRound(bytes.subarray(s * SECTOR, (s + 1) * SECTOR), s)
          if (r !== undefined) { rounds.set(s, r); highest = Math.max(highest, r) }
        }
        // Which rounds wrote each sector, up to the highest round seen on the disk.
        const writes = new Map<number, number[]>()
        for (let round = 1; round <= highest; round++) {
          for (const [block, a, b] of roundWrites(round)) {
            for (let i = a; i < b; i++) {
              const s = block * SECTORS_PER_BLOCK + i
              writes.set(s, [...(writes.get(s) ?? []), round])
            }
          }
        }
        for (let s = 0; s < SECTORS; s++) {
          const history = writes.get(s) ?? []
          const lastFlushed = history.filter(r => r <= flushed).pop()
          const r = rounds.get(s)
          if (r === undefined) {
            // Not a record: the base as it was, and nothing flushed ever wrote this sector.
            const want = s * SECTOR < base.byteLength ? base.subarray(s * SECTOR, (s + 1) * SECTOR) : Buffer.alloc(SECTOR)
            expect(bytes.subarray(s * SECTOR, (s + 1) * SECTOR).equals(want), `sector ${s} is neither a record nor the base`).to.equal(true)
            expect(lastFlushed, `sector ${s} lost the write of round ${lastFlushed ?? 0}, flushed before the kill`).to.equal(undefined)
          } else {
            expect(history, `sector ${s} holds round ${r}, which never wrote it`).to.include(r)
            expect(r, `sector ${s} went back to round ${r}, before its flushed round ${lastFlushed ?? 0}`).to.be.at.least(lastFlushed ?? 0)
          }
        }
        expect(flushed).to.be.greaterThan(0)
      } finally {
        await disk.close()
      }
    })
  }
})
