// Building a v86 emulator for a machine: its options (boot images, NIC, memory, disks) and the wait
// for it to load.
import { V86, type V86Options } from 'v86'
import { MachineFailedError } from '../errors.js'
import type { MachineConfig } from '../types.js'
import type { MachineDisks } from './machine-disks.js'

export const LOAD_TIMEOUT_MS = 60_000

/** A loaded emulator for `config`, not started; MachineFailedError if it does not load in time. */
export async function load (config: MachineConfig, wasm: WebAssembly.Module, disks: MachineDisks): Promise<V86> {
  const emulator = new V86(v86Options(config, wasm, disks))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { reject(new MachineFailedError(`v86 did not load within ${LOAD_TIMEOUT_MS} ms`)) }, LOAD_TIMEOUT_MS)
    emulator.add_listener('emulator-loaded', () => { clearTimeout(timer); resolve() })
  })
  return emulator
}

function v86Options (config: MachineConfig, wasm: WebAssembly.Module, disks: MachineDisks): V86Options {
  const boot = config.boot
  const images: Partial<V86Options> = boot.kind === 'multiboot'
    ? { multiboot: { buffer: toArrayBuffer(boot.kernel) } }
    : boot.kind === 'linux'
      ? { bios: { buffer: toArrayBuffer(boot.bios) }, vga_bios: { buffer: toArrayBuffer(boot.vgaBios) }, bzimage: { buffer: toArrayBuffer(boot.bzImage) }, initrd: { buffer: toArrayBuffer(boot.initrd) }, cmdline: boot.cmdline }
      : {}
  return {
    wasm_fn: async (imports: WebAssembly.Imports) => (await WebAssembly.instantiate(wasm, imports)).exports,
    memory_size: config.memoryBytes,
    vga_memory_size: config.vgaMemoryBytes,
    net_device: { type: config.nic },
    autostart: false,
    acpi: config.acpi === true,
    disable_speaker: true,
    disable_keyboard: true,
    disable_mouse: true,
    // Without it a restored NE2000 gets a random MAC and the guest goes deaf.
    preserve_mac_from_state_image: true,
    ...images,
    ...disks.v86Options()
  }
}

/** A copy of `bytes` in a buffer of its own (v86 may write into what it is given, e.g. a bzImage's header). */
function toArrayBuffer (bytes: Uint8Array): ArrayBuffer {
  return Uint8Array.prototype.slice.call(bytes).buffer
}
