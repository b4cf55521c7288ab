// The daemon's bulk lanes (overlay/lane) as its options configure them.
import { pathToFileURL } from 'node:url'
import type { Logger } from 'pino'
import { packagePath } from '../../overlay/core/package-root.js'
import { Lanes } from '../../overlay/lane/lanes.js'
import type { NodeOptions } from '../config/options.js'

/** The lanes of a daemon, or none when its options turn them off. */
export function lanesFor (options: Pick<NodeOptions, 'lanes' | 'listen' | 'lanePort' | 'laneAnnouncePort' | 'dialFrom'>, log: Logger): Lanes | undefined {
  if (!options.lanes) return undefined
  return new Lanes({
    workerUrl: pathToFileURL(packagePath('dist', 'overlay', 'lane', 'worker.js')),
    host: listenHost(options.listen),
    port: options.lanePort,
    announcePort: options.laneAnnouncePort,
    dialFrom: options.dialFrom,
    log: log.child({ component: 'lanes' })
  })
}

/** The IP of the first TCP listen address: lanes listen beside libp2p. */
export function listenHost (listen: readonly string[]): string {
  for (const addr of listen) {
    const match = /^\/ip([46])\/([^/]+)\/tcp\//.exec(addr)
    if (match?.[2] !== undefined) return match[2]
  }
  return '0.0.0.0'
}
