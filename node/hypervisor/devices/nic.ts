// The virtual NIC seen from the daemon: frames out of the guest go to whatever is attached (the
// virtual switch), frames for the guest go in. The port owns the VM's network MAC; when the guest's
// NIC holds another one (a snapshot restored while its MAC was taken) the port translates between
// them in Ethernet and ARP headers, so the guest keeps working under its new address.
import { formatMac, parseMac } from '../mac.js'

/** Largest frame the port carries either way: a jumbo frame, well above any MTU we configure. */
export const MAX_FRAME_BYTES = 9018
/**
 * Frames handed to the guest's worker and not yet taken by its NIC. Beyond this, frames for the guest
 * are dropped and counted: a flood costs bounded memory, as a real NIC's ring overflows.
 */
export const MAX_FRAMES_IN_FLIGHT = 1024
/**
 * Output commit: frames a protected guest sent and its standby has not yet acknowledged the
 * checkpoint of are held at most this many; past it they are dropped and counted, as a full
 * transmit ring would (TCP sends them again).
 */
export const MAX_FRAMES_HELD = 4096
const ETH_HEADER = 14
const ETHERTYPE_ARP = 0x0806
const ETHERTYPE_RARP = 0x8035

export type FrameSink = (frames: Uint8Array[]) => void

export interface NicCounters {
  framesIn: number
  bytesIn: number
  framesOut: number
  bytesOut: number
  /** queueFull: too many frames on their way to the guest's worker; ringFull: its NIC's receive ring was full. */
  drops: { noLink: number, malformed: number, tooLarge: number, queueFull: number, ringFull: number, heldFull: number }
}

export class NicPort {
  private sink: FrameSink | undefined
  readonly mac: string
  private readonly macBytes: Uint8Array
  private readonly guestMacBytes: Uint8Array
  private readonly translate: boolean
  readonly counters: NicCounters = { framesIn: 0, bytesIn: 0, framesOut: 0, bytesOut: 0, drops: { noLink: 0, malformed: 0, tooLarge: 0, queueFull: 0, ringFull: 0, heldFull: 0 } }
  private inFlight = 0
  /** Output commit (Remus): batches of frames out of the guest, held until their epoch is acknowledged. */
  private held: Uint8Array[][] | undefined
  /** The absolute number of held[0]: marks from seal() count batches from the start. */
  private heldFrom = 0
  private heldFrames = 0

  /** `mac` is the VM's address on the network; `guestMac` the one in the guest's NIC. */
  constructor (private readonly deliver: (frames: Uint8Array[]) => void, mac: string, guestMac: string = mac) {
    this.mac = mac
    this.macBytes = parseMac(mac)
    this.guestMacBytes = parseMac(guestMac)
    this.translate = mac !== guestMac
  }

  get guestMac (): string {
    return formatMac(this.guestMacBytes)
  }

  /** Connects the port; frames out of the guest go to `sink`. Returns the detach function. */
  attach (sink: FrameSink): () => void {
    this.sink = sink
    return () => { if (this.sink === sink) this.sink = undefined }
  }

  /** Frames the guest sent, from the machine. */
  fromGuest (frames: Uint8Array[]): void {
    const out: Uint8Array[] = []
    for (const frame of frames) {
      if (!this.check(frame)) continue
      if (this.translate) this.rewrite(frame, this.guestMacBytes, this.macBytes, 6, 22)
      this.counters.framesOut++
      this.counters.bytesOut += frame.byteLength
      out.push(frame)
    }
    if (out.length === 0) return
    if (this.held !== undefined) {
      if (this.heldFrames + out.length > MAX_FRAMES_HELD) {
        this.counters.drops.heldFull += out.length
        return
      }
      this.held.push(out)
      this.heldFrames += out.length
      return
    }
    this.send(out)
  }

  /** Output commit on: frames out of the guest wait at this port until released. */
  hold (): void {
    this.held ??= []
  }

  /** Frames held now. */
  get framesHeld (): number {
    return this.heldFrames
  }

  /** The end of what the guest has sent so far (a checkpoint was just taken): release(mark) sends up to here. */
  seal (): number {
    return this.heldFrom + (this.held?.length ?? 0)
  }

  /** The checkpoint sealed at `mark` was acknowledged: its frames go out. */
  release (mark: number): void {
    const held = this.held
    if (held === undefined) return
    while (this.heldFrom < mark && held.length > 0) {
      const batch = held.shift() ?? []
      this.heldFrom++
      this.heldFrames -= batch.length
      this.send(batch)
    }
  }

  /** Output commit off: whatever is held goes out now. */
  unhold (): void {
    const held = this.held
    if (held === undefined) return
    this.release(this.heldFrom + held.length)
    this.held = undefined
  }

  private send (out: Uint8Array[]): void {
    if (this.sink === undefined) {
      this.counters.drops.noLink += out.length
      return
    }
    this.sink(out)
  }

  /** Frames for the guest. */
  toGuest (frames: Uint8Array[]): void {
    const ok: Uint8Array[] = []
    for (const frame of frames) {
      if (!this.check(frame)) continue
      if (this.inFlight + ok.length >= MAX_FRAMES_IN_FLIGHT) {
        this.counters.drops.queueFull++
        continue
      }
      // A frame for the guest may be shared (a broadcast to several ports): rewrite a copy.
      const f = this.translate ? frame.slice() : frame
      if (this.translate) this.rewrite(f, this.macBytes, this.guestMacBytes, 0, 32)
      this.counters.framesIn++
      this.counters.bytesIn += f.byteLength
      ok.push(f)
    }
    if (ok.length === 0) return
    this.inFlight += ok.length
    this.deliver(ok)
  }

  /** The guest's worker took `count` frames, of which its NIC dropped `ringFull`. */
  delivered (count: number, ringFull = 0): void {
    this.inFlight = Math.max(0, this.inFlight - count)
    this.counters.drops.ringFull += ringFull
  }

  private check (frame: Uint8Array): boolean {
    if (frame.byteLength < ETH_HEADER) {
      this.counters.drops.malformed++
      return false
    }
    if (frame.byteLength > MAX_FRAME_BYTES) {
      this.counters.drops.tooLarge++
      return false
    }
    return true
  }

  /** Replaces `from` by `to` in the Ethernet address at `ethOffset` and, in ARP, at `arpOffset`. */
  private rewrite (frame: Uint8Array, from: Uint8Array, to: Uint8Array, ethOffset: number, arpOffset: number): void {
    replaceAt(frame, ethOffset, from, to)
    const type = ((frame[12] ?? 0) << 8) | (frame[13] ?? 0)
    if ((type === ETHERTYPE_ARP || type === ETHERTYPE_RARP) && frame.byteLength >= 42) replaceAt(frame, arpOffset, from, to)
  }
}

function replaceAt (frame: Uint8Array, offset: number, from: Uint8Array, to: Uint8Array): void {
  for (let i = 0; i < 6; i++) {
    if (frame[offset + i] !== from[i]) return
  }
  frame.set(to, offset)
}
