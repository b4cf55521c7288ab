// A VM worker thread: hosts several guests, runs calls from the daemon's main thread and relays
// the guests' console output, frames and events. A failing guest fails alone.
import { parentPort, workerData } from 'node:worker_threads'
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { GuestMachine, type MachineSink } from './machine.js'
import { MachineGoneError } from '../errors.js'
import type { CallOp, FromWorker, ToWorker, WorkerInit } from './protocol.js'

const port = parentPort
if (port === null) throw new Error('the VM worker must run in a worker thread')
const init = workerData as WorkerInit
const machines = new Map<string, GuestMachine>()

lowerPriority(init.nice)
/** Machines of this worker being migrated: the thread runs at the daemon's priority meanwhile. */
const boosted = new Set<string>()

function prioritize (): void {
  lowerPriority(boosted.size > 0 ? 0 : init.nice)
}

function post (message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer)
}

function sinkFor (machine: string): MachineSink {
  return {
    serialOut: bytes => { post({ type: 'serial-out', machine, bytes }, [bytes.buffer as ArrayBuffer]) },
    framesOut: frames => { post({ type: 'frames-out', machine, frames }, frames.map(f => f.buffer as ArrayBuffer)) },
    failed: message => { post({ type: 'failed', machine, message }) },
    guestReady: () => { post({ type: 'guest-ready', machine }) }
  }
}

function get (id: string): GuestMachine {
  const machine = machines.get(id)
  if (machine === undefined) throw new MachineGoneError(`no machine ${id} in this worker`)
  return machine
}

async function call (id: string, op: CallOp): Promise<{ value: unknown, transfer?: ArrayBuffer[] }> {
  switch (op.op) {
    case 'create':
    case 'restore': {
      if (machines.has(id)) throw new Error(`machine ${id} exists`)
      const machine = op.op === 'create'
        ? await GuestMachine.create(id, op.config, init.wasm, sinkFor(id))
        : await GuestMachine.restore(id, op.config, op.snapshot, init.wasm, sinkFor(id))
      if (op.op === 'create' && op.incoming === true) machine.clearRam()
      machines.set(id, machine)
      return { value: { mac: machine.mac } }
    }
    case 'run': await get(id).run(); return { value: undefined }
    case 'pause': await get(id).pause(); return { value: undefined }
    case 'snapshot': {
      const bytes = get(id).snapshot(op.meta)
      return { value: bytes, transfer: [bytes.buffer as ArrayBuffer] }
    }
    case 'guest': return { value: get(id).guest() }
    case 'set-guest-ip': return { value: get(id).setGuestIp(op.ip) }
    case 'scan-pages': {
      const batch = get(id).scanPages(op.range)
      const { runs, deltas } = batch
      return { value: batch, transfer: [runs.buffer, deltas.indexes.buffer, deltas.ends.buffer, deltas.data.buffer] as ArrayBuffer[] }
    }
    case 'track-stop': get(id).trackStop(); return { value: undefined }
    case 'throttle': get(id).setThrottle(op.ms); return { value: undefined }
    case 'boost':
      if (op.on) boosted.add(id)
      else boosted.delete(id)
      prioritize()
      return { value: undefined }
    case 'save-devices': {
      const devices = get(id).saveDevices()
      return { value: devices, transfer: [devices.deviceState.buffer as ArrayBuffer] }
    }
    case 'checkpoint': {
      const cp = await get(id).checkpoint(op.runningAnyway === true)
      const { runs, deltas } = cp.batch
      const blocks = (cp.disk?.blocks ?? []).flatMap(b => [b.indexes.buffer, b.data.buffer])
      return { value: cp, transfer: [runs.buffer, deltas.indexes.buffer, deltas.ends.buffer, deltas.data.buffer, cp.devices.deviceState.buffer, ...blocks] as ArrayBuffer[] }
    }
    case 'checkpoint-prescan': {
      const batch = get(id).checkpointPrescan(op.range)
      const { runs, deltas, shadow } = batch
      return { value: batch, transfer: [runs.buffer, deltas.indexes.buffer, deltas.ends.buffer, deltas.data.buffer, shadow.buffer] as ArrayBuffer[] }
    }
    case 'checkpoint-disk-prescan': {
      const blocks = get(id).disks.checkpointPrescan(op.disk, op.first, op.max)
      return { value: blocks, transfer: [blocks.indexes.buffer, blocks.data.buffer] as ArrayBuffer[] }
    }
    case 'checkpoint-track-stop': get(id).checkpointTrackStop(); return { value: undefined }
    case 'checkpoint-seed': get(id).seedCheckpoints(); return { value: undefined }
    case 'disk-durable': get(id).disks.durable(op.seq); return { value: undefined }
    case 'lease': return { value: await get(id).setLease(op.untilMs) }
    case 'write-pages': get(id).writePages(op); return { value: undefined }
    case 'apply-deltas': get(id).applyDeltas(op.deltas); return { value: undefined }
    case 'finish-incoming': get(id).finishIncoming(op.devices); return { value: undefined }
    case 'disk-info': return { value: get(id).disks.info(op.disk) }
    case 'disk-scan': {
      const indexes = get(id).disks.scan(op.disk, op.first === true, op.max)
      return { value: indexes, transfer: [indexes.buffer as ArrayBuffer] }
    }
    case 'disk-read': {
      const data = get(id).disks.read(op.disk, op.indexes)
      return { value: data, transfer: [data.buffer as ArrayBuffer] }
    }
    case 'disk-write': get(id).disks.write(op.disk, op.indexes, op.data); return { value: undefined }
    case 'disk-flush': await get(id).disks.flush(op.disk); return { value: undefined }
    case 'destroy': {
      const machine = machines.get(id)
      machines.delete(id)
      if (boosted.delete(id)) prioritize()
      await machine?.destroy()
      return { value: undefined }
    }
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'call':
      call(message.machine, message.call).then(
        ({ value, transfer }) => { post({ type: 'reply', id: message.id, ok: true, value }, transfer) },
        (err: unknown) => {
          const error = err instanceof Error ? err : new Error(String(err))
          post({ type: 'reply', id: message.id, ok: false, error: { name: error.name, message: error.message } })
        })
      break
    case 'serial-in': machines.get(message.machine)?.serialIn(message.bytes); break
    case 'frames-in':
    {
      const ringFull = machines.get(message.machine)?.framesIn(message.frames) ?? 0
      post({ type: 'frames-taken', machine: message.machine, count: message.frames.length, ringFull })
    }
      break
  }
})

/**
 * Guests run at a lower priority than the daemon, as Dom0 outranks its guests: busy guests take
 * the idle CPU but never delay the peer's networking or API. Linux sets nice per thread; the
 * thread's id is the last part of /proc/thread-self.
 */
function lowerPriority (nice: number): void {
  if (process.platform !== 'linux') return
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
    setPriority(tid, nice)
  } catch {
    // Not fatal: the guests compete with the daemon on equal terms (or, unprivileged, a raised
    // priority cannot be lowered back: the migration just runs at the guests' priority).
  }
}
