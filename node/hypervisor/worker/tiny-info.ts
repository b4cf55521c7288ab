// The tiny guest's info block (guest/tiny/README.md), read from and written into its RAM at the
// address it reported through the hypercall port.
import type { V86 } from 'v86'
import type { HypercallState } from '../devices/hypercall.js'
import { formatMac } from '../mac.js'
import type { GuestInfo, TinyDiskInfo } from '../types.js'

const INFO_MAGIC = 0x594e4954
const INFO_BYTES = 96
/** ABI 1.1 adds the disk mode's fields after the first 96 bytes. */
const INFO_BYTES_1_1 = 176
const INFO_IPV4 = 68
const DISK_F_PRESENT = 1
const DISK_F_ON = 2
const DISK_F_FLUSHED = 8

/** Counter and boot id read from guest RAM at the addresses the guest reported; undefined if it reported none. */
export function readTinyInfo (emulator: V86, s: HypercallState, memoryBytes: number): GuestInfo | undefined {
  if (s.infoAddr === null || s.counterAddr === null || s.bootIdAddr === null) return undefined
  for (const [addr, len] of [[s.infoAddr, INFO_BYTES], [s.counterAddr, 8], [s.bootIdAddr, 8]] as const) {
    if (addr < 0 || addr + len > memoryBytes) return undefined
  }
  let info = Buffer.from(emulator.read_memory(s.infoAddr, INFO_BYTES))
  if (info.readUInt32LE(0) !== INFO_MAGIC) return undefined
  if ((info.readUInt32LE(4) & 0xffff) >= 1 && s.infoAddr + INFO_BYTES_1_1 <= memoryBytes) info = Buffer.from(emulator.read_memory(s.infoAddr, INFO_BYTES_1_1))
  const disk = tinyDiskInfo(info)
  const counter = Buffer.from(emulator.read_memory(s.counterAddr, 8)).readBigUInt64LE(0)
  const bootId = Buffer.from(emulator.read_memory(s.bootIdAddr, 8)).readBigUInt64LE(0)
  const ip = info.readUInt32LE(INFO_IPV4)
  return {
    counter: Number(counter),
    bootId: bootId.toString(16).padStart(16, '0'),
    ready: s.ready,
    ...(s.panicVector === null ? {} : { panicVector: s.panicVector }),
    pagesDirtied: Number(info.readBigUInt64LE(24)),
    framesReceived: info.readUInt32LE(32),
    framesSent: info.readUInt32LE(36),
    ip: [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.'),
    mac: formatMac(info.subarray(72, 78)),
    ...(disk === undefined ? {} : { disk })
  }
}

/** Rewrites the IPv4 address in the info block; false if the guest has none there. */
export function writeTinyIp (emulator: V86, s: HypercallState, memoryBytes: number, ip: string | null): boolean {
  if (s.infoAddr === null || s.infoAddr + INFO_BYTES > memoryBytes) return false
  const info = emulator.read_memory(s.infoAddr, INFO_BYTES)
  if (Buffer.from(info.subarray(0, 4)).readUInt32LE(0) !== INFO_MAGIC) return false
  const value = ip === null ? 0 : ip.split('.').reduce((acc, part) => ((acc << 8) | Number(part)) >>> 0, 0)
  const bytes = Buffer.alloc(4)
  bytes.writeUInt32LE(value, 0)
  emulator.write_memory(bytes, s.infoAddr + INFO_IPV4)
  return true
}

/** The disk mode's fields (ABI 1.1), when it is on. */
function tinyDiskInfo (info: Buffer): TinyDiskInfo | undefined {
  if (info.byteLength < INFO_BYTES_1_1) return undefined
  const flags = info.readUInt32LE(96)
  if ((flags & (DISK_F_ON | DISK_F_PRESENT)) === 0) return undefined
  // The guest fills the slot the index does not point to, then flips it: this one is whole.
  const slot = 128 + (info.readUInt32LE(116) & 1) * 24
  return {
    present: (flags & DISK_F_PRESENT) !== 0,
    spanBlocks: info.readUInt32LE(100),
    flushes: info.readUInt32LE(112),
    errors: info.readUInt32LE(108),
    ...((flags & DISK_F_FLUSHED) === 0
      ? {}
      : { flushed: { seq: Number(info.readBigUInt64LE(slot)), counter: Number(info.readBigUInt64LE(slot + 8)), block: info.readUInt32LE(slot + 16) } })
  }
}
