import { expect } from 'chai'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('generated protobuf code', () => {
  it('is what scripts/gen-proto.mjs makes from proto/*.proto (run `npm run proto` when this fails)', function () {
    this.timeout(60_000)
    const out = mkdtempSync(join(tmpdir(), 'proto-'))
    try {
      execFileSync(process.execPath, [join(root, 'scripts', 'gen-proto.mjs'), out], { stdio: 'pipe' })
      const committed = readdirSync(join(root, 'proto', 'gen')).sort()
      expect(readdirSync(out).sort()).to.deep.equal(committed)
      for (const file of committed) {
        expect(readFileSync(join(out, file), 'utf8'), file).to.equal(readFileSync(join(root, 'proto', 'gen', file), 'utf8'))
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
