// A simulated cloud: n peers, each the daemon's own SwimNode and ConnectionKeeper with a real
// Ed25519 key (derived from the seed), a member list and signed descriptors, over the simulated
// network in virtual time. Everything random comes from the seed, so a run replays exactly.
import { createHash } from 'node:crypto'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { nullLogger } from '../../core/log.js'
import { MemberList } from '../../admission/members.js'
import { ConnectionKeeper } from '../connections.js'
import { DIAL_TIMEOUT_MS, MAINTAIN_MS, type SwimSettings } from '../constants.js'
import { NO_MARKET, openSigned, signDescriptor, type DescriptorOpener, type OpenedDescriptor } from '../descriptor.js'
import type { DescriptorFields } from '../self.js'
import { SwimNode } from '../swim.js'
import type { PeerState, StateChange } from '../table.js'
import type { Random } from '../types.js'
import { SimNetwork, type LinkModel } from './network.js'
import { EventQueue, PeerClock } from './virtual-time.js'

export interface SimOptions {
  peers: number
  seed: number
  link: LinkModel
  settings: SwimSettings
  targetPeers: number
  /** Peers start one after another over this window, each joining through one already up. */
  startWindowMs: number
}

export interface SimPeer {
  index: number
  id: string
  clock: PeerClock
  swim: SwimNode
  up: boolean
  /** Other peers this one sees alive. */
  aliveSeen: number
}

/** Virtual time starts at a plausible epoch, so seqs and incarnations look as they do live. */
const EPOCH_MS = 1_700_000_000_000
const JOIN_RETRY_MS = 1000

/** xoroshiro128+ from a seed and a stream name: independent, replayable streams. */
export function seededRandom (seed: number, stream: string): Random {
  const digest = createHash('sha256').update(`${seed}:${stream}`).digest()
  const rng = xoroshiro128plus(digest.readInt32LE(0))
  for (let i = 0; i < 16; i++) uniformFloat64(rng)
  return () => uniformFloat64(rng)
}

/** Opens each distinct signed descriptor once for the whole simulation: n peers share one process. */
function sharedOpener (): DescriptorOpener {
  const opened = new Map<string, OpenedDescriptor>()
  return async signed => {
    const key = Buffer.from(signed.signature ?? new Uint8Array()).toString('base64') + Buffer.from(signed.descriptor ?? new Uint8Array()).byteLength
    let result = opened.get(key)
    if (result === undefined) {
      result = await openSigned(signed)
      Object.freeze(result.data)
      opened.set(key, result)
    }
    return result
  }
}

export class SimCloud {
  readonly queue = new EventQueue(EPOCH_MS)
  readonly network: SimNetwork
  readonly peers: SimPeer[] = []
  /** Suspect and dead verdicts on peers that were up and reachable all along. */
  readonly falsePositives = { suspect: 0, dead: 0 }
  private readonly faulty = new Set<string>()
  private readonly watchers = new Set<(observer: SimPeer, change: StateChange) => void>()

  private constructor (readonly options: SimOptions) {
    this.network = new SimNetwork(this.queue, seededRandom(options.seed, 'network'), options.link)
  }

