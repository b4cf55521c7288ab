// The README's commands, run as a newcomer would type them (issue 20): the quick-start block after
// "The commands below assume…", line by line in a shell with `supercloud` on the PATH (as `npm link`
// puts it), against a fresh testnet in a temp dir instead of /tmp/net. Each must exit 0. The dashboard
// line runs until its link is printed, then is stopped with Ctrl-C (SIGINT), as the README says.
import { expect } from 'chai'
import { spawn, execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { testnetDown } from '../testnet/launcher.js'
import { DEFAULT_IMAGE_DIR } from '../node/hypervisor/images.js'
import { BIN } from './util/cli.js'

const README = fileURLToPath(new URL('../../README.md', import.meta.url))
const HAS_LINUX = existsSync(join(DEFAULT_IMAGE_DIR, 'linux', 'manifest.json'))

/** The quick-start block's command lines, comments stripped. */
function quickStart (): string[] {
  const text = readFileSync(README, 'utf8')
  const after = text.slice(text.indexOf('The commands below assume'))
  const block = /```sh\n([\s\S]*?)```/.exec(after)?.[1] ?? ''
  return block.split('\n').map(l => l.replace(/\s+#.*$/, '').trim()).filter(l => l.includes('supercloud '))
}

/** Run in `cwd` (a relative snapshot file lands there), never this process's own directory. */
async function sh (line: string, env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number, out: string }> {
  return await new Promise(resolve => {
    execFile('sh', ['-c', line], { env, cwd, timeout: 120_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1, out: stdout + stderr })
    })
  })
}

describe('the README\'s quick start, as written', function () {
  this.timeout(300_000)
  let root: string
  let dir: string
  let env: NodeJS.ProcessEnv
  const lines = quickStart()

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'sc-readme-'))
    dir = join(root, 'net')
    const bin = join(root, 'bin')
    mkdirSync(bin)
    writeFileSync(join(bin, 'supercloud'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`)
    chmodSync(join(bin, 'supercloud'), 0o755)
    env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` }
  })
  after(async () => {
    await testnetDown(dir).catch(() => {})
    rmSync(root, { recursive: true, force: true })
  })

  it('has the commands to run', () => {
    expect(lines.length).to.be.at.least(10)
    expect(lines[0]).to.match(/^supercloud testnet up /)
  })

  for (const [i, line] of quickStart().entries()) {
    it(`${i + 1}: ${line}`, async function () {
      if (line.includes('--image linux') || line.includes('vm console lin ')) {
        if (!HAS_LINUX && process.env.CI === 'true') throw new Error('no linux image: .ci/run builds it')
        if (!HAS_LINUX) this.skip()
      }
      const command = line.replaceAll('/tmp/net', dir)
      if (line.startsWith('supercloud dashboard')) {
        // Until Ctrl-C: the link, then a clean stop. No browser here: --open says so and goes on.
        const child = spawn('sh', ['-c', `exec ${command}`], { env, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
        const first = await new Promise<string>((resolve, reject) => {
          let out = ''
          child.stdout.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('\n')) resolve(out) })
          child.once('exit', code => { reject(new Error(`exited ${code} before printing its link`)) })
          setTimeout(() => { reject(new Error('no link within 20 s')) }, 20_000).unref()
        })
        expect(first).to.match(/^dashboard: http:\/\/127\.0\.0\.1:\d+\/dashboard\/login\?code=/)
        child.kill('SIGINT')
        expect(await new Promise(resolve => child.once('exit', resolve))).to.equal(0)
        return
      }
      const r = await sh(command, env, root)
      expect(r.code, r.out.slice(-2000)).to.equal(0)
    })
  }
})
