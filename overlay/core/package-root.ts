// The package's root directory (the one holding its package.json), found from this module's own
// place upwards. The code runs either file by file from dist/ or bundled into one file
// (scripts/bundle.mjs), at different depths; paths to the package's own files (the worker script,
// the guest images, the dashboard's page, package.json) are taken from here, never relative to
// whichever file happens to ask.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const NAME = 'supercloud'
let root: string | undefined

export function packageRoot (): string {
  if (root !== undefined) return root
  const start = dirname(fileURLToPath(import.meta.url))
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === NAME) {
      root = dir
      return dir
    }
    if (dirname(dir) === dir) throw new Error(`no package.json of ${NAME} above ${start}`)
  }
}

/** A path inside the package, from its root. */
export function packagePath (...parts: string[]): string {
  return join(packageRoot(), ...parts)
}
