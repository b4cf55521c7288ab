// VM details and create requests to and from their wire messages (the owner answers other peers
// in these). Everything from the wire is checked as it is converted.
import { fromRecordMsg, toRecordMsg } from '../../overlay/records/index.js'
import type { VmDetailMsg, VmSpecMsg } from '../../overlay/control/vm-ops.js'
import type { GuestInfo } from '../hypervisor/types.js'
import type { VmDetail } from './detail.js'
import type { CreateRequest } from './spec.js'
import type { ProtectionView } from './protect.js'
import { peerIdFromString } from '@libp2p/peer-id'
import { peerIdFromBytes } from '../../overlay/signing/index.js'

export function toDetailMsg (d: VmDetail): VmDetailMsg {
  const p = d.protection
  return {
    record: toRecordMsg(d.record),
    guest: guestMsg(d.guest),
    note: d.note ?? '',
    guestLive: guestMsg(d.guestLive),
    protection: p === undefined ? null : { state: p.state, standby: p.standby === undefined ? new Uint8Array() : peerIdFromString(p.standby).toMultihash().bytes, lastCheckpointAgeMs: p.lastCheckpointAgeMs ?? -1, framesHeld: p.framesHeld, epoch: p.epoch, intervalMs: p.intervalMs, reason: p.reason ?? '' }
  }
}

function guestMsg (g: GuestInfo | undefined): VmDetailMsg['guest'] {
  return g === undefined ? null : { ...g, panicVector: g.panicVector ?? -1 }
}

const PROTECTION_STATES = ['unprotected', 'syncing', 'protected', 'failing-over'] as const

function fromProtectionMsg (p: NonNullable<VmDetailMsg['protection']>): ProtectionView {
  const state = PROTECTION_STATES.find(s => s === p.state) ?? 'unprotected'
  const standby = p.standby == null || p.standby.byteLength === 0 ? undefined : peerIdFromBytes(p.standby).toString()
  const age = p.lastCheckpointAgeMs ?? -1
  const reason = (p.reason ?? '').slice(0, 1000)
  return { state, ...(standby === undefined ? {} : { standby }), ...(age >= 0 ? { lastCheckpointAgeMs: age } : {}), framesHeld: p.framesHeld ?? 0, epoch: p.epoch ?? 0, intervalMs: p.intervalMs ?? 0, ...(reason === '' ? {} : { reason }) }
}

export function fromDetailMsg (m: VmDetailMsg): VmDetail {
  const record = fromRecordMsg(m.record ?? {})
  const guest = fromGuestMsg(m.guest)
  const guestLive = fromGuestMsg(m.guestLive)
  const note = (m.note ?? '').slice(0, 1000)
  return {
    record,
    ...(guest === undefined ? {} : { guest }),
    ...(note === '' ? {} : { note }),
    ...(m.protection == null ? {} : { protection: fromProtectionMsg(m.protection) }),
    ...(guestLive === undefined ? {} : { guestLive })
  }
}

function fromGuestMsg (g: VmDetailMsg['guest']): GuestInfo | undefined {
  return g == null
    ? undefined
    : {
        counter: Number(g.counter ?? 0),
        bootId: String(g.bootId ?? '').slice(0, 16),
        ready: g.ready === true,
        ...((g.panicVector ?? -1) >= 0 ? { panicVector: g.panicVector ?? 0 } : {}),
        pagesDirtied: Number(g.pagesDirtied ?? 0),
        framesReceived: g.framesReceived ?? 0,
        framesSent: g.framesSent ?? 0,
        ip: String(g.ip ?? '').slice(0, 15),
        mac: String(g.mac ?? '').slice(0, 17)
      }
}

export function toSpecMsg (r: CreateRequest): VmSpecMsg {
  return {
    image: r.image,
    name: r.name ?? '',
    memoryBytes: r.memoryBytes ?? 0,
    nic: r.nic ?? '',
    tiny: r.tiny === undefined ? null : { busy: r.tiny.busy ?? false, dirtyPagesPerSec: r.tiny.dirtyPagesPerSec ?? 0, dirtyPercent: r.tiny.dirtyPercent ?? 0, fillRam: r.tiny.fillRam ?? false },
    net: r.net === undefined ? null : { id: r.net.id, ip: r.net.ip ?? '' },
    pinned: r.pinned === true,
    disks: r.disks ?? []
  }
}

/** Back to the request shape the manager checks (empty fields are "not given"). */
export function fromSpecMsg (m: VmSpecMsg): unknown {
  const t = m.tiny
  const net = m.net
  return {
    ...(net == null ? {} : { net: { id: net.id ?? 0, ...((net.ip ?? '') === '' ? {} : { ip: net.ip }) } }),
    image: m.image ?? '',
    ...(m.pinned === true ? { pinned: true } : {}),
    ...((m.disks ?? []).length === 0 ? {} : { disks: m.disks }),
    ...((m.name ?? '') === '' ? {} : { name: m.name }),
    ...((m.memoryBytes ?? 0) === 0 ? {} : { memoryBytes: m.memoryBytes }),
    ...((m.nic ?? '') === '' ? {} : { nic: m.nic }),
    ...(t == null ? {} : { tiny: { busy: t.busy ?? false, dirtyPagesPerSec: t.dirtyPagesPerSec ?? 0, ...((t.dirtyPercent ?? 0) === 0 ? {} : { dirtyPercent: t.dirtyPercent }), fillRam: t.fillRam ?? false } })
  }
}
