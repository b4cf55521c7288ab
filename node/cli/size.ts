// Sizes on the command line: "32M", "1G", "512MiB", "16384K"; a bare number is MiB (as QEMU's -m).
import { CliError } from './client.js'

const UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }

export function parseSize (text: string, what: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt])?(?:i?b)?$/i.exec(text.trim())
  if (match === null) throw new CliError(`${what}: not a size: ${text} (try 32M, 1G, 512MiB)`)
  const value = Number(match[1]) * UNITS[(match[2] ?? 'm').toLowerCase()]!
  if (!Number.isSafeInteger(value) || value <= 0) throw new CliError(`${what}: not a whole number of bytes: ${text}`)
  return value
}

export function formatSize (bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % (1024 ** 3) === 0) return `${bytes / 1024 ** 3}G`
  return `${Math.round(bytes / 1024 ** 2)}M`
}
