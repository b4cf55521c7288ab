// The end check of the VMs with a disk: the run's migrations (and kills) must have left on each disk
// every record its guest made durable. Each VM is stopped (its disk flushed and closed), the host
// reads the records off its peer's disk files itself, and the VM is started again: the records must
// be whole and one unbroken run of sequence numbers ending at or after the highest the checker saw
// made durable, and the guest, booted again, must go on from there (so a `vm stop`/`vm start` keeps
// them too). A VM not running on exactly one peer at the end is left alone (lost with a killed peer,
// or already reported).
import { join } from 'node:path'
import { openDisk } from '../../node/hypervisor/disks/index.js'
import { parseTinyRecord } from '../../node/hypervisor/disks/tiny-record.js'
import { TINY_DISK_SPAN_BLOCKS } from '../../node/hypervisor/images.js'
import type { VmView } from '../../node/vms/view.js'
import { describeError } from '../../overlay/wire/errors.js'
import type { Checker } from './checker.js'
import type { PeerFaults } from './peer-faults.js'
import type { Timeline } from './timeline.js'
import { until } from './wait.js'

export interface DiskCheckComponents {
  checker: Checker
  peers: PeerFaults
  timeline: Timeline
}

const BLOCK_BYTES = 4096
const STOP_TIMEOUT_MS = 30_000
const START_TIMEOUT_MS = 60_000

export async function checkDisks (c: DiskCheckComponents, signal?: AbortSignal): Promise<{ checked: number, recordsRead: number }> {
  let checked = 0
  let recordsRead = 0
  for (const vm of c.checker.disks()) {
    const on = c.checker.holder(vm.id)
    if (on === undefined) continue
    const broken = (detail: string): void => { c.checker.reportVm('disk-broken', vm.id, detail) }
    try {
      const seqs = await stoppedRecords(c, vm.id, vm.disk, on, signal)
      recordsRead += seqs.length
      const top = seqs[seqs.length - 1] ?? -1
      const gap = seqs.findIndex((s, i) => s !== top - seqs.length + 1 + i)
      if (top < vm.highestSeq) broken(`its disk on peer ${on} holds records up to ${top}, but record ${vm.highestSeq} was seen durable`)
      else if (gap >= 0) broken(`its disk on peer ${on} holds records ${seqs[0]}…${top} with a gap before ${seqs[gap]}: a record lost on the way`)
      else if (top >= TINY_DISK_SPAN_BLOCKS && seqs.length !== TINY_DISK_SPAN_BLOCKS) broken(`its disk on peer ${on} holds ${seqs.length} records of a ${TINY_DISK_SPAN_BLOCKS}-block span the guest had filled`)
      c.timeline.add(vm.id, `the end check read records ${seqs[0] ?? '-'}…${top} off its disk on peer ${on} (highest seen durable ${vm.highestSeq})`)
      const api = c.peers.client(on)
      await api.request('POST', `/v1/vms/${vm.id}/start`, undefined, within(START_TIMEOUT_MS, signal))
      await until(`${vm.name} to write records after its start`, async () => {
        const v = await api.request<VmView>('GET', `/v1/vms/${vm.id}`, undefined, within(5_000, signal))
        return (v.guest?.disk?.flushed?.seq ?? -1) > top
      }, { timeoutMs: START_TIMEOUT_MS, everyMs: 250, signal }).catch(err => { broken(`after vm stop and vm start on peer ${on} its guest did not go on from record ${top}: ${describeError(err)}`) })
      checked++
    } catch (err) {
      broken(`the end check of its disk on peer ${on} failed: ${describeError(err)}`)
    }
  }
  return { checked, recordsRead }
}

const within = (ms: number, signal?: AbortSignal): { signal: AbortSignal } => ({ signal: signal === undefined ? AbortSignal.timeout(ms) : AbortSignal.any([signal, AbortSignal.timeout(ms)]) })

/** Stops VM `id` on peer `on` and reads its disk's records there; sorted by sequence number. */
async function stoppedRecords (c: DiskCheckComponents, id: string, disk: string, on: number, signal?: AbortSignal): Promise<number[]> {
  const api = c.peers.client(on)
  await api.request('POST', `/v1/vms/${id}/stop`, undefined, within(STOP_TIMEOUT_MS, signal))
  await until('the VM to stop', async () => (await api.request<VmView>('GET', `/v1/vms/${id}`, undefined, within(5_000, signal))).phase === 'stopped', { timeoutMs: STOP_TIMEOUT_MS, everyMs: 200, signal })
  const d = await openDisk(join(c.peers.peer(on).dataDir, 'disks', disk))
  try {
    const data = d.readBlocks(Uint32Array.from({ length: TINY_DISK_SPAN_BLOCKS }, (_, i) => i))
    const seqs: number[] = []
    for (let b = 0; b < TINY_DISK_SPAN_BLOCKS; b++) {
      // A torn or corrupted block throws (TinyRecordError), and fails the check.
      const r = parseTinyRecord(data.subarray(b * BLOCK_BYTES, (b + 1) * BLOCK_BYTES), b)
      if (r !== undefined) seqs.push(r.seq)
    }
    return seqs.sort((a, b) => a - b)
  } finally {
    await d.close()
  }
}