  static async create (options: SimOptions): Promise<SimCloud> {
    const cloud = new SimCloud(options)
    const keys = await Promise.all(Array.from({ length: options.peers }, async (_v, i) =>
      await generateKeyPairFromSeed('Ed25519', createHash('sha256').update(`${options.seed}:key:${i}`).digest())))
    const ids = keys.map(k => peerIdFromPrivateKey(k).toString())
    const open = sharedOpener()
    const log = nullLogger()
    keys.forEach((key, index) => {
      const peerId = peerIdFromPrivateKey(key)
      const id = ids[index] as string
      const clock = new PeerClock(cloud.queue)
      const random = seededRandom(options.seed, `peer:${index}`)
      const transport = cloud.network.add(id, clock)
      const members = new MemberList({ self: peerId, founders: ids, log })
      const fields: DescriptorFields = {
        ...NO_MARKET, addrs: [`/ip4/10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}/tcp/4001`], provider: 'sim', region: 'sim', zone: 'sim-a',
        cores: 2, memoryBytes: 1 << 30, load: 0, vms: 0, softwareVersion: 'sim', protocolVersion: '1.0.0', inventorySeq: 0, vmMemoryBytes: 0, diskBytes: 0, vmDiskBytes: 0, schedulable: true, unschedulableReason: ''
      }
      const swim = new SwimNode({
        selfId: id, clock, random, transport, members, open, log, warn: () => {},
        sign: async f => await signDescriptor(key, f, peerId.toMultihash().bytes)
      }, { settings: options.settings, startedAtMs: EPOCH_MS, describe: () => fields })
      const peer: SimPeer = { index, id, clock, swim, up: false, aliveSeen: 0 }
      swim.onChange(change => { cloud.observe(peer, change) })
      const keeper = new ConnectionKeeper({ transport, table: swim.table, random, timeout: ms => clock.timeout(ms), isMember: other => members.isMember(other) }, options.targetPeers, DIAL_TIMEOUT_MS)
      const maintain = (): void => {
        if (!peer.up) return
        if (!clock.isPaused) keeper.maintain()
        clock.setTimeout(maintain, MAINTAIN_MS)
      }
      cloud.peers.push(peer)
      cloud.queue.schedule(() => { void cloud.startPeer(peer, random).then(maintain) }, options.peers === 1 ? 0 : options.startWindowMs * index / (options.peers - 1))
    })
    return cloud
  }

  /** Virtual ms since the start. */
  get elapsedMs (): number {
    return this.queue.now - EPOCH_MS
  }

  /** Runs until `done()` holds (checked every `stepMs`) or `maxMs` more pass; the time it took, or undefined. */
  async runUntil (done: () => boolean, maxMs: number, stepMs = 100): Promise<number | undefined> {
    const start = this.queue.now
    while (this.queue.now - start < maxMs) {
      if (done()) return this.queue.now - start
      await this.queue.run(Math.min(this.queue.now + stepMs, start + maxMs))
    }
    return done() ? this.queue.now - start : undefined
  }

  async runFor (ms: number): Promise<void> {
    await this.queue.run(this.queue.now + ms)
  }

  /** Every up peer sees every other up peer alive. */
  converged (): boolean {
    const up = this.peers.filter(p => p.up && !this.faulty.has(p.id)).length
    return this.peers.every(p => !p.up || this.faulty.has(p.id) || p.aliveSeen === up - 1)
  }

  /** How many up peers see `subject` in `state`. */
  seenAs (subject: SimPeer, state: PeerState): number {
    return this.peers.filter(p => p.up && p !== subject && p.swim.entry(subject.id)?.state === state).length
  }

  crash (peer: SimPeer): void {
    this.faulty.add(peer.id)
    peer.up = false
    peer.swim.stop()
    this.network.crash(peer.id)
  }

  pause (peer: SimPeer): void {
    this.faulty.add(peer.id)
    peer.clock.pause()
  }

  /** Resumes a paused peer; it counts as faulty no more once everybody sees it alive again. */
  resume (peer: SimPeer): void {
    peer.clock.resume()
  }

  recovered (peer: SimPeer): void {
    this.faulty.delete(peer.id)
  }

  watch (listener: (observer: SimPeer, change: StateChange) => void): () => void {
    this.watchers.add(listener)
    return () => this.watchers.delete(listener)
  }

  stop (): void {
    for (const p of this.peers) {
      p.up = false
      p.swim.stop()
    }
  }

  private observe (observer: SimPeer, change: StateChange): void {
    if (change.to === 'alive') observer.aliveSeen++
    if (change.from === 'alive') observer.aliveSeen--
    if ((change.to === 'suspect' || change.to === 'dead') && !this.faulty.has(change.id) && !this.faulty.has(observer.id)) {
      this.falsePositives[change.to]++
    }
    for (const watcher of this.watchers) watcher(observer, change)
  }

  private async startPeer (peer: SimPeer, random: Random): Promise<void> {
    peer.up = true
    await peer.swim.start()
    const earlier = this.peers.filter(p => p.up && p !== peer)
    if (earlier.length === 0) return
    for (;;) {
      const through = earlier[Math.floor(random() * earlier.length)] as SimPeer
      try {
        await peer.swim.pullTable(through.id, { signal: peer.clock.timeout(10_000) })
        await peer.swim.publish()
        return
      } catch {
        await new Promise<void>(resolve => { peer.clock.setTimeout(resolve, JOIN_RETRY_MS) })
      }
    }
  }
}
