// Peer descriptors: what a peer says about itself, signed by that peer, and their decoded form.
import { CloudError } from '../core/errors.js'
import { multiaddr } from '@multiformats/multiaddr'
import type { PrivateKey } from '@libp2p/interface'
import { supercloud } from '../../proto/gen/wire.js'
import { sign, verify } from '../signing/index.js'

const { Descriptor } = supercloud.membership
export type SignedDescriptorMsg = supercloud.membership.ISignedDescriptor

/** What the peer's instance is and costs (issue 7). Empty strings and zeros when not configured. */
export interface MarketFacts {
  instanceType: string
  /** '' when the peer does not say (a laptop, an unconfigured peer). */
  pricing: '' | 'spot' | 'on-demand'
  /** USD per instance-hour in force now. */
  priceUsdPerHour: number
  /** What the same instance costs on demand; a spot peer's maximum price unless configured otherwise. */
  onDemandUsdPerHour: number
  /** A termination notice: the instance is reclaimed at this time (epoch ms); 0 = none. */
  noticeDeadlineMs: number
}

export const NO_MARKET: MarketFacts = { instanceType: '', pricing: '', priceUsdPerHour: 0, onDemandUsdPerHour: 0, noticeDeadlineMs: 0 }

export interface DescriptorData extends MarketFacts {
  id: string
  seq: number
  addrs: string[]
  provider: string
  region: string
  zone: string
  cores: number
  memoryBytes: number
  load: number
  vms: number
  softwareVersion: string
  protocolVersion: string
  left: boolean
  startedAtMs: number
  heartbeatMs: number
  /** Seq of the peer's newest VM inventory: a peer holding an older one pulls. */
  inventorySeq: number
  /** Guest memory held by the peer's VMs. */
  vmMemoryBytes: number
  /** Its disk budget (config diskBytes), and what its disks' sizes add up to; 0 from peers before disks. */
  diskBytes: number
  vmDiskBytes: number
  /** Whether it takes new VMs (created or migrated in); a drained peer does not. Apart from liveness. */
  schedulable: boolean
  /** Why it is not schedulable ('' when it is). */
  unschedulableReason: string
  /** SWIM's incarnation: raised only by the peer itself, to refute a suspicion of it. */
  incarnation: number
}

/** A verified descriptor and the signed form it came in (what is forwarded and pulled). */
export interface OpenedDescriptor { data: DescriptorData, signed: SignedDescriptorMsg }

/**
 * Verifies and decodes a signed descriptor. A daemon opens each version once; the simulation
 * shares one memoizing opener between its peers (the same verified bytes give the same result).
 */
export type DescriptorOpener = (signed: SignedDescriptorMsg) => Promise<OpenedDescriptor>

export class InvalidDescriptorError extends CloudError {
  override name = 'InvalidDescriptorError'
  readonly status = 400
}

const MAX_ADDRS = 32

export async function signDescriptor (key: PrivateKey, data: Omit<DescriptorData, 'id'>, peerIdBytes: Uint8Array): Promise<SignedDescriptorMsg> {
  const payload = Descriptor.encode({
    ...data,
    unschedulable: !data.schedulable,
    peerId: peerIdBytes,
    addrs: data.addrs.map(a => multiaddr(a).bytes)
  }).finish()
  return { descriptor: payload, signature: await sign(key, 'descriptor', payload) }
}

/** Decodes a signed descriptor and checks it is signed by the peer it describes. */
export async function openDescriptor (signed: SignedDescriptorMsg): Promise<DescriptorData> {
  const payload = signed.descriptor ?? new Uint8Array()
  let d
  try {
    d = Descriptor.decode(payload)
  } catch (err) {
    throw new InvalidDescriptorError(`malformed descriptor: ${(err as Error).message}`)
  }
  let peerId
  try {
    peerId = await verify(d.peerId, 'descriptor', payload, signed.signature ?? new Uint8Array())
  } catch (err) {
    throw new InvalidDescriptorError((err as Error).message)
  }
  if (d.addrs.length > MAX_ADDRS) throw new InvalidDescriptorError(`descriptor of ${peerId.toString()} lists ${d.addrs.length} addresses`)
  let addrs: string[]
  try {
    addrs = d.addrs.map(a => multiaddr(a).toString())
  } catch (err) {
    throw new InvalidDescriptorError(`descriptor of ${peerId.toString()} has a bad address: ${(err as Error).message}`)
  }
  if (!Number.isFinite(d.seq) || d.seq <= 0) throw new InvalidDescriptorError(`descriptor of ${peerId.toString()} has no sequence number`)
  if (!Number.isFinite(d.incarnation) || d.incarnation < 0) throw new InvalidDescriptorError(`descriptor of ${peerId.toString()} has a bad incarnation`)
  return {
    id: peerId.toString(),
    seq: d.seq,
    addrs,
    provider: d.provider,
    region: d.region,
    zone: d.zone,
    cores: d.cores,
    memoryBytes: d.memoryBytes,
    load: d.load,
    vms: d.vms,
    softwareVersion: d.softwareVersion,
    protocolVersion: d.protocolVersion,
    left: d.left,
    startedAtMs: d.startedAtMs,
    heartbeatMs: d.heartbeatMs,
    inventorySeq: d.inventorySeq,
    vmMemoryBytes: d.vmMemoryBytes,
    diskBytes: nonNegative(d.diskBytes),
    vmDiskBytes: nonNegative(d.vmDiskBytes),
    schedulable: !d.unschedulable,
    unschedulableReason: d.unschedulable ? d.unschedulableReason.slice(0, 200) : '',
    instanceType: d.instanceType.slice(0, 64),
    pricing: d.pricing === 'spot' || d.pricing === 'on-demand' ? d.pricing : '',
    priceUsdPerHour: nonNegative(d.priceUsdPerHour),
    onDemandUsdPerHour: nonNegative(d.onDemandUsdPerHour),
    noticeDeadlineMs: nonNegative(d.noticeDeadlineMs),
    incarnation: d.incarnation
  }
}

/**
 * Who a signed descriptor claims to describe and its version, read without verifying anything:
 * enough to skip a version already held (verifying costs an Ed25519 check and parsing every
 * address). Undefined when it does not even decode.
 */
export function peekDescriptor (signed: SignedDescriptorMsg): { peerId: Uint8Array, seq: number } | undefined {
  try {
    const d = Descriptor.decode(signed.descriptor ?? new Uint8Array())
    return { peerId: d.peerId, seq: d.seq }
  } catch {
    return undefined
  }
}

/** The opener a daemon uses: verify every time it is asked (it asks once per version). */
export async function openSigned (signed: SignedDescriptorMsg): Promise<OpenedDescriptor> {
  return { data: await openDescriptor(signed), signed: { descriptor: signed.descriptor, signature: signed.signature } }
}

/** A price or time from the network: a finite number ≥ 0, else 0 (unknown). */
function nonNegative (n: number): number {
  return Number.isFinite(n) && n >= 0 ? n : 0
}
