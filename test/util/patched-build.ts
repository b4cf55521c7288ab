// Builds that differ from this one on purpose: a copy of this build's dist/ with textual patches
// applied to compiled files (a deliberately broken build for the chaos checker; a peer that speaks
// an older version of a protocol). Nothing of them is in the production code.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const DIST = fileURLToPath(new URL('../..', import.meta.url))
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

export interface Patch {
  /** A compiled file, relative to dist/. */
  file: string
  find: string
  replace: string
}

/** Returns the patched build's `supercloud` entry point; `root` is removed by the caller. */
export function patchedBuild (name: string, patches: readonly Patch[]): { root: string, bin: string } {
  const root = mkdtempSync(join(tmpdir(), `sc-${name}-`))
  cpSync(DIST, join(root, 'dist'), { recursive: true })
  // The build finds its dependencies, the guest images and v86 by paths relative to itself.
  for (const entry of ['node_modules', '.cache', 'guest', 'package.json']) symlinkSync(join(ROOT, entry), join(root, entry))
  // The dashboard's HTML and CSS are served from the sources, beside dist/ (node/api/dashboard/assets.ts).
  const page = join('node', 'api', 'dashboard', 'page')
  mkdirSync(join(root, page, '..'), { recursive: true })
  symlinkSync(join(ROOT, page), join(root, page))
  for (const { file, find, replace } of patches) {
    const path = join(root, 'dist', file)
    const text = readFileSync(path, 'utf8')
    if (!text.includes(find)) throw new Error(`the ${name} build's patch no longer applies: ${file} has no "${find.trim()}"`)
    writeFileSync(path, text.replace(find, replace))
  }
  // The command is one bundle of the compiled files (scripts/bundle.mjs): made again from the patched ones.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs'), join(root, 'dist')], { stdio: 'inherit' })
  return { root, bin: join(root, 'dist', 'node', 'cli', 'bin.js') }
}

/** A build whose compiled VM controller resumes the source's copy of a VM after a migration committed, instead of dropping it, and never drops it for a newer record. */
export function brokenBuild (): { root: string, bin: string } {
  return patchedBuild('broken', [{
    file: 'node/vms/controller.js',
    find: `        if (outcome.outcome === 'committed')
            await this.leave();`,
    // BROKEN BUILD (chaos test): the copy here goes on running after the VM moved away.
    replace: `        if (outcome.outcome === 'committed') {
            await machine.stopTracking().catch(() => { });
            if (!paused)
                await machine.run();
            await this.changed(back);
        }`
  }, {
    // ... and keeps running when the destination's newer record arrives.
    file: 'node/vms/controller.js',
    find: `    async supersede(epoch) {
        if (this.gone ||`,
    replace: `    async supersede(epoch) {
        if (true || this.gone ||`
  }])
}

/** A peer that speaks only migration protocol 1.0.0, as every peer did before deltas. */
export function migrationV1Build (): { root: string, bin: string } {
  return patchedBuild('migration-v1', [{
    file: 'overlay/migration/constants.js',
    find: "export const MIGRATION_VERSION = '3.0.0';",
    replace: "export const MIGRATION_VERSION = '2.0.0';"
  }, {
    file: 'overlay/migration/constants.js',
    find: "export const MIGRATION_PROTOCOL_V2 = protocolId('migration', '2.0.0');",
    replace: "export const MIGRATION_PROTOCOL_V2 = protocolId('migration', '0.0.0');"
  }])
}

/**
 * A peer that speaks membership (and the join protocol) 1.0.0 only: the protocol ids an old daemon
 * offers, so that a peer of this build meets them as it would meet the old daemon.
 */
export function membershipV1Build (): { root: string, bin: string } {
  return patchedBuild('membership-v1', [{
    file: 'overlay/core/version.js',
    find: "export const MEMBERSHIP_VERSION = '2.0.0';",
    replace: "export const MEMBERSHIP_VERSION = '1.0.0';"
  }])
}

/** A peer that speaks replication 1.0.0 only, as every peer did before checkpoints carried disk blocks. */
export function replicationV1Build (): { root: string, bin: string } {
  return patchedBuild('replication-v1', [{
    file: 'overlay/replication/constants.js',
    find: "export const REPLICATION_VERSION = '2.1.0';",
    replace: "export const REPLICATION_VERSION = '1.0.0';"
  }, {
    file: 'overlay/replication/constants.js',
    find: "export const COMPATIBLE_REPLICATION_PROTOCOLS = [protocolId('replication', '2.0.0')];",
    replace: 'export const COMPATIBLE_REPLICATION_PROTOCOLS = [];'
  }, {
    file: 'overlay/replication/constants.js',
    find: "export const OLD_REPLICATION_PROTOCOLS = [protocolId('replication', '1.0.0')];",
    replace: 'export const OLD_REPLICATION_PROTOCOLS = [];'
  }, {
    file: 'overlay/replication/constants.js',
    find: 'export const CHECKPOINT_FORMAT = 2;',
    replace: 'export const CHECKPOINT_FORMAT = 1;'
  }])
}

/**
 * This build as a standby of replication 2.0.0: it serves only 2.0.0, whose peers keep no replica
 * through a move (a primary of this version then protects the VM afresh after it). Faithful as a
 * standby only: as a primary it would still carry protection on.
 */
export function replicationV20Build (): { root: string, bin: string } {
  return patchedBuild('replication-v20', [{
    file: 'overlay/replication/constants.js',
    find: "export const REPLICATION_VERSION = '2.1.0';",
    replace: "export const REPLICATION_VERSION = '2.0.0';"
  }, {
    file: 'overlay/replication/constants.js',
    find: "export const COMPATIBLE_REPLICATION_PROTOCOLS = [protocolId('replication', '2.0.0')];",
    replace: 'export const COMPATIBLE_REPLICATION_PROTOCOLS = [];'
  }])
}

/**
 * A member that speaks replication-vote 1.0.0 only, and votes as 1.0.0 did: per standby, its `keep`
 * against every grant and a `takeover` as if of the oldest (it reads neither new field).
 */
export function votesV10Build (): { root: string, bin: string } {
  return patchedBuild('votes-v10', [{
    file: 'overlay/replication/constants.js',
    find: "export const VOTE_PROTOCOL = protocolId('replication-vote', '1.1.0');",
    replace: "export const VOTE_PROTOCOL = protocolId('replication-vote', '1.0.0');"
  }, {
    file: 'overlay/replication/constants.js',
    find: "export const OLD_VOTE_PROTOCOLS = [protocolId('replication-vote', '1.0.0')];",
    replace: 'export const OLD_VOTE_PROTOCOLS = [];'
  }, {
    file: 'overlay/replication/votes.js',
    find: 'const before = (request.keepBeforeMs ?? 0) > 0 ?',
    replace: 'const before = false ?'
  }, {
    file: 'overlay/replication/votes.js',
    find: 'const at = request.grant == null ? 0 :',
    replace: 'const at = true ? 0 :'
  }])
}

/**
 * A peer from before lanes: its wire code has none of the lane fields (Offer.lane, Accept.lane_port,
 * Sync.lane), so it reads an offer of a lane as any field it does not know, and never makes one.
 */
export function preLaneBuild (): { root: string, bin: string } {
  const unknown = (field: string): Patch => ({ file: 'proto/gen/wire.js', find: `"${field}": {`, replace: `"${field}BeforeLanes": {` })
  // Offer.lane first, then (the next "lane" in the schema) Sync.lane.
  return patchedBuild('pre-lane', [unknown('lane'), unknown('lanePort'), unknown('lane')])
}
