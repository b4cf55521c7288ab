// Guest images a peer can boot: `tiny` (built in, committed under guest/tiny) and `linux` (Debian's
// i386 kernel with a busybox initramfs, built on the peer by `npm run image:linux` into its image dir).
// An image turns a VM's spec into what the engine boots; files are read here, never named by peers.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { packagePath } from '../../overlay/core/package-root.js'
import { ImageNotFoundError } from './errors.js'
import { GUEST_CONFIG } from './devices/hypercall.js'
import { HEADLESS_VGA_BYTES } from './limits.js'
import type { BootSource, NicModel } from './types.js'

export type ImageName = 'tiny' | 'linux'
export const IMAGE_NAMES: readonly ImageName[] = ['tiny', 'linux']

/** What the guest should do, for the tiny guest's workload knobs. */
export interface TinyOptions {
  busy?: boolean
  dirtyPagesPerSec?: number
  dirtyPercent?: number
  fillRam?: boolean
}

export interface BootRequest {
  name: string
  nic: NicModel
  /** The guest's IPv4 address, when it has one. */
  ipv4?: { address: string, prefixLength: number }
  tiny?: TinyOptions
  /** Disks attached (IDE hda, hdb): the tiny guest then runs its disk mode on hda. */
  disks?: number
}

/**
 * The tiny guest's disk mode in a VM with a disk: a record every 50 ms (20 flushes a second, each an
 * fsync on the host) over the first 256 blocks (1 MiB), so a migration under writes always has
 * dirty blocks to carry and the chaos checker always has a counter to follow.
 */
export const TINY_DISK_WRITE_MS = 50
export const TINY_DISK_SPAN_BLOCKS = 256

export interface GuestImage {
  readonly name: ImageName
  readonly minMemoryBytes: number
  readonly defaultMemoryBytes: number
  readonly nics: readonly NicModel[]
  readonly vgaMemoryBytes: number
  /** Whether the guest speaks the hypercall ABI (counter and boot id in `vm show`). */
  readonly hypercall: boolean
  /** Whether its machines boot with ACPI and the IO-APIC (MachineConfig.acpi). */
  readonly acpi: boolean
  /** Throws ImageNotFoundError when the image is not on this peer. */
  boot (request: BootRequest): Promise<{ boot: BootSource, guestConfig: Record<number, number> }>
}

export const TINY_IMAGE_FILE = packagePath('guest', 'tiny', 'tiny.bin')
/** Where `npm run image:linux` puts the Linux image by default. */
export const DEFAULT_IMAGE_DIR = packagePath('.cache', 'images')

function ipv4ToU32 (ip: string): number {
  return ip.split('.').reduce((acc, part) => ((acc << 8) | Number(part)) >>> 0, 0)
}

class TinyImage implements GuestImage {
  readonly name = 'tiny'
  readonly minMemoryBytes = 16 << 20
  readonly defaultMemoryBytes = 32 << 20
  readonly nics = ['ne2k'] as const
  readonly vgaMemoryBytes = HEADLESS_VGA_BYTES
  readonly hypercall = true
  // It programs the 8259 PIC itself.
  readonly acpi = false
  private kernel: Promise<Uint8Array> | undefined

  constructor (private readonly file: string) {}

  async boot (request: BootRequest): Promise<{ boot: BootSource, guestConfig: Record<number, number> }> {
    this.kernel ??= readFile(this.file).catch((err: Error) => {
      this.kernel = undefined
      throw new ImageNotFoundError(`the tiny image is missing at ${this.file}: ${err.message}`)
    })
    const t = request.tiny ?? {}
    const guestConfig: Record<number, number> = {
      [GUEST_CONFIG.BUSY]: t.busy === true ? 1 : 0,
      [GUEST_CONFIG.DIRTY_PAGES_PER_SEC]: t.dirtyPagesPerSec ?? 0,
      // 0 means the guest's default: spread over all of its free RAM.
      [GUEST_CONFIG.DIRTY_PERCENT]: t.dirtyPercent === undefined || t.dirtyPercent === 0 ? 100 : t.dirtyPercent,
      [GUEST_CONFIG.FILL_RAM]: t.fillRam === true ? 1 : 0,
      [GUEST_CONFIG.IPV4_ADDR]: request.ipv4 === undefined ? 0 : ipv4ToU32(request.ipv4.address)
    }
    if ((request.disks ?? 0) > 0) {
      guestConfig[GUEST_CONFIG.DISK_WRITE_MS] = TINY_DISK_WRITE_MS
      guestConfig[GUEST_CONFIG.DISK_SPAN_BLOCKS] = TINY_DISK_SPAN_BLOCKS
    }
    return { boot: { kind: 'multiboot', kernel: await this.kernel }, guestConfig }
  }
}

const LINUX_FILES = ['bzImage', 'initrd.img', 'bios.bin', 'vgabios.bin'] as const

class LinuxImage implements GuestImage {
  readonly name = 'linux'
  // v86 puts the initrd at 64 MiB: 64 MiB of RAM cannot hold it.
  readonly minMemoryBytes = 80 << 20
  readonly defaultMemoryBytes = 128 << 20
  readonly nics = ['ne2k', 'virtio'] as const
  readonly vgaMemoryBytes = HEADLESS_VGA_BYTES
  readonly hypercall = false
  /**
   * v86 bug: behind its 8259 PICs the NIC's interrupts can stop for good under load (the master
   * holds the cascade in service with nothing in service on the slave), and v86 saves each PIC
   * without one of its bytes. Through its IO-APIC and local APIC neither happens: their state is
   * saved whole.
   */
  readonly acpi = true

  constructor (private readonly dir: string) {}

  async boot (request: BootRequest): Promise<{ boot: BootSource, guestConfig: Record<number, number> }> {
    const files = await Promise.all(LINUX_FILES.map(async f => await readFile(join(this.dir, f)))).catch((err: Error) => {
      throw new ImageNotFoundError(`the linux image is not built on this peer (${err.message}): run \`npm run image:linux\``)
    })
    const [bzImage, initrd, bios, vgaBios] = files as [Buffer, Buffer, Buffer, Buffer]
    // quiet keeps driver messages out of the shell's output; the crypto self-tests and the ISA PnP
    // scan cost 5 s of a v86 boot (guest/linux/README.md). v86 has no ACPI PCI hotplug registers
    // behind the tables its BIOS gives: Linux's acpiphp would take every PCI device for unplugged.
    const params = ['console=ttyS0', 'acpiphp.disable=1', 'tsc=reliable', 'mitigations=off', 'quiet', 'cryptomgr.notests', 'noisapnp', `sc.nic=${request.nic}`, `sc.hostname=${request.name}`]
    if (request.ipv4 !== undefined) params.push(`sc.ip=${request.ipv4.address}/${request.ipv4.prefixLength}`)
    return { boot: { kind: 'linux', bzImage, initrd, bios, vgaBios, cmdline: params.join(' ') }, guestConfig: {} }
  }
}

export class ImageCatalog {
  private readonly images: Map<ImageName, GuestImage>

  constructor (imageDir: string = DEFAULT_IMAGE_DIR, tinyFile: string = TINY_IMAGE_FILE) {
    this.images = new Map<ImageName, GuestImage>([['tiny', new TinyImage(tinyFile)], ['linux', new LinuxImage(join(imageDir, 'linux'))]])
  }

  get (name: string): GuestImage {
    const image = this.images.get(name as ImageName)
    if (image === undefined) throw new ImageNotFoundError(`no image '${name}' (known: ${IMAGE_NAMES.join(', ')})`)
    return image
  }
}
