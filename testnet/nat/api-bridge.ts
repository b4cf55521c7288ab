// Makes a daemon's API, on its namespace's loopback, reachable from the host's: a unix socket is
// visible from every network namespace, so one process inside the namespace serves the socket and
// forwards to 127.0.0.1:PORT there, and one on the host forwards 127.0.0.1:HOSTPORT to the socket.
//   node api-bridge.js inside <socket> <port>          (run with `ip netns exec NS`)
//   node api-bridge.js host <hostPort>=<socket> ...
import { createConnection, createServer, type Socket } from 'node:net'
import { rmSync } from 'node:fs'

// API requests are small and few; the cap keeps a runaway client from exhausting descriptors.
const MAX_CONNECTIONS = 256

function splice (a: Socket, b: Socket): void {
  a.pipe(b)
  b.pipe(a)
  const close = (): void => { a.destroy(); b.destroy() }
  a.on('error', close).on('close', close)
  b.on('error', close).on('close', close)
}

function serve (listen: { path: string } | { port: number, host: string }, connect: () => Socket): void {
  const server = createServer(client => { splice(client, connect()) })
  server.maxConnections = MAX_CONNECTIONS
  server.on('error', err => { process.stderr.write(`api-bridge: ${err.message}\n`); process.exit(1) })
  if ('path' in listen) rmSync(listen.path, { force: true })
  server.listen(listen)
}

function main (argv: string[]): void {
  const [mode, ...rest] = argv
  if (mode === 'inside' && rest.length === 2) {
    const [path, port] = rest as [string, string]
    serve({ path }, () => createConnection({ host: '127.0.0.1', port: Number(port) }))
  } else if (mode === 'host' && rest.length > 0) {
    for (const pair of rest) {
      const [port, path] = pair.split('=') as [string, string | undefined]
      if (path === undefined || !Number.isInteger(Number(port))) throw new Error(`bad pair ${pair}`)
      serve({ port: Number(port), host: '127.0.0.1' }, () => createConnection({ path }))
    }
  } else {
    throw new Error('usage: api-bridge inside <socket> <port> | host <hostPort>=<socket> ...')
  }
  process.on('SIGTERM', () => { process.exit(0) })
}

main(process.argv.slice(2))
