// The owner's side of the VM protocols: other peers' requests for this peer's VMs become the same
// typed actions the API dispatches (actions.ts), on the VM's controller. Also the records listener:
// a newer epoch of a VM elsewhere makes what this peer has of it stale (`supersede`).
import type { Libp2p } from '@libp2p/interface'
import type { Logger } from '../log.js'
import type { Membership } from '../../overlay/membership/membership.js'
import type { CloudVm } from '../../overlay/records/index.js'
import { VmOps, type VmOpsHandlers } from '../../overlay/control/vm-ops.js'
import { ConsoleProtocol, type ConsoleSession } from '../../overlay/control/console.js'
import { SnapshotTransfer, type SnapshotHandlers } from '../../overlay/control/transfer.js'
import { MAX_DEVICE_STATE_BYTES, MAX_SNAPSHOT_BYTES } from '../hypervisor/snapshot/format.js'
import { MAX_SNAPSHOT_DISK_BYTES } from '../hypervisor/snapshot/disk-section.js'
import { VmSpecError } from './errors.js'
import { isLifecycleAction } from './actions.js'
import type { VmController } from './controller.js'
import type { VmRegistry } from './registry.js'
import { fromSpecMsg, toDetailMsg } from './wire.js'
import type { VmMigrations } from './migrate-out.js'
import { toMigrationMsg } from './migration-wire.js'
import type { Protections } from './protect.js'

/** A peer asking to be told when a migration ends is answered after at most this. */
const MAX_WAIT_MS = 30_000

export interface VmServeComponents {
  registry: VmRegistry
  migrations: VmMigrations
  records: { list: () => CloudVm[], onChange: (listener: () => void) => () => void }
  libp2p: Libp2p
  membership: Membership
  selfId: string
  log: Logger
  protections: Protections
  /** The base images this peer holds, served by hash to peers that lack them. */
  images?: { read: (sha256: string) => Promise<Uint8Array> }
}

export class VmServe {
  readonly ops: VmOps
  readonly consoles: ConsoleProtocol
  readonly transfer: SnapshotTransfer
  private offRecords?: () => void

  constructor (private readonly c: VmServeComponents) {
    const rpc = { libp2p: c.libp2p, membership: c.membership, log: c.log }
    this.ops = new VmOps(rpc, this.opsHandlers())
    this.consoles = new ConsoleProtocol(rpc, { open: vmId => localConsole(c.registry.get(vmId)) })
    this.transfer = new SnapshotTransfer(rpc, this.snapshotHandlers())
  }

  async start (): Promise<void> {
    // A newer epoch of a VM elsewhere (a commit this peer did not hear, or one from before a restart).
    this.offRecords = this.c.records.onChange(() => {
      for (const vm of this.c.records.list()) {
        const here = this.c.registry.peek(vm.id)
        if (vm.owner === this.c.selfId || here === undefined || here.epoch >= vm.epoch) continue
        this.c.registry.get(vm.id).dispatch({ kind: 'supersede', epoch: vm.epoch }).catch(err => { this.c.log.warn({ err, vm: vm.id }, 'dropping a superseded VM failed') })
      }
    })
    await this.ops.start()
    await this.consoles.start()
    await this.transfer.start()
  }

  async stop (): Promise<void> {
    this.offRecords?.()
    await this.transfer.stop()
    await this.consoles.stop()
    await this.ops.stop()
  }

  private opsHandlers (): VmOpsHandlers {
    const { registry, migrations } = this.c
    return {
      create: async spec => toDetailMsg(await registry.create(fromSpecMsg(spec))),
      action: async (vmId, action, options) => {
        if (action === 'protect') {
          await this.c.protections.protect(vmId, { ...(options.standby === '' ? {} : { standby: options.standby }), ...(options.checkpointIntervalMs === 0 ? {} : { intervalMs: options.checkpointIntervalMs }) })
          return toDetailMsg(await registry.get(vmId).detail())
        }
        if (action === 'unprotect') {
          await this.c.protections.unprotect(vmId)
          return toDetailMsg(await registry.get(vmId).detail())
        }
        if (!isLifecycleAction(action)) throw new VmSpecError(`unknown action ${action}`)
        const vm = registry.get(vmId)
        if (action === 'destroy') {
          await vm.dispatch({ kind: 'destroy', withDisks: options.withDisks })
          return undefined
        }
        return toDetailMsg(await vm.dispatch({ kind: action }))
      },
      show: async vmId => toDetailMsg(await registry.get(vmId).detail()),
      list: async () => (await registry.list()).map(toDetailMsg),
      logs: async vmId => registry.get(vmId).logs(),
      attach: async (vmId, net) => toDetailMsg(await registry.get(vmId).dispatch({ kind: 'attach', net })),
      disk: async (vmId, disk, detach) => toDetailMsg(await registry.get(vmId).dispatch(detach ? { kind: 'detachDisk', disk } : { kind: 'attachDisk', disk })),
      detach: async vmId => toDetailMsg(await registry.get(vmId).dispatch({ kind: 'detach' })),
      migrate: async (vmId, to, options) => toMigrationMsg(migrations.start(vmId, to, {
        mode: options.mode === 'stopcopy' ? 'stopcopy' : 'precopy',
        ...(options.downtimeTargetMs > 0 ? { downtimeTargetMs: options.downtimeTargetMs } : {})
      })),
      migrations: async query => {
        if (query.cancelVmId !== '') return [toMigrationMsg(migrations.cancel(query.cancelVmId))]
        if (query.id !== '') {
          const one = migrations.get(query.id)
          if (one === undefined) return []
          if (query.waitMs <= 0) return [toMigrationMsg(one)]
          let cancel = (): void => {}
          const waited = await Promise.race([migrations.finished(query.id), new Promise<undefined>(resolve => {
            const timer = setTimeout(resolve, Math.min(query.waitMs, MAX_WAIT_MS))
            cancel = () => { clearTimeout(timer) }
          })])
          cancel()
          return [toMigrationMsg(waited ?? one)]
        }
        return migrations.list().map(toMigrationMsg)
      }
    }
  }

  private snapshotHandlers (): SnapshotHandlers {
    const { registry, images } = this.c
    return {
      snapshot: async vmId => await registry.get(vmId).dispatch({ kind: 'snapshot' }),
      restore: async (bytes, name) => toDetailMsg(await registry.restore(bytes, { name })),
      maxRestoreBytes: () => Math.min(MAX_SNAPSHOT_BYTES, registry.freeMemoryBytes() + MAX_DEVICE_STATE_BYTES + Math.min(MAX_SNAPSHOT_DISK_BYTES, registry.freeDiskBytes()) + (1 << 20)),
      ...(images === undefined ? {} : { image: async (sha256: string) => await images.read(sha256) })
    }
  }
}

/** A console session on a VM of this peer: its serial port, until the guest is gone. */
export function localConsole (vm: VmController): ConsoleSession {
  const serial = vm.serial()
  let close!: () => void
  const closed = new Promise<void>(resolve => { close = resolve })
  void vm.ended().then(close)
  return { write: bytes => { serial.write(bytes) }, onOutput: listener => serial.onOutput(listener), closed, close }
}
