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
import { rpcStreamHandler } from '../wire/rpc.js'
import { peerIdFromBytes } from '../signing/index.js'
import { openInventory, signInventory, type InventoryData, type ReplicaRecordData, type SignedInventoryMsg, type VmRecordData } from './inventory.js'
import type { DiskRecordData, ImageRecordData } from './disk-record.js'
import { resolveDisks, resolveImages, resolveRecords, type CloudDisk, type CloudImage, type CloudVm, type PeerView } from './precedence.js'
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

export type { CloudVm } from './precedence.js'

export type { CloudDisk, CloudImage } from './precedence.js'

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
  async publish (vms: VmRecordData[], stores: { disks?: DiskRecordData[], images?: ImageRecordData[], replicas?: ReplicaRecordData[] } = {}): Promise<void> {
    const { libp2p, privateKey } = this.components
    this.seq = Math.max(Date.now(), this.seq + 1)
    const data = { seq: this.seq, incarnation: this.init.incarnation, vms, disks: stores.disks ?? [], images: stores.images ?? [], replicas: stores.replicas ?? [] }
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
    return resolveRecords([...this.held.values()].map(h => h.data), this.peerView())
  }

  /**
   * Every disk in the cloud, one record per id: the highest epoch (a disk moves with its VM, and its
   * new owner publishes it at epoch + 1); at the same epoch this peer's own record wins.
   */
  disks (): CloudDisk[] {
    return resolveDisks([...this.held.values()].map(h => h.data), this.peerView())
  }

  /** Every base image held anywhere, with the peers that hold it. */
  images (): CloudImage[] {
    return resolveImages([...this.held.values()].map(h => h.data), this.peerView())
  }

  /** Every replica held anywhere, with the peer that holds it (its standby), as each standby published. */
  replicas (): Array<ReplicaRecordData & { peer: string }> {
    return [...this.held.values()].flatMap(h => (h.data.replicas ?? []).map(r => ({ ...r, peer: h.data.owner })))
  }

  private peerView (): PeerView {
    return { self: this.selfId, incarnation: this.init.incarnation, entry: id => this.components.membership.entry(id) }
  }

  get (id: string): CloudVm | undefined {
    return this.list().find(vm => vm.id === id)
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
