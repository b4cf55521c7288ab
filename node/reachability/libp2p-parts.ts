// What connectivity behind NAT adds to the libp2p host: the circuit relay transport (dial through
// relays, and hold reservations on them), AutoNAT, DCUtR hole punching, and — on a peer with
// `relay: true` — a relay server for members only.
import { circuitRelayServer, circuitRelayTransport } from '@libp2p/circuit-relay-v2'
import { autoNAT } from '@libp2p/autonat'
import { dcutr } from '@libp2p/dcutr'
import type { ConnectionGater, PeerId } from '@libp2p/interface'
import { RELAY_HOP_TIMEOUT_MS, RELAY_RESERVATION_TIMEOUT_MS, RELAY_RESERVATION_TTL_MS } from './constants.js'

export interface ReachabilityInit {
  /** Serve as a relay for other members. */
  relay: boolean
  /** Reservations a relay holds at once (each a member behind NAT). */
  relaySlots: number
  /** Relay reservations this peer holds (a peer behind NAT: 1 or more; a public peer: 0). */
  relayReservations: number
  /** Whether a peer is a member of the cloud: a relay serves members only, at both ends. */
  isMember: (peer: string) => boolean
}

export function reachabilityParts (init: ReachabilityInit): {
  listen: string[]
  transports: Array<ReturnType<typeof circuitRelayTransport>>
  connectionGater: ConnectionGater
  services: { autonat: ReturnType<typeof autoNAT>, dcutr: ReturnType<typeof dcutr>, relay?: ReturnType<typeof circuitRelayServer> }
} {
  const member = (peer: PeerId): boolean => init.isMember(peer.toString())
  return {
    // Each '/p2p-circuit' listen address is one reservation on a relay the transport finds among
    // connected peers that speak the hop protocol; when that relay goes, it finds another.
    listen: Array.from({ length: init.relayReservations }, () => '/p2p-circuit'),
    transports: [circuitRelayTransport({ reservationCompletionTimeout: RELAY_RESERVATION_TIMEOUT_MS })],
    connectionGater: {
      // A relay carries only members' traffic: a reservation only for a member, a circuit only
      // between two members. The swarm key already kept everyone else off the connection.
      denyInboundRelayReservation: async (source) => !member(source),
      denyOutboundRelayedConnection: async (source, destination) => !member(source) || !member(destination),
      denyInboundRelayedConnection: async (_relay, remote) => !member(remote)
    },
    services: {
      autonat: autoNAT(),
      dcutr: dcutr(),
      ...(init.relay
        ? {
            relay: circuitRelayServer({
              hopTimeout: RELAY_HOP_TIMEOUT_MS,
              reservations: {
                maxReservations: init.relaySlots,
                reservationTtl: RELAY_RESERVATION_TTL_MS,
                // libp2p's defaults (128 KiB and 2 minutes per circuit) would cut a migration in
                // its first round; the relay's bound is its slots, between members only.
                applyDefaultLimit: false
              }
            })
          }
        : {})
    }
  }
}
