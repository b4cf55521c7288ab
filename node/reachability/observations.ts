// What the NAT did to this peer's connections, from two facts per connection: the address a remote
// peer saw it at (identify's observed address) and the local address the kernel gave the socket
// (/proc/self/net/tcp, which shows this process's network namespace). An observed address equal to
// the local one: no NAT. A translated address with the local port kept on every connection: a
// port-preserving NAT, which maps endpoint-independently (Linux MASQUERADE without --random*).
// A port changed per connection: endpoint-dependent mapping (a symmetric NAT), where hole
// punching cannot predict the port.
import { readFile } from 'node:fs/promises'

export type NatBehaviour = 'none' | 'endpoint-independent' | 'endpoint-dependent' | 'unknown'

export interface Observation {
  /** ip:port a remote peer saw this peer at. */
  observed: string
  /** ip:port of this end of that connection, when the kernel still lists it. */
  local?: string
}

/** Parses /proc/net/tcp: remote ip:port → local ip:port, for IPv4 sockets. */
export function parseProcNetTcp (text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/)
    const local = hexEndpoint(cols[1])
    const remote = hexEndpoint(cols[2])
    if (local !== undefined && remote !== undefined) out.set(remote, local)
  }
  return out
}

function hexEndpoint (col: string | undefined): string | undefined {
  const m = /^([0-9A-F]{8}):([0-9A-F]{4})$/i.exec(col ?? '')
  if (m === null) return undefined
  const n = parseInt(m[1] as string, 16)
  // The kernel prints the address in host byte order: little-endian on the machines this runs on.
  const ip = [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff].join('.')
  return `${ip}:${parseInt(m[2] as string, 16)}`
}

export async function localEndpoints (): Promise<Map<string, string>> {
  try {
    return parseProcNetTcp(await readFile('/proc/self/net/tcp', 'utf8'))
  } catch {
    return new Map()
  }
}

export function natBehaviour (observations: Observation[]): NatBehaviour {
  const known = observations.filter((o): o is Required<Observation> => o.local !== undefined)
  if (known.length === 0) return 'unknown'
  if (known.every(o => o.observed === o.local)) return 'none'
  const translated = known.filter(o => o.observed !== o.local)
  return translated.every(o => portOf(o.observed) === portOf(o.local)) ? 'endpoint-independent' : 'endpoint-dependent'
}

const portOf = (endpoint: string): string => endpoint.slice(endpoint.lastIndexOf(':') + 1)
