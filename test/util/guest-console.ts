// A guest's console as a script types into it: `supercloud vm console` through a testnet's peer,
// its input from stdin, what came back within the grace period after it.
import { execFile } from 'node:child_process'
import { BIN } from './cli.js'

export async function typeInto (testnetDir: string, peer: number, ref: string, input: string, grace = '2s'): Promise<string> {
  return await new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [BIN, 'vm', 'console', ref, '--grace', grace, '--testnet', testnetDir, '--peer', String(peer)], { timeout: 60_000 }, (err, stdout, stderr) => {
      if (err !== null) reject(new Error(`vm console failed: ${err.message} ${stderr}`))
      else resolve(stdout)
    })
    child.stdin?.end(input)
  })
}
