// The setting of the bad-input tests on a daemon's protocols: one daemon (the owner) in a private
// network, a member that was admitted by name (--allowed-peers) and an outsider that holds only the
// swarm key, both in-process libp2p peers speaking raw bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { generateSwarmKey } from '../../overlay/pnet/index.js'
import type { Host } from '../../node/host.js'
import { cliJson, exited, startNode } from './cli.js'
import { startIntruder } from './intruder.js'
import { waitFor } from './wait.js'

export class WireFixture {
  readonly root: string
  readonly swarmKey: string
  /** The owner's data dir (`--data-dir` for the CLI). */
  readonly dir: string
  ownerId = ''
  ownerAddr = ''
  memberKey!: PrivateKey
  memberId = ''
  member!: Host
  outsider!: Host
  private child: ChildProcess | undefined

  constructor (prefix: string) {
    this.root = mkdtempSync(join(tmpdir(), prefix))
    this.swarmKey = join(this.root, 'swarm.key')
    this.dir = join(this.root, 'owner')
  }

  /** Starts the owner (admitting the member) and both intruders; returns once the owner answers. */
  async start (): Promise<void> {
    writeFileSync(this.swarmKey, generateSwarmKey(), { mode: 0o600 })
    this.memberKey = await generateKeyPair('Ed25519')
    this.memberId = peerIdFromPrivateKey(this.memberKey).toString()
    this.child = startNode(['--data-dir', this.dir, '--listen', '/ip4/127.0.0.1/tcp/0', '--api-port', '0', '--swarm-key', this.swarmKey, '--allowed-peers', this.memberId])
    const s = await waitFor('the owner to answer', async () => await cliJson<{ id: string, addrs: string[] }>(['status', '--data-dir', this.dir]), 30_000)
    this.ownerId = s.id
    this.ownerAddr = s.addrs[0] ?? ''
    this.member = await startIntruder(this.swarmKey, this.memberKey)
    this.outsider = await startIntruder(this.swarmKey)
  }

  async stop (): Promise<void> {
    for (const h of [this.member, this.outsider]) await Promise.resolve(h?.stop()).catch(() => {})
    const child = this.child
    if (child !== undefined) {
      child.kill('SIGTERM')
      await exited(child).catch(() => { child.kill('SIGKILL') })
    }
    rmSync(this.root, { recursive: true, force: true })
  }
}
