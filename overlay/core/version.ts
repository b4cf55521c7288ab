// Software and wire-protocol versions. Every protocol id carries a version; peers whose major
// version differs are refused with a clear message rather than misread.
import { readFileSync } from 'node:fs'
import { packagePath } from './package-root.js'

function readPackageVersion (): string {
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }
  return pkg.version
}

export const SOFTWARE_VERSION = readPackageVersion()
export const PROTOCOL_VERSION = '1.0.0'
/**
 * Version 2 is SWIM: probes, suspicion with incarnations, dissemination by digest. Version 1
 * gossiped whole descriptors on a gossipsub topic; the two cannot understand each other, so a
 * version 1 peer is refused (listed under incompatiblePeers) rather than half-joined. The join
 * protocol carries a membership table, so it shares this version.
 */
export const MEMBERSHIP_VERSION = '2.0.0'

export function protocolMajor (version: string): number {
  const major = Number.parseInt(version.split('.')[0] ?? '', 10)
  return Number.isFinite(major) ? major : -1
}

/** `/supercloud/<name>/<version>` */
export function protocolId (name: string, version = PROTOCOL_VERSION): string {
  return `/supercloud/${name}/${version}`
}
