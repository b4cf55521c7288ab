// Sizes and caps of the disk layer.

/**
 * 4 KiB: the unit of allocation, copy-on-write and dirty tracking. Guest filesystems (ext4) and
 * pages are 4 KiB, so a random 4 KiB write dirties exactly one block: a 64 KiB block would re-send
 * 16x the bytes in a migration, and copy 60 KiB from the base on a block's first write. Measured
 * (npm run bench:disk -- --device): random 4 KiB first writes over a base image, 4 KiB blocks
 * 41k/s vs 64 KiB 14k/s; the map costs 32 KiB per GiB at 4 KiB (persisted only by flushes that
 * found new blocks).
 */
export const DEFAULT_BLOCK_BYTES = 4096
export const MIN_BLOCK_BYTES = 512
export const MAX_BLOCK_BYTES = 1 << 20
export const MIN_DISK_BYTES = 1 << 20
/**
 * 64 GiB: the block map is held twice in memory (written, dirty) and rewritten whole by a flush
 * that found new blocks: 2 MiB per copy at 4 KiB blocks. Far above what a v86 guest uses.
 */
export const MAX_DISK_BYTES = 64 * 1024 * 1024 * 1024
/** Blocks one readBlocks/writeBlocks call moves at most (4 MiB at 4 KiB): a bounded message. */
export const MAX_BLOCKS_PER_CALL = 1024
/** Indexes one dirty scan returns by default; the rest stay dirty for the next. */
export const DEFAULT_SCAN_MAX = 65536
