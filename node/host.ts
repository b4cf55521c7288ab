// Assembles the libp2p host: TCP, the cloud's private-network protector, noise, yamux, identify,
// ping, gossipsub (VM and VNet records; membership has its own protocol) and bootstrap, with
// connection limits that keep 64 peers on one machine calm, and the admission gate's connection
// gater when the host is a daemon's.
import './runtime/polyfill.js'
import { createLibp2p, type Libp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@libp2p/noise'
import { yamux } from '@libp2p/yamux'
import { identify, identifyPush, type Identify, type IdentifyPush } from '@libp2p/identify'
import { ping, type Ping } from '@libp2p/ping'
import { createHash } from 'node:crypto'
import { gossipsub, StrictNoSign, type GossipSub } from '@libp2p/gossipsub'
import { bootstrap } from '@libp2p/bootstrap'
import type { ConnectionGater, PrivateKey } from '@libp2p/interface'
import { privateNetwork } from '../overlay/pnet/index.js'
import { RECORDS_TOPIC } from '../overlay/records/constants.js'
import { NETWORKS_TOPIC } from '../overlay/networks/constants.js'
import { reachabilityParts, type ReachabilityInit } from './reachability/libp2p-parts.js'

// A type alias, not an interface: libp2p's ServiceMap constraint needs an index signature.
export type HostServices = {
  identify: Identify
  identifyPush: IdentifyPush
  ping: Ping
  pubsub: GossipSub
}

export type Host = Libp2p<HostServices>

export interface HostInit {
  privateKey: PrivateKey
  swarmKey: Uint8Array
  listen: string[]
  announce: string[]
  bootstrap: string[]
  maxConnections: number
  /** Source address for outbound TCP dials ('' = any). */
  dialFrom: string
  /** Refuses banned peers once their handshake names them (the admission gate's). */
  gater?: ConnectionGater
  /** Relays, AutoNAT and hole punching (node/reachability). */
  reachability?: ReachabilityInit
}

/** Gossip travels on these topics only; anything else is dropped unread. */
const TOPICS = [RECORDS_TOPIC, NETWORKS_TOPIC]

export async function createHost (init: HostInit): Promise<Host> {
  const nat = reachabilityParts(init.reachability ?? { relay: false, relaySlots: 1, relayReservations: 0, isMember: () => false })
  return await createLibp2p({
    privateKey: init.privateKey,
    start: false,
    addresses: { listen: [...init.listen, ...nat.listen], announce: init.announce },
    transports: [tcp(init.dialFrom === '' ? {} : { dialOpts: { localAddress: init.dialFrom } as Record<string, unknown> }), ...nat.transports],
    connectionGater: nat.connectionGater,
    connectionProtector: privateNetwork({ swarmKey: init.swarmKey }),
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    peerDiscovery: init.bootstrap.length > 0 ? [bootstrap({ list: init.bootstrap })] : [],
    ...(init.gater === undefined ? {} : { connectionGater: init.gater }),
    // Membership probes every member about once a second, closes the connections of members it
    // finds dead and of those it cannot reach directly while others can. libp2p's own monitor
    // pinged every connection every 10 s (a stream each: a third of an idle 16-peer cloud's
    // streams) and aborted any whose ping was late: with 64 daemons starting on 2 cores that
    // closed most connections, and every redial cost a handshake on a starved machine.
    connectionMonitor: { enabled: false },
    connectionManager: {
      maxConnections: init.maxConnections,
      // Local testnets dial many peers from one host: the default of 5/s refuses them.
      inboundConnectionThreshold: 1000,
      maxIncomingPendingConnections: 64,
      dialTimeout: 10_000
    },
    services: {
      ...nat.services,
      identify: identify(),
      // A daemon handles most of its protocols only after its host started (votes, replication,
      // migration come up after membership): a peer that connected before then learned a list
      // without them from identify, and kept it for the connection's life (a member then seemed not
      // to speak the failover votes). Identify push tells connected peers of every change.
      identifyPush: identifyPush(),
      // libp2p's connection monitor pings too; room for a user's ping beside it.
      ping: ping({ maxOutboundStreams: 4, maxInboundStreams: 8 }),
      pubsub: gossipsub({
        allowPublishToZeroTopicPeers: true,
        emitSelf: false,
        maxInboundDataLength: 1 << 20,
        allowedTopics: TOPICS,
        // Every supercloud gossip message carries its own signature by the peer it speaks for
        // (inventories, VNet records); signing the envelope too doubled the Ed25519 work, the
        // largest idle cost measured with 16 peers. Messages are identified by content.
        globalSignaturePolicy: StrictNoSign,
        // A thinner mesh than the default 6: fewer duplicate deliveries of every record.
        D: 4,
        Dlo: 3,
        Dhi: 8,
        Dlazy: 4,
        msgIdFn: (msg) => createHash('sha256').update(msg.data).digest()
      })
    }
  })
}
