// Software and wire-protocol versions. Every protocol id carries a version; peers whose major
// version differs are refused with a clear message rather than misread.
import { readFileSync } from 'node:fs'

function readPackageVersion (): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

export const SOFTWARE_VERSION = readPackageVersion()
export const PROTOCOL_VERSION = '1.0.0'

export function protocolMajor (version: string): number {
  const major = Number.parseInt(version.split('.')[0] ?? '', 10)
  return Number.isFinite(major) ? major : -1
}

/** `/supercloud/<name>/<version>` */
export function protocolId (name: string, version = PROTOCOL_VERSION): string {
  return `/supercloud/${name}/${version}`
}
