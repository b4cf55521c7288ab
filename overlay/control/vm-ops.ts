// Operations on a VM, asked of the peer that owns it: create, lifecycle actions, show, list, logs.
// Protocol /supercloud/vm/1.0.0, member-only, one request and one response per stream.
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { peerIdFromBytes } from '../signing/index.js'
import { supercloud } from '../../proto/gen/wire.js'
import { MAX_VM_REQUEST_BYTES, MAX_VM_RESPONSE_BYTES, VM_PROTOCOL, VM_TIMEOUT_MS } from './constants.js'
import { MemberRpc, protobufCodec, type MemberRpcComponents } from '../wire/member-rpc.js'
import { MalformedMessageError } from '../wire/errors.js'
import { UnknownOperationError } from './errors.js'

const { VmRequest, VmResponse } = supercloud.vm
export type VmRequestMsg = supercloud.vm.IVmRequest
export type VmResponseMsg = supercloud.vm.IVmResponse
export type VmDetailMsg = supercloud.vm.IVmDetail
export type VmSpecMsg = supercloud.vm.IVmSpec
export type MigrationInfoMsg = supercloud.vm.IMigrationInfo

export interface VmOpsHandlers {
  create: (spec: VmSpecMsg) => Promise<VmDetailMsg>
  /** Returns the VM after the action; nothing after a destroy. */
  action: (vmId: string, action: string, extra: { standby: string, checkpointIntervalMs: number, withDisks: boolean }) => Promise<VmDetailMsg | undefined>
  /** Attaches a disk to a stopped VM, or detaches one. */
  disk: (vmId: string, disk: string, detach: boolean) => Promise<VmDetailMsg>
  show: (vmId: string) => Promise<VmDetailMsg>
  list: () => Promise<VmDetailMsg[]>
  logs: (vmId: string) => Promise<Uint8Array>
  attach: (vmId: string, net: { id: number, ip?: string }) => Promise<VmDetailMsg>
  detach: (vmId: string) => Promise<VmDetailMsg>
  migrate: (vmId: string, to: string, options: { mode: string, downtimeTargetMs: number }) => Promise<MigrationInfoMsg>
  /**
   * One migration by id (with `waitMs`: once it has ended, or after that long), every one this peer
   * knows (id empty), or cancel the one of a VM.
   */
  migrations: (query: { id: string, cancelVmId: string, waitMs: number }) => Promise<MigrationInfoMsg[]>
}

export class VmOps {
  private readonly rpc: MemberRpc<VmRequestMsg, VmResponseMsg>

  constructor (components: MemberRpcComponents, private readonly handlers: VmOpsHandlers) {
    this.rpc = new MemberRpc(components, protobufCodec<VmRequestMsg, VmResponseMsg>({
      protocol: VM_PROTOCOL,
      maxRequestBytes: MAX_VM_REQUEST_BYTES,
      maxResponseBytes: MAX_VM_RESPONSE_BYTES,
      timeoutMs: VM_TIMEOUT_MS
    }, VmRequest, VmResponse), async (_from, request) => await this.dispatch(request))
  }

  async start (): Promise<void> {
    await this.rpc.start()
  }

  async stop (): Promise<void> {
    await this.rpc.stop()
  }

  private async dispatch (r: VmRequestMsg): Promise<VmResponseMsg> {
    const h = this.handlers
    if (r.create != null) return { vm: await h.create(r.create.spec ?? {}) }
    if (r.action != null) {
      const vm = await h.action(r.action.vmId ?? '', r.action.action ?? '', { standby: r.action.standby ?? '', checkpointIntervalMs: r.action.checkpointIntervalMs ?? 0, withDisks: r.action.withDisks === true })
      return vm === undefined ? { list: { vms: [] } } : { vm }
    }
    if (r.show != null) return { vm: await h.show(r.show.vmId ?? '') }
    if (r.list != null) return { list: { vms: await h.list() } }
    if (r.logs != null) return { logs: await h.logs(r.logs.vmId ?? '') }
    if (r.attach != null) {
      const ip = r.attach.net?.ip ?? ''
      return { vm: await h.attach(r.attach.vmId ?? '', { id: r.attach.net?.id ?? 0, ...(ip === '' ? {} : { ip }) }) }
    }
    if (r.disk != null) return { vm: await h.disk(r.disk.vmId ?? '', r.disk.disk ?? '', r.disk.detach === true) }
    if (r.detach != null) return { vm: await h.detach(r.detach.vmId ?? '') }
    if (r.migrate != null) {
      const to = peerIdFromBytes(r.migrate.to ?? new Uint8Array()).toString()
      return { migrations: { migrations: [await h.migrate(r.migrate.vmId ?? '', to, { mode: r.migrate.mode ?? '', downtimeTargetMs: r.migrate.downtimeTargetMs ?? 0 })] } }
    }
    if (r.migrations != null) return { migrations: { migrations: await h.migrations({ id: r.migrations.migrationId ?? '', cancelVmId: r.migrations.cancelVmId ?? '', waitMs: r.migrations.waitMs ?? 0 }) } }
    throw new UnknownOperationError('unknown VM operation')
  }

