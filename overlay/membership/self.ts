// This peer's own descriptor: signed with its key, versioned by `seq` (from its clock, so it keeps
// rising across restarts), and carrying its SWIM incarnation, which it raises to refute a
// suspicion. It is re-signed when what it says changes, never on a timer: every version is pulled
// by every peer.
import type { DescriptorData, DescriptorOpener, OpenedDescriptor, SignedDescriptorMsg } from './descriptor.js'
import { LOAD_REFRESH_MS } from './constants.js'
import type { Clock } from './types.js'

/** What the daemon says about itself; versioning and liveness fields are this module's. */
export type DescriptorFields = Omit<DescriptorData, 'id' | 'seq' | 'incarnation' | 'left' | 'startedAtMs' | 'heartbeatMs'>

export interface SelfHost {
  clock: Clock
  sign: (fields: Omit<DescriptorData, 'id'>) => Promise<SignedDescriptorMsg>
  open: DescriptorOpener
  describe: () => DescriptorFields
  startedAtMs: number
  heartbeatMs: number
  /** A new version of this peer's descriptor: keep it and tell the others. */
  announce: (opened: OpenedDescriptor) => void
  /** Each new version, with what changed (debug). */
  onSigned?: (info: { seq: number, incarnation: number, changed: string[] }) => void
}

/** A change of load this large (per core) is worth a new version, at most every LOAD_REFRESH_MS. */
const LOAD_STEP = 0.25

export class SelfDescriptor {
  /** Starts at the start time: a restarted peer outranks every suspicion of its previous run. */
  private incarnationValue: number
  private seq = 0
  private leftValue = false
  private current: OpenedDescriptor | undefined
  private running: Promise<void> | undefined
  private followUp: Promise<void> | undefined
  private lastKey = ''
  private lastLoad = 0
  private lastSignedMs = 0

  constructor (private readonly host: SelfHost) {
    this.incarnationValue = host.startedAtMs
  }

  get incarnation (): number {
    return this.incarnationValue
  }

  get left (): boolean {
    return this.leftValue
  }

  get signed (): OpenedDescriptor | undefined {
    return this.current
  }

  /**
   * Signs and announces a fresh version if what it would say changed (or `force`: a refutation, a
   * leave); concurrent calls share one signing and one follow-up.
   */
  async publish (force = false): Promise<void> {
    if (!force && this.current !== undefined && this.running === undefined && !this.changed()) return
    if (this.running === undefined) {
      await this.start()
      return
    }
    this.followUp ??= this.running.catch(() => {}).then(async () => {
      this.followUp = undefined
      await this.start()
    })
    await this.followUp
  }

  private async start (): Promise<void> {
    this.running = this.sign().finally(() => { this.running = undefined })
    await this.running
  }

  /** Someone said this peer is suspect or dead at `heard`: outrank it. */
  async refute (heard: number): Promise<void> {
    if (heard < this.incarnationValue) return
    this.incarnationValue = heard + 1
    await this.publish(true)
  }

  async leave (): Promise<void> {
    this.leftValue = true
    await this.publish(true)
  }

  /** Whether what the descriptor would say differs from the last version enough to re-sign. */
  changed (): boolean {
    const { load, ...rest } = this.host.describe()
    if (JSON.stringify(rest) !== this.lastKey) return true
    return Math.abs(load - this.lastLoad) >= LOAD_STEP && this.host.clock.now() - this.lastSignedMs >= LOAD_REFRESH_MS
  }

  private async sign (): Promise<void> {
    const fields = this.host.describe()
    const { load, ...rest } = fields
    this.seq = Math.max(this.host.clock.now(), this.seq + 1)
    const signed = await this.host.sign({
      ...fields,
      seq: this.seq,
      incarnation: this.incarnationValue,
      left: this.leftValue,
      startedAtMs: this.host.startedAtMs,
      heartbeatMs: this.host.heartbeatMs
    })
    const opened = await this.host.open(signed)
    const before = this.lastKey === '' ? {} : JSON.parse(this.lastKey) as Record<string, unknown>
    this.host.onSigned?.({ seq: this.seq, incarnation: this.incarnationValue, changed: Object.keys(rest).filter(k => JSON.stringify((rest as Record<string, unknown>)[k]) !== JSON.stringify(before[k])) })
    this.lastKey = JSON.stringify(rest)
    this.lastLoad = load
    this.lastSignedMs = this.host.clock.now()
    this.current = opened
    this.host.announce(opened)
  }
}
