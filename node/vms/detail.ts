// A VM as its owner knows it: the record everyone sees, and what only the owner can read now.
import type { GuestInfo } from '../hypervisor/types.js'
import type { VmRecordData } from '../../overlay/records/index.js'

export interface VmDetail {
  record: VmRecordData
  /** Read from the guest's RAM when it has one to read. */
  guest?: GuestInfo
  /** Something the user should know (a restored VM that got a new MAC). */
  note?: string
}
