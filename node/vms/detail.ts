// A VM as its owner knows it: the record everyone sees, and what only the owner can read now.
import type { GuestInfo } from '../hypervisor/types.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import type { ProtectionDetail, ProtectionView } from './protect.js'

export interface VmDetail {
  record: VmRecordData
  /** Read from the guest's RAM when it has one to read. */
  guest?: GuestInfo
  /** Something the user should know (a restored VM that got a new MAC). */
  note?: string
  /** Its replication to a standby, when protected (node/vms/protect.ts). */
  protection?: ProtectionView
  /** Protected: the guest's running RAM, ahead of `guest` (the last acknowledged checkpoint's). */
  guestLive?: GuestInfo
}

/**
 * The detail of a VM from what its owner reads now. A protected VM shows, as its guest, the last
 * acknowledged checkpoint's: what the world may have seen, and what a failover never loses.
 */
export function detailOf (record: VmRecordData, guest: GuestInfo | undefined, protection: ProtectionDetail | undefined, note: string | undefined): VmDetail {
  const shown = protection === undefined ? guest : protection.guestAcked
  return {
    record,
    ...(shown === undefined ? {} : { guest: shown }),
    ...(protection === undefined || guest === undefined ? {} : { guestLive: guest }),
    ...(protection === undefined ? {} : { protection: protection.view }),
    ...(note === undefined ? {} : { note })
  }
}
