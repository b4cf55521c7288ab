import { protocolId } from '../core/version.js'

/** Pull inventories (a joining peer pulls all; a peer that missed gossip pulls one owner's). */
export const RECORDS_PROTOCOL = protocolId('records')
/** Gossip topic for signed inventories; versioned like a protocol id. */
export const RECORDS_TOPIC = protocolId('records')

/** ~200 bytes per VM: room for 2,000 VMs on one peer. */
export const MAX_INVENTORY_BYTES = 512 << 10
export const MAX_VMS_PER_INVENTORY = 2000
export const MAX_RECORDS_RESPONSE_BYTES = 32 << 20
export const MAX_RECORDS_REQUEST_BYTES = 64 << 10
export const RECORDS_TIMEOUT_MS = 10_000
/** How often descriptors are compared with the inventories held (anti-entropy for lost gossip). */
export const SYNC_MS = 1000
