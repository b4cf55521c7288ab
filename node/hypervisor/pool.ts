// VM worker threads, seen from the main thread: typed calls with replies, timeouts, and the
// traffic of the machines each worker hosts. A worker that dies takes only its own machines down.
import { Worker } from 'node:worker_threads'
import { pathToFileURL } from 'node:url'
import { packagePath } from '../../overlay/core/package-root.js'
import type { Logger } from '../log.js'
import { MachineFailedError } from './errors.js'
import type { CallOp, CallResults, FromWorker, ToWorker, WorkerInit } from './worker/protocol.js'

const WORKER_MAIN = pathToFileURL(packagePath('dist', 'node', 'hypervisor', 'worker', 'main.js'))

/** What a worker's machine traffic is delivered to, per machine id. */
export interface MachineEvents {
  serial: (bytes: Uint8Array) => void
  frames: (frames: Uint8Array[]) => void
  framesTaken: (count: number, ringFull: number) => void
  failed: (message: string) => void
  guestReady: () => void
}

export class RemoteCallError extends Error {
  constructor (override readonly name: string, message: string) {
    super(message)
  }
}

interface Pending { resolve: (value: unknown) => void, reject: (err: Error) => void }

export class VmWorker {
  private readonly worker: Worker
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  readonly machines = new Map<string, MachineEvents>()
  private exitError: Error | undefined

  constructor (init: WorkerInit, private readonly log: Logger, private readonly onExit: (worker: VmWorker) => void) {
    this.worker = new Worker(WORKER_MAIN, { workerData: init })
    this.worker.on('message', (message: FromWorker) => { this.onMessage(message) })
    this.worker.on('error', err => { this.exitError = err; log.error({ err }, 'VM worker crashed') })
    this.worker.on('exit', code => { this.onWorkerExit(code) })
  }

  get alive (): boolean {
    return this.exitError === undefined
  }

  async call<K extends CallOp['op']> (machine: string, call: Extract<CallOp, { op: K }>, signal: AbortSignal, transfer: ArrayBuffer[] = []): Promise<CallResults[K]> {
    if (this.exitError !== undefined) throw new MachineFailedError(`VM worker is gone: ${this.exitError.message}`)
    signal.throwIfAborted()
    const id = this.nextId++
    return await new Promise<CallResults[K]>((resolve, reject) => {
      const onAbort = (): void => {
        this.pending.delete(id)
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
      }
      signal.addEventListener('abort', onAbort, { once: true })
      this.pending.set(id, {
        resolve: value => { signal.removeEventListener('abort', onAbort); resolve(value as CallResults[K]) },
        reject: err => { signal.removeEventListener('abort', onAbort); reject(err) }
      })
      this.post({ type: 'call', id, machine, call }, transfer)
    })
  }

  post (message: ToWorker, transfer: ArrayBuffer[] = []): void {
    if (this.exitError !== undefined) return
    this.worker.postMessage(message, transfer)
  }

  async terminate (): Promise<void> {
    await this.worker.terminate()
  }

  private onMessage (message: FromWorker): void {
    switch (message.type) {
      case 'reply': {
        const pending = this.pending.get(message.id)
        if (pending === undefined) return
        this.pending.delete(message.id)
        if (message.ok) pending.resolve(message.value)
        else pending.reject(new RemoteCallError(message.error.name, message.error.message))
        return
      }
      case 'serial-out': this.machines.get(message.machine)?.serial(message.bytes); return
      case 'frames-out': this.machines.get(message.machine)?.frames(message.frames); return
      case 'frames-taken': this.machines.get(message.machine)?.framesTaken(message.count, message.ringFull); return
      case 'failed': this.machines.get(message.machine)?.failed(message.message); return
      case 'guest-ready': this.machines.get(message.machine)?.guestReady()
    }
  }

  private onWorkerExit (code: number): void {
    const error = this.exitError ?? new Error(`VM worker exited with code ${code}`)
    this.exitError = error
    for (const pending of this.pending.values()) pending.reject(new MachineFailedError(`VM worker died: ${error.message}`))
    this.pending.clear()
    for (const events of this.machines.values()) events.failed(`the VM worker hosting it died: ${error.message}`)
    this.machines.clear()
    if (code !== 0) this.log.warn({ code, err: error.message }, 'VM worker exited')
    this.onExit(this)
  }
}
