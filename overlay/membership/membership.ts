// The membership service of a daemon: the SWIM node (swim.ts) over libp2p streams, with the wall
// clock, this peer's key and descriptor, a bounded set of connections to other members, and the
// refusal of peers that speak another version of the protocol. What the rest of the daemon uses:
// `peers()`, `entry()`, `onChange()`, `publish()`, `leave()`, the join pull, and `request()` for
// member-to-member protocols.
import { loadavg } from 'node:os'
import { multiaddr } from '@multiformats/multiaddr'
import type { Connection, IdentifyResult, Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { supercloud } from '../../proto/gen/wire.js'
import type { Logger } from '../core/log.js'
import { rateLimitedLog, type RateLimitedLog } from '../core/rate-limited-log.js'
import { PROTOCOL_VERSION, SOFTWARE_VERSION, protocolMajor } from '../core/version.js'
import type { MemberList } from '../admission/members.js'
import { NotAdmittedError } from '../admission/errors.js'
import { exchange } from '../wire/lp.js'
import { IncompatibleProtocolError, describeError } from '../wire/errors.js'
import { NO_MARKET, openSigned, signDescriptor, type DescriptorData, type MarketFacts } from './descriptor.js'
import type { PeerEntry, PeerState, StateChange } from './table.js'
import { ConnectionKeeper } from './connections.js'
import { Libp2pTransport } from './libp2p-transport.js'
import { SwimNode } from './swim.js'
import type { MembershipStats } from './stats.js'
import type { DescriptorFields } from './self.js'
import { wallClock } from './wall-clock.js'
import { DIAL_TIMEOUT_MS, MAINTAIN_MS, MEMBERSHIP_PROTOCOL, RPC_TIMEOUT_MS, swimSettings } from './constants.js'
import type { TableMsg } from './table-pull.js'

export interface MembershipComponents {
  libp2p: Libp2p
  privateKey: PrivateKey
  members: MemberList
  log: Logger
}

export interface MembershipInit {
  provider: string
  region: string
  zone: string
  cores: number
  memoryBytes: number
  /** The disk budget this peer offers (0: no disks). */
  diskBytes?: number
  /** The probe interval (SWIM's protocol period). */
  heartbeatMs: number
  /** Lifeguard's suspicion timeout once other members confirm it. */
  suspectAfterMs: number
  /** Lifeguard's suspicion timeout when nobody else confirms it. */
  deadAfterMs: number
  targetPeers: number
  /** Addresses to put in the descriptor (announce addrs, else listen addrs). */
  addrs: () => string[]
  /** What this peer's VMs amount to, for the descriptor. */
  vms?: () => { count: number, memoryBytes: number, inventorySeq: number, diskBytes?: number }
  /** Whether this peer takes new VMs, for the descriptor. */
  schedule?: () => { schedulable: boolean, reason: string }
  /** What this peer's instance is and costs now, for the descriptor. */
  market?: () => MarketFacts
}

/** A peer as the API shows it. */
export interface PeerView extends Omit<DescriptorData, 'left' | 'seq' | 'incarnation'> {
  state: PeerState
  self: boolean
  lastHeardMsAgo: number
  connected: boolean
}

export interface IncompatiblePeer { id: string, protocols: string[], reason: string }

export class Membership {
  private readonly selfId: string
  private readonly startedAtMs = Date.now()
  private readonly transport: Libp2pTransport
  private readonly swim: SwimNode
  private readonly keeper: ConnectionKeeper
  private readonly incompatible = new Map<string, IncompatiblePeer>()
  private readonly warn: RateLimitedLog
  private maintainTimer: NodeJS.Timeout | undefined
  private readonly knownAddrs = new Map<string, string>()
  private readonly views = new WeakMap<DescriptorData, DescriptorView>()

  /** When this peer started: its descriptors carry it, so others can tell a restart. */
  get startedAt (): number {
    return this.startedAtMs
  }

  constructor (private readonly components: MembershipComponents, private readonly init: MembershipInit) {
    const { libp2p, members, log, privateKey } = components
    this.selfId = libp2p.peerId.toString()
    this.warn = rateLimitedLog(log)
    const clock = wallClock()
    this.transport = new Libp2pTransport({ libp2p, isMember: id => members.isMember(id), warn: this.warn })
    const selfBytes = libp2p.peerId.toMultihash().bytes
    this.swim = new SwimNode({
      selfId: this.selfId,
      clock,
      random: Math.random,
      transport: this.transport,
      members,
      open: openSigned,
      sign: async fields => await signDescriptor(privateKey, fields, selfBytes),
      log,
      warn: this.warn,
      incompatible: data => this.checkVersion(data),
      onDescriptor: data => { this.learnAddrs(data) }
    }, {
      settings: swimSettings(init),
      startedAtMs: this.startedAtMs,
      describe: () => this.describe()
    })
    this.keeper = new ConnectionKeeper({ transport: this.transport, table: this.swim.table, random: Math.random, timeout: ms => AbortSignal.timeout(ms), isMember: id => members.isMember(id) },
      init.targetPeers, DIAL_TIMEOUT_MS)
  }

  async start (): Promise<void> {
    await this.transport.start()
    this.components.libp2p.addEventListener('peer:identify', this.onIdentify)
    await this.swim.start()
    this.maintainTimer = setInterval(() => { if (!this.swim.own.left) this.keeper.maintain() }, MAINTAIN_MS)
  }

  async stop (): Promise<void> {
    clearInterval(this.maintainTimer)
    this.swim.stop()
    this.components.libp2p.removeEventListener('peer:identify', this.onIdentify)
    await this.transport.stop()
  }

  /** The probe interval this peer runs at. */
  heartbeatMs (): number {
    return this.init.heartbeatMs
  }

  onChange (listener: (change: StateChange) => void): () => void {
    return this.swim.onChange(listener)
  }

  /** What the protocol has done since start (counts), and this peer's local health now (0 is healthy). */
  stats (): { counts: Readonly<MembershipStats>, health: number } {
    return { counts: this.swim.stats, health: this.swim.health }
  }

  peers (): PeerView[] {
    const now = Date.now()
    const connected = new Set(this.transport.connected())
    return this.swim.table.list().map(entry => toView(entry, this.viewOf(entry.descriptor), now, connected.has(entry.descriptor.id)))
  }

  /**
   * The part of a view that comes from the descriptor, made once per descriptor version: `peers()`
   * is what the API and testnets poll (a testnet of 64 polls 64 tables of 64 four times a second),
   * and rebuilding every row from its descriptor each time was a visible share of a daemon's time.
   */
  private viewOf (descriptor: DescriptorData): DescriptorView {
    let view = this.views.get(descriptor)
    if (view === undefined) {
      view = descriptorView(descriptor)
      this.views.set(descriptor, view)
    }
    return view
  }

  entry (id: string): PeerEntry | undefined {
    return this.swim.entry(id)
  }

  incompatiblePeers (): IncompatiblePeer[] {
    return [...this.incompatible.values()]
  }

  /** What a joining peer pulls. */
  snapshot (): TableMsg {
    return this.swim.snapshot()
  }

  /** Signs and spreads a fresh descriptor (after a change of VMs, schedule or market). */
  async publish (): Promise<void> {
    await this.swim.publish()
  }

  /** Spreads an admission this peer made. */
  async announceAdmission (admission: supercloud.membership.ISignedAdmission): Promise<void> {
    this.swim.announceAdmission(admission)
  }

  /** Marks this peer `left` everywhere, then stops taking part. */
  async leave (): Promise<void> {
    clearInterval(this.maintainTimer)
    await this.swim.leave({ signal: AbortSignal.timeout(RPC_TIMEOUT_MS) })
  }

  /** Pulls the whole table from `peer` and applies it (admissions first). */
  async pullTable (peer: PeerId, options: { signal?: AbortSignal } = {}): Promise<number> {
    try {
      const applied = await this.swim.pullTable(peer.toString(), { signal: options.signal ?? AbortSignal.timeout(RPC_TIMEOUT_MS) })
      this.keeper.maintain()
      return applied
    } catch (err) {
      throw this.explainRefusal(peer, MEMBERSHIP_PROTOCOL, err)
    }
  }

  async applyTable (table: TableMsg, from: PeerId): Promise<number> {
    const applied = await this.swim.applyTable(table, from.toString())
    this.keeper.maintain()
    return applied
  }

  /**
   * One request/response with a peer on `protocols` (the first it speaks, in one negotiation): dial,
   * explain a failed negotiation as an incompatible version, write the request, read one bounded response.
   */
  async request (peer: PeerId, protocols: string | string[], request: Uint8Array, options: { signal: AbortSignal, maxResponseBytes: number }): Promise<Uint8Array> {
    const protocol = [protocols].flat().join(' nor ')
    const stream = await this.components.libp2p.dialProtocol(peer, protocols, { signal: options.signal })
      .catch(err => { throw this.explainRefusal(peer, protocol, err) })
    return await exchange(stream, request, options).catch(err => { throw this.explainRefusal(peer, protocol, err) })
  }

  assertMember (peer: PeerId): void {
    if (!this.components.members.isMember(peer.toString())) {
      throw new NotAdmittedError(`peer ${peer.toString()} is not a member of this cloud`)
    }
  }

  /**
   * Turns a failed negotiation into a clear incompatibility error, and a reset stream into "not
   * admitted" when this peer holds no admission and trusts nobody else: members reset the streams
   * of non-members before reading them, so that is the only answer an outsider gets.
   */
  private explainRefusal (peer: PeerId, protocol: string, err: unknown): Error {
    const error = err instanceof Error ? err : new Error(`${protocol} with ${peer.toString()} failed: ${describeError(err)}`)
    // A peer known to speak another version closes or resets what it cannot read, as this peer
    // does: whatever the failure looked like, that is the reason (not "not admitted").
    const theirs = this.incompatible.get(peer.toString())?.protocols
    if (error.name === 'UnsupportedProtocolError' || theirs !== undefined) {
      return new IncompatibleProtocolError(`peer ${peer.toString()} does not speak ${protocol}${theirs !== undefined && theirs.length > 0 ? ` (it speaks ${theirs.join(', ')})` : ''}: incompatible protocol version`)
    }
    const { members } = this.components
    const outsider = members.recordOf(this.selfId) === undefined && members.roots().length <= 1
    if (outsider && /reset|abort|UnexpectedEnd|closed/i.test(`${error.name} ${error.message}`)) {
      return new NotAdmittedError(`peer ${peer.toString()} refused ${protocol} (${error.name}): this peer is not admitted to its cloud; ask a member for a join token (supercloud token create)`)
    }
    return error
  }

  /** The descriptor's fields besides versioning, from the daemon's current state. */
  private describe (): DescriptorFields {
    const vms = this.init.vms?.() ?? { count: 0, memoryBytes: 0, inventorySeq: 0 }
    const schedule = this.init.schedule?.() ?? { schedulable: true, reason: '' }
    return {
      addrs: this.init.addrs(),
      provider: this.init.provider,
      region: this.init.region,
      zone: this.init.zone,
      cores: this.init.cores,
      memoryBytes: this.init.memoryBytes,
      load: (loadavg()[0] ?? 0) / this.init.cores,
      vms: vms.count,
      softwareVersion: SOFTWARE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      inventorySeq: vms.inventorySeq,
      vmMemoryBytes: vms.memoryBytes,
      diskBytes: this.init.diskBytes ?? 0,
      vmDiskBytes: vms.diskBytes ?? 0,
      schedulable: schedule.schedulable,
      unschedulableReason: schedule.schedulable ? '' : schedule.reason,
      ...(this.init.market?.() ?? NO_MARKET)
    }
  }

  /** A member whose descriptor announces another major version is refused, and listed. */
  private checkVersion (data: DescriptorData): string | undefined {
    if (protocolMajor(data.protocolVersion) === protocolMajor(PROTOCOL_VERSION)) return undefined
    const reason = `protocol ${data.protocolVersion}, this peer speaks ${PROTOCOL_VERSION}`
    this.incompatible.set(data.id, { id: data.id, protocols: [data.protocolVersion], reason })
    return reason
  }

  /** Tells libp2p where a member listens, when that changed: a peer store write is not cheap. */
  private learnAddrs (descriptor: DescriptorData): void {
    const { libp2p, log } = this.components
    const key = descriptor.addrs.join(' ')
    const known = this.knownAddrs.get(descriptor.id)
    if (known === key) return
    if (this.knownAddrs.size >= MAX_KNOWN_ADDRS) this.knownAddrs.clear()
    this.knownAddrs.set(descriptor.id, key)
    // Addresses that changed replace the old ones: a peer behind NAT that moved to another relay is
    // dialled at the new circuit, not the dead relay's.
    const id = peerIdFromString(descriptor.id)
    const addrs = { multiaddrs: descriptor.addrs.map(a => multiaddr(a)) }
    void (known === undefined ? libp2p.peerStore.merge(id, addrs) : libp2p.peerStore.patch(id, addrs))
      .catch((err: unknown) => { log.debug({ err }, 'peer store update failed') })
  }

  /**
   * A peer that speaks the supercloud protocols but not this version of membership is refused,
   * clearly: a version 1 peer speaks /supercloud/membership/1.0.0 and would never understand us.
   */
  private readonly onIdentify = (evt: CustomEvent<IdentifyResult>): void => {
    const { peerId, protocols, connection } = evt.detail
    const ours = protocols.filter(p => p.startsWith('/supercloud/'))
    if (ours.length === 0 || ours.includes(MEMBERSHIP_PROTOCOL)) return
    const info = { id: peerId.toString(), protocols: ours, reason: `speaks ${ours.join(', ')}, this peer speaks ${MEMBERSHIP_PROTOCOL}` }
    if (!this.incompatible.has(info.id) && this.incompatible.size >= MAX_INCOMPATIBLE) return
    this.incompatible.set(info.id, info)
    this.warn(`incompatible:${info.id}`, info, 'refusing a peer with an incompatible protocol version')
    closeQuietly(connection)
  }
}

/** Members whose addresses were last told to libp2p, remembered (bounded by the cloud's size, capped). */
const MAX_KNOWN_ADDRS = 20_000
/** Incompatible peers listed (bounded: a peer can mint ids for free). */
const MAX_INCOMPATIBLE = 256

function closeQuietly (connection: Connection): void {
  connection.close().catch(() => { connection.abort(new IncompatibleProtocolError('incompatible protocol version')) })
}

type DescriptorView = Omit<PeerView, 'state' | 'self' | 'lastHeardMsAgo' | 'connected'>

function toView (entry: PeerEntry, base: DescriptorView, now: number, connected: boolean): PeerView {
  return Object.assign({}, base, { state: entry.state, self: entry.self, lastHeardMsAgo: entry.self ? 0 : now - entry.lastHeardMs, connected })
}

function descriptorView (descriptor: DescriptorData): DescriptorView {
  const { seq: _seq, left: _left, incarnation: _incarnation, ...rest } = descriptor
  return rest
}
