// The cloud's VM records. Every peer owns the VMs it runs and is the only writer of their records:
// it signs its whole inventory and gossips it on every change. Peers keep the newest inventory of
// every member, pull an owner's inventory when its descriptor announces a newer one than they hold
// (gossip can be missed), and a joining peer pulls them all. What a record says is taken at its
// owner's word, except that a dead, departed or restarted owner's VMs are shown `lost`.
import { TopicValidatorResult, type GossipSub } from '@libp2p/gossipsub'
import type { Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import { warnOnce, type Logger } from '../core/log.js'
import type { MemberList } from '../admission/members.js'
import { NotAdmittedError } from '../admission/errors.js'
import type { Membership } from '../membership/membership.js'
import type { PeerState } from '../membership/table.js'
import { rpcStreamHandler } from '../wire/rpc.js'
import { peerIdFromBytes } from '../signing/index.js'
import { openInventory, signInventory, type InventoryData, type SignedInventoryMsg, type VmPhase, type VmRecordData } from './inventory.js'
import type { DiskRecordData, ImageRecordData } from './disk-record.js'
import {
  MAX_INVENTORY_BYTES, MAX_RECORDS_REQUEST_BYTES, MAX_RECORDS_RESPONSE_BYTES, RECORDS_PROTOCOL, RECORDS_TIMEOUT_MS, RECORDS_TOPIC, SYNC_MS
} from './constants.js'

const { RecordsRequest, RecordsResponse } = supercloud.vm

export interface RecordsComponents {
  libp2p: Libp2p<{ pubsub: GossipSub }>
  privateKey: PrivateKey
  members: MemberList
  membership: Membership
  log: Logger
}

export interface RecordsInit {
  /** This daemon's start time: inventories of an earlier incarnation of a peer describe VMs that died with it. */
  incarnation: number
}

/** A record as every peer sees it: with its owner, and its phase as it stands given the owner's liveness. */
export interface CloudVm extends VmRecordData {
  owner: string
  ownerState: PeerState | 'unknown'
  /** The phase the owner last published (differs from `phase` when the VM is shown lost). */
  recordedPhase: VmPhase
}

/** A disk record as every peer sees it, with its owner (the peer that holds its blocks). */
export interface CloudDisk extends DiskRecordData {
  owner: string
  ownerState: PeerState | 'unknown'
}

/** A base image, with every peer known to hold it. */
export interface CloudImage extends ImageRecordData {
  peers: string[]
}

interface Held { data: InventoryData, signed: SignedInventoryMsg }

export class Records {
  private readonly held = new Map<string, Held>()
  private readonly selfId: string
  private seq = 0
  private timer: NodeJS.Timeout | undefined
  private readonly pulling = new Set<string>()
  private readonly listeners = new Set<() => void>()
  private readonly warnOnce: ReturnType<typeof warnOnce>

  constructor (private readonly components: RecordsComponents, private readonly init: RecordsInit) {
    this.warnOnce = warnOnce(components.log)
    this.selfId = components.libp2p.peerId.toString()
  }

  async start (): Promise<void> {
    const { libp2p, log } = this.components
    await libp2p.handle(RECORDS_PROTOCOL, rpcStreamHandler({ maxRequestBytes: MAX_RECORDS_REQUEST_BYTES, timeoutMs: RECORDS_TIMEOUT_MS }, log, async (req, conn) => {
      const request = RecordsRequest.decode(req)
      if (!this.components.members.isMember(conn.remotePeer.toString())) {
        return RecordsResponse.encode({ error: `peer ${conn.remotePeer.toString()} is not a member of this cloud` }).finish()
      }
      const owners = new Set(request.owners.map(b => { try { return peerIdFromBytes(b).toString() } catch { return '' } }))
      const inventories = [...this.held.values()].filter(h => owners.size === 0 || owners.has(h.data.owner)).map(h => h.signed)
      return RecordsResponse.encode({ inventories }).finish()
    }))
    libp2p.services.pubsub.topicValidators.set(RECORDS_TOPIC, async (from, message) => await this.validate(from, message.data))
    libp2p.services.pubsub.subscribe(RECORDS_TOPIC)
    this.timer = setInterval(() => { this.sync() }, SYNC_MS)
  }

  async stop (): Promise<void> {
    clearInterval(this.timer)
    this.components.libp2p.services.pubsub.topicValidators.delete(RECORDS_TOPIC)
    await this.components.libp2p.unhandle(RECORDS_PROTOCOL).catch(() => {})
  }

  /** Seq of this peer's newest inventory (it goes into the descriptor). */
  get localSeq (): number {
    return this.seq
  }

  onChange (listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Signs and gossips this peer's whole inventory. */
  async publish (vms: VmRecordData[], stores: { disks?: DiskRecordData[], images?: ImageRecordData[] } = {}): Promise<void> {
    const { libp2p, privateKey } = this.components
    this.seq = Math.max(Date.now(), this.seq + 1)
    const data = { seq: this.seq, incarnation: this.init.incarnation, vms, disks: stores.disks ?? [], images: stores.images ?? [] }
    const signed = await signInventory(privateKey, libp2p.peerId.toMultihash().bytes, data)
    this.held.set(this.selfId, { data: { ...data, owner: this.selfId }, signed })
    this.changed()
    await libp2p.services.pubsub.publish(RECORDS_TOPIC, supercloud.vm.SignedInventory.encode(signed).finish())
  }

  /** This peer's newest signed inventory, as published. */
  ownSigned (): Uint8Array | undefined {
    const held = this.held.get(this.selfId)
    return held === undefined ? undefined : supercloud.vm.SignedInventory.encode(held.signed).finish()
  }

  /** A signed inventory from anywhere (a tunnel's fast path): verified like gossip. Returns whether it was newer. */
  async accept (bytes: Uint8Array): Promise<boolean> {
    if (bytes.byteLength > MAX_INVENTORY_BYTES) return false
    return await this.apply(supercloud.vm.SignedInventory.decode(bytes))
  }

  /** Pulls inventories from `peer`: all it holds, or those of `owners`. Returns how many were newer. */
  async pull (peer: PeerId, owners: string[] = [], options: { signal?: AbortSignal } = {}): Promise<number> {
    const signal = options.signal ?? AbortSignal.timeout(RECORDS_TIMEOUT_MS)
    const request = RecordsRequest.encode({ owners: owners.map(o => peerIdFromString(o).toMultihash().bytes) }).finish()
    const response = RecordsResponse.decode(await this.components.membership.request(peer, RECORDS_PROTOCOL, request, { signal, maxResponseBytes: MAX_RECORDS_RESPONSE_BYTES }))
    if (response.error !== '') throw new NotAdmittedError(response.error)
    let applied = 0
    for (const signed of response.inventories) {
      try {
        if (await this.apply(signed)) applied++
      } catch (err) {
        this.warnOnce(`pull:${peer.toString()}:${(err as Error).name}`, { err, from: peer.toString() }, 'dropping inventory from a pull')
      }
    }
    return applied
  }

  /**
   * Every VM in the cloud, one record per VM id: the highest epoch (every record is checked, when it
   * arrives, to be owned by its inventory's signer through the chain of handoffs from the creator).
   * For the VMs this peer runs, its own record wins at the same epoch.
   */
  list (): CloudVm[] {
    const byId = new Map<string, CloudVm>()
    for (const held of this.held.values()) {
      const state = this.ownerState(held.data)
      for (const record of held.data.vms) {
        const vm = this.view(record, held.data, state)
        const other = byId.get(vm.id)
        if (other === undefined || vm.epoch > other.epoch || (vm.epoch === other.epoch && other.owner !== this.selfId && (vm.owner === this.selfId || prefer(vm, other)))) byId.set(vm.id, vm)
      }
    }
    return [...byId.values()].sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id))
  }

  /**
   * Every disk in the cloud, one record per id: the highest epoch (a disk moves with its VM, and its
   * new owner publishes it at epoch + 1); at the same epoch this peer's own record wins.
   */
  disks (): CloudDisk[] {
    const byId = new Map<string, CloudDisk>()
    for (const held of this.held.values()) {
      const state = this.ownerState(held.data).state
      for (const d of held.data.disks) {
        const other = byId.get(d.id)
        if (other === undefined || d.epoch > other.epoch || (d.epoch === other.epoch && held.data.owner === this.selfId)) byId.set(d.id, { ...d, owner: held.data.owner, ownerState: state })
      }
    }
    return [...byId.values()].sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id))
  }

  /** Every base image held anywhere, with the peers that hold it (alive ones first). */
  images (): CloudImage[] {
    const bySha = new Map<string, CloudImage>()
    for (const held of this.held.values()) {
      const state = this.ownerState(held.data)
      if (state.lost !== undefined && held.data.owner !== this.selfId) continue
      for (const i of held.data.images) {
        const known = bySha.get(i.sha256)
        if (known === undefined) bySha.set(i.sha256, { ...i, peers: [held.data.owner] })
        else known.peers.push(held.data.owner)
      }
    }
    return [...bySha.values()]
  }

  get (id: string): CloudVm | undefined {
    return this.list().find(vm => vm.id === id)
  }

  private view (record: VmRecordData, inventory: InventoryData, state: { state: PeerState | 'unknown', lost?: string }): CloudVm {
    const base = { ...record, owner: inventory.owner, ownerState: state.state, recordedPhase: record.phase }
    if (state.lost === undefined || record.phase === 'lost' || record.phase === 'stopped') return base
    return { ...base, phase: 'lost', reason: state.lost }
  }

  /** The owner's liveness, and why its running VMs are gone if they are. */
  private ownerState (inventory: InventoryData): { state: PeerState | 'unknown', lost?: string } {
    if (inventory.owner === this.selfId) {
      return inventory.incarnation === this.init.incarnation ? { state: 'alive' } : { state: 'alive', lost: 'this peer restarted since' }
    }
    const entry = this.components.membership.entry(inventory.owner)
    if (entry === undefined) return { state: 'unknown' }
    if (entry.state === 'dead') return { state: 'dead', lost: `its peer ${inventory.owner} is dead` }
    if (entry.state === 'left') return { state: 'left', lost: `its peer ${inventory.owner} left the cloud` }
    if (entry.descriptor.startedAtMs > inventory.incarnation) return { state: entry.state, lost: `its peer ${inventory.owner} restarted` }
    return { state: entry.state }
  }

  /** Verifies and keeps a signed inventory. Returns whether it was newer than the one held. */
  private async apply (signed: SignedInventoryMsg): Promise<boolean> {
    const data = await openInventory(signed)
    if (data.owner === this.selfId) return false
    if (!this.components.members.isMember(data.owner)) throw new NotAdmittedError(`inventory of ${data.owner}, which is not a member`)
    const held = this.held.get(data.owner)
    if (held !== undefined && held.data.seq >= data.seq) return false
    this.held.set(data.owner, { data, signed })
    this.changed()
    return true
  }

  private async validate (from: PeerId, bytes: Uint8Array): Promise<TopicValidatorResult> {
    if (bytes.byteLength > MAX_INVENTORY_BYTES) {
      this.warnOnce(`big:${from.toString()}`, { from: from.toString(), bytes: bytes.byteLength }, 'dropping oversized inventory')
      return TopicValidatorResult.Reject
    }
    try {
      return await this.apply(supercloud.vm.SignedInventory.decode(bytes)) ? TopicValidatorResult.Accept : TopicValidatorResult.Ignore
    } catch (err) {
      this.warnOnce(`gossip:${from.toString()}:${(err as Error).name}`, { err, from: from.toString() }, 'dropping inventory gossip')
      return TopicValidatorResult.Reject
    }
  }

  /** Pulls the inventory of every peer whose descriptor announces a newer one than held. */
  private sync (): void {
    for (const peer of this.components.membership.peers()) {
      if (peer.self || peer.state !== 'alive' || this.pulling.has(peer.id)) continue
      const entry = this.components.membership.entry(peer.id)
      const announced = entry?.descriptor.inventorySeq ?? 0
      if (announced <= (this.held.get(peer.id)?.data.seq ?? 0)) continue
      this.pulling.add(peer.id)
      this.pull(peerIdFromString(peer.id), [peer.id])
        .catch((err: unknown) => { this.components.log.debug({ err, peer: peer.id }, 'inventory pull failed') })
        .finally(() => this.pulling.delete(peer.id))
    }
  }

  private changed (): void {
    for (const listener of this.listeners) listener()
  }


}

/** Of two records of one VM from other peers: the higher epoch; then the one whose owner is alive; then the newer. */
function prefer (a: CloudVm, b: CloudVm): boolean {
  if (a.epoch !== b.epoch) return a.epoch > b.epoch
  if ((a.phase === 'lost') !== (b.phase === 'lost')) return b.phase === 'lost'
  return a.updatedAtMs > b.updatedAtMs
}
