// A peer's own port on a VNet, like a tap device: it has a MAC derived from the peer and the VNet,
// an address leased like a VM's, answers ARP and ping for it, and pings VMs (`net ping`).
import { createHash, randomInt } from 'node:crypto'
import { ETHERTYPE_ARP, arpFrame, ethertype, icmpEchoFrame, parseArp, parseIcmpEcho, parseIpv4, srcMac } from './frames.js'
import type { SwitchPort } from './switch.js'
import { BulkSink, sendBulk, type BulkCounts, type BulkSendOptions, type BulkSendResult } from './bulk.js'
import { sleep } from '../core/abort.js'

export interface PingOptions {
  count: number
  intervalMs: number
  /** How long to wait for each reply (and for the address to resolve). */
  timeoutMs: number
  payloadBytes: number
  signal?: AbortSignal
}

export interface PingResult {
  target: string
  /** The MAC the address resolved to, if it did. */
  mac?: string
  sent: number
  received: number
  rttMs: { min: number, median: number, p99: number, max: number } | null
  /** The longest time between two consecutive replies: the blackout a migration or a fault caused. */
  longestGapMs: number | null
  /** When that gap began, in ms after the first probe was sent. */
  longestGapStartMs: number | null
}

/** The host port's MAC on a VNet: locally administered, the same every time for a peer and VNet. */
export function hostPortMac (peerId: string, vnet: number): string {
  const b = createHash('sha256').update(`supercloud host port ${peerId} ${vnet}`).digest()
  b[0] = ((b[0] ?? 0) & 0xfc) | 0x02
  return [...b.subarray(0, 6)].map(x => x.toString(16).padStart(2, '0')).join(':')
}

export class HostPort {
  readonly port: SwitchPort
  private readonly arpWaiters = new Map<string, Array<(mac: string) => void>>()
  /** Keyed by echo id and sequence number (echoKey). */
  private readonly echoWaiters = new Map<number, (at: number) => void>()
  /** Each ping takes an echo id of its own: pings run at once (to several VMs) never take each other's replies. */
  private nextEchoId = randomInt(1, 0xffff)
  private readonly sink: BulkSink

  constructor (readonly vnet: number, readonly mac: string, readonly ip: string, attach: (deliver: (frames: Uint8Array[]) => void) => SwitchPort) {
    this.sink = new BulkSink(ip)
    this.port = attach(frames => { this.receive(frames) })
  }

  /** Sends bulk UDP frames to `target`'s discard port (see bulk.ts); fails if `target` does not answer ARP. */
  async sendBulk (target: string, options: BulkSendOptions & { timeoutMs: number }): Promise<BulkSendResult & { mac: string }> {
    const mac = await this.resolve(target, options)
    return { ...await sendBulk(this.port, this, { mac, ip: target }, options), mac }
  }

  /** What bulk frames reached this port since the last reset. */
  bulkCounts (reset = false): BulkCounts {
    const counts = this.sink.counts()
    if (reset) this.sink.reset()
    return counts
  }

  detach (): void {
    this.port.detach()
  }

