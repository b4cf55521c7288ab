// The migration protocol's dialing side: moving a VM from this peer (source.ts drives it: offer,
// pre-copy rounds, then pause, the device state and the signed handoff, and the final message), and
// asking a destination that never answered whether it took the VM. Until the destination says
// "committed" the source is the owner; a destination asked and not committed refuses that handoff
// from then on (server.ts), so the VM never runs on two peers.
import type { AbortOptions, Connection, Libp2p, PeerId, PrivateKey, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { noFailpoint, type Failpoint } from '../core/failpoint.js'
import { LpReader } from '../wire/lp-reader.js'

import { IncompatibleProtocolError, MalformedMessageError } from '../wire/errors.js'
import type { VmRecordData } from '../records/inventory.js'
import { MAX_MESSAGE_BYTES, MIGRATION_PROTOCOL, STALL_MS } from './constants.js'
import type { MigrationOutcome, SourceMachine } from './types.js'
import { SourceRun, type LaneRoute, type MigrateOptions } from './source.js'
import type { Lanes } from '../lane/lanes.js'
import type { Logger } from '../core/log.js'
import { receive, send } from './wire.js'

export type { MigrateOptions } from './source.js'

const MIGRATION_PROTOCOL_PREFIX = '/supercloud/migration/'
/** How long a refused dial waits for the peer's identify answer before naming what the store knows. */
const IDENTIFY_MS = 5_000

export interface MigrationClientComponents {
  libp2p: Libp2p
  privateKey: PrivateKey
  /** Fault injection at the protocol's steps (MIGRATION_FAILPOINTS). */
  failpoint?: Failpoint
  /**
   * libp2p's identify, to ask a peer that refused the protocol which versions it speaks now: the
   * peer store may still hold what an earlier run of that peer (same id, another build) said.
   */
  identify?: { identify: (connection: Connection, options?: AbortOptions) => Promise<{ protocols: string[] }> }
  /** This peer's lanes: offered to every destination reached directly. */
  lanes?: Lanes
  log?: Logger
}

export class MigrationClient {
  private readonly selfId: string

  constructor (private readonly components: MigrationClientComponents) {
    this.selfId = components.libp2p.peerId.toString()
  }

  /** Moves `record`'s VM from this peer to `peer`. Resolves with the outcome; it never throws past the dial. */
  async migrate (peer: string, record: VmRecordData, machine: SourceMachine, options: MigrateOptions): Promise<MigrationOutcome> {
    const { stream, relayed, connection } = await this.open(peer, options.signal)
    const lane = await this.laneRoute(connection, peer)
    const deps = { privateKey: this.components.privateKey, selfId: this.selfId, failpoint: this.components.failpoint ?? noFailpoint, ...(lane === undefined ? {} : { lane }) }
    return { ...await new SourceRun(deps, stream, peer, record, machine, options).run(), relayed }
  }

  /** Asks `peer` whether it took VM `vmId` at `epoch`; if it did not, it will refuse that migration from now on. */
  async status (peer: string, query: { vmId: string, epoch: number, migrationId: string }, options: { signal?: AbortSignal } = {}): Promise<boolean> {
    const signal = options.signal ?? AbortSignal.timeout(STALL_MS)
    const { stream } = await this.open(peer, signal)
    try {
      await send(stream, { statusQuery: query }, signal)
      const answer = await receive(new LpReader(stream, MAX_MESSAGE_BYTES), signal)
      if (answer.status == null) throw new MalformedMessageError('a status query answered without a status')
      await stream.close().catch(() => {})
      return answer.status.committed === true
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
  }

  /**
   * Opens a migration stream to `peer`, and says whether the connection it runs on crosses a relay;
   * a peer that speaks another version of it is named as such.
   */
  private async open (peer: string, signal: AbortSignal | undefined): Promise<{ stream: Stream, relayed: boolean, connection: Connection }> {
    const id = peerIdFromString(peer)
    try {
      const connection = await this.components.libp2p.dial(id, { signal })
      return { stream: await connection.newStream(MIGRATION_PROTOCOL, { signal }), relayed: !connection.direct, connection }
    } catch (err) {
      if ((err as Error).name !== 'UnsupportedProtocolError') throw err
      const theirs = (await this.protocolsOf(id, signal)).filter(p => p.startsWith(MIGRATION_PROTOCOL_PREFIX))
      throw new IncompatibleProtocolError(`peer ${peer} ${theirs.length > 0 ? `speaks ${theirs.join(', ')}` : 'does not speak migration'}, this peer ${MIGRATION_PROTOCOL}: they cannot migrate VMs to each other until both run the same version`)
    }
  }

  /**
   * Where a lane to `peer` goes: the address this peer dialed it at, or else one it announces.
   * Never over a relayed connection: a peer reached only through a relay cannot be dialed.
   */
  private async laneRoute (connection: Connection, peer: string): Promise<LaneRoute | undefined> {
    const lanes = this.components.lanes
    if (lanes?.running !== true || !connection.direct) return undefined
    const hostOf = (ma: { getComponents: () => Array<{ name: string, value?: string }> }): string | undefined => {
      const parts = ma.getComponents()
      if (parts.some(c => c.name === 'p2p-circuit') || !parts.some(c => c.name === 'tcp')) return undefined
      return parts.find(c => c.name === 'ip4' || c.name === 'ip6')?.value
    }
    let host = connection.direction === 'outbound' ? hostOf(connection.remoteAddr) : undefined
    if (host === undefined) {
      const known = await this.components.libp2p.peerStore.get(connection.remotePeer).catch(() => undefined)
      host = (known?.addresses ?? []).map(a => hostOf(a.multiaddr)).find(h => h !== undefined)
    }
    if (host === undefined) return undefined
    const log = this.components.log
    return {
      host,
      connect: lanes.connect.bind(lanes),
      onFallback: reason => { log?.info({ peer, reason }, 'migration without a lane: its pages go on the stream') }
    }
  }

  /** The protocols `id` speaks: asked afresh over its connection, else what the peer store holds. */
  private async protocolsOf (id: PeerId, signal: AbortSignal | undefined): Promise<string[]> {
    const connection = this.components.libp2p.getConnections(id).find(c => c.status === 'open')
    if (connection !== undefined && this.components.identify !== undefined) {
      const asked = AbortSignal.any([AbortSignal.timeout(IDENTIFY_MS), ...(signal === undefined ? [] : [signal])])
      const fresh = await this.components.identify.identify(connection, { signal: asked }).catch(() => undefined)
      if (fresh !== undefined) return fresh.protocols
    }
    const known = await this.components.libp2p.peerStore.get(id).catch(() => undefined)
    return known?.protocols ?? []
  }
}
