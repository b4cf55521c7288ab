import { protocolId } from '../../node/version.js'

export const CONTROL_PROTOCOL = protocolId('control')
export const MAX_CONTROL_REQUEST_BYTES = 64 << 10
export const MAX_CONTROL_RESPONSE_BYTES = 4 << 20
export const CONTROL_TIMEOUT_MS = 15_000
