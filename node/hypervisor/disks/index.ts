// Disks: block devices for VMs, file-backed and copy-on-write over content-addressed base images.
export { createDisk, openDisk, FileDisk } from './file-disk.js'
export { hashFile } from './base-image.js'
export { DISK_FORMAT_VERSION } from './format.js'
export { DEFAULT_BLOCK_BYTES, MAX_BLOCKS_PER_CALL, MAX_DISK_BYTES, MIN_DISK_BYTES, DEFAULT_SCAN_MAX } from './constants.js'
export * from './errors.js'
export type { BaseImageRef, BlockDevice, DiskCreateSpec, DiskInfo, DiskOpenSpec } from './types.js'
