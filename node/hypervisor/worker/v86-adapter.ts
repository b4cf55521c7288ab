// The one place that touches v86's untyped internals (`emulator.v86`, its CPU, devices and bus).
// Everything here was checked against v86 0.5.462; ../../../../shared/notes/v86.md has the facts.
import type { V86 } from 'v86'

type Read = () => number
type Write = (value: number) => void

interface IoPorts {
  register_read: (port: number, device: object, r8: Read, r16: Read, r32: Read) => void
  register_write: (port: number, device: object, w8: Write, w16: Write, w32: Write) => void
  /** One entry per port: the handlers are called with the registering device as `this`. */
  ports: Array<{ write8: (this: unknown, value: number) => void } | undefined>
}

/** An IDE drive (v86's IDEInterface); `buffer` is the disk (IdeDiskBuffer), null for none. */
interface IdeDrive {
  buffer: unknown
  status_reg: number
  error_reg: number
  current_command: number
  data16: Uint16Array
  push_irq: () => void
}
interface IdeChannel {
  master: IdeDrive
  slave: IdeDrive
  current_interface: IdeDrive
  command_base: number
  irq: number
}

interface PciDevice { pci_bars?: Array<unknown> }

interface Ne2k {
  mac: Uint8Array
  memory: Uint8Array
  /** Receive ring: the page the next frame goes to, and the last page the driver has read. */
  curpg: number
  boundary: number
}
interface VirtioNet { mac: Uint8Array }
interface Uart { input: number[] }

interface PackedMemory { bitmap: { get_buffer: () => ArrayBuffer }, packed_memory: Uint8Array }

interface Cpu {
  io: IoPorts
  devices: { pci: { devices: Array<PciDevice | undefined> }, net?: Ne2k, virtio_net?: VirtioNet, uart0?: Uart, ide?: { primary?: IdeChannel } }
  device_lower_irq: (irq: number) => void
  pack_memory: () => PackedMemory
  unpack_memory: (bitmap: unknown, packed: Uint8Array) => void
}

interface Core {
  cpu: Cpu
  /** The emulator's end of the bus pair: what it sends, the V86 wrapper hears. */
  bus: Bus
  running: boolean
  stopping: boolean
  tick_counter: number
  yield: (t: number, tick: number) => void
  yield_callback: (tick: number) => void
  save_state: () => ArrayBuffer
  restore_state: (state: ArrayBuffer) => void
}

interface Bus {
  // The wrapper's end (emulator.bus) and the emulator's end (emulator.v86.bus) of one pair.
  register: (name: string, fn: (data: unknown) => void, self: unknown) => void
  send: (name: string, data: unknown) => void
}

const PAGE = 4096

const ATA_FLUSH_CACHE = 0xe7
const ATA_FLUSH_CACHE_EXT = 0xea
const ATA_IDENTIFY = 0xec
const ST_BSY = 0x80
const ST_DRDY = 0x40
const ST_DSC = 0x10
const ST_ERR = 0x01
const ERR_ABRT = 0x04

/** What completes a guest's FLUSH CACHE: `flush(disk)` (0 = hda, 1 = hdb) makes its writes durable. */
export interface DiskFlusher {
  flush: (disk: number) => Promise<void>
  /** False once the machine is destroyed: a late completion then touches nothing. */
  alive: () => boolean
}

export class V86Adapter {
  private readonly core: Core
  private readonly bus: Bus

  constructor (readonly emulator: V86) {
    const internals = emulator as unknown as { v86?: Core, bus?: Bus }
    if (internals.v86 === undefined || internals.bus === undefined) throw new Error('v86 internals not found: emulator not loaded?')
    this.core = internals.v86
    this.bus = internals.bus
  }

  get running (): boolean {
    return this.core.running
  }

  /**
   * Stops the guest now. v86's own stop takes effect at its next tick, which a throttled or halted
   * guest may not reach for milliseconds; called between ticks (as every worker call is), this
   * cancels the pending tick instead. The event tells the V86 wrapper it is stopped.
   */
  stopNow (): void {
    const core = this.core
    if (!core.running) return
    core.running = false
    core.stopping = false
    core.tick_counter++
    // Sent from the emulator's end, as v86 itself does, so that the wrapper hears it.
    core.bus.send('emulator-stopped', undefined)
  }

