// The migration protocol, both ends, on one libp2p protocol. The source drives (source.ts): offer,
// pre-copy rounds, then pause, the device state and the signed handoff, and the final message. The
// destination (destination.ts) builds the machine before it accepts and fills it while the guest
// still runs at the source, so downtime is the last delta, the device restore and the one-way trip.
// Until the destination says "committed" the source is the owner; without an answer it asks here
// (status), and a destination that answers "not committed" refuses that handoff from then on, so
// the VM never runs on two peers.
import type { Libp2p, PeerId, PrivateKey, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from '../../node/log.js'
import type { Failpoint } from '../../node/failpoints.js'
import type { Membership } from '../membership/membership.js'
import { LpReader } from '../wire/lp-reader.js'
import { RemoteError } from '../control/member-rpc.js'
import type { VmRecordData } from '../records/inventory.js'
import { MAX_MESSAGE_BYTES, MIGRATION_PROTOCOL, MIGRATION_PROTOCOL_V1, MIGRATION_VERSION, STALL_MS } from './constants.js'
import { IncompatibleProtocolError } from '../wire/errors.js'

const MIGRATION_PROTOCOL_PREFIX = '/supercloud/migration/'
import type { DestinationHooks, MigrationOutcome, SourceMachine } from './types.js'
import { SourceRun, type MigrateOptions } from './source.js'
import { answerStatus, receiveVm, refuse, type DestinationDeps } from './destination.js'
import { receive, receiveSoon, send, type Received } from './wire.js'

export type { MigrateOptions } from './source.js'

export interface MigrationComponents {
  libp2p: Libp2p
  privateKey: PrivateKey
  membership: Membership
  /** Fault injection at the protocol's steps (MIGRATION_FAILPOINTS). */
  failpoint?: Failpoint
  log: Logger
}

const noFailpoint: Failpoint = async () => {}

export class MigrationProtocol {
  private readonly selfId: string
  private readonly destination: DestinationDeps

  constructor (private readonly components: MigrationComponents, hooks: DestinationHooks) {
    this.selfId = components.libp2p.peerId.toString()
    this.destination = { hooks, selfId: this.selfId, failpoint: components.failpoint ?? noFailpoint, log: components.log }
  }

  async start (): Promise<void> {
    await this.components.libp2p.handle(MIGRATION_PROTOCOL, (stream, connection) => {
      void this.serve(stream, connection.remotePeer).catch(err => {
        this.components.log.warn({ peer: connection.remotePeer.toString(), err: (err as Error).message }, 'incoming migration failed')
        stream.abort(err instanceof Error ? err : new Error(String(err)))
      })
    }, { maxInboundStreams: 64 })
    // A source of the previous version learns why, in words naming both versions: its offer is
    // refused rather than left unanswered (it reads this as any refusal: the VM stays with it).
    await this.components.libp2p.handle(MIGRATION_PROTOCOL_V1, (stream) => {
      void refuse(stream, new IncompatibleProtocolError(`this peer speaks migration ${MIGRATION_VERSION}, the source ${MIGRATION_PROTOCOL_V1}: upgrade the source to migrate here`))
    }, { maxInboundStreams: 4 })
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(MIGRATION_PROTOCOL).catch(() => {})
    await this.components.libp2p.unhandle(MIGRATION_PROTOCOL_V1).catch(() => {})
  }

  /** Opens a migration stream to `peer`; a peer that speaks another version of it is named as such. */
  private async dial (peer: string, signal: AbortSignal | undefined): Promise<Stream> {
    const id = peerIdFromString(peer)
    try {
      return await this.components.libp2p.dialProtocol(id, MIGRATION_PROTOCOL, { signal })
    } catch (err) {
      if ((err as Error).name !== 'UnsupportedProtocolError') throw err
      const known = await this.components.libp2p.peerStore.get(id).catch(() => undefined)
      const theirs = (known?.protocols ?? []).filter(p => p.startsWith(MIGRATION_PROTOCOL_PREFIX))
      throw new IncompatibleProtocolError(`peer ${peer} ${theirs.length > 0 ? `speaks ${theirs.join(', ')}` : 'does not speak migration'}, this peer ${MIGRATION_PROTOCOL}: they cannot migrate VMs to each other until both run the same version`)
    }
  }

  /** Asks `peer` whether it took VM `vmId` at `epoch`; if it did not, it will refuse that migration from now on. */
  async status (peer: string, query: { vmId: string, epoch: number, migrationId: string }, options: { signal?: AbortSignal } = {}): Promise<boolean> {
    const signal = options.signal ?? AbortSignal.timeout(STALL_MS)
    const stream = await this.dial(peer, signal)
    try {
      await send(stream, { statusQuery: query }, signal)
      const answer = await receive(new LpReader(stream, MAX_MESSAGE_BYTES), signal)
      if (answer.status == null) throw new RemoteError('MalformedMessageError', 'a status query answered without a status')
      await stream.close().catch(() => {})
      return answer.status.committed === true
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
  }

  /** Moves `record`'s VM from this peer to `peer`. Resolves with the outcome; it never throws past the dial. */
  async migrate (peer: string, record: VmRecordData, machine: SourceMachine, options: MigrateOptions): Promise<MigrationOutcome> {
    const stream = await this.dial(peer, options.signal)
    const deps = { privateKey: this.components.privateKey, selfId: this.selfId, failpoint: this.components.failpoint ?? noFailpoint }
    return await new SourceRun(deps, stream, peer, record, machine, options).run()
  }

  /** One incoming stream: a status query or a VM. */
  private async serve (stream: Stream, from: PeerId): Promise<void> {
    const reader = new LpReader(stream, MAX_MESSAGE_BYTES)
    let first: Received
    try {
      this.components.membership.assertMember(from)
      first = await receiveSoon(reader)
      if (first.statusQuery == null && first.offer == null) throw new RemoteError('MalformedMessageError', 'a migration starts with an offer or a status query')
    } catch (err) {
      // Whoever sent it learns why (a non-member, garbage, a stall) before the stream closes.
      await refuse(stream, err as Error)
      return
    }
    if (first.statusQuery != null) await answerStatus(this.destination, stream, first.statusQuery)
    else await receiveVm(this.destination, stream, reader, from, first.offer ?? {})
  }
}
