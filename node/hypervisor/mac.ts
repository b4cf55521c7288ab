// MAC addresses as the API shows them: six lowercase hex pairs joined by colons.
import { randomBytes } from 'node:crypto'

const MAC_RE = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/

export function isMac (text: string): boolean {
  return MAC_RE.test(text)
}

export function parseMac (text: string): Uint8Array {
  if (!isMac(text)) throw new TypeError(`not a MAC address: ${text}`)
  return Uint8Array.from(text.split(':').map(h => Number.parseInt(h, 16)))
}

export function formatMac (bytes: Uint8Array): string {
  return [...bytes.subarray(0, 6)].map(b => b.toString(16).padStart(2, '0')).join(':')
}

/** A random locally administered unicast MAC (46 random bits). */
export function randomMac (): string {
  const b = randomBytes(6)
  b[0] = ((b[0] ?? 0) & 0xfc) | 0x02
  return formatMac(b)
}
