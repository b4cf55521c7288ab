// The hypercall port: two 32-bit I/O ports through which a guest reads its identity and config and
// reports where its state lives (ABI 1.1, guest/tiny/README.md). Runs in the VM's worker. Its state
// is not in v86's: it travels in the snapshot header and is handed to the device of the restored VM.
import { randomBytes } from 'node:crypto'

export const HC_PORT_CMD = 0x5a0
export const HC_PORT_DATA = 0x5a4
export const HC_ABI_VERSION = 0x0001_0001

/** The commands a guest writes to HC_PORT_CMD. */
export const HC_COMMANDS = {
  GET_ABI_VERSION: 0x01,
  GET_BOOT_ID_LO: 0x02,
  GET_BOOT_ID_HI: 0x03,
  GET_CONFIG: 0x04,
  REPORT_COUNTER_ADDR: 0x05,
  REPORT_BOOT_ID_ADDR: 0x06,
  REPORT_INFO_ADDR: 0x07,
  REPORT_READY: 0x08,
  REPORT_PANIC: 0x09
} as const

/** What HC_PORT_CMD reads back after a command. */
export const HC_STATUS = { OK: 0, UNKNOWN_COMMAND: 1, UNKNOWN_KEY: 2 } as const
const CMD = HC_COMMANDS

/** Config keys the tiny guest reads (GET_CONFIG). */
export const GUEST_CONFIG = {
  BUSY: 1,
  DIRTY_PAGES_PER_SEC: 2,
  DIRTY_PERCENT: 3,
  DIRTY_SPAN_PAGES: 4,
  FILL_RAM: 5,
  IPV4_ADDR: 6,
  TICK_HZ: 7,
  TSC_KHZ: 8,
  // ABI 1.1: the tiny guest's disk mode (guest/tiny/README.md)
  DISK_WRITE_MS: 9,
  DISK_SPAN_BLOCKS: 10
} as const

/** Named and versioned: it is written into snapshots. */
export interface HypercallState {
  version: 1
  /** 16 hex digits, or null before the guest asked. */
  bootId: string | null
  counterAddr: number | null
  bootIdAddr: number | null
  infoAddr: number | null
  ready: boolean
  panicVector: number | null
  config: Record<string, number>
}

export interface HypercallEvents {
  ready: () => void
  panic: (vector: number) => void
}

export function initialHypercallState (config: Record<number, number>): HypercallState {
  return { version: 1, bootId: null, counterAddr: null, bootIdAddr: null, infoAddr: null, ready: false, panicVector: null, config: { ...config } }
}

export class HypercallDevice {
  private data = 0
  private status: number = HC_STATUS.OK
  private bootIdValue = 0n

  constructor (private state: HypercallState, private readonly events: HypercallEvents) {
    if (state.bootId !== null) this.bootIdValue = BigInt('0x' + state.bootId)
  }

  get current (): HypercallState {
    return { ...this.state, config: { ...this.state.config } }
  }

  readStatus (): number { return this.status }
  readData (): number { return this.data }
  writeData (value: number): void { this.data = value >>> 0 }

  command (cmd: number): void {
    const s = this.state
    const arg = this.data
    this.status = HC_STATUS.OK
    switch (cmd) {
      case CMD.GET_ABI_VERSION:
        this.data = HC_ABI_VERSION
        break
      case CMD.GET_BOOT_ID_LO:
        // A new boot: a fresh id, and nothing reported yet.
        this.bootIdValue = randomBytes(8).readBigUInt64LE()
        this.state = { ...initialHypercallState(s.config), bootId: this.bootIdValue.toString(16).padStart(16, '0') }
        this.data = Number(this.bootIdValue & 0xffff_ffffn)
        break
      case CMD.GET_BOOT_ID_HI:
        this.data = Number(this.bootIdValue >> 32n)
        break
      case CMD.GET_CONFIG: {
        const value = s.config[String(arg)]
        if (value === undefined) {
          this.data = 0
          this.status = HC_STATUS.UNKNOWN_KEY
        } else {
          this.data = value >>> 0
        }
        break
      }
      case CMD.REPORT_COUNTER_ADDR: s.counterAddr = arg; break
      case CMD.REPORT_BOOT_ID_ADDR: s.bootIdAddr = arg; break
      case CMD.REPORT_INFO_ADDR: s.infoAddr = arg; break
      case CMD.REPORT_READY:
        s.ready = true
        this.events.ready()
        break
      case CMD.REPORT_PANIC:
        s.panicVector = arg
        this.events.panic(arg)
        break
      default:
        this.status = HC_STATUS.UNKNOWN_COMMAND
    }
  }
}