  async create (peer: PeerId, spec: VmSpecMsg, options: { signal?: AbortSignal } = {}): Promise<VmDetailMsg> {
    return required((await this.rpc.request(peer, { create: { spec } }, options)).vm)
  }

  async action (peer: PeerId, vmId: string, action: string, options: { signal?: AbortSignal, standby?: string, checkpointIntervalMs?: number, withDisks?: boolean } = {}): Promise<VmDetailMsg | undefined> {
    const { standby, checkpointIntervalMs, withDisks, ...rest } = options
    return (await this.rpc.request(peer, { action: { vmId, action, standby: standby ?? '', checkpointIntervalMs: checkpointIntervalMs ?? 0, withDisks: withDisks === true } }, rest)).vm ?? undefined
  }

  async disk (peer: PeerId, vmId: string, disk: string, detach: boolean, options: { signal?: AbortSignal } = {}): Promise<VmDetailMsg> {
    return required((await this.rpc.request(peer, { disk: { vmId, disk, detach } }, options)).vm)
  }

  async show (peer: PeerId, vmId: string, options: { signal?: AbortSignal } = {}): Promise<VmDetailMsg> {
    return required((await this.rpc.request(peer, { show: { vmId } }, options)).vm)
  }

  async list (peer: PeerId, options: { signal?: AbortSignal } = {}): Promise<VmDetailMsg[]> {
    return (await this.rpc.request(peer, { list: {} }, options)).list?.vms ?? []
  }

  async attach (peer: PeerId, vmId: string, net: { id: number, ip?: string }, options: { signal?: AbortSignal } = {}): Promise<VmDetailMsg> {
    return required((await this.rpc.request(peer, { attach: { vmId, net: { id: net.id, ip: net.ip ?? '' } } }, options)).vm)
  }

  async detach (peer: PeerId, vmId: string, options: { signal?: AbortSignal } = {}): Promise<VmDetailMsg> {
    return required((await this.rpc.request(peer, { detach: { vmId } }, options)).vm)
  }

  async migrate (peer: PeerId, vmId: string, to: string, options: { mode: string, downtimeTargetMs: number }): Promise<MigrationInfoMsg> {
    const r = await this.rpc.request(peer, { migrate: { vmId, to: peerIdFromString(to).toMultihash().bytes, mode: options.mode, downtimeTargetMs: options.downtimeTargetMs } })
    const m = r.migrations?.migrations?.[0]
    if (m == null) throw new MalformedMessageError('the owner answered a migration without its report')
    return m
  }

  async migrations (peer: PeerId, query: { id?: string, cancelVmId?: string, waitMs?: number }, options: { signal?: AbortSignal } = {}): Promise<MigrationInfoMsg[]> {
    return (await this.rpc.request(peer, { migrations: { migrationId: query.id ?? '', cancelVmId: query.cancelVmId ?? '', waitMs: query.waitMs ?? 0 } }, options)).migrations?.migrations ?? []
  }

  async logs (peer: PeerId, vmId: string, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    return (await this.rpc.request(peer, { logs: { vmId } }, options)).logs ?? new Uint8Array()
  }
}

function required (vm: VmDetailMsg | null | undefined): VmDetailMsg {
  if (vm == null) throw new MalformedMessageError('the owner answered without a VM')
  return vm
}
