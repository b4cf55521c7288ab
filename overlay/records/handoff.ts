// Who may own a VM. A VM's id is bound to its creator (a hash of the creator's peer id and a nonce),
// so nobody else can claim epoch 1 of it; every later epoch is a handoff signed by the owner of the
// epoch before (the commit point of a migration). A record is believed only with the whole chain.
import { CloudError } from '../core/errors.js'
import { createHash, randomBytes } from 'node:crypto'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { supercloud } from '../../proto/gen/wire.js'
import { peerIdFromBytes, sign, verify } from '../signing/index.js'

const { Handoff } = supercloud.vm
export type SignedHandoffMsg = supercloud.vm.ISignedHandoff

export interface HandoffData {
  vmId: string
  epoch: number
  from: string
  to: string
  atMs: number
}

export class InvalidHandoffError extends CloudError {
  override name = 'InvalidHandoffError'
  readonly status = 400
}

/** A chain this long is refused: a VM migrated more often than this needs a fresh identity. */
export const MAX_HANDOFFS = 4096

export function deriveVmId (creator: string, nonce: string): string {
  return 'vm-' + createHash('sha256').update(`${creator}:${nonce}`).digest('hex').slice(0, 16)
}

/** A new VM identity for `creator`. */
export function newVmIdentity (creator: string): { id: string, nonce: string } {
  const nonce = randomBytes(12).toString('hex')
  return { id: deriveVmId(creator, nonce), nonce }
}

let lastGrantAt = 0

/**
 * The time a replication grant is signed at, and a `keep` vote's cutoff (votes 1.1.0): the wall
 * clock, but later than every earlier one in this process, so that a grant signed after a keep vote
 * is never void by it, and one signed before always is.
 */
export function grantClock (): number {
  lastGrantAt = Math.max(Date.now(), lastGrantAt + 1)
  return lastGrantAt
}

export async function signHandoff (key: PrivateKey, h: HandoffData): Promise<SignedHandoffMsg> {
  const payload = Handoff.encode({ vmId: h.vmId, epoch: h.epoch, from: peerIdFromString(h.from).toMultihash().bytes, to: peerIdFromString(h.to).toMultihash().bytes, atMs: h.atMs }).finish()
  return { handoff: payload, signature: await sign(key, 'handoff', payload) }
}

/** Decodes a handoff and checks it is signed by the peer it hands the VM over from. */
export async function openHandoff (signed: SignedHandoffMsg): Promise<HandoffData> {
  const payload = signed.handoff ?? new Uint8Array()
  let h
  try {
    h = Handoff.decode(payload)
  } catch (err) {
    throw new InvalidHandoffError(`malformed handoff: ${(err as Error).message}`)
  }
  let from
  try {
    from = await verify(h.from, 'handoff', payload, signed.signature ?? new Uint8Array())
  } catch (err) {
    throw new InvalidHandoffError((err as Error).message)
  }
  return { vmId: h.vmId, epoch: h.epoch, from: from.toString(), to: peerIdFromBytes(h.to).toString(), atMs: h.atMs }
}

/**
 * Opens a handoff and checks it hands `want.vmId` at `want.epoch` from `want.from` to `want.to`;
 * `what` names it in the error ("the grant", "the move's handoff").
 */
export async function expectHandoff (signed: SignedHandoffMsg | null | undefined, want: Omit<HandoffData, 'atMs'>, what = 'the handoff'): Promise<HandoffData> {
  const h = await openHandoff(signed ?? {})
  if (h.vmId !== want.vmId || h.epoch !== want.epoch || h.from !== want.from || h.to !== want.to) {
    throw new InvalidHandoffError(`${what} does not hand vm ${want.vmId} at epoch ${want.epoch} from ${want.from} to ${want.to}`)
  }
  return h
}

const verified = new Map<string, string>()
const MAX_CACHED = 20_000

/**
 * Checks that `owner` holds VM `vmId` at `epoch`: the id derives from `creator` and `nonce`, and the
 * handoffs lead from the creator to the owner one epoch at a time, each signed by the owner before.
 */
export async function verifyOwnership (r: { vmId: string, epoch: number, creator: string, nonce: string, handoffs: SignedHandoffMsg[] }, owner: string): Promise<void> {
  if (deriveVmId(r.creator, r.nonce) !== r.vmId) throw new InvalidHandoffError(`vm ${r.vmId} was not created by ${r.creator}`)
  if (r.handoffs.length !== r.epoch - 1) throw new InvalidHandoffError(`vm ${r.vmId} at epoch ${r.epoch} carries ${r.handoffs.length} handoffs`)
  if (r.handoffs.length > MAX_HANDOFFS) throw new InvalidHandoffError(`vm ${r.vmId} carries ${r.handoffs.length} handoffs`)
  const last = r.handoffs[r.handoffs.length - 1]
  const key = `${r.vmId}:${r.epoch}:${owner}:${last === undefined ? '' : Buffer.from(last.signature ?? []).toString('base64')}`
  if (verified.has(key)) return
  let holder = r.creator
  for (const [i, signed] of r.handoffs.entries()) {
    const h = await openHandoff(signed)
    if (h.vmId !== r.vmId || h.epoch !== i + 2 || h.from !== holder) throw new InvalidHandoffError(`vm ${r.vmId}: handoff ${i + 2} does not follow from its owner at epoch ${i + 1}`)
    holder = h.to
  }
  if (holder !== owner) throw new InvalidHandoffError(`vm ${r.vmId} at epoch ${r.epoch} was handed to ${holder}, not to ${owner}`)
  if (verified.size >= MAX_CACHED) verified.clear()
  verified.set(key, owner)
}
