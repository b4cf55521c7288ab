// The client end of `vm console`: a WebSocket to the node's API. On a terminal it is interactive
// (raw mode, Ctrl-] detaches); otherwise stdin goes to the guest and the guest's output to stdout
// until stdin ends, plus a grace period for the last answers.
import { WebSocket } from 'ws'
import type { ApiTarget } from '../api/client.js'
import { CliError } from './client.js'

const DETACH = 0x1d // Ctrl-]

export async function runConsole (target: ApiTarget, vm: string, options: { graceMs: number }): Promise<void> {
  const url = new URL(`/v1/vms/${encodeURIComponent(vm)}/console`, target.url)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  const socket = new WebSocket(url, { headers: { authorization: `Bearer ${target.token}` } })
  const interactive = process.stdin.isTTY
  let failure: Error | undefined

  await new Promise<void>((resolve, reject) => {
    let attached = false
    const finish = (): void => {
      if (interactive) process.stdin.setRawMode(false)
      process.stdin.pause()
      socket.close()
      resolve()
    }
    socket.on('error', err => { reject(new CliError(`console connection failed: ${err.message}`)) })
    socket.on('unexpected-response', (_req, res) => { reject(new CliError(`console refused: HTTP ${res.statusCode ?? 0}`)) })
    socket.on('close', () => { if (!attached) reject(failure ?? new CliError('the console closed before it attached')); else finish() })
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) {
        process.stdout.write(data)
        return
      }
      const notice = JSON.parse(data.toString('utf8')) as { type: string, error?: string, name?: string, reason?: string }
      if (notice.type === 'attached') {
        attached = true
        if (interactive) process.stderr.write(`connected to ${vm} (detach: Ctrl-])\r\n`)
        start()
      } else if (notice.type === 'error') {
        failure = Object.assign(new CliError(notice.error ?? 'console error'), { name: notice.name ?? 'CliError' })
        if (attached) process.stderr.write(`\r\nconsole: ${notice.error ?? ''}\r\n`)
      } else if (notice.type === 'closed' && interactive) {
        process.stderr.write(`\r\n${notice.reason ?? 'console closed'}\r\n`)
      }
    })

    function start (): void {
      if (interactive) process.stdin.setRawMode(true)
      process.stdin.on('data', (chunk: Buffer) => {
        if (interactive) {
          const at = chunk.indexOf(DETACH)
          if (at >= 0) {
            if (at > 0) socket.send(chunk.subarray(0, at), { binary: true })
            process.stderr.write(`\r\ndetached from ${vm}\r\n`)
            finish()
            return
          }
        }
        socket.send(chunk, { binary: true })
      })
      process.stdin.on('end', () => { setTimeout(finish, options.graceMs) })
      process.stdin.resume()
    }
  })
  if (failure !== undefined) throw failure
}
