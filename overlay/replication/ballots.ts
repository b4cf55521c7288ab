// The failover votes this member cast, kept on disk (<dataDir>/votes.json) before each is answered.
// A vote is once per ballot, first come, and the two majorities (takeover, keep) of one ballot
// always share a member: a member that forgot its vote across a restart could give both, and two
// copies of the VM would run. Raft persists its vote for the same reason. Bounded: the oldest
// ballots go first, past MAX_BALLOTS (a ballot's epoch is long settled by then).
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import type { Logger } from '../core/log.js'

export type CastSide = 'takeover' | 'keep'

export const BALLOTS_FILE = 'votes.json'
const VERSION = 1
export const MAX_BALLOTS = 10_000

interface Stored { version: number, ballots: Array<{ ballot: string, side: CastSide, atMs: number }> }

/** Where this member's votes live: in memory only (tests, tools), or also in a file. */
export class Ballots {
  private readonly cast = new Map<string, { side: CastSide, atMs: number }>()

  /** `file`: loaded now; a file that cannot be read is set aside (`<file>.bad-<time>`), loudly. */
  constructor (private readonly file?: string, private readonly log?: Logger, private readonly max = MAX_BALLOTS) {
    if (file === undefined) return
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
      throw err
    }
    try {
      const stored = JSON.parse(text) as Partial<Stored>
      if (stored.version !== VERSION || !Array.isArray(stored.ballots)) throw new Error(`not a version ${VERSION} vote file`)
      for (const b of stored.ballots) {
        if (typeof b.ballot !== 'string' || (b.side !== 'takeover' && b.side !== 'keep') || typeof b.atMs !== 'number') throw new Error('a malformed ballot')
        this.cast.set(b.ballot, { side: b.side, atMs: b.atMs })
      }
    } catch (err) {
      const aside = `${file}.bad-${Date.now()}`
      renameSync(file, aside)
      this.cast.clear()
      log?.error({ err, file, aside }, 'the failover votes this member cast could not be read: set aside, and forgotten')
    }
  }

  get size (): number {
    return this.cast.size
  }

  get (ballot: string): CastSide | undefined {
    return this.cast.get(ballot)?.side
  }

  /** Every ballot this member voted on, and its side. */
  list (): Array<{ ballot: string, side: CastSide }> {
    return [...this.cast].map(([ballot, v]) => ({ ballot, side: v.side }))
  }

  /** Records a vote, durably, before it is answered. */
  set (ballot: string, side: CastSide): void {
    this.cast.delete(ballot)
    this.cast.set(ballot, { side, atMs: Date.now() })
    // Oldest first: Map keeps insertion order.
    for (const oldest of this.cast.keys()) {
      if (this.cast.size <= this.max) break
      this.cast.delete(oldest)
    }
    this.save()
  }

  delete (ballot: string): void {
    if (this.cast.delete(ballot)) this.save()
  }

  private save (): void {
    if (this.file === undefined) return
    const stored: Stored = { version: VERSION, ballots: [...this.cast].map(([ballot, v]) => ({ ballot, ...v })) }
    const tmp = `${this.file}.${process.pid}.tmp`
    const fd = openSync(tmp, 'w', 0o600)
    try {
      writeSync(fd, JSON.stringify(stored) + '\n')
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, this.file)
  }
}
