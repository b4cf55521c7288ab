// A shell on the serial console of a VM in a real daemon, for tests: a command is typed through the
// console's WebSocket (what `vm console` uses) with a marker after it, and its output and exit
// status are read back from `vm logs`, which moves with the VM and outlives the console session.
// The in-process counterpart is scripts/lib/linux-shell.ts (GuestShell).
import { randomBytes } from 'node:crypto'
import { WebSocket } from 'ws'
import type { ApiClient } from '../../node/api/client.js'

export class VmShell {
  private next = 0
  private readonly tag = randomBytes(3).toString('hex')

  /** `api` is asked on every call: the VM's owner changes as it migrates. */
  constructor (private readonly api: () => ApiClient, readonly vm: string) {}

  async logs (): Promise<string> {
    return Buffer.from(await this.api().requestBytes('GET', `/v1/vms/${this.vm}/logs`)).toString('latin1')
  }

  /** Types `text` into the console, as a user at it would. */
  async type (text: string): Promise<void> {
    const { url, token } = this.api().target
    const ws = new URL(`/v1/vms/${encodeURIComponent(this.vm)}/console`, url)
    ws.protocol = 'ws:'
    const socket = new WebSocket(ws, { headers: { authorization: `Bearer ${token}` } })
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => { reject(new Error(`the console of ${this.vm} did not attach`)) }, 30_000)
        socket.on('error', err => { clearTimeout(timer); reject(err) })
        socket.on('message', (data: Buffer, binary: boolean) => {
          if (binary) return
          const notice = JSON.parse(data.toString('utf8')) as { type: string, error?: string }
          if (notice.type === 'error') { clearTimeout(timer); reject(new Error(`console of ${this.vm}: ${notice.error ?? ''}`)) }
          if (notice.type !== 'attached') return
          socket.send(Buffer.from(text, 'latin1'), { binary: true }, err => { clearTimeout(timer); if (err !== undefined && err !== null) reject(err); else resolve() })
        })
      })
    } finally {
      socket.close()
    }
  }

  /** The first match of `pattern` in the logs, polled until `timeoutMs`. */
  async waitFor (pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs
    let text = ''
    for (;;) {
      text = await this.logs().catch(() => text)
      const match = pattern.exec(text)
      if (match !== null) return match
      if (Date.now() > deadline) throw new Error(`no ${String(pattern)} on ${this.vm}'s console within ${timeoutMs} ms; it ends: ${JSON.stringify(text.slice(-800))}`)
      await new Promise(resolve => setTimeout(resolve, 300))
    }
  }

  /** Runs `command`; its output and exit status. */
  async run (command: string, timeoutMs = 120_000): Promise<{ output: string, status: number }> {
    const id = `${this.tag}-${this.next++}`
    // The markers exist as such only in the shell's output: the echoed line (which the terminal may
    // wrap anywhere) holds `$((7))` and `$?`, not their digits.
    await this.type(`echo "@@begin-${id}-$((7))"; ${command}; echo "@@end-${id}-$?"\n`)
    const m = await this.waitFor(new RegExp(`@@begin-${id}-7\\r?\\n([\\s\\S]*?)@@end-${id}-(\\d+)`), timeoutMs)
    return { output: (m[1] ?? '').replace(/\r/g, ''), status: Number(m[2]) }
  }

  /** run(), throwing on a non-zero exit status. */
  async ok (command: string, timeoutMs?: number): Promise<string> {
    const { output, status } = await this.run(command, timeoutMs)
    if (status !== 0) throw new Error(`\`${command}\` exited ${status} on ${this.vm}: ${output}`)
    return output
  }

  /** The md5 of each file, read from the disk (the page cache dropped first), in the order given. */
  async md5 (...files: string[]): Promise<string[]> {
    const out = await this.ok(`sync; echo 3 > /proc/sys/vm/drop_caches; md5sum ${files.join(' ')}`)
    return files.map(f => new RegExp(`([0-9a-f]{32})\\s+${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`).exec(out)?.[1] ?? `no md5 of ${f} in ${JSON.stringify(out)}`)
  }
}
