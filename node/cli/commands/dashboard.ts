// `supercloud dashboard [--open] [--json]`: asks the node for a login link to its dashboard and keeps
// the dashboard open while it runs. The link's code works once, within 60 s; the session it opens
// ends when this command stops (Ctrl-C), because the node ties it to this command's connection.
// The API's bearer token never leaves this process: the link carries only the one-time code.
import { spawn } from 'node:child_process'
import type { Command } from 'commander'
import WebSocket from 'ws'
import { CliError, resolveTarget } from '../client.js'
import { action, withClientOptions, type CommonFlags } from '../common.js'
import { emit } from '../output.js'
import { LINK_ROUTE, type LinkMessage } from '../../api/dashboard/constants.js'

const LINK_TIMEOUT_MS = 10_000
/** A link message is a path and a time: anything longer is not one. */
const MAX_LINK_MESSAGE_BYTES = 4096

export function registerDashboardCommand (program: Command): void {
  withClientOptions(program.command('dashboard').description("print a one-time login link to the node's live dashboard, and keep it open until Ctrl-C"))
    .option('--open', 'also open it in the system browser (xdg-open), when there is one')
    .action(action(async (flags: CommonFlags & { open?: boolean }) => {
      const target = resolveTarget(flags)
      const socket = new WebSocket(new URL(LINK_ROUTE, target.url.replace(/^http/, 'ws')), {
        headers: { authorization: `Bearer ${target.token}` },
        handshakeTimeout: LINK_TIMEOUT_MS,
        maxPayload: MAX_LINK_MESSAGE_BYTES
      })
      const link = await firstMessage(socket, target.url)
      const url = new URL(link.path, target.url).toString()
      // Ctrl-C is ours before the link is out: one pressed as soon as it shows still stops cleanly.
      const holding = held(socket)
      emit(flags, { url }, () => `dashboard: ${url}\n(the link works once, until ${link.expiresAt}; the dashboard stays open until Ctrl-C)`)
      if (flags.open === true) openInBrowser(url)
      await holding
    }))
}

async function firstMessage (socket: WebSocket, api: string): Promise<LinkMessage> {
  return await new Promise<LinkMessage>((resolve, reject) => {
    const timer = setTimeout(() => { socket.terminate(); reject(new CliError(`the node at ${api} sent no dashboard link within ${LINK_TIMEOUT_MS / 1000} s`)) }, LINK_TIMEOUT_MS)
    socket.once('message', (data: Buffer) => {
      clearTimeout(timer)
      try {
        const m = JSON.parse(data.toString('utf8')) as Partial<LinkMessage>
        if (typeof m.path !== 'string' || !m.path.startsWith('/dashboard/') || typeof m.expiresAt !== 'string') throw new Error('not a link')
        resolve({ path: m.path, expiresAt: m.expiresAt })
      } catch {
        reject(new CliError(`the node at ${api} answered something that is not a dashboard link`))
      }
    })
    socket.once('unexpected-response', (request, response) => {
      clearTimeout(timer)
      // Listening for this leaves the request to us: end it.
      request.destroy()
      reject(new CliError(`the node at ${api} refused the dashboard (HTTP ${response.statusCode ?? '?'}): is the token right, and is the node this version?`))
    })
    socket.once('close', (code: number, reason: Buffer) => { clearTimeout(timer); reject(new CliError(`the node at ${api} closed the dashboard link (${code}${reason.length > 0 ? `: ${reason.toString()}` : ''})`)) })
    socket.once('error', err => { clearTimeout(timer); reject(new CliError(`cannot reach the node at ${api}: ${err.message}`)) })
  })
}

/** Until Ctrl-C (or SIGTERM), or until the node goes away (an error). */
async function held (socket: WebSocket): Promise<void> {
  let stopped = false
  await new Promise<void>((resolve, reject) => {
    const stop = (): void => {
      stopped = true
      socket.close(1000, 'stopped')
      // The node answers a close at once; a node that does not is not waited for.
      setTimeout(() => { socket.terminate() }, 2000).unref()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    socket.once('close', () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      if (stopped) resolve()
      else reject(new CliError('the node closed the dashboard (it stopped?)'))
    })
  })
}

/** xdg-open, when the machine has it; a machine without a browser just has the printed link. */
function openInBrowser (url: string): void {
  const child = spawn('xdg-open', [url], { detached: true, stdio: 'ignore' })
  child.on('error', err => { process.stderr.write(`could not open a browser (${err.message}): open the link by hand\n`) })
  child.unref()
}
