// Checks a v86 device state before v86 sees it: v86's restore trusts its input (a wrong memory size
// only logs a warning, and it also accepts zstd-compressed states, a decompression bomb).
import { SnapshotError } from '../errors.js'

const V86_STATE_MAGIC = 0x86768676
/** The state layout of v86 0.5.462. */
export const V86_STATE_VERSION = 6
/** Indexes into v86's CPU state array. */
const CPU_MEMORY_SIZE = 0
const CPU_NE2K = 59
const CPU_VIRTIO_NET = 83
const CPU_IDE = 85
/** In an IDE drive's state: whether it is a CD-ROM, and its disk's own state (null: no disk). */
const DRIVE_IS_ATAPI = 13
const DRIVE_BUFFER = 28

/**
 * `disks`, when given: the sizes of the hard disks the machine has on IDE hda and hdb, which the
 * state must have in the same places (a v86 state restored over other disks breaks the guest).
 */
export function checkDeviceState (state: Uint8Array, expect: { memoryBytes: number, nic: 'ne2k' | 'virtio', disks?: readonly number[] }): void {
  if (state.byteLength < 16) throw new SnapshotError('device state too short')
  const view = new DataView(state.buffer, state.byteOffset, state.byteLength)
  if (view.getUint32(0, true) !== V86_STATE_MAGIC) throw new SnapshotError('device state is not an uncompressed v86 state')
  const version = view.getInt32(4, true)
  if (version !== V86_STATE_VERSION) throw new SnapshotError(`device state is v86 state version ${version}; this peer's v86 reads version ${V86_STATE_VERSION}`)
  if (view.getInt32(8, true) !== state.byteLength) throw new SnapshotError('device state length does not match its header')
  const jsonLength = view.getInt32(12, true)
  if (jsonLength <= 0 || jsonLength > state.byteLength - 16) throw new SnapshotError('device state info block length is out of range')
  let info: { state?: unknown }
  try {
    info = JSON.parse(Buffer.from(state.buffer, state.byteOffset + 16, jsonLength).toString('utf8')) as { state?: unknown }
  } catch (err) {
    throw new SnapshotError(`device state info block is not JSON: ${(err as Error).message}`)
  }
  const cpu = info.state
  if (!Array.isArray(cpu)) throw new SnapshotError('device state has no CPU state')
  const memory: unknown = cpu[CPU_MEMORY_SIZE]
  if (memory !== expect.memoryBytes) throw new SnapshotError(`device state is for ${String(memory)} bytes of RAM, the snapshot header says ${expect.memoryBytes}`)
  const hasNe2k = cpu[CPU_NE2K] != null
  const hasVirtio = cpu[CPU_VIRTIO_NET] != null
  const nic = hasVirtio ? 'virtio' : hasNe2k ? 'ne2k' : 'none'
  if (nic !== expect.nic) throw new SnapshotError(`device state has a ${nic} NIC, the snapshot header says ${expect.nic}`)
  if (expect.disks !== undefined) {
    const found = hardDisks(cpu[CPU_IDE])
    if (found.join() !== expect.disks.join()) {
      throw new SnapshotError(`device state has hard disks of [${found.join(', ')}] bytes, the machine [${expect.disks.join(', ')}]`)
    }
  }
}

/** Sizes of the hard disks on the primary IDE channel (master, then slave), as their states give them. */
function hardDisks (ide: unknown): number[] {
  const primary: unknown = Array.isArray(ide) ? ide[0] : undefined
  if (!Array.isArray(primary)) return []
  const sizes: number[] = []
  for (const drive of primary.slice(0, 2) as unknown[]) {
    if (!Array.isArray(drive) || drive[DRIVE_IS_ATAPI] === true) continue
    const buffer: unknown = drive[DRIVE_BUFFER]
    if (Array.isArray(buffer) && typeof buffer[0] === 'number') sizes.push(buffer[0])
    else if (buffer !== null && buffer !== undefined) sizes.push(-1)
  }
  return sizes
}
