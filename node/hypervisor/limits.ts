// Sizes the hypervisor accepts.
export const MIN_MEMORY_BYTES = 16 << 20
/** v86's guest RAM lives in a 32-bit wasm memory beside its own state and video memory. */
export const MAX_MEMORY_BYTES = 2 * 1024 * 1024 * 1024
/** Headless guests: v86's default of 8 MiB of video memory dominated small snapshots. */
export const HEADLESS_VGA_BYTES = 256 << 10
