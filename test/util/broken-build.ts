// A deliberately broken build for the chaos checker to catch: a copy of this build's dist/ whose
// compiled VM manager resumes the source's copy of a VM after a migration committed, instead of
// dropping it. Nothing of it is in the production code: the patch is textual, on the copy.
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const DIST = fileURLToPath(new URL('../..', import.meta.url))
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

const FILE = 'node/vms/manager.js'
const FIND = `    async moved(vm) {
        vm.destroying = true;`
const REPLACE = `    async moved(vm) {
        // BROKEN BUILD (chaos test): the copy here goes on running after the VM moved away.
        if (vm.machine !== undefined) { await vm.machine.stopTracking().catch(() => {}); await vm.machine.run().catch(() => {}); this.setPhase(vm, 'running'); return; }
        vm.destroying = true;`

/** Returns the broken build's `supercloud` entry point; `root` is removed by the caller. */
export function brokenBuild (): { root: string, bin: string } {
  const root = mkdtempSync(join(tmpdir(), 'sc-broken-'))
  cpSync(DIST, join(root, 'dist'), { recursive: true })
  // The build finds its dependencies, the guest images and v86 by paths relative to itself.
  for (const name of ['node_modules', '.cache', 'guest', 'package.json']) symlinkSync(join(ROOT, name), join(root, name))
  const file = join(root, 'dist', FILE)
  const text = readFileSync(file, 'utf8')
  if (!text.includes(FIND)) throw new Error(`the broken build's patch no longer applies: ${FILE} has no "${FIND.trim()}"`)
  writeFileSync(file, text.replace(FIND, REPLACE))
  return { root, bin: join(root, 'dist', 'node', 'cli', 'bin.js') }
}
