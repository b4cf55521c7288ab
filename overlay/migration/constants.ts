import { protocolId } from '../../node/version.js'

export const MIGRATION_PROTOCOL = protocolId('migration')
/** Pages travel in messages of at most this many bytes (256 pages). */
export const PAGES_PER_MESSAGE = 256
/** No message is larger: a devices message carries the device state (~8 KB deflated), a Pages message 1 MiB. */
export const MAX_MESSAGE_BYTES = 8 << 20
/** An inflated device state larger than this is refused (a deflate bomb). */
export const MAX_DEVICE_STATE_BYTES = 64 << 20
/** Any one message of a migration must arrive within this. */
export const STALL_MS = 10_000
/** The destination builds its machine (and a Linux guest's device set) before it accepts. */
export const ACCEPT_TIMEOUT_MS = 60_000
export const DEFAULT_DOWNTIME_TARGET_MS = 20
/** Pre-copy switches over after this many rounds whatever remains. */
export const MAX_ROUNDS = 30
/** Auto-converge: the guest waits up to this long between slices when it dirties faster than the link. */
export const MAX_THROTTLE_MS = 16
export const MIGRATION_TIMEOUT_MS = 600_000

/**
 * The steps of a migration where a failpoint can be armed (tests, chaos runs): the source after the
 * destination accepted, with the devices sent but not the final message, and with the final message
 * sent; the destination after it accepted, with the devices restored, with the final message in
 * but not taken, and with the VM taken (persisted, running) but the source not told.
 */
export const MIGRATION_FAILPOINTS = [
  'migration.source.after-accept',
  'migration.source.after-devices',
  'migration.source.after-final',
  'migration.dest.after-accept',
  'migration.dest.after-devices',
  'migration.dest.before-commit',
  'migration.dest.after-commit'
] as const