  async ping (target: string, options: PingOptions): Promise<PingResult> {
    const mac = await this.resolve(target, options).catch(() => undefined)
    const result: PingResult = { target, ...(mac === undefined ? {} : { mac }), sent: 0, received: 0, rttMs: null, longestGapMs: null, longestGapStartMs: null }
    if (mac === undefined) return { ...result, sent: options.count }
    const rtts: number[] = []
    const arrivals: number[] = []
    const firstSentAt = performance.now()
    const payload = new Uint8Array(options.payloadBytes).map((_v, i) => i & 0xff)
    const id = this.nextEchoId
    this.nextEchoId = id % 0xffff + 1
    const replies: Array<Promise<void>> = []
    for (let seq = 1; seq <= options.count && options.signal?.aborted !== true; seq++) {
      if (seq > 1) await sleep(options.intervalMs, options.signal)
      const sentAt = performance.now()
      replies.push(this.awaitEcho(echoKey(id, seq), options.timeoutMs).then(at => {
        if (at === undefined) return
        rtts.push(at - sentAt)
        arrivals.push(at)
      }))
      this.port.send([icmpEchoFrame(8, mac, this.mac, this.ip, target, id, seq, payload)])
      result.sent++
    }
    await Promise.all(replies)
    result.received = rtts.length
    if (rtts.length > 0) {
      const sorted = rtts.sort((a, b) => a - b)
      const at = (q: number): number => round3(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0)
      result.rttMs = { min: round3(sorted[0] ?? 0), median: at(0.5), p99: at(0.99), max: round3(sorted[sorted.length - 1] ?? 0) }
    }
    if (arrivals.length > 1) {
      arrivals.sort((a, b) => a - b)
      let at = 0
      for (let i = 1; i < arrivals.length; i++) if ((arrivals[i] ?? 0) - (arrivals[i - 1] ?? 0) > (arrivals[at + 1] ?? 0) - (arrivals[at] ?? 0)) at = i - 1
      result.longestGapMs = round3((arrivals[at + 1] ?? 0) - (arrivals[at] ?? 0))
      result.longestGapStartMs = round3((arrivals[at] ?? 0) - firstSentAt)
    }
    return result
  }

  /** ARP for `ip`: asked again every 200 ms until answered or the timeout. */
  private async resolve (ip: string, options: { timeoutMs: number, signal?: AbortSignal }): Promise<string> {
    const deadline = Date.now() + options.timeoutMs
    while (Date.now() < deadline && options.signal?.aborted !== true) {
      const answer = new Promise<string | undefined>(resolve => {
        const waiters = this.arpWaiters.get(ip) ?? []
        const timer = setTimeout(() => { resolve(undefined) }, Math.min(200, Math.max(1, deadline - Date.now())))
        waiters.push(mac => { clearTimeout(timer); resolve(mac) })
        this.arpWaiters.set(ip, waiters)
      })
      this.port.send([arpFrame(1, this.mac, this.ip, '00:00:00:00:00:00', ip)])
      const mac = await answer
      if (mac !== undefined) return mac
    }
    this.arpWaiters.delete(ip)
    throw new Error(`${ip} did not answer ARP`)
  }

  private async awaitEcho (key: number, timeoutMs: number): Promise<number | undefined> {
    return await new Promise(resolve => {
      const timer = setTimeout(() => { this.echoWaiters.delete(key); resolve(undefined) }, timeoutMs)
      this.echoWaiters.set(key, at => { clearTimeout(timer); this.echoWaiters.delete(key); resolve(at) })
    })
  }

  private receive (frames: Uint8Array[]): void {
    const now = performance.now()
    for (const frame of frames) {
      if (this.sink.take(frame, now)) continue
      if (ethertype(frame) === ETHERTYPE_ARP) {
        const arp = parseArp(frame)
        if (arp === undefined) continue
        if (arp.op === 1 && arp.targetIp === this.ip) this.port.send([arpFrame(2, this.mac, this.ip, arp.senderMac, arp.senderIp)])
        if (arp.op === 2) {
          const waiters = this.arpWaiters.get(arp.senderIp)
          this.arpWaiters.delete(arp.senderIp)
          for (const wake of waiters ?? []) wake(arp.senderMac)
        }
        continue
      }
      const ip = parseIpv4(frame)
      if (ip === undefined || ip.dst !== this.ip) continue
      const echo = parseIcmpEcho(frame, ip)
      if (echo === undefined) continue
      if (echo.type === 0) this.echoWaiters.get(echoKey(echo.id, echo.seq))?.(now)
      // Guests may ping the host port too.
      if (echo.type === 8) {
        this.port.send([icmpEchoFrame(0, srcMac(frame), this.mac, this.ip, ip.src, echo.id, echo.seq, echo.payload)])
      }
    }
  }
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000
/** An echo request's id and 16-bit sequence number, as one key. */
const echoKey = (id: number, seq: number): number => id * 0x10000 + (seq & 0xffff)
