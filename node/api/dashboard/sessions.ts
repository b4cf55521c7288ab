// Dashboard logins. `supercloud dashboard` holds a grant while it runs (a WebSocket authenticated
// with the API's bearer token); the grant comes with one login code, which expires after 60 s and is
// accepted once. Redeeming it opens a session, carried by an HttpOnly, SameSite=Strict cookie scoped
// to /dashboard. When the grant ends (the command stops), its sessions end with it, and their live
// feeds are closed. Codes and session ids are 256-bit random secrets kept only as SHA-256 hashes, so
// a lookup leaks no timing about a secret and a memory dump holds none.
import { createHash, randomBytes } from 'node:crypto'
import { DashboardBusyError, DashboardCodeError, DashboardSessionError } from './errors.js'

export interface SessionOptions {
  /** A login code is accepted once, within this. Default 60 s (issue 20). */
  codeTtlMs: number
  /** A session lasts at most this, even while its grant holds. Default 12 h: a working day. */
  sessionTtlMs: number
  /** Grants (running `supercloud dashboard` commands) at once. Default 16. */
  maxGrants: number
  now: () => number
}

export const DEFAULT_SESSION_OPTIONS: Readonly<Omit<SessionOptions, 'now'>> = {
  codeTtlMs: 60_000,
  sessionTtlMs: 12 * 3_600_000,
  maxGrants: 16
}

interface Grant {
  id: number
  codeHash: string | undefined
  codeExpiresAtMs: number
  sessions: Set<string>
}

interface Session { grant: Grant, expiresAtMs: number }

export interface IssuedGrant {
  code: string
  expiresAtMs: number
  /** Ends the grant and every session opened with its code. */
  revoke: () => void
}

const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex')
/** base64url of 32 random bytes is 43 characters; anything else is not one of ours. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/

export class Sessions {
  private readonly o: SessionOptions
  private readonly grants = new Set<Grant>()
  private readonly sessions = new Map<string, Session>()
  private readonly ended = new Set<(sessionKey: string) => void>()
  private nextGrant = 1

  constructor (options: Partial<SessionOptions> = {}) {
    this.o = { ...DEFAULT_SESSION_OPTIONS, now: Date.now, ...options }
  }

  grant (): IssuedGrant {
    if (this.grants.size >= this.o.maxGrants) throw new DashboardBusyError(`${this.o.maxGrants} dashboards are open on this peer already`)
    const code = randomBytes(32).toString('base64url')
    const expiresAtMs = this.o.now() + this.o.codeTtlMs
    const grant: Grant = { id: this.nextGrant++, codeHash: hash(code), codeExpiresAtMs: expiresAtMs, sessions: new Set() }
    this.grants.add(grant)
    return { code, expiresAtMs, revoke: () => { this.revoke(grant) } }
  }

  /** Trades a login code for a session id (the cookie's value). */
  redeem (code: string): { session: string, maxAgeMs: number } {
    const codeHash = SECRET_PATTERN.test(code) ? hash(code) : undefined
    const grant = codeHash === undefined ? undefined : [...this.grants].find(g => g.codeHash === codeHash)
    if (grant === undefined) throw new DashboardCodeError('this login link is not valid (used already, or never issued): run supercloud dashboard again')
    // Accepted once, whatever happens next.
    grant.codeHash = undefined
    if (this.o.now() > grant.codeExpiresAtMs) throw new DashboardCodeError(`this login link expired: it is good for ${this.o.codeTtlMs / 1000} s; run supercloud dashboard again`)
    const session = randomBytes(32).toString('base64url')
    const key = hash(session)
    grant.sessions.add(key)
    this.sessions.set(key, { grant, expiresAtMs: this.o.now() + this.o.sessionTtlMs })
    return { session, maxAgeMs: this.o.sessionTtlMs }
  }

  /** The session's key (to tie live feeds to it), or a DashboardSessionError. */
  check (session: string | undefined): string {
    const key = session !== undefined && SECRET_PATTERN.test(session) ? hash(session) : undefined
    const s = key === undefined ? undefined : this.sessions.get(key)
    if (key === undefined || s === undefined) throw new DashboardSessionError('no dashboard session: open the link that supercloud dashboard prints')
    if (this.o.now() > s.expiresAtMs) {
      this.end(key)
      throw new DashboardSessionError('the dashboard session expired: run supercloud dashboard again')
    }
    return key
  }

  /** Called with a session's key when it ends. */
  onEnded (fn: (sessionKey: string) => void): () => void {
    this.ended.add(fn)
    return () => { this.ended.delete(fn) }
  }

  get counts (): { grants: number, sessions: number } {
    return { grants: this.grants.size, sessions: this.sessions.size }
  }

  revokeAll (): void {
    for (const g of [...this.grants]) this.revoke(g)
  }

  private revoke (grant: Grant): void {
    if (!this.grants.delete(grant)) return
    grant.codeHash = undefined
    for (const key of [...grant.sessions]) this.end(key)
  }

  private end (key: string): void {
    const s = this.sessions.get(key)
    if (s === undefined) return
    this.sessions.delete(key)
    s.grant.sessions.delete(key)
    for (const fn of this.ended) fn(key)
  }
}
