// A base image damaged on the disk of the peer that serves it (real daemons): a peer making a disk
// from the image by hash fetches it, refuses it with an error that names the hash mismatch and says
// how to retry, and keeps nothing of it (no image file, no disk, no record); once another peer holds
// a good copy, the same command succeeds from it.
import { expect } from 'chai'
import { chmodSync, existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { CloudDisk, CloudImage } from '../overlay/records/index.js'
import { flip } from './util/snapshots.js'
import { useTestnet } from './util/use-testnet.js'
import { waitFor } from './util/wait.js'

const MiB = 1 << 20

describe('a base image corrupted where it is served is refused by the peer that fetches it (real processes)', function () {
  this.timeout(180_000)
  const testnet = useTestnet({ tmpPrefix: 'sc-image-fetch-', peers: 3, providers: ['aws', 'gcp', 'azure'], peerConfig: { memoryBytes: 64 * MiB, diskBytes: 64 * MiB } })
  const { ok, fails, peerId } = testnet.cli
  const imagesDir = (peer: number): string => join(testnet.state.peers[peer]?.dataDir ?? '', 'images')

  const cases = [
    { id: 'corrupted (a bit flipped)', damage: (file: string) => { writeFileSync(file, flip(readFileSync(file), 12345)) } },
    { id: 'truncated', damage: (file: string) => { truncateSync(file, MiB + 100) } }
  ]
  for (const [n, c] of cases.entries()) {
    it(`${c.id}: refused by hash, nothing kept; fetched from a good copy once there is one`, async () => {
      const file = join(testnet.root, `base-${n}.img`)
      writeFileSync(file, randomBytes(2 * MiB))
      const image = await ok<CloudImage>(0, ['image', 'import', file, '--name', `base-${n}`])
      const served = join(imagesDir(0), `${image.sha256}.img`)
      // The image store keeps its files read-only: the damage comes from outside the daemon.
      chmodSync(served, 0o644)
      c.damage(served)
      await waitFor('peer 2 knows peer 0 holds the image', async () => (await ok<CloudImage[]>(2, ['image', 'ls'])).some(i => i.sha256 === image.sha256), 15_000)

      const err = await fails(2, ['disk', 'create', `d-${n}`, '--size', '4M', '--from', image.sha256])
      expect(err.name).to.equal('BaseImageError')
      process.stdout.write(`      refused: ${err.error}\n`)
      expect(err.error).to.include(`image ${image.sha256} could not be fetched`)
      expect(err.error).to.include(peerId(0))
      expect(err.error).to.match(new RegExp(`hashes to [0-9a-f]{64}, not ${image.sha256}`))
      expect(err.error).to.match(/import a good copy of the image on any peer .*then retry/)
      // Nothing of it: no image file (nor a temporary one), no record, no disk.
      expect(readdirSync(imagesDir(2)).filter(f => f.startsWith(image.sha256))).to.deep.equal([])
      expect((await ok<CloudImage[]>(2, ['image', 'ls'])).find(i => i.sha256 === image.sha256)?.peers).to.deep.equal([peerId(0)])
      expect((await ok<CloudDisk[]>(2, ['disk', 'ls'])).some(d => d.name === `d-${n}`)).to.equal(false)

      // A good copy on peer 1: the retry is fetched from it (peer 0's is still passed over).
      await ok<CloudImage>(1, ['image', 'import', file, '--name', `base-${n}`])
      await waitFor('peer 2 knows peer 1 holds it too', async () => (await ok<CloudImage[]>(2, ['image', 'ls'])).some(i => i.sha256 === image.sha256 && i.peers.includes(peerId(1))), 15_000)
      const d = await ok<CloudDisk>(2, ['disk', 'create', `d-${n}`, '--size', '4M', '--from', image.sha256])
      expect(d).to.include({ baseSha256: image.sha256, owner: peerId(2) })
      expect(existsSync(join(imagesDir(2), `${image.sha256}.img`))).to.equal(true)
    })
  }
})
