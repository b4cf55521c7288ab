// The tiny guest's standalone proof (scripts/try-tiny-guest.mjs) runs against the built hypercall
// ABI and passes: it boots the guest in v86, pings it and restores it, and exits 1 on any failed check.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect } from 'chai'

const SCRIPT = fileURLToPath(new URL('../../scripts/try-tiny-guest.mjs', import.meta.url))

describe('scripts/try-tiny-guest.mjs', function () {
  this.timeout(240_000)

  it('passes every check against the built ABI', async () => {
    const { code, out } = await new Promise<{ code: number | null, out: string }>(resolve => {
      execFile(process.execPath, [SCRIPT], { timeout: 200_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
        resolve({ code: err === null ? 0 : (err as { code?: number }).code ?? null, out: stdout + stderr })
      })
    })
    expect(out, out).to.not.include('[FAIL]')
    expect(code, out).to.equal(0)
    expect(out).to.match(/\[ok\] info block magic "TINY", abi \d+\.\d+/)
  })
})
