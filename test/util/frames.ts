// Ethernet frames a test host sends a guest: ARP requests and ICMP echo requests, and parsers for
// the answers.
export const TEST_HOST_MAC = Buffer.from([0x02, 0x00, 0x00, 0xaa, 0xbb, 0xcc])
export const TEST_HOST_IP = '10.0.0.1'

const ipBytes = (ip: string): Buffer => Buffer.from(ip.split('.').map(Number))

function checksum (buf: Buffer): number {
  let sum = 0
  for (let i = 0; i + 1 < buf.length; i += 2) sum += buf.readUInt16BE(i)
  if (buf.length % 2 === 1) sum += (buf[buf.length - 1] ?? 0) << 8
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16)
  return ~sum & 0xffff
}

export function arpRequest (targetIp: string): Buffer {
  const f = Buffer.alloc(42)
  f.fill(0xff, 0, 6)
  TEST_HOST_MAC.copy(f, 6)
  f.writeUInt16BE(0x0806, 12)
  f.writeUInt16BE(1, 14)
  f.writeUInt16BE(0x0800, 16)
  f[18] = 6
  f[19] = 4
  f.writeUInt16BE(1, 20)
  TEST_HOST_MAC.copy(f, 22)
  ipBytes(TEST_HOST_IP).copy(f, 28)
  ipBytes(targetIp).copy(f, 38)
  return f
}

export function echoRequest (dstMac: Buffer, dstIp: string, seq: number, payload = Buffer.from('supercloud ping')): Buffer {
  const icmp = Buffer.alloc(8 + payload.length)
  icmp[0] = 8
  icmp.writeUInt16BE(0x5c5c, 4)
  icmp.writeUInt16BE(seq, 6)
  payload.copy(icmp, 8)
  icmp.writeUInt16BE(checksum(icmp), 2)
  const ip = Buffer.alloc(20)
  ip[0] = 0x45
  ip.writeUInt16BE(20 + icmp.length, 2)
  ip.writeUInt16BE(seq, 4)
  ip.writeUInt16BE(0x4000, 6)
  ip[8] = 64
  ip[9] = 1
  ipBytes(TEST_HOST_IP).copy(ip, 12)
  ipBytes(dstIp).copy(ip, 16)
  ip.writeUInt16BE(checksum(ip), 10)
  return Buffer.concat([dstMac, TEST_HOST_MAC, Buffer.from([0x08, 0x00]), ip, icmp])
}

/** The sender MAC of an ARP reply to the test host, if `frame` is one. */
export function arpReplySender (frame: Uint8Array): string | undefined {
  const f = Buffer.from(frame)
  if (f.length < 42 || f.readUInt16BE(12) !== 0x0806 || f.readUInt16BE(20) !== 2) return undefined
  if (!f.subarray(0, 6).equals(TEST_HOST_MAC)) return undefined
  return [...f.subarray(22, 28)].map(b => b.toString(16).padStart(2, '0')).join(':')
}

/** The sequence number of an ICMP echo reply to the test host, if `frame` is one. */
export function echoReplySeq (frame: Uint8Array): number | undefined {
  const f = Buffer.from(frame)
  if (f.length < 42 || f.readUInt16BE(12) !== 0x0800 || f[23] !== 1 || f[34] !== 0) return undefined
  if (!f.subarray(0, 6).equals(TEST_HOST_MAC)) return undefined
  return f.readUInt16BE(40)
}
