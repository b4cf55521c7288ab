// VNet definitions, shared config every member may change. Each VNet has one home peer that
// serializes its changes (rules, addresses) and signs every version; any peer's change is sent to
// the home. When the home is dead the alive member with the lowest peer id takes over with a
// higher term. So addresses are handed out one at a time by one peer in a connected cloud; a
// partition can make a second home on the other side, and what the two handed out twice shows up
// as conflicts once the records meet again (the higher term wins, ties go to the lower peer id).
import { randomInt } from 'node:crypto'
import { TopicValidatorResult, type GossipSub } from '@libp2p/gossipsub'
import type { Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import { warnOnce, type Logger } from '../core/log.js'
import type { Failpoint } from '../core/failpoint.js'
import type { MemberList } from '../admission/members.js'
import type { Membership } from '../membership/membership.js'
import { MemberRpc, RemoteError, protobufCodec } from '../wire/member-rpc.js'
import type { FlowRule } from './rules.js'
import { NetConflictError, NetNotFoundError, NetSpecError, NotHomeError } from './errors.js'
import { homeAction, operation, reconcile, type VmClaim } from './home.js'
import { DEFAULT_MTU, MAX_MTU, MIN_MTU, VNET_NAME, normalizeCidr, openVnet, signVnet, supersedes, toRuleMsg, type SignedVnetMsg, type VnetData } from './vnet.js'
import {
  ANTI_ENTROPY_MS, KNOWN_WAIT_MS, MAX_HOME_HOPS, MAX_NET_REQUEST_BYTES, MAX_NET_RESPONSE_BYTES, MAX_VNET_BYTES, NETWORKS_PROTOCOL, NETWORKS_TOPIC, NET_TIMEOUT_MS, SYNC_MS, TOMBSTONE_MS
} from './constants.js'

const { NetRequest, NetResponse, SignedVnet } = supercloud.network
type NetRequestMsg = supercloud.network.INetRequest
type NetResponseMsg = supercloud.network.INetResponse
export type SwitchStatsMsg = supercloud.network.ISwitchStats

export type { VmClaim } from './home.js'

export interface NetworksComponents {
  libp2p: Libp2p<{ pubsub: GossipSub }>
  privateKey: PrivateKey
  members: MemberList
  membership: Membership
  log: Logger
  /** Fault injection (NETWORKS_FAILPOINTS). */
  failpoint?: Failpoint
}

export interface NetworksHooks {
  /** Every VM attached to a VNet, from the VM records. */
  claims: () => VmClaim[]
  /** This peer's switch counters for a VNet. */
  stats: (id: number) => SwitchStatsMsg
}

export interface Conflict { ip: string, holders: string[] }

interface Held { data: VnetData, signed: SignedVnetMsg }

export class Networks {
  private readonly held = new Map<number, Held>()
  private readonly chains = new Map<number, Promise<unknown>>()
  private readonly listeners = new Set<() => void>()
  private readonly timers: NodeJS.Timeout[] = []
  private readonly rpc: MemberRpc<NetRequestMsg, NetResponseMsg>
  private readonly selfId: string
  private readonly warnOnce: ReturnType<typeof warnOnce>
  private offMembership: (() => void) | undefined

  constructor (private readonly components: NetworksComponents, private readonly hooks: NetworksHooks) {
    this.selfId = components.libp2p.peerId.toString()
    this.warnOnce = warnOnce(components.log)
    this.rpc = new MemberRpc(components, protobufCodec<NetRequestMsg, NetResponseMsg>({
      protocol: NETWORKS_PROTOCOL, maxRequestBytes: MAX_NET_REQUEST_BYTES, maxResponseBytes: MAX_NET_RESPONSE_BYTES, timeoutMs: NET_TIMEOUT_MS
    }, NetRequest, NetResponse), async (from, request) => await this.serve(from, request))
  }

  async start (): Promise<void> {
    const { pubsub } = this.components.libp2p.services
    await this.rpc.start()
    pubsub.topicValidators.set(NETWORKS_TOPIC, async (from, message) => await this.validate(from, message.data))
    pubsub.subscribe(NETWORKS_TOPIC)
    this.timers.push(setInterval(() => { this.sync() }, SYNC_MS))
    this.timers.push(setInterval(() => { this.antiEntropy().catch(() => {}) }, ANTI_ENTROPY_MS))
    // A peer back from a partition may hold newer records (another home's): compare at once.
    this.offMembership = this.components.membership.onChange(change => {
      if (change.to === 'alive' && (change.from === 'dead' || change.from === 'suspect')) this.antiEntropy(change.id).catch(() => {})
    })
  }

  async stop (): Promise<void> {
    this.offMembership?.()
    for (const t of this.timers) clearInterval(t)
    this.components.libp2p.services.pubsub.topicValidators.delete(NETWORKS_TOPIC)
    await this.rpc.stop()
  }

  onChange (listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  list (): VnetData[] {
    return [...this.held.values()].map(h => h.data).filter(v => !v.deleted).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
  }

  get (id: number): VnetData | undefined {
    const v = this.held.get(id)?.data
    return v === undefined || v.deleted ? undefined : v
  }

  /** A VNet by name or id. */
  resolve (ref: string): VnetData {
    const named = this.list().filter(v => v.name === ref)
    if (named.length === 1) return named[0] as VnetData
    if (named.length > 1) throw new NetConflictError(`${named.length} VNets are named ${ref} (made on two sides of a partition): use an id (${named.map(v => v.id).join(', ')})`)
    const byId = /^\d+$/.test(ref) ? this.get(Number(ref)) : undefined
    if (byId !== undefined) return byId
    throw new NetNotFoundError(`no VNet ${ref} (VNets: ${this.list().map(v => v.name).join(', ') || 'none'})`)
  }

  /** Addresses held twice: by two VMs (claims from their records), or a VM and a lease to another. */
  conflicts (id: number): Conflict[] {
    const v = this.get(id)
    if (v === undefined) return []
    const holders = new Map<string, Set<string>>()
    const add = (ip: string, who: string): void => { holders.set(ip, (holders.get(ip) ?? new Set()).add(who)) }
    for (const l of v.leases) add(l.ip, l.vmId ?? `host:${l.peer ?? ''}`)
    for (const c of this.hooks.claims()) if (c.netId === id) add(c.ip, c.vmId)
    return [...holders.entries()].filter(([, h]) => h.size > 1).map(([ip, h]) => ({ ip, holders: [...h].sort() }))
  }

  /** Creates a VNet with this peer as its home. */
  async create (input: { name: string, cidr: string, mtu?: number }): Promise<VnetData> {
    if (!VNET_NAME.test(input.name)) throw new NetSpecError(`bad VNet name ${input.name}: letters, digits, dot, dash, underscore; at most 63`)
    if (this.list().some(v => v.name === input.name)) throw new NetConflictError(`a VNet named ${input.name} exists`)
    let cidr: string
    try {
      cidr = normalizeCidr(input.cidr)
    } catch (err) {
      throw new NetSpecError((err as Error).message)
    }
    const mtu = input.mtu ?? DEFAULT_MTU
    if (!Number.isInteger(mtu) || mtu < MIN_MTU || mtu > MAX_MTU) throw new NetSpecError(`MTU ${mtu} is out of range (${MIN_MTU}-${MAX_MTU})`)
    let id: number
    do id = randomInt(1, 1 << 24); while (this.held.has(id))
    const now = Date.now()
    return await this.publish({ id, name: input.name, cidr, mtu, rules: [], leases: [], home: this.selfId, term: 1, seq: now, deleted: false, createdAtMs: now })
  }

  async remove (id: number): Promise<VnetData> {
    return (await this.change({ remove: { id } })).vnet
  }

  async setRules (id: number, rules: FlowRule[]): Promise<VnetData> {
    return (await this.change({ rules: { id, rules: rules.map(toRuleMsg) } })).vnet
  }

  /** An address on VNet `id` for a VM (`vmId`) or, without one, for this peer's host port. */
  async lease (id: number, request: { vmId?: string, mac: string, ip?: string }): Promise<{ ip: string, vnet: VnetData }> {
    return await this.change({ lease: { id, vmId: request.vmId ?? '', mac: request.mac, ip: request.ip ?? '' } })
  }

  async release (id: number, vmId?: string): Promise<VnetData> {
    return (await this.change({ release: { id, vmId: vmId ?? '' } })).vnet
  }

  /**
   * Waits until every alive peer holds `vnet` (this version or newer), at most `timeoutMs`; returns
   * the peers that still do not.
   */
  async waitKnown (vnet: VnetData, timeoutMs = KNOWN_WAIT_MS): Promise<string[]> {
    const deadline = Date.now() + timeoutMs
    let pending = this.alivePeers()
    while (pending.length > 0 && Date.now() < deadline) {
      const known = await Promise.all(pending.map(async peer => {
        try {
          const r = await this.rpc.request(peerIdFromString(peer), { versions: {} }, { signal: AbortSignal.timeout(Math.min(2000, Math.max(100, deadline - Date.now()))) })
          const theirs = r.versions?.nets?.find(n => n.id === vnet.id)
          return theirs !== undefined && ((theirs.term ?? 0) > vnet.term || ((theirs.term ?? 0) === vnet.term && (theirs.seq ?? 0) >= vnet.seq))
        } catch {
          return false
        }
      }))
      pending = pending.filter((_p, i) => known[i] !== true)
      if (pending.length > 0) await new Promise(resolve => setTimeout(resolve, 100))
    }
    return pending
  }

  /** The switch counters of VNet `id` on every alive peer that answers. */
  async stats (id: number): Promise<Array<{ peer: string, stats: SwitchStatsMsg }>> {
    const local = { peer: this.selfId, stats: this.hooks.stats(id) }
    const remote = await Promise.all(this.alivePeers().map(async peer => {
      try {
        const r = await this.rpc.request(peerIdFromString(peer), { stats: { id } }, { signal: AbortSignal.timeout(2000) })
        return r.stats == null ? undefined : { peer, stats: r.stats }
      } catch {
        return undefined
      }
    }))
    return [local, ...remote.filter((r): r is { peer: string, stats: SwitchStatsMsg } => r !== undefined)]
  }

  /** Pulls every record `peer` holds (a joining peer does this once). */
  async pull (peer: PeerId, options: { signal?: AbortSignal } = {}): Promise<number> {
    const r = await this.rpc.request(peer, { pull: {} }, options)
    let applied = 0
    for (const signed of r.list?.nets ?? []) {
      if (await this.apply(signed).catch((err: unknown) => { this.warnOnce(`pull:${peer.toString()}`, { err, from: peer.toString() }, 'dropping a VNet record from a pull'); return false })) applied++
    }
    return applied
  }

  private alivePeers (): string[] {
    return this.components.membership.peers().filter(p => !p.self && p.state === 'alive').map(p => p.id)
  }

  /**
   * Runs a change at the VNet's home: here when this peer is the home, else over the overlay. A
   * peer that answers it is not the home (this peer's record is older: the home moved while it was
   * away or cut off) holds the newer record: pull it and ask the home it names, a few hops at most.
   */
  private async change (request: NetRequestMsg): Promise<{ vnet: VnetData, ip: string }> {
    const { id } = operation(this.selfId, request, () => this.hooks.claims())
    const asked = new Set<string>()
    for (;;) {
      const v = this.get(id)
      if (v === undefined) throw new NetNotFoundError(`no VNet ${id}`)
      if (v.home === this.selfId) return await this.runAtHome(this.selfId, request)
      if (asked.has(v.home) || asked.size >= MAX_HOME_HOPS) throw new NotHomeError(`VNet ${v.name}: no peer asked (${[...asked].join(', ')}) is its home`)
      asked.add(v.home)
      const home = peerIdFromString(v.home)
      let response: NetResponseMsg
      try {
        response = await this.rpc.request(home, request)
      } catch (err) {
        if (!(err instanceof RemoteError && err.remoteName === 'NotHomeError')) throw err
        await this.pull(home)
        this.components.log.info({ vnet: v.name, asked: v.home, home: this.get(id)?.home }, 'the VNet home has moved: following it')
        continue
      }
      const signed = response.vnet
      if (signed == null) throw new NotHomeError(`the home of VNet ${v.name} answered without its record`)
      await this.apply(signed)
      return { vnet: await openVnet(signed), ip: response.ip ?? '' }
    }
  }

  private async runAtHome (from: string, request: NetRequestMsg): Promise<{ vnet: VnetData, ip: string }> {
    const op = operation(from, request, () => this.hooks.claims())
    const vnet = await this.atHome(op.id, async v => op.apply(v))
    return { vnet, ip: op.ip?.() ?? '' }
  }

  private async atHome (id: number, apply: (v: VnetData) => Promise<VnetData>): Promise<VnetData> {
    const run = (this.chains.get(id) ?? Promise.resolve()).catch(() => {}).then(async () => {
      const v = this.held.get(id)?.data
      if (v === undefined || v.deleted) throw new NetNotFoundError(`no VNet ${id}`)
      if (v.home !== this.selfId) throw new NotHomeError(`this peer is not the home of VNet ${v.name} (${v.home} is)`)
      return await this.publish(await apply(v))
    })
    this.chains.set(id, run)
    return await run
  }

  /** Signs the next version of a record this peer is home of, keeps it and gossips it. */
  private async publish (v: VnetData): Promise<VnetData> {
    const held = this.held.get(v.id)?.data
    const next: VnetData = { ...v, seq: Math.max(Date.now(), (held?.term === v.term ? held.seq : 0) + 1, v.seq) }
    const signed = await signVnet(this.components.privateKey, next)
    this.held.set(next.id, { data: next, signed })
    this.changed()
    await this.components.libp2p.services.pubsub.publish(NETWORKS_TOPIC, SignedVnet.encode(signed).finish())
    return next
  }

  private async serve (from: PeerId, r: NetRequestMsg): Promise<NetResponseMsg> {
    if (r.pull != null) return { list: { nets: [...this.held.values()].map(h => h.signed) } }
    if (r.versions != null) return { versions: { nets: [...this.held.values()].map(h => ({ id: h.data.id, term: h.data.term, seq: h.data.seq })) } }
    if (r.stats != null) return { stats: this.hooks.stats(r.stats.id ?? 0) }
    const { vnet, ip } = await this.runAtHome(from.toString(), r)
    return { vnet: this.held.get(vnet.id)?.signed, ip }
  }

  /** Verifies and keeps a record if it supersedes the one held. */
  private async apply (signed: SignedVnetMsg): Promise<boolean> {
    const v = await openVnet(signed)
    if (!this.components.members.isMember(v.home)) throw new NetConflictError(`VNet record signed by ${v.home}, which is not a member`)
    const held = this.held.get(v.id)?.data
    if (held !== undefined && !supersedes(v, held)) return false
    this.held.set(v.id, { data: v, signed })
    this.changed()
    return true
  }

  private async validate (from: PeerId, bytes: Uint8Array): Promise<TopicValidatorResult> {
    if (bytes.byteLength > MAX_VNET_BYTES) {
      this.warnOnce(`big:${from.toString()}`, { from: from.toString(), bytes: bytes.byteLength }, 'dropping an oversized VNet record')
      return TopicValidatorResult.Reject
    }
    try {
      return await this.apply(SignedVnet.decode(bytes)) ? TopicValidatorResult.Accept : TopicValidatorResult.Ignore
    } catch (err) {
      this.warnOnce(`gossip:${from.toString()}:${(err as Error).name}`, { err, from: from.toString() }, 'dropping VNet gossip')
      return TopicValidatorResult.Reject
    }
  }

  /** Takes over VNets whose home is gone; reconciles the leases of those this peer is home of. */
  private sync (): void {
    const now = Date.now()
    const alive = this.alivePeers()
    for (const [id, { data: v }] of this.held) {
      if (v.deleted) {
        if (now - v.seq > TOMBSTONE_MS) this.held.delete(id)
        continue
      }
      const action = homeAction(v, this.selfId, this.components.membership.entry(v.home)?.state, alive)
      if (action === 'take-over') {
        this.components.log.warn({ vnet: v.name, id, from: v.home, term: v.term + 1 }, 'taking over as the home of a VNet whose home is gone')
        this.held.set(id, { data: { ...v, home: this.selfId, term: v.term + 1 }, signed: this.held.get(id)?.signed ?? {} })
        void this.atHome(id, async current => reconcile(current, this.hooks.claims(), now)).catch((err: unknown) => { this.components.log.warn({ err, vnet: v.name }, 'taking over a VNet failed') })
      } else if (action === 'reconcile' && reconcile(v, this.hooks.claims(), now) !== v) {
        void this.atHome(id, async current => reconcile(current, this.hooks.claims(), now)).catch(() => {})
      }
    }
  }

  /** Pulls from `peer` (default: a random alive one) if it holds newer records than this peer. */
  private async antiEntropy (to?: string): Promise<void> {
    await this.components.failpoint?.('networks.anti-entropy')
    const peers = this.alivePeers()
    const peer = to ?? peers[randomInt(0, Math.max(1, peers.length))]
    if (peer === undefined) return
    const r = await this.rpc.request(peerIdFromString(peer), { versions: {} }, { signal: AbortSignal.timeout(5000) })
    const behind = (r.versions?.nets ?? []).some(n => {
      const held = this.held.get(n.id ?? 0)?.data
      return held === undefined || (n.term ?? 0) > held.term || ((n.term ?? 0) === held.term && (n.seq ?? 0) > held.seq)
    })
    if (behind) await this.pull(peerIdFromString(peer))
  }

  private changed (): void {
    for (const listener of this.listeners) listener()
  }
}
