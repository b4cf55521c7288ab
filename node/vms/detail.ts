// A VM as its owner knows it: the record everyone sees, and what only the owner can read now.
import type { GuestInfo } from '../hypervisor/types.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import type { ProtectionView } from './protect.js'

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
