// What a user may ask for when creating a VM, checked against the image it names.
import { z } from 'zod'
import { MAX_MEMORY_BYTES, MIN_MEMORY_BYTES } from '../hypervisor/limits.js'
import type { GuestImage } from '../hypervisor/images.js'
import type { TinyOptionsData, VmSpecData } from '../../overlay/records/index.js'
import { VmSpecError } from './errors.js'

export const VM_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/i

export const createRequestSchema = z.object({
  image: z.string().min(1).max(32),
  memoryBytes: z.number().int().positive().optional(),
  name: z.string().regex(VM_NAME, 'letters, digits, dot, dash and underscore; at most 63').optional(),
  nic: z.enum(['ne2k', 'virtio']).optional(),
  /** A VNet (already resolved to its id) and, optionally, the address wanted on it. */
  net: z.object({ id: z.number().int().min(1).max((1 << 24) - 1), ip: z.ipv4().optional() }).strict().optional(),
  /** Disks (ids or names) to attach, hda then hdb: each on the peer the VM is created on, and free. */
  disks: z.array(z.string().min(1).max(64)).max(2).optional(),
  /** Keep it where it is except for an evacuation. */
  pinned: z.boolean().optional(),
  tiny: z.object({
    busy: z.boolean().optional(),
    dirtyPagesPerSec: z.number().int().min(0).max(1_000_000).optional(),
    dirtyPercent: z.number().int().min(1).max(100).optional(),
    fillRam: z.boolean().optional()
  }).strict().optional()
}).strict()

export type CreateRequest = z.infer<typeof createRequestSchema>

/** Fills in the image's defaults and checks the request against it. The MAC is the caller's to add. */
export function specFor (request: CreateRequest, image: GuestImage, name: string): Omit<VmSpecData, 'mac'> {
  const memoryBytes = request.memoryBytes ?? image.defaultMemoryBytes
  checkMemory(memoryBytes, image)
  const nic = request.nic ?? image.nics[0] ?? 'ne2k'
  if (!image.nics.includes(nic)) throw new VmSpecError(`the ${image.name} image has no ${nic} driver (it has ${image.nics.join(', ')})`)
  if (request.tiny !== undefined && image.name !== 'tiny') throw new VmSpecError(`guest workload options are for the tiny image, not ${image.name}`)
  const tiny: TinyOptionsData | undefined = image.name === 'tiny'
    ? { busy: request.tiny?.busy ?? false, dirtyPagesPerSec: request.tiny?.dirtyPagesPerSec ?? 0, dirtyPercent: request.tiny?.dirtyPercent ?? 0, fillRam: request.tiny?.fillRam ?? false }
    : undefined
  return { name, image: image.name, memoryBytes, nic, ...(tiny === undefined ? {} : { tiny }), ...(request.pinned === true ? { pinned: true } : {}) }
}

export function checkMemory (memoryBytes: number, image: GuestImage): void {
  const mib = (n: number): string => `${n / 1048576} MiB`
  if (memoryBytes % (1 << 20) !== 0) throw new VmSpecError(`memory must be a whole number of MiB, not ${memoryBytes} bytes`)
  const min = Math.max(MIN_MEMORY_BYTES, image.minMemoryBytes)
  if (memoryBytes < min) throw new VmSpecError(`memory ${mib(memoryBytes)} is below the ${image.name} image's minimum of ${mib(min)}`)
  if (memoryBytes > MAX_MEMORY_BYTES) throw new VmSpecError(`memory ${mib(memoryBytes)} is above the maximum of ${mib(MAX_MEMORY_BYTES)}`)
}
