// A hostile non-member that holds the swarm key, for the hostile test: for as long as it is told, it
// floods every member it is given with gossip (garbage, oversized, forged records, and raw RPC
// frames of control spam: IHAVE, IWANT, GRAFT, PRUNE), streams on every protocol the member serves
// (garbage, endless varints, huge length prefixes), and connections from ever-new peer ids.
// It counts what it sent and what was refused.
import { randomBytes } from 'node:crypto'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { RPC } from '@libp2p/gossipsub/message'
import { multiaddr } from '@multiformats/multiaddr'
import type { Stream } from '@libp2p/interface'
import type { Host } from '../../node/host.js'
import { frame } from '../../overlay/wire/lp.js'
import { supercloud as vmPb } from '../../proto/gen/wire.js'
import { signInventory } from '../../overlay/records/inventory.js'
import { RECORDS_TOPIC } from '../../overlay/records/constants.js'
import { NETWORKS_TOPIC } from '../../overlay/networks/constants.js'
import { startIntruder } from './intruder.js'

export interface FloodCounts {
  gossipPublished: number
  rpcFrames: number
  streamsOpened: number
  streamsRefused: number
  connections: number
  connectionsRefused: number
}

const GOSSIPSUB = '/meshsub/1.1.0'
const TOPICS = [RECORDS_TOPIC, NETWORKS_TOPIC, '/supercloud/membership/1.0.0']
/** What goes on every stream: an endless varint, a 1 GiB length prefix, protobuf garbage, 256 KiB of noise. */
const GARBAGE = [new Uint8Array(4096).fill(0xff), new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x04]), frame(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x0f, 1, 2])).subarray(), randomBytes(256 << 10)]

const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

export class Flood {
  readonly counts: FloodCounts = { gossipPublished: 0, rpcFrames: 0, streamsOpened: 0, streamsRefused: 0, connections: 0, connectionsRefused: 0 }
  private intruder: Host | undefined

  constructor (private readonly swarmKeyFile: string, private readonly targets: string[]) {}

  /** Floods until `signal` aborts. */
  async run (signal: AbortSignal): Promise<FloodCounts> {
    const intruder = await startIntruder(this.swarmKeyFile)
    this.intruder = intruder
    try {
      await Promise.all([this.gossip(intruder, signal), ...this.targets.map(async t => await this.rpc(intruder, t, signal)),
        ...this.targets.map(async t => await this.streams(intruder, t, signal)), this.connections(signal)])
    } finally {
      await Promise.resolve(intruder.stop()).catch(() => {})
    }
    return this.counts
  }

  /** Publishes garbage, oversized and forged records through its own gossipsub. */
  private async gossip (intruder: Host, signal: AbortSignal): Promise<void> {
    const pubsub = intruder.services.pubsub
    for (const topic of TOPICS) pubsub.subscribe(topic)
    const forger = await generateKeyPair('Ed25519')
    for (const t of this.targets) await intruder.dial(multiaddr(t), { signal: AbortSignal.timeout(10_000) }).catch(() => {})
    let i = 0
    while (!signal.aborted) {
      const victim = peerIdFromString(this.targets[i % this.targets.length]?.split('/p2p/')[1] ?? '')
      // An inventory that claims to be a member's, signed by another key.
      const forged = vmPb.vm.SignedInventory.encode(await signInventory(forger, victim.toMultihash().bytes, { seq: Date.now(), incarnation: 0, vms: [] })).finish()
      const payloads = [randomBytes(512), new Uint8Array(1 << 20).fill(i & 255), forged]
      for (const topic of TOPICS) {
        for (const data of payloads) {
          await pubsub.publish(topic, data).then(() => { this.counts.gossipPublished++ }, () => { this.counts.gossipPublished++ })
        }
      }
      i++
      await sleep(50)
    }
  }

  /** Raw gossipsub RPC frames: messages and control spam, on a stream it opens itself. */
  private async rpc (intruder: Host, target: string, signal: AbortSignal): Promise<void> {
    const ids = Array.from({ length: 5000 }, () => randomBytes(20))
    const frames = [
      RPC.encode({ subscriptions: TOPICS.map(topic => ({ subscribe: true, topic })), messages: [] }),
      RPC.encode({ subscriptions: [], messages: [], control: { ihave: TOPICS.map(topicID => ({ topicID, messageIDs: ids })), iwant: [{ messageIDs: ids }], graft: TOPICS.map(topicID => ({ topicID })), prune: TOPICS.map(topicID => ({ topicID, peers: [], backoff: 1 })), idontwant: [] } }),
      RPC.encode({ subscriptions: [], messages: TOPICS.map(topic => ({ topic, data: randomBytes(64 << 10) })) })
    ]
    while (!signal.aborted) {
      const stream = await this.open(intruder, target, GOSSIPSUB)
      if (stream !== undefined) {
        for (let n = 0; n < 20 && !signal.aborted && stream.status === 'open'; n++) {
          if (!this.send(stream, frame(frames[n % frames.length] as Uint8Array).subarray())) break
          this.counts.rpcFrames++
          await sleep(10)
        }
        stream.abort(new Error('done'))
      }
      await sleep(20)
    }
  }

  /** Streams on every protocol the member serves, each with one kind of garbage. */
  private async streams (intruder: Host, target: string, signal: AbortSignal): Promise<void> {
    let protocols: string[] = []
    for (let n = 0; !signal.aborted; n++) {
      if (protocols.length === 0) {
        protocols = await intruder.peerStore.get(peerIdFromString(target.split('/p2p/')[1] ?? '')).then(p => p.protocols, () => [])
        if (protocols.length === 0) protocols = ['/supercloud/membership/2.0.0', '/supercloud/control/1.0.0', '/supercloud/admission/2.0.0', GOSSIPSUB]
      }
      for (const protocol of protocols) {
        const stream = await this.open(intruder, target, protocol)
        if (stream === undefined) continue
        this.send(stream, GARBAGE[n % GARBAGE.length] as Uint8Array)
        await sleep(5)
        stream.abort(new Error('done'))
      }
      await sleep(20)
    }
  }

  /** Connections from new peer ids, each trying a stream, one after another. */
  private async connections (signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const guest = await startIntruder(this.swarmKeyFile)
      try {
        for (const t of this.targets) {
          this.counts.connections++
          const stream = await this.open(guest, t, '/supercloud/control/1.0.0')
          if (stream === undefined) this.counts.connectionsRefused++
          else this.send(stream, GARBAGE[0] as Uint8Array)
        }
      } finally {
        await Promise.resolve(guest.stop()).catch(() => {})
      }
      await sleep(100)
    }
  }

  private async open (host: Host, target: string, protocol: string): Promise<Stream | undefined> {
    this.counts.streamsOpened++
    try {
      return await host.dialProtocol(multiaddr(target), protocol, { signal: AbortSignal.timeout(2000) })
    } catch {
      this.counts.streamsRefused++
      return undefined
    }
  }

  private send (stream: Stream, bytes: Uint8Array): boolean {
    try {
      stream.send(bytes)
      return true
    } catch {
      this.counts.streamsRefused++
      return false
    }
  }
}
