// The failover votes this member cast, kept on disk (<dataDir>/votes.json) before each is answered.
// The two majorities (takeover, keep) of one ballot always share a member, and a member never gives
// both sides of one grant: a member that forgot its votes across a restart could, and two copies of
// the VM would run. Raft persists its vote for the same reason. Bounded: the oldest ballots go first,
// past MAX_BALLOTS (a ballot's epoch is long settled by then).
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import type { Logger } from '../core/log.js'

/**
 * One member's votes on one ballot (VM, epoch, primary, standby). `keepBefore`: it voted `keep`
 * against every grant of the ballot signed at or before this (EVERY_GRANT: all of them, a 1.0.0
 * keep). `takeoverFrom`: it voted `takeover` for the grants signed at or after this (0: any, a 1.0.0
 * takeover). It never holds a keepBefore at or past its takeoverFrom: the sides of one grant.
 */
export interface Cast { keepBefore?: number, takeoverFrom?: number }

export const BALLOTS_FILE = 'votes.json'
/** 2: a vote per grant (keepBefore, takeoverFrom). 1 had a side per ballot, read as its widest. */
const VERSION = 2
export const MAX_BALLOTS = 10_000
/** A keep against every grant of its ballot (votes 1.0.0, and version 1 files). */
export const EVERY_GRANT = Number.MAX_SAFE_INTEGER

interface Stored { version: number, ballots: Array<Cast & { ballot: string, atMs: number }> }
interface StoredV1 { version: 1, ballots: Array<{ ballot: string, side: 'takeover' | 'keep', atMs: number }> }

/** Where this member's votes live: in memory only (tests, tools), or also in a file. */
export class Ballots {
  private readonly cast = new Map<string, Cast & { atMs: number }>()

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
      for (const b of parse(JSON.parse(text) as Partial<Stored> | Partial<StoredV1>)) this.cast.set(b.ballot, { ...castOf(b), atMs: b.atMs })
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

  get (ballot: string): Cast | undefined {
    const c = this.cast.get(ballot)
    return c === undefined ? undefined : castOf(c)
  }

  /** Every ballot this member voted on, and its votes. */
  list (): Array<{ ballot: string, cast: Cast }> {
    return [...this.cast].map(([ballot, c]) => ({ ballot, cast: castOf(c) }))
  }

  /** Records this member's votes on `ballot`, durably, before they are answered; none left: forgotten. */
  set (ballot: string, cast: Cast): void {
    this.cast.delete(ballot)
    if (cast.keepBefore === undefined && cast.takeoverFrom === undefined) {
      this.save()
      return
    }
    this.cast.set(ballot, { ...castOf(cast), atMs: Date.now() })
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

function castOf (c: Cast): Cast {
  return { ...(c.keepBefore === undefined ? {} : { keepBefore: c.keepBefore }), ...(c.takeoverFrom === undefined ? {} : { takeoverFrom: c.takeoverFrom }) }
}

/** A stored book of either version, checked: a version 1 side is its widest vote. */
function parse (stored: Partial<Stored> | Partial<StoredV1>): Stored['ballots'] {
  if (!Array.isArray(stored.ballots)) throw new Error('no ballots')
  if (stored.version === 1) {
    return (stored as StoredV1).ballots.map(b => {
      if (typeof b.ballot !== 'string' || (b.side !== 'takeover' && b.side !== 'keep') || typeof b.atMs !== 'number') throw new Error('a malformed ballot')
      return { ballot: b.ballot, atMs: b.atMs, ...(b.side === 'keep' ? { keepBefore: EVERY_GRANT } : { takeoverFrom: 0 }) }
    })
  }
  if (stored.version !== VERSION) throw new Error(`not a version 1 or ${VERSION} vote file`)
  return (stored as Stored).ballots.map(b => {
    const number = (v: unknown): boolean => v === undefined || (typeof v === 'number' && v >= 0)
    if (typeof b.ballot !== 'string' || typeof b.atMs !== 'number' || !number(b.keepBefore) || !number(b.takeoverFrom) || (b.keepBefore === undefined && b.takeoverFrom === undefined)) throw new Error('a malformed ballot')
    return b
  })
}
