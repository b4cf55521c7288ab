// Records: every peer's signed inventory of the VMs it owns, gossiped and pulled, and the cloud-wide
// view of every VM derived from them.
export { Records, type CloudVm, type CloudDisk, type CloudImage, type RecordsComponents, type RecordsInit } from './records.js'
export {
  VM_PHASES, InvalidInventoryError, isVmId, fromRecordMsg, toRecordMsg,
  type VmPhase, type VmRecordData, type VmSpecData, type TinyOptionsData, type InventoryData, type ReplicaRecordData
} from './inventory.js'
export { RECORDS_PROTOCOL, RECORDS_TOPIC } from './constants.js'
export { DISK_ID, DISK_NAME, SHA256, fromDiskMsg, toDiskMsg, type DiskRecordData, type ImageRecordData } from './disk-record.js'
