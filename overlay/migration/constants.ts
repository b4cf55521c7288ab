import { protocolId } from '../core/version.js'

/**
 * 3.0.0: disks move with their VM (DiskOffer, Blocks), which an older peer would drop unread: a major
 * version. 2.1.0 (never landed on its own) added the console's history to the devices message;
 * 2.0.0 brought deltas (Deltas messages). A source of any older version is refused with both
 * versions named; an older destination, when this peer sees only that, likewise.
 */
export const MIGRATION_VERSION = '3.0.0'
export const MIGRATION_PROTOCOL = protocolId('migration', MIGRATION_VERSION)
/** The versions before: refused, by name. */
export const MIGRATION_PROTOCOL_V1 = protocolId('migration', '1.0.0')
export const MIGRATION_PROTOCOL_V2 = protocolId('migration', '2.0.0')
export const MIGRATION_PROTOCOL_V2_1 = protocolId('migration', '2.1.0')
export const OLDER_MIGRATION_PROTOCOLS = [MIGRATION_PROTOCOL_V1, MIGRATION_PROTOCOL_V2, MIGRATION_PROTOCOL_V2_1] as const
/** Disk blocks travel in messages of at most this many (1 MiB of 4 KiB blocks). */
export const BLOCKS_PER_MESSAGE = 256
/** A dirty-block scan returns at most this many indexes; the rest stay dirty for the next. */
export const DISK_SCAN_MAX = 16384
/** Pages and deltas travel in messages of about this many bytes of payload (256 whole pages). */
export const MESSAGE_PAYLOAD_BYTES = 1 << 20
/** No message is larger: a devices message carries the device state (~8 KB deflated), a Pages message 1 MiB. */
export const MAX_MESSAGE_BYTES = 8 << 20
/**
 * A round scans guest RAM this many pages (4 MiB) at a time: the guest runs between slices, and the
 * pages of one slice travel while the next is scanned.
 */
export const SCAN_SLICE_PAGES = 1024
/**
 * The switchover's last scan after pre-copy goes this many pages (64 MiB) at a time: the guest is
 * paused, so nothing runs between slices, and few pages changed, so little travels while the next
 * is scanned; each slice costs a round trip to the VM's worker on the guest's downtime.
 */
export const FINAL_SCAN_SLICE_PAGES = 16_384
/** An inflated device state larger than this is refused (a deflate bomb). */
export const MAX_DEVICE_STATE_BYTES = 64 << 20
/** Any one message of a migration must arrive within this. */
export const STALL_MS = 10_000
/** The window a destination grants the source's stream at once (overlay/wire/window.ts): a page round in flight. */
export const RECEIVE_WINDOW_BYTES = 16 << 20
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
