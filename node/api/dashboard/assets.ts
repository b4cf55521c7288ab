// The page's files, served from the package (no CDN: machines may be offline): the HTML and CSS from
// the sources, the scripts as the repo's build compiled them (dist/node/api/dashboard/page/*.js, ES
// modules the browser loads as they are). Read once, into memory, and served by name from that
// list only: a request can never name a path.
import { readdirSync, readFileSync } from 'node:fs'
import { packagePath } from '../../../overlay/core/package-root.js'

export interface Asset { type: string, body: Buffer }

/** The page's sources, beside this file's in the repo (the build leaves .html and .css where they are). */
const SOURCE_DIR = packagePath('node', 'api', 'dashboard', 'page') + '/'
/** The page's compiled scripts. */
const SCRIPT_DIR = packagePath('dist', 'node', 'api', 'dashboard', 'page') + '/'

export function loadAssets (): { index: Asset, files: ReadonlyMap<string, Asset> } {
  const files = new Map<string, Asset>()
  files.set('style.css', { type: 'text/css; charset=utf-8', body: readFileSync(SOURCE_DIR + 'style.css') })
  for (const name of readdirSync(SCRIPT_DIR)) {
    if (/^[a-z-]+\.js$/.test(name)) files.set(name, { type: 'text/javascript; charset=utf-8', body: readFileSync(SCRIPT_DIR + name) })
  }
  return { index: { type: 'text/html; charset=utf-8', body: readFileSync(SOURCE_DIR + 'index.html') }, files }
}

/**
 * Headers of every dashboard answer: scripts and styles only from here, connections only back to
 * this API, no framing (no clickjacking of the action buttons), no referrer (the login URL's code).
 */
export function securityHeaders (host: string): Record<string, string> {
  return {
    'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws://${host}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store'
  }
}
