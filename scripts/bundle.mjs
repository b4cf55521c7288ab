// Bundles the `supercloud` command: dist/node/cli/main.js, as tsc emitted it, and everything it
// imports, into dist/node/cli/bin.js, the file every launcher runs. A daemon started file by file
// loads some 1,500 ES modules (libp2p and its parts above all), ~0.8 s of CPU before it does
// anything; bundled, ~0.25 s. That matters with dozens of daemons on one machine (a testnet,
// `bench:membership`) and for every CLI call. The VM worker and the tests still run from dist/ file
// by file. Left out of the bundle: native and WebAssembly packages, and pino (its transports start
// worker threads by file name).
//
//   node scripts/bundle.mjs [DIST]     (default: this checkout's dist/)
import { build } from 'esbuild'
import { chmodSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url))
const bin = join(dist, 'node', 'cli', 'bin.js')

await build({
  entryPoints: [join(dist, 'node', 'cli', 'main.js')],
  outfile: bin,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __scRequire } from 'node:module'; const require = __scRequire(import.meta.url);" },
  external: ['sodium-native', 'v86', 'pino', 'pino-pretty', 'thread-stream', 'playwright-core'],
  logLevel: 'warning'
})
chmodSync(bin, 0o755)