  /**
   * Under Node v86 yields with setImmediate whenever its next timer event is under 1 ms away (always,
   * with a 1 kHz PIT), so a halted guest spins a core. Sleep with setTimeout while halted instead;
   * device wake-ups still call next_tick(0). A throw from the emulator goes to `onError` instead of
   * killing the worker and every other guest on it.
   */
  patchYield (onError: (err: unknown) => void): void {
    const core = this.core
    const tick = (n: number): void => {
      // A protected VM's lease (node/vms/protect.ts): past it, its standby may run the guest, so it
      // does not run here a moment longer, whatever the daemon's main thread is doing (a SIGSTOP, a
      // long GC). Checked before every slice, on this thread's monotonic clock.
      if (this.leaseUntil !== undefined && performance.timeOrigin + performance.now() >= this.leaseUntil) {
        this.leaseStopped = true
        this.stopNow()
        return
      }
      try {
        core.yield_callback(n)
      } catch (err) {
        onError(err)
      }
    }
    core.yield = (t, n) => {
      // Auto-converge: a throttled guest waits between slices, so it dirties RAM more slowly.
      const wait = Math.max(t, this.throttleMs)
      if (wait > 0) setTimeout(tick, wait, n)
      else setImmediate(tick, n)
    }
  }

  /** Milliseconds the guest waits between slices of execution (0: full speed). */
  throttleMs = 0
  /** Wall-clock ms (timeOrigin + the monotonic now) past which the guest does not run; none: no lease. */
  leaseUntil: number | undefined
  /** The lease ran out while the guest ran, and stopped it. */
  leaseStopped = false

  /**
   * v86 bug: restore_state throws "reading 'original_bar'" for a VM without an hda, because the absent
   * IDE channel leaves holes in the PCI BAR table. Zero-sized descriptors fill them.
   */
  fillMissingPciBars (): void {
    for (const device of this.core.cpu.devices.pci.devices) {
      const bars = device?.pci_bars
      if (bars === undefined) continue
      for (let i = 0; i < bars.length; i++) {
        bars[i] ??= { size: 0, original_bar: 0, entries: [] }
      }
    }
  }

  registerPort32 (port: number, device: object, read: () => number, write: (value: number) => void): void {
    const io = this.core.cpu.io
    const ignore: Write = () => {}
    io.register_read(port, device, () => 0xff, () => 0xffff, () => read() | 0)
    io.register_write(port, device, ignore, ignore, value => { write(value >>> 0) })
  }

  /** Sets the MAC the NIC reports (the NE2000's station PROM, or virtio-net's config space). */
  setMac (mac: Uint8Array): void {
    const { net, virtio_net: virtio } = this.core.cpu.devices
    if (net !== undefined) {
      net.mac.set(mac)
      // The PROM holds each byte twice (word mode), as v86's constructor fills it.
      for (let i = 0; i < 6; i++) {
        net.memory[i << 1] = mac[i] ?? 0
        net.memory[(i << 1) | 1] = mac[i] ?? 0
      }
    }
    if (virtio !== undefined) virtio.mac = Uint8Array.from(mac)
  }

  /** The MAC the NIC holds now (after a restore: the one in the state). */
  mac (): Uint8Array {
    const { net, virtio_net: virtio } = this.core.cpu.devices
    return Uint8Array.from(net?.mac ?? virtio?.mac ?? new Uint8Array(6))
  }

  onBus (name: string, fn: (data: unknown) => void): void {
    this.bus.register(name, fn, undefined)
  }

  /**
   * A frame for the guest's NIC; false if the NE2000's receive ring is full and the frame is dropped.
   * v86 bug: its NE2000 takes a ring whose current page has caught up with the boundary (full: the
   * driver keeps the boundary one page behind what it has still to read) for an empty one, and writes
   * the next frame over the frames waiting there; the guest then loses all of them. The chip drops it.
   */
  sendFrame (frame: Uint8Array): boolean {
    const net = this.core.cpu.devices.net
    // A boundary of 0: the driver has not set the ring up (v86 then takes every frame).
    if (net !== undefined && net.boundary !== 0 && net.curpg === net.boundary) return false
    this.bus.send('net0-receive', frame)
    return true
  }

  /** Bytes waiting in the UART's receive queue (v86 keeps an unbounded array there). */
  serialBacklog (): number {
    return this.core.cpu.devices.uart0?.input.length ?? 0
  }

  /** v86's state with guest RAM left out (an all-zero page bitmap, no pages): devices only. */
  saveDeviceState (memoryBytes: number): ArrayBuffer {
    const cpu = this.core.cpu
    const original = cpu.pack_memory
    const bitmapBytes = Math.ceil(memoryBytes / PAGE / 8)
    cpu.pack_memory = () => ({ bitmap: { get_buffer: () => new ArrayBuffer(bitmapBytes) }, packed_memory: new Uint8Array(0) })
    try {
      return this.core.save_state()
    } finally {
      cpu.pack_memory = original
    }
  }

