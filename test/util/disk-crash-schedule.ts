// The writes of the disk crash test (test/disk-crash.test.ts): which sectors each round writes, and
// what every sector written holds, so that the parent can tell any sector's history from its bytes.
export const DISK_BYTES = 4 << 20
export const BLOCK = 4096
export const SECTOR = 512
const SECTORS_PER_BLOCK = BLOCK / SECTOR
const BLOCKS = DISK_BYTES / BLOCK
const WRITES_PER_ROUND = 8
const MAGIC = 0x4853_5243 // "CRSH"

function xorshift (seed: number): () => number {
  let x = (seed | 0) === 0 ? 0x9e3779b9 : seed | 0
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return x >>> 0
  }
}

/** Round `round`'s writes: `[block, firstSector, endSector)` each, within one block. */
export function roundWrites (round: number): Array<[number, number, number]> {
  const next = xorshift(round * 2654435761)
  const out: Array<[number, number, number]> = []
  for (let i = 0; i < WRITES_PER_ROUND; i++) {
    const block = next() % BLOCKS
    const a = next() % SECTORS_PER_BLOCK
    const b = a + 1 + (next() % (SECTORS_PER_BLOCK - a))
    out.push([block, a, b])
  }
  return out
}

/** The bytes of `sector` (of the whole disk) as round `round` writes it. */
export function sectorContent (round: number, sector: number): Buffer {
  const out = Buffer.alloc(SECTOR)
  out.writeUInt32LE(MAGIC, 0)
  out.writeUInt32LE(round, 4)
  out.writeUInt32LE(sector, 8)
  const next = xorshift(round * 7919 + sector * 104729 + 1)
  for (let at = 12; at < SECTOR; at += 4) out.writeUInt32LE(next(), at)
  return out
}

/** The round a sector's bytes say wrote it, if they are a whole, untorn record. */
export function sectorRound (bytes: Buffer, sector: number): number | undefined {
  if (bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(8) !== sector) return undefined
  const round = bytes.readUInt32LE(4)
  return sectorContent(round, sector).equals(bytes) ? round : undefined
}

export const SECTORS = DISK_BYTES / SECTOR
export { SECTORS_PER_BLOCK }
