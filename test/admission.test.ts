// Admission and bad input across real daemon processes: swarm key, join tokens, member checks,
// malformed and lying messages from a peer that holds the key.
import { expect } from 'chai'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { supercloud as pb } from '../proto/gen/wire.js'
import { generateSwarmKey } from '../overlay/pnet/index.js'
import { signDescriptor } from '../overlay/membership/descriptor.js'
import { TABLE_PROTOCOL } from '../overlay/membership/constants.js'
import { JOIN_PROTOCOL } from '../overlay/admission/constants.js'
import { RECORDS_TOPIC } from '../overlay/records/constants.js'
import { CONTROL_PROTOCOL } from '../overlay/control/constants.js'
import { LpReader } from '../overlay/wire/lp-reader.js'
import { frame } from '../overlay/wire/lp.js'
import type { Host } from '../node/host.js'
import { cli, cliJson, exited, logOf, startNode } from './util/cli.js'
import { startIntruder, openStream, sendRaw } from './util/intruder.js'
import { waitFor } from './util/wait.js'
import { NO_MARKET } from '../overlay/membership/index.js'

interface Status { id: string, addrs: string[], joined: boolean, incompatiblePeers: Array<{ id: string }> }
interface PeerRow { id: string, state: string }

describe('admission and bad input (real processes)', function () {
  this.timeout(120_000)
  const root = mkdtempSync(join(tmpdir(), 'sc-adm-'))
  const children: ChildProcess[] = []
  const hosts: Host[] = []
  const swarmKey = join(root, 'swarm.key')
  let founder: Status
  let founderAddr: string

  function start (name: string, extra: string[]): { dir: string, child: ChildProcess } {
    const dir = join(root, name)
    const child = startNode(['--data-dir', dir, '--listen', '/ip4/127.0.0.1/tcp/0', '--api-port', '0', '--swarm-key', swarmKey, '--heartbeat-ms', '500', '--suspect-after-ms', '2000', '--dead-after-ms', '4000', ...extra])
    children.push(child)
    return { dir, child }
  }

  async function statusOf (dir: string): Promise<Status> {
    return await waitFor(`the node in ${dir} to answer`, async () => await cliJson<Status>(['status', '--data-dir', dir]), 30_000)
  }

  async function peersOf (dir: string): Promise<PeerRow[]> {
    return await cliJson<PeerRow[]>(['peers', '--data-dir', dir])
  }

  before(async () => {
    writeFileSync(swarmKey, generateSwarmKey(), { mode: 0o600 })
    start('founder', [])
    founder = await statusOf(join(root, 'founder'))
    founderAddr = founder.addrs[0] ?? ''
  })

  after(async () => {
    for (const h of hosts) await Promise.resolve(h.stop()).catch(() => {})
    for (const c of children) c.kill('SIGTERM')
    await Promise.all(children.map(async c => { await exited(c).catch(() => { c.kill('SIGKILL') }) }))
    rmSync(root, { recursive: true, force: true })
  })

  it('a peer with the wrong swarm key cannot join', async () => {
    const otherKey = join(root, 'other.key')
    writeFileSync(otherKey, generateSwarmKey(), { mode: 0o600 })
    const { dir, child } = start('wrong-key', ['--bootstrap', founderAddr, '--swarm-key', otherKey])
    await statusOf(dir)
    await waitFor('a failed join attempt in the log', async () => logOf(child).includes('join attempt failed'), 30_000)
    expect((await statusOf(dir)).joined).to.equal(false)
    expect((await peersOf(join(root, 'founder'))).map(p => p.id)).to.deep.equal([founder.id])
  })

  it('joins with a token from a member; the token cannot be used twice', async () => {
    const token = await cliJson<{ token: string }>(['token', 'create', '--data-dir', join(root, 'founder'), '--ttl', '10m'])
    const { dir } = start('joiner', ['--bootstrap', founderAddr, '--join-token', token.token])
    const joiner = await statusOf(dir)
    await waitFor('founder and joiner to see each other alive', async () => {
      const a = await peersOf(join(root, 'founder'))
      const b = await peersOf(dir)
      return a.find(p => p.id === joiner.id)?.state === 'alive' && b.find(p => p.id === founder.id)?.state === 'alive'
    }, 30_000)
    const remote = await cliJson<{ id: string }>(['status', '--data-dir', dir, '--remote', founder.id])
    expect(remote.id).to.equal(founder.id)

    const { dir: dir2, child } = start('reuser', ['--bootstrap', founderAddr, '--join-token', token.token])
    const reuser = await statusOf(dir2)
    await waitFor('the reused token to be refused', async () => logOf(child).includes('already used'), 30_000)
    expect((await peersOf(join(root, 'founder'))).map(p => p.id)).not.to.include(reuser.id)
  })

  it('a peer with the key but not admitted cannot make any control request succeed', async () => {
    const { dir, child } = start('outsider', ['--bootstrap', founderAddr])
    const outsider = await statusOf(dir)
    await waitFor('the table pull to be refused', async () => logOf(child).includes('not admitted'), 30_000)
    const result = await cli(['status', '--data-dir', dir, '--remote', founder.id, '--json'])
    expect(result.code).to.equal(1)
    expect(JSON.parse(result.stdout)).to.include({ name: 'NotAdmittedError' })
    expect((await peersOf(join(root, 'founder'))).map(p => p.id)).not.to.include(outsider.id)
  })

  describe('from an in-process peer holding the swarm key', () => {
    let intruder: Host

    before(async () => {
      intruder = await startIntruder(swarmKey)
      hosts.push(intruder)
    })

    it('has its control request reset before a byte of it is read', async () => {
      const stream = await openStream(intruder, founderAddr, CONTROL_PROTOCOL)
      const sent = (async () => {
        stream.send(frame(pb.control.ControlRequest.encode({ status: {} }).finish()))
        return await new LpReader(stream, 1 << 20).next({ signal: AbortSignal.timeout(10_000) })
      })()
      const err = await sent.then(() => undefined, (e: Error) => e)
      expect(err, 'the stream was reset').to.be.instanceOf(Error)
      expect((await statusOf(join(root, 'founder'))).id).to.equal(founder.id)
    })

    const garbage = [
      { id: 'an endless varint on the table protocol', protocol: TABLE_PROTOCOL, bytes: new Uint8Array(1 << 20).fill(0xff) },
      { id: 'a 1 GiB length prefix on the control protocol', protocol: CONTROL_PROTOCOL, bytes: new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x04]) },
      { id: 'protobuf garbage on the join protocol', protocol: JOIN_PROTOCOL, bytes: frame(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x0f, 1, 2])).subarray() },
      { id: 'a bogus join token', protocol: JOIN_PROTOCOL, bytes: frame(pb.membership.JoinRequest.encode({ token: 'AAAA' }).finish()).subarray() }
    ]
    for (const c of garbage) {
      it(`survives ${c.id}: the stream ends, the daemon carries on`, async () => {
        const stream = await openStream(intruder, founderAddr, c.protocol)
        const result = await sendRaw(stream, c.bytes, 5000)
        expect(result.ended).to.equal(true)
        expect((await statusOf(join(root, 'founder'))).id).to.equal(founder.id)
      })
    }

    it('cannot make its gossip reach a member, whatever it sends', async () => {
      const pubsub = intruder.services.pubsub
      pubsub.subscribe(RECORDS_TOPIC)
      await intruder.dial(multiaddr(founderAddr), { signal: AbortSignal.timeout(10_000) })
      await new Promise(resolve => setTimeout(resolve, 1500))
      // The founder resets its gossip streams: it never becomes a subscriber the intruder could reach.
      expect(pubsub.getSubscribers(RECORDS_TOPIC).map(String)).not.to.include(founder.id)
      const liarKey = await generateKeyPair('Ed25519')
      const base = { seq: Date.now(), addrs: [], provider: 'evil', region: 'r', zone: 'z', cores: 1, memoryBytes: 1, load: 0, vms: 0, softwareVersion: 'x', protocolVersion: '1.0.0', left: true, startedAtMs: 0, heartbeatMs: 1000, inventorySeq: 0, vmMemoryBytes: 0, diskBytes: 0, vmDiskBytes: 0, schedulable: true, unschedulableReason: '', incarnation: Date.now(), ...NO_MARKET }
      // Claims to be the founder, announcing that it left, but is signed by another key.
      const lying = await signDescriptor(liarKey, base, peerIdFromString(founder.id).toMultihash().bytes)
      for (const data of [pb.membership.SignedDescriptor.encode(lying).finish(), new Uint8Array([0x0a, 0xff, 0xff]), new Uint8Array(64 << 10).fill(1)]) {
        await pubsub.publish(RECORDS_TOPIC, data).catch(() => {})
      }
      await new Promise(resolve => setTimeout(resolve, 1500))
      const rows = await peersOf(join(root, 'founder'))
      expect(rows.find(r => r.id === founder.id)?.state).to.equal('alive')
      expect(rows.map(r => (r as unknown as { provider: string }).provider)).not.to.include('evil')
    })

    const versions = [
      { id: 'an old (version 1) peer', protocol: '/supercloud/membership/1.0.0' },
      { id: 'a future (version 3) peer', protocol: '/supercloud/membership/3.0.0' }
    ]
    for (const v of versions) {
      it(`refuses ${v.id}, with a clear reason`, async () => {
        const other = await startIntruder(swarmKey)
        hosts.push(other)
        await other.handle(v.protocol, (stream) => { stream.abort(new Error('no')) })
        await other.dial(multiaddr(founderAddr), { signal: AbortSignal.timeout(10_000) }).catch(() => {})
        const status = await waitFor('the founder to flag the incompatible peer', async () => {
          const s = await statusOf(join(root, 'founder'))
          return s.incompatiblePeers.some(p => p.id === other.peerId.toString()) ? s : undefined
        }, 20_000)
        expect(JSON.stringify(status.incompatiblePeers)).to.include(v.protocol)
        expect(readFileSync(join(root, 'founder', 'api.json'), 'utf8')).to.include(founder.id)
      })
    }

    it('refuses a version 1 joiner clearly, before it half-joins', async () => {
      const old = await startIntruder(swarmKey)
      hosts.push(old)
      const stream = await openStream(old, founderAddr, '/supercloud/admission/1.0.0').catch((err: Error) => err)
      expect(stream).to.be.instanceOf(Error)
      expect((stream as Error).name).to.equal('UnsupportedProtocolError')
    })
  })
})