  /**
   * Restores a device state. v86 zeroes guest RAM doing so (the state carries no pages), unless
   * `keepRam`: a migration has written the RAM already.
   */
  restoreDeviceState (state: ArrayBuffer, options: { keepRam?: boolean } = {}): void {
    const cpu = this.core.cpu
    const original = cpu.unpack_memory
    if (options.keepRam === true) cpu.unpack_memory = () => {}
    try {
      this.core.restore_state(state)
    } finally {
      cpu.unpack_memory = original
    }
  }

  /**
   * The primary IDE channel's hard disks (hda, hdb): FLUSH CACHE (0xE7) and FLUSH CACHE EXT (0xEA)
   * complete only once the host has made the disk durable. The drive shows BSY meanwhile and raises
   * its interrupt at the end; the flush runs off the thread, so the worker's other guests (and this
   * one) keep running. v86 itself completes them at once. IDENTIFY also reports a volatile write
   * cache (supported and enabled): without it Linux takes the disk for write-through and never
   * flushes it.
   */
  interceptDiskCommands (flusher: DiskFlusher): void {
    const channel = this.core.cpu.devices.ide?.primary
    if (channel === undefined) return
    const port = this.core.cpu.io.ports[channel.command_base | 7]
    if (port === undefined) throw new Error('v86 has no IDE command port: internals changed?')
    const original = port.write8
    this.flusher = { channel, flusher }
    const cpu = this.core.cpu
    const pending = this.pendingFlushes
    port.write8 = function (this: unknown, value: number) {
      const drive = channel.current_interface
      const disk = diskIndex(channel, drive)
      if (disk !== undefined && (value === ATA_FLUSH_CACHE || value === ATA_FLUSH_CACHE_EXT)) {
        // As v86 starts every command: clear ERR and DF, take the command, lower the line.
        drive.status_reg &= ~0x21
        drive.current_command = value
        drive.error_reg = 0
        startFlush(drive, disk, flusher, pending)
        cpu.device_lower_irq(channel.irq)
        return
      }
      original.call(this, value)
      if (disk !== undefined && value === ATA_IDENTIFY) advertiseWriteCache(drive)
    }
  }

  /**
   * After a restore: a flush the saved guest was waiting for (BSY, FLUSH CACHE) is run here, on this
   * machine's disks, which hold everything the source had written: the guest sees it complete.
   */
  resumePendingFlushes (): void {
    if (this.flusher === undefined) return
    const { channel, flusher } = this.flusher
    for (const drive of [channel.master, channel.slave]) {
      const disk = diskIndex(channel, drive)
      if (disk === undefined || (drive.status_reg & ST_BSY) === 0) continue
      if (drive.current_command === ATA_FLUSH_CACHE || drive.current_command === ATA_FLUSH_CACHE_EXT) startFlush(drive, disk, flusher, this.pendingFlushes)
    }
  }

  private flusher: { channel: IdeChannel, flusher: DiskFlusher } | undefined
  private readonly pendingFlushes = new WeakMap<IdeDrive, object>()
}

function diskIndex (channel: IdeChannel, drive: IdeDrive): number | undefined {
  if (drive.buffer === null || drive.buffer === undefined) return undefined
  return drive === channel.master ? 0 : drive === channel.slave ? 1 : undefined
}

/** `pending`: the flush each drive waits for; a completion for an older one (before a reset) is dropped. */
function startFlush (drive: IdeDrive, disk: number, flusher: DiskFlusher, pending: WeakMap<IdeDrive, object>): void {
  const token = {}
  pending.set(drive, token)
  drive.status_reg = ST_BSY | ST_DRDY
  const command = drive.current_command
  const finish = (ok: boolean): void => {
    if (!flusher.alive() || pending.get(drive) !== token) return
    pending.delete(drive)
    // The guest reset the drive or moved on meanwhile: that is its answer.
    if ((drive.status_reg & ST_BSY) === 0 || drive.current_command !== command) return
    if (ok) {
      drive.status_reg = ST_DRDY | ST_DSC
    } else {
      drive.error_reg = ERR_ABRT
      drive.status_reg = ST_DRDY | ST_DSC | ST_ERR
    }
    drive.push_irq()
  }
  flusher.flush(disk).then(() => { finish(true) }, () => { finish(false) })
}

/** IDENTIFY words 82/85 bit 5: volatile write cache supported / enabled, in v86 0.5.462's layout. */
function advertiseWriteCache (drive: IdeDrive): void {
  const words = drive.data16
  // Words 83 and 86 (command sets supported / enabled) as v86 fills them: the layout is the known one.
  if (words[83] !== 0x7400 || words[86] !== 0x7400) return
  words[82] = (words[82] ?? 0) | (1 << 5)
  words[85] = (words[85] ?? 0) | (1 << 5)
}
