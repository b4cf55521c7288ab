// A shell on the Linux guest's serial console, for tests and benchmarks that drive a guest in
// process: commands typed with a marker after them, whose exit status and output come back. And the
// MachineConfig that boots the image, as the VM layer would build it.
import { ImageCatalog } from '../../node/hypervisor/images.js'
import { HEADLESS_VGA_BYTES } from '../../node/hypervisor/limits.js'
import type { DiskAttachment, Machine, MachineConfig } from '../../node/hypervisor/types.js'

/** Output kept for matching: commands print little, and a marker is searched only after its command. */
const KEEP_CHARS = 1 << 20
export const READY_LINE = 'supercloud-linux: ready'

export async function linuxConfig (id: string, options: { disks?: DiskAttachment[], memoryBytes?: number, imageDir?: string } = {}): Promise<MachineConfig> {
  const image = new ImageCatalog(options.imageDir).get('linux')
  const { boot, guestConfig } = await image.boot({ name: id, nic: 'ne2k' })
  return {
    id,
    memoryBytes: options.memoryBytes ?? image.defaultMemoryBytes,
    vgaMemoryBytes: HEADLESS_VGA_BYTES,
    nic: 'ne2k',
    mac: '02:5c:00:00:00:01',
    boot,
    guestConfig,
    acpi: image.acpi,
    ...(options.disks === undefined ? {} : { disks: options.disks })
  }
}

export class GuestShell {
  private text = ''
  /** Characters dropped from the front of `text`. */
  private dropped = 0
  private next = 0
  private readonly detach: () => void

  constructor (private readonly machine: Machine) {
    this.text = Buffer.from(machine.serial.logs()).toString('latin1')
    this.detach = machine.serial.onOutput(bytes => {
      this.text += Buffer.from(bytes).toString('latin1')
      if (this.text.length > KEEP_CHARS) {
        const cut = this.text.length - KEEP_CHARS / 2
        this.text = this.text.slice(cut)
        this.dropped += cut
      }
    })
  }

  /** Everything the console printed that is still kept. */
  get output (): string {
    return this.text
  }

  /** Position in the output stream, for waitFor(…, from). */
  get position (): number {
    return this.dropped + this.text.length
  }

  /** The first match of `pattern` in the output after `from`. */
  async waitFor (pattern: RegExp, timeoutMs: number, from = 0): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const match = pattern.exec(this.text.slice(Math.max(0, from - this.dropped)))
      if (match !== null) return match
      if (Date.now() > deadline) throw new Error(`no ${String(pattern)} on ${this.machine.id}'s console within ${timeoutMs} ms; it ends: ${JSON.stringify(this.text.slice(-600))}`)
      await new Promise(resolve => setTimeout(resolve, 20))
    }
  }

  /** Waits for the ready line and the first prompt. */
  async ready (timeoutMs: number): Promise<void> {
    await this.waitFor(new RegExp(`${READY_LINE}[\\s\\S]*# `), timeoutMs)
  }

  /** Runs `command`; its output (without the echoed command line) and exit status. */
  async run (command: string, timeoutMs = 60_000): Promise<{ output: string, status: number }> {
    const id = `${process.pid}-${this.next++}`
    const from = this.position
    // The marker's digits exist only in the shell's output: the echoed line holds `$?`.
    this.machine.serial.write(Buffer.from(`${command}; echo "@@end-${id}-$?"\n`, 'latin1'))
    const end = await this.waitFor(new RegExp(`@@end-${id}-(\\d+)`), timeoutMs, from)
    const all = this.text.slice(Math.max(0, from - this.dropped))
    const body = all.slice(0, end.index)
    // Past the echoed command line.
    const echoed = body.indexOf('\n')
    return { output: (echoed < 0 ? '' : body.slice(echoed + 1)).replace(/\r/g, '').replaceAll('\u001b[6n', ''), status: Number(end[1]) }
  }

  /** run(), throwing on a non-zero exit status. */
  async ok (command: string, timeoutMs?: number): Promise<string> {
    const { output, status } = await this.run(command, timeoutMs)
    if (status !== 0) throw new Error(`\`${command}\` exited ${status} on ${this.machine.id}: ${output}`)
    return output
  }

  close (): void {
    this.detach()
  }
}
