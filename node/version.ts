// The versions every layer shares live with the lowest layer (overlay/core/version.ts).
export { PROTOCOL_VERSION, SOFTWARE_VERSION, protocolId, protocolMajor } from '../overlay/core/version.js'
