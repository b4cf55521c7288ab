// The migration protocol's listening side: a VM arriving (destination.ts builds its machine before it
// accepts and fills it while the guest still runs at the source, so downtime is the last delta, the
// device restore and the one-way trip), or a source asking whether this peer took one. A source of
// the previous protocol version is refused with both versions named.
import type { Libp2p, PeerId, Stream } from '@libp2p/interface'
import type { Logger } from '../core/log.js'
import { noFailpoint, type Failpoint } from '../core/failpoint.js'
import { LpReader } from '../wire/lp-reader.js'
import { grantReceiveWindow } from '../wire/window.js'

import { IncompatibleProtocolError, MalformedMessageError } from '../wire/errors.js'
import { MAX_MESSAGE_BYTES, MIGRATION_PROTOCOL, MIGRATION_VERSION, OLDER_MIGRATION_PROTOCOLS, RECEIVE_WINDOW_BYTES } from './constants.js'
import type { DestinationHooks } from './types.js'
import type { Lanes } from '../lane/lanes.js'
import { answerStatus, receiveVm, refuse, type DestinationDeps } from './destination.js'
import { receiveSoon, type Received } from './wire.js'

export interface MigrationServerComponents {
  libp2p: Libp2p
  /** Only members may offer VMs or ask about them. */
  membership: { assertMember: (peer: PeerId) => void }
  /** Fault injection at the protocol's steps (MIGRATION_FAILPOINTS). */
  failpoint?: Failpoint
  log: Logger
  /** This peer's lanes, offered by sources for their pages. */
  lanes?: Lanes
}

export class MigrationServer {
  private readonly destination: DestinationDeps

  constructor (private readonly components: MigrationServerComponents, hooks: DestinationHooks) {
    this.destination = { hooks, selfId: components.libp2p.peerId.toString(), failpoint: components.failpoint ?? noFailpoint, log: components.log, ...(components.lanes === undefined ? {} : { lanes: components.lanes }) }
  }

  async start (): Promise<void> {
    await this.components.libp2p.handle(MIGRATION_PROTOCOL, (stream, connection) => {
      grantReceiveWindow(stream, RECEIVE_WINDOW_BYTES)
      void this.serve(stream, connection.remotePeer).catch(err => {
        this.components.log.warn({ peer: connection.remotePeer.toString(), err: (err as Error).message }, 'incoming migration failed')
        // One that answered and closed its stream stays so: its answer must reach the source.
        if (stream.status !== 'closed') stream.abort(err instanceof Error ? err : new Error(String(err)))
      })
    }, { maxInboundStreams: 64 })
    // A source of the previous version learns why, in words naming both versions: its offer is
    // refused rather than left unanswered (it reads this as any refusal: the VM stays with it).
    for (const old of OLDER_MIGRATION_PROTOCOLS) {
      await this.components.libp2p.handle(old, (stream) => {
        void refuse(stream, new IncompatibleProtocolError(`this peer speaks migration ${MIGRATION_VERSION}, the source ${old}: upgrade the source to migrate here`))
      }, { maxInboundStreams: 4 })
    }
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle([MIGRATION_PROTOCOL, ...OLDER_MIGRATION_PROTOCOLS]).catch(() => {})
  }

  /** One incoming stream: a status query or a VM. */
  private async serve (stream: Stream, from: PeerId): Promise<void> {
    const reader = new LpReader(stream, MAX_MESSAGE_BYTES)
    let first: Received
    try {
      this.components.membership.assertMember(from)
      first = await receiveSoon(reader)
      if (first.statusQuery == null && first.offer == null) throw new MalformedMessageError('a migration starts with an offer or a status query')
    } catch (err) {
      // Whoever sent it learns why (a non-member, garbage, a stall) before the stream closes.
      await refuse(stream, err as Error)
      return
    }
    if (first.statusQuery != null) await answerStatus(this.destination, stream, first.statusQuery)
    else await receiveVm(this.destination, stream, reader, from, first.offer ?? {})
  }
}
