// Detached child processes of a testnet: start with output to a log file, check, stop and wait.
import { spawn } from 'node:child_process'
import { openSync, closeSync } from 'node:fs'

/** `prefix`: a command the node process runs under, e.g. `ip netns exec NS` (which execs it: same pid). */
export function spawnDetached (args: string[], logFile: string, env: NodeJS.ProcessEnv = process.env, prefix: string[] = []): number {
  const fd = openSync(logFile, 'a')
  try {
    const [cmd, ...rest] = [...prefix, process.execPath, ...args] as [string, ...string[]]
    const child = spawn(cmd, rest, { detached: true, stdio: ['ignore', fd, fd], env })
    child.unref()
    if (child.pid === undefined) throw new Error(`could not start ${args.join(' ')}`)
    return child.pid
  } finally {
    closeSync(fd)
  }
}

export function isRunning (pid: number): boolean {
  if (pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Sends `signal` to every pid, then waits for all to exit (SIGKILL after graceMs). */
export async function stopAll (pids: number[], options: { signal?: NodeJS.Signals, graceMs?: number } = {}): Promise<void> {
  const graceMs = options.graceMs ?? 10_000
  for (const pid of pids) signalQuietly(pid, options.signal ?? 'SIGTERM')
  const deadline = Date.now() + graceMs
  let killed = false
  while (pids.some(isRunning)) {
    if (!killed && Date.now() > deadline) {
      for (const pid of pids.filter(isRunning)) signalQuietly(pid, 'SIGKILL')
      killed = true
    }
    if (killed && Date.now() > deadline + 10_000) throw new Error(`processes ${pids.filter(isRunning).join(', ')} did not exit`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

export function signalQuietly (pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // already gone
  }
}
