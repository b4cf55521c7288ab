// Keeps protected the VMs whose records say so (`vm protect`, `vm create --ha`), on whichever peer
// owns them: after a migration, a failover, or a protection that ended by itself (its standby lost
// and none to be had then). The record is the intent, and it travels with the VM; this peer's
// Protections (protect.ts) are the mechanism. `vm unprotect` clears the intent.
import type { Logger } from '../log.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import { describeError } from '../../overlay/wire/errors.js'
import { traits } from './phases.js'
import type { ProtectionDetail, ProtectOptions, ProtectionView } from './protect.js'

export interface KeeperComponents {
  /** The VMs this peer owns. */
  vms: () => VmRecordData[]
  protections: {
    isProtected: (id: string) => boolean
    protect: (id: string, options: ProtectOptions) => Promise<ProtectionView>
    readonly stopped: boolean
  }
  log: Logger
}

/** Every VM here is looked at this often. */
const KEEP_EVERY_MS = 1000
/** A protection that could not start is tried again after this. */
const RETRY_MS = 3000
/** A VM that failed over here does not take its silent old primary as its standby for this long. */
const AVOID_MS = 30_000
/** Of the failed attempts in a row for one VM, the first and every this many are logged. */
const LOG_EVERY = 10

interface Kept {
  /** Another path protects it now (a carry-on after a move), or an attempt is under way. */
  busy: boolean
  retryAt: number
  failures: number
  avoid?: { peer: string, until: number }
  /** The standby to try first (the one that held it before). */
  prefer?: string
  /** Why the last attempt failed. */
  error?: string
}

export class ProtectionKeeper {
  private readonly kept = new Map<string, Kept>()
  private timer: NodeJS.Timeout | undefined

  constructor (private readonly c: KeeperComponents) {}

  start (): void {
    this.timer = setInterval(() => { this.pass() }, KEEP_EVERY_MS)
  }

  stop (): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** VM `id` is being protected another way until `done` settles; if that fails, `prefer` is tried first. */
  hold (id: string, done: Promise<unknown>, prefer?: string): void {
    const k = this.entry(id)
    k.busy = true
    done.then(() => { k.busy = false }, err => {
      k.busy = false
      k.error = describeError(err)
      if (prefer !== undefined) k.prefer = prefer
      this.pass()
    })
  }

  /** VM `id` failed over here from `peer`: never that peer as its standby for a while. */
  failedOverFrom (id: string, peer: string): void {
    this.entry(id).avoid = { peer, until: Date.now() + AVOID_MS }
    this.pass()
  }

  /**
   * What `vm show` says of a VM here that is to be protected and is not yet (again): `syncing`, with
   * why it waits. Undefined when it is not to be protected, or is.
   */
  pending (record: VmRecordData): ProtectionDetail | undefined {
    const want = record.spec.protection
    if (want === undefined || !this.wanting(record)) return undefined
    const error = this.kept.get(record.id)?.error
    return { view: { state: 'syncing', framesHeld: 0, epoch: 0, intervalMs: want.intervalMs, reason: `its record asks for protection; no standby holds it yet${error === undefined ? '' : ` (last try: ${error})`}` } }
  }

  /** Starts protecting every VM here that is to be protected and is not. */
  pass (): void {
    if (this.c.protections.stopped) return
    const now = Date.now()
    const here = new Set<string>()
    for (const r of this.c.vms()) {
      here.add(r.id)
      const want = r.spec.protection
      if (want === undefined || !this.wanting(r)) continue
      const k = this.entry(r.id)
      if (k.busy || k.retryAt > now) continue
      this.attempt(r, want.intervalMs, k)
    }
    for (const id of this.kept.keys()) if (!here.has(id)) this.kept.delete(id)
  }

  /** Its record asks for protection, it can have it, and it is not protected yet. */
  private wanting (r: VmRecordData): boolean {
    return r.spec.protection !== undefined && traits(r.phase).protectable && !this.c.protections.isProtected(r.id)
  }

  private attempt (r: VmRecordData, intervalMs: number, k: Kept): void {
    k.busy = true
    const except = k.avoid !== undefined && k.avoid.until > Date.now() ? [k.avoid.peer] : []
    const standby = k.prefer
    k.prefer = undefined
    void this.c.protections.protect(r.id, { intervalMs, except, ...(standby === undefined ? {} : { standby }) }).then(view => {
      this.c.log.info({ vm: r.id, standby: view.standby, after: k.failures }, 'kept a VM protected: its record asks for it')
      k.failures = 0
      k.error = undefined
    }, err => {
      k.failures++
      k.error = describeError(err)
      k.retryAt = Date.now() + RETRY_MS
      if (k.failures === 1 || k.failures % LOG_EVERY === 0) this.c.log.warn({ vm: r.id, attempts: k.failures, err: describeError(err) }, 'a VM to be kept protected is not, yet: trying again')
    }).finally(() => { k.busy = false })
  }

  private entry (id: string): Kept {
    let k = this.kept.get(id)
    if (k === undefined) {
      k = { busy: false, retryAt: 0, failures: 0 }
      this.kept.set(id, k)
    }
    return k
  }
}
