#!/usr/bin/env node
// Generates proto/gen/<name>.js + .d.ts from proto/<name>.proto with protobufjs-cli.
// The output is committed; test/proto-fresh.test.ts fails when it is stale.
// Usage: node scripts/gen-proto.mjs [outDir]   (default proto/gen)
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = resolve(process.argv[2] ?? join(root, 'proto', 'gen'))
const bin = join(root, 'node_modules', '.bin')
mkdirSync(outDir, { recursive: true })

for (const file of readdirSync(join(root, 'proto')).filter(f => f.endsWith('.proto')).sort()) {
  const name = file.replace(/\.proto$/, '')
  const js = join(outDir, `${name}.js`)
  execFileSync(join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'es6', '-r', `supercloud-${name}`, '--force-number', '--no-beautify',
    '--no-verify', '--no-delimited', '--no-typeurl', '-o', js, join(root, 'proto', file)], { stdio: 'inherit' })
  execFileSync(join(bin, 'pbts'), ['--no-comments', '-o', join(outDir, `${name}.d.ts`), js], { stdio: 'inherit' })
}
