// Runs the real `supercloud` bin as a child process, as users and scripts do.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const BIN = fileURLToPath(new URL('../../node/cli/bin.js', import.meta.url))

export interface CliResult { code: number, stdout: string, stderr: string }

/**
 * `prefix` is a command that runs node for us, e.g. `['ip', 'netns', 'exec', ns]` to run the bin
 * inside a network namespace; without it node is run directly.
 */
export interface CliOptions { env?: NodeJS.ProcessEnv, timeoutMs?: number, prefix?: string[] }

function command (args: string[], prefix: string[] = []): [string, string[]] {
  const [file, ...rest] = prefix
  return file === undefined ? [process.execPath, [BIN, ...args]] : [file, [...rest, process.execPath, BIN, ...args]]
}

export async function cli (args: string[], options: CliOptions = {}): Promise<CliResult> {
  const [file, argv] = command(args, options.prefix)
  return await new Promise(resolve => {
    execFile(file, argv, { env: { ...process.env, ...options.env }, timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1
      resolve({ code, stdout, stderr })
    })
  })
}

/** Runs a command with --json and parses stdout, which must be exactly one JSON document. */
export async function cliJson<T> (args: string[], options: CliOptions = {}): Promise<T> {
  const result = await cli([...args, '--json'], options)
  if (result.code !== 0) throw new Error(`supercloud ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`)
  return JSON.parse(result.stdout) as T
}

/** Starts `supercloud node start` in the foreground of a child process. */
export function startNode (args: string[], env: NodeJS.ProcessEnv = {}, prefix: string[] = []): ChildProcess {
  const [file, argv] = command(['node', 'start', ...args], prefix)
  const child = spawn(file, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.resume()
  let log = ''
  child.stderr?.on('data', (d: Buffer) => { log = (log + d.toString()).slice(-20_000) })
  Object.defineProperty(child, 'log', { get: () => log })
  return child
}

export function logOf (child: ChildProcess): string {
  return (child as ChildProcess & { log: string }).log
}

export async function exited (child: ChildProcess, timeoutMs = 15_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
  return await new Promise((resolve, reject) => {
    const t = setTimeout(() => { reject(new Error(`process ${child.pid} did not exit within ${timeoutMs} ms`)) }, timeoutMs)
    child.once('exit', code => { clearTimeout(t); resolve(code) })
  })
}
