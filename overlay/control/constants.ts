import { protocolId } from '../core/version.js'

export const CONTROL_PROTOCOL = protocolId('control')
export const MAX_CONTROL_REQUEST_BYTES = 64 << 10
export const MAX_CONTROL_RESPONSE_BYTES = 4 << 20
export const CONTROL_TIMEOUT_MS = 15_000

export const VM_PROTOCOL = protocolId('vm')
export const MAX_VM_REQUEST_BYTES = 64 << 10
/** A list of every VM a peer owns, with guest details: ~300 bytes each. */
export const MAX_VM_RESPONSE_BYTES = 8 << 20
/** Creating a VM boots it (a Linux guest's device set takes a while to build). */
export const VM_TIMEOUT_MS = 60_000

export const CONSOLE_PROTOCOL = protocolId('console')
export const MAX_CONSOLE_MESSAGE_BYTES = 64 << 10
/** Both ends send an empty message this often: libp2p aborts streams idle for 120 s. */
export const CONSOLE_KEEPALIVE_MS = 30_000
/** Output queued for a slow console reader beyond this is dropped (a console is not a pipe). */
export const MAX_CONSOLE_BACKLOG_BYTES = 1 << 20

export const SNAPSHOT_PROTOCOL = protocolId('snapshot')
export const SNAPSHOT_CHUNK_BYTES = 256 << 10
/** Time allowed for any one message of a snapshot transfer to arrive. */
export const SNAPSHOT_STALL_MS = 30_000
