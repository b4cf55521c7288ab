// What a VM's controller needs of the peer (its registry's shared parts), what a migration's source
// side is handed, and the machine as that side drives it.
import type { Logger } from '../log.js'
import type { Machine } from '../hypervisor/types.js'
import type { ImageCatalog } from '../hypervisor/images.js'
import type { VmRecordData } from '../../overlay/records/index.js'
import type { MigrationOutcome, SourceMachine } from '../../overlay/migration/types.js'
import type { MigratingDisk } from '../../overlay/migration/disks.js'
import type { ActionOf } from './actions.js'
import type { Machines } from './machines.js'
import type { ProtectionDetail } from './protect.js'
import type { VmDisks } from './vm-disks.js'

/** What a migration's source side needs to move a VM (overlay/migration's protocol, through migrate-out.ts). */
export interface SourceMove {
  record: VmRecordData
  /** Its disks, whose blocks move with it. */
  disks: MigratingDisk[]
  machine: SourceMachine
  paused: boolean
  vgaMemoryBytes: number
  acpi: boolean
  action: ActionOf<'migrateOut'>
  signal: AbortSignal
}

/** What a controller needs of the peer: its registry's shared parts. */
export interface ControllerHost {
  readonly machines: Machines
  readonly images: ImageCatalog
  readonly log: Logger
  readonly selfId: string
  /** Throws CapacityError when `memoryBytes` more would not fit the budget. */
  reserve: (memoryBytes: number) => void
  /** Persists and publishes the inventory; resolves once what is now known is published. */
  announce: () => Promise<void>
  /** The VM is gone from this peer (moved, destroyed, superseded). */
  forget: (id: string) => void
  /** Runs the migration protocol as the source. Resolves with the outcome; throws only if it never started. */
  migrate: (move: SourceMove) => Promise<MigrationOutcome>
  /** The VM's replication to a standby, if it is protected. */
  protection: (id: string) => ProtectionDetail | undefined
  /** The peer's disks; without them, VMs have none. */
  readonly disks?: VmDisks
}

/** The machine as a migration's source drives it. */
export function sourceMachine (m: Machine): SourceMachine {
  return {
    scanPages: async range => await m.scanPages(range),
    stopTracking: async () => { await m.stopTracking() },
    setThrottle: async ms => { await m.setThrottle(ms) },
    pause: async () => { await m.pause() },
    run: async () => { await m.run() },
    saveDevices: async () => {
      const devices = await m.saveDevices()
      // The console's history moves with the VM (`vm logs` at the destination shows it).
      return { ...devices, hypercall: JSON.stringify(devices.hypercall), console: m.serial.logs() }
    },
    boost: async on => { await m.boost(on) },
    scanDisk: async (disk, options) => await m.scanDisk(disk, options),
    readDiskBlocks: async (disk, indexes) => await m.readDiskBlocks(disk, indexes)
  }
}
