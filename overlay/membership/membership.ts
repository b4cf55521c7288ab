// The membership service. Publishes this peer's signed descriptor every heartbeat and on change,
// applies descriptors and admissions from gossip and table pulls (dropping anything not signed by
// the peer it describes, or from a non-member), derives liveness, and keeps a bounded number of
// connections to other members.
import { loadavg } from 'node:os'
import { multiaddr } from '@multiformats/multiaddr'
import { TopicValidatorResult, type GossipSub } from '@libp2p/gossipsub'
import type { Connection, IdentifyResult, Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import { warnOnce, type Logger } from '../../node/log.js'
import { PROTOCOL_VERSION, SOFTWARE_VERSION, protocolMajor } from '../../node/version.js'
import type { MemberList } from '../admission/members.js'
import { NotAdmittedError } from '../admission/errors.js'
import { exchange } from '../wire/lp.js'
import { rpcStreamHandler } from '../wire/rpc.js'
import { peerIdFromBytes } from '../signing/index.js'
import { IncompatibleProtocolError, describeError } from '../wire/errors.js'
import { NO_MARKET, openDescriptor, signDescriptor, type DescriptorData, type MarketFacts } from './descriptor.js'
import { PeerTable, type PeerEntry, type PeerState, type StateChange } from './table.js'
import { ConnectionKeeper } from './connections.js'
import {
  HEARTBEAT_MS_PER_PEER, MAINTAIN_MS, MAX_GOSSIP_BYTES, MAX_REQUEST_BYTES, MAX_TABLE_BYTES,
  MEMBERSHIP_TOPIC, RPC_TIMEOUT_MS, TABLE_PROTOCOL, TICK_MS
} from './constants.js'

const { Gossip, TableRequest, TableResponse } = supercloud.membership
type TableResponseMsg = supercloud.membership.ITableResponse

export interface MembershipComponents {
  libp2p: Libp2p<{ pubsub: GossipSub }>
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
  heartbeatMs: number
  suspectAfterMs: number
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
export interface PeerView extends Omit<DescriptorData, 'left' | 'seq'> {
  state: PeerState
  self: boolean
  lastHeardMsAgo: number
  connected: boolean
}

export interface IncompatiblePeer { id: string, protocols: string[], reason: string }

export class Membership {
  private readonly table: PeerTable
  private readonly selfId: string
  private readonly startedAtMs = Date.now()

  /** When this peer started: its descriptors carry it, so others can tell a restart. */
  get startedAt (): number {
    return this.startedAtMs
  }
  private seq = 0
  private left = false
  private stopped = false
  private readonly timers: NodeJS.Timeout[] = []
  private readonly incompatible = new Map<string, IncompatiblePeer>()
  private readonly warnOnce: ReturnType<typeof warnOnce>
  private readonly listeners = new Set<(change: StateChange) => void>()
  private readonly connections: ConnectionKeeper

  constructor (private readonly components: MembershipComponents, private readonly init: MembershipInit) {
    this.warnOnce = warnOnce(components.log)
    this.selfId = components.libp2p.peerId.toString()
    this.table = new PeerTable(this.selfId, init)
    this.connections = new ConnectionKeeper({ ...components, table: this.table }, init.targetPeers)
  }

  async start (): Promise<void> {
    const { libp2p, log } = this.components
    await libp2p.handle(TABLE_PROTOCOL, rpcStreamHandler({ maxRequestBytes: MAX_REQUEST_BYTES, timeoutMs: RPC_TIMEOUT_MS }, log, async (req, conn) => {
      TableRequest.decode(req)
      if (!this.components.members.isMember(conn.remotePeer.toString())) {
        this.warnOnce(`table:${conn.remotePeer.toString()}`, { peer: conn.remotePeer.toString() }, 'refused table to a non-member')
        return TableResponse.encode({ error: `peer ${conn.remotePeer.toString()} is not admitted: ask a member for a join token (supercloud token create)` }).finish()
      }
      return TableResponse.encode(this.snapshot()).finish()
    }))
    libp2p.services.pubsub.topicValidators.set(MEMBERSHIP_TOPIC, async (from, message) => await this.validate(from, message.data))
    libp2p.services.pubsub.subscribe(MEMBERSHIP_TOPIC)
    libp2p.addEventListener('peer:identify', this.onIdentify)
    await this.publish()
    this.scheduleHeartbeat()
    let lastTick = Date.now()
    this.timers.push(setInterval(() => {
      const now = Date.now()
      // A tick that fires late means this peer was starved, not that the others went quiet.
      const stalledMs = Math.max(0, now - lastTick - 2 * TICK_MS)
      lastTick = now
      this.applyChanges(this.table.tick(now, stalledMs))
    }, TICK_MS))
    this.timers.push(setInterval(() => { if (!this.left) this.connections.maintain() }, MAINTAIN_MS))
  }

  /** The interval this peer publishes at: the configured one, stretched in a large cloud. */
  heartbeatMs (): number {
    const peers = this.table.list().filter(e => e.state === 'alive' || e.state === 'suspect').length
    return Math.max(this.init.heartbeatMs, peers * HEARTBEAT_MS_PER_PEER)
  }

  private scheduleHeartbeat (): void {
    if (this.left || this.stopped) return
    const timer = setTimeout(() => {
      this.timers.splice(this.timers.indexOf(timer), 1)
      this.publish()
        .catch(err => { this.components.log.warn({ err }, 'publishing descriptor failed') })
        .finally(() => { this.scheduleHeartbeat() })
    }, this.heartbeatMs())
    this.timers.push(timer)
  }

  async stop (): Promise<void> {
    this.stopped = true
    for (const t of this.timers) clearInterval(t)
    this.timers.length = 0
    this.components.libp2p.removeEventListener('peer:identify', this.onIdentify)
    this.components.libp2p.services.pubsub.topicValidators.delete(MEMBERSHIP_TOPIC)
    await this.components.libp2p.unhandle(TABLE_PROTOCOL).catch(() => {})
  }

  onChange (listener: (change: StateChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  peers (): PeerView[] {
    const now = Date.now()
    const connected = new Set(this.components.libp2p.getConnections().map(c => c.remotePeer.toString()))
    return this.table.list().map(entry => toView(entry, now, connected.has(entry.descriptor.id)))
  }

  entry (id: string): PeerEntry | undefined {
    return this.table.get(id)
  }

  incompatiblePeers (): IncompatiblePeer[] {
    return [...this.incompatible.values()]
  }

  /** What a joining or catching-up peer pulls. */
  snapshot (): TableResponseMsg {
    return {
      descriptors: this.table.list().map(e => e.signed),
      admissions: this.components.members.records(),
      founders: this.components.members.roots().map(id => peerIdFromString(id).toMultihash().bytes)
    }
  }

  /** Publishes a fresh descriptor (heartbeat, or after a change). */
  async publish (): Promise<void> {
    const { libp2p, privateKey } = this.components
    this.seq = Math.max(Date.now(), this.seq + 1)
    const vms = this.init.vms?.() ?? { count: 0, memoryBytes: 0, inventorySeq: 0 }
    const schedule = this.init.schedule?.() ?? { schedulable: true, reason: '' }
    const signed = await signDescriptor(privateKey, {
      seq: this.seq,
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
      left: this.left,
      startedAtMs: this.startedAtMs,
      heartbeatMs: this.heartbeatMs(),
      inventorySeq: vms.inventorySeq,
      vmMemoryBytes: vms.memoryBytes,
      diskBytes: this.init.diskBytes ?? 0,
      vmDiskBytes: vms.diskBytes ?? 0,
      schedulable: schedule.schedulable,
      unschedulableReason: schedule.schedulable ? '' : schedule.reason,
      ...(this.init.market?.() ?? NO_MARKET)
    }, libp2p.peerId.toMultihash().bytes)
    await this.apply(signed)
    await libp2p.services.pubsub.publish(MEMBERSHIP_TOPIC, Gossip.encode({ descriptor: signed }).finish())
  }

  /** Gossips an admission this peer made. */
  async announceAdmission (admission: supercloud.membership.ISignedAdmission): Promise<void> {
    await this.components.libp2p.services.pubsub.publish(MEMBERSHIP_TOPIC, Gossip.encode({ admission }).finish())
  }

  /** Marks this peer `left` everywhere: stops heartbeats and publishes a final descriptor. */
  async leave (): Promise<void> {
    this.left = true
    for (const t of this.timers) clearInterval(t)
    this.timers.length = 0
    await this.publish()
    // A second copy a moment later covers peers whose mesh link was being rebuilt.
    await new Promise(resolve => setTimeout(resolve, 300))
    await this.publish()
  }

  /** Pulls the whole table from `peer` and applies it (admissions first). */
  async pullTable (peer: PeerId, options: { signal?: AbortSignal } = {}): Promise<number> {
    const signal = options.signal ?? AbortSignal.timeout(RPC_TIMEOUT_MS)
    const table = TableResponse.decode(await this.request(peer, TABLE_PROTOCOL, TableRequest.encode({}).finish(), { signal, maxResponseBytes: MAX_TABLE_BYTES }))
    if (table.error !== '') throw new NotAdmittedError(table.error)
    return await this.applyTable(table, peer)
  }

  async applyTable (table: TableResponseMsg, from: PeerId): Promise<number> {
    const { members, log } = this.components
    if (members.isMember(from.toString())) {
      await members.addRoots((table.founders ?? []).map(b => peerIdFromBytes(b).toString()))
    }
    for (const admission of table.admissions ?? []) {
      await members.accept(admission).catch((err: unknown) => { this.warnOnce(`adm:${from.toString()}`, { err, from: from.toString() }, 'dropping admission from table') })
    }
    await members.save()
    let applied = 0
    for (const signed of table.descriptors ?? []) {
      if (await this.apply(signed).catch((err: unknown) => { this.warnOnce(`desc:${from.toString()}`, { err, from: from.toString() }, 'dropping descriptor from table'); return false })) applied++
    }
    log.debug({ from: from.toString(), applied }, 'applied table')
    this.connections.maintain()
    return applied
  }

  /**
   * One request/response with a peer on `protocol`: dial, explain a failed negotiation as an
   * incompatible version, write the request, read one bounded response.
   */
  async request (peer: PeerId, protocol: string, request: Uint8Array, options: { signal: AbortSignal, maxResponseBytes: number }): Promise<Uint8Array> {
    const stream = await this.components.libp2p.dialProtocol(peer, protocol, { signal: options.signal })
      .catch(err => { throw this.explainDialError(peer, protocol, err) })
    return await exchange(stream, request, options)
  }

  /** Turns a failed protocol negotiation into a clear incompatibility error. */
  private explainDialError (peer: PeerId, protocol: string, err: unknown): Error {
    const error = err instanceof Error ? err : new Error(`dialling ${peer.toString()} for ${protocol} failed: ${describeError(err)}`)
    if (error.name !== 'UnsupportedProtocolError') return error
    const theirs = this.incompatible.get(peer.toString())?.protocols ?? []
    return new IncompatibleProtocolError(`peer ${peer.toString()} does not speak ${protocol}${theirs.length > 0 ? ` (it speaks ${theirs.join(', ')})` : ''}: incompatible protocol version`)
  }

  assertMember (peer: PeerId): void {
    if (!this.components.members.isMember(peer.toString())) {
      throw new NotAdmittedError(`peer ${peer.toString()} is not a member of this cloud`)
    }
  }

  /** Verifies and applies one signed descriptor. Returns whether it was new information. */
  private async apply (signed: supercloud.membership.ISignedDescriptor): Promise<boolean> {
    const descriptor = await openDescriptor(signed)
    if (!this.components.members.isMember(descriptor.id)) {
      throw new NotAdmittedError(`descriptor of ${descriptor.id}, which is not a member`)
    }
    if (protocolMajor(descriptor.protocolVersion) !== protocolMajor(PROTOCOL_VERSION)) {
      this.incompatible.set(descriptor.id, { id: descriptor.id, protocols: [descriptor.protocolVersion], reason: `protocol ${descriptor.protocolVersion}, this peer speaks ${PROTOCOL_VERSION}` })
      throw new IncompatibleProtocolError(`peer ${descriptor.id} speaks protocol ${descriptor.protocolVersion}, incompatible with ${PROTOCOL_VERSION}`)
    }
    const { result, change } = this.table.update(descriptor, signed, Date.now())
    if (result === 'stale') return false
    if (result === 'new' && descriptor.id !== this.selfId) this.learnAddrs(descriptor)
    if (change !== undefined) this.applyChanges([change])
    return true
  }

  private async validate (from: PeerId, data: Uint8Array): Promise<TopicValidatorResult> {
    if (data.byteLength > MAX_GOSSIP_BYTES) {
      this.warnOnce(`big:${from.toString()}`, { from: from.toString(), bytes: data.byteLength }, 'dropping oversized gossip')
      return TopicValidatorResult.Reject
    }
    try {
      const gossip = Gossip.decode(data)
      if (gossip.descriptor != null) {
        return await this.apply(gossip.descriptor) ? TopicValidatorResult.Accept : TopicValidatorResult.Ignore
      }
      if (gossip.admission != null) {
        const result = await this.components.members.accept(gossip.admission)
        if (result === 'added') await this.components.members.save()
        return result === 'known' ? TopicValidatorResult.Ignore : TopicValidatorResult.Accept
      }
      throw new Error('empty gossip message')
    } catch (err) {
      this.warnOnce(`gossip:${from.toString()}:${(err as Error).name}`, { err, from: from.toString() }, 'dropping gossip')
      return TopicValidatorResult.Reject
    }
  }

  private learnAddrs (descriptor: DescriptorData): void {
    const { libp2p, log } = this.components
    libp2p.peerStore.merge(peerIdFromString(descriptor.id), { multiaddrs: descriptor.addrs.map(a => multiaddr(a)) })
      .then(() => { this.connections.maintain() })
      .catch(err => { log.debug({ err }, 'peer store merge failed') })
  }

  private applyChanges (changes: StateChange[]): void {
    for (const change of changes) {
      this.components.log.info({ peer: change.id, from: change.from, to: change.to }, 'peer state')
      for (const listener of this.listeners) listener(change)
    }
  }

  /** A peer whose supercloud protocols are all of another major version is refused, clearly. */
  private readonly onIdentify = (evt: CustomEvent<IdentifyResult>): void => {
    const { peerId, protocols, connection } = evt.detail
    const ours = protocols.filter(p => p.startsWith('/supercloud/'))
    if (ours.length === 0 || ours.includes(TABLE_PROTOCOL)) return
    const info = { id: peerId.toString(), protocols: ours, reason: `speaks ${ours.join(', ')}, this peer speaks ${TABLE_PROTOCOL}` }
    this.incompatible.set(info.id, info)
    this.warnOnce(`incompatible:${info.id}`, info, 'refusing peer with an incompatible protocol version')
    closeQuietly(connection)
  }


}

function closeQuietly (connection: Connection): void {
  connection.close().catch(() => { connection.abort(new IncompatibleProtocolError('incompatible protocol version')) })
}

function toView (entry: PeerEntry, now: number, connected: boolean): PeerView {
  const { seq: _seq, left: _left, ...rest } = entry.descriptor
  return { ...rest, state: entry.state, self: entry.self, lastHeardMsAgo: entry.self ? 0 : now - entry.lastHeardMs, connected }
}
